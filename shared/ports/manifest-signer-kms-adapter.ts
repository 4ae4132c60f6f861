import { createHash } from 'node:crypto';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { ManifestSigner } from './manifest-signer.js';
import { type ClientSource, clientAtFirstUse } from './sdk-client.js';

/**
 * The manifest signer on AWS: a KMS key of spec `ECC_NIST_P256` and usage `SIGN_VERIFY`,
 * whose private half never leaves KMS. KMS signs a message of at most 4 KB; a manifest is
 * larger, so it signs the SHA-256 digest (`MessageType: 'DIGEST'`), which gives the same
 * signature as over the bytes themselves.
 */
export class KmsManifestSigner implements ManifestSigner {
  private readonly client: () => Promise<KMSClient>;
  private key: Promise<Uint8Array> | undefined;

  constructor(
    client: ClientSource<KMSClient>,
    private readonly keyId: string,
  ) {
    this.client = clientAtFirstUse(client);
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    const { SignCommand } = await import('@aws-sdk/client-kms');
    const digest = createHash('sha256').update(data).digest();
    const { Signature } = await (await this.client()).send(
      new SignCommand({
        KeyId: this.keyId,
        Message: digest,
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    );
    if (!Signature) throw new Error('KMS returned no signature');
    return Signature;
  }

  publicKey(): Promise<Uint8Array> {
    this.key ??= this.fetchPublicKey();
    this.key.catch(() => {
      this.key = undefined;
    });
    return this.key;
  }

  private async fetchPublicKey(): Promise<Uint8Array> {
    const { GetPublicKeyCommand } = await import('@aws-sdk/client-kms');
    const answer = await (await this.client()).send(new GetPublicKeyCommand({ KeyId: this.keyId }));
    if (!answer.PublicKey || answer.KeySpec !== 'ECC_NIST_P256')
      throw new Error('the signing key is not an ECC_NIST_P256 key');
    return answer.PublicKey;
  }
}
