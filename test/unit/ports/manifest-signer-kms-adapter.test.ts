import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { KmsManifestSigner } from '../../../shared/ports/manifest-signer-kms-adapter.js';

const kmsMock = mockClient(KMSClient);
const keyId = 'arn:aws:kms:eu-west-3:123456789012:key/0f1e2d3c-aaaa-bbbb-cccc-000000000001';
// A real P-256 key stands in for the one inside KMS, so the signature can be checked.
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const spki = publicKey.export({ type: 'spki', format: 'der' });
// A manifest past KMS's 4 KB limit for a raw message.
const manifest = Buffer.from(`${JSON.stringify({ exhibits: 'x'.repeat(10_000) })}\n`);

describe('KmsManifestSigner', () => {
  beforeEach(() => kmsMock.reset());

  it('signs the SHA-256 digest (MessageType DIGEST), which verifies over the manifest itself', async () => {
    kmsMock
      .on(SignCommand)
      .resolves({ Signature: sign('sha256', manifest, { key: privateKey, dsaEncoding: 'der' }) });
    const signer = new KmsManifestSigner(new KMSClient({ region: 'eu-west-3' }), keyId);

    const signature = await signer.sign(manifest);

    expect(kmsMock).toReceiveCommandTimes(SignCommand, 1);
    expect(kmsMock).toReceiveCommandWith(SignCommand, {
      KeyId: keyId,
      Message: createHash('sha256').update(manifest).digest(),
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(verify('sha256', manifest, { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(
      true,
    );
  });

  it('reads the public key once (SubjectPublicKeyInfo DER) and checks its spec', async () => {
    kmsMock.on(GetPublicKeyCommand).resolves({
      KeyId: keyId,
      PublicKey: spki,
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const signer = new KmsManifestSigner(new KMSClient({ region: 'eu-west-3' }), keyId);

    const [first, second] = [await signer.publicKey(), await signer.publicKey()];

    expect(kmsMock).toReceiveCommandTimes(GetPublicKeyCommand, 1);
    expect(kmsMock).toReceiveCommandWith(GetPublicKeyCommand, { KeyId: keyId });
    expect(Buffer.from(first)).toEqual(spki);
    expect(second).toBe(first);
    expect(
      createPublicKey({ key: Buffer.from(first), format: 'der', type: 'spki' })
        .asymmetricKeyDetails,
    ).toEqual({ namedCurve: 'prime256v1' });
  });

  it('refuses a key of another spec, and asks again after a failure', async () => {
    kmsMock
      .on(GetPublicKeyCommand)
      .resolvesOnce({ KeyId: keyId, PublicKey: spki, KeySpec: 'RSA_2048' })
      .resolves({ KeyId: keyId, PublicKey: spki, KeySpec: 'ECC_NIST_P256' });
    const signer = new KmsManifestSigner(new KMSClient({ region: 'eu-west-3' }), keyId);

    await expect(signer.publicKey()).rejects.toThrow(/ECC_NIST_P256/);
    await expect(signer.publicKey()).resolves.toBeInstanceOf(Uint8Array);
    expect(kmsMock).toReceiveCommandTimes(GetPublicKeyCommand, 2);
  });

  it('loads the KMS client only at the first use', async () => {
    let made = 0;
    kmsMock.on(SignCommand).resolves({ Signature: new Uint8Array([1]) });
    const signer = new KmsManifestSigner(async () => {
      made++;
      return new KMSClient({ region: 'eu-west-3' });
    }, keyId);
    expect(made).toBe(0);

    await signer.sign(manifest);
    await signer.sign(manifest);

    expect(made).toBe(1);
  });
});
