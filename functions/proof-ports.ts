import { readFile } from 'node:fs/promises';
import type { ManifestSigner } from '../shared/ports/manifest-signer.js';
import { KeyFileManifestSigner } from '../shared/ports/manifest-signer-key-file-adapter.js';
import { KmsManifestSigner } from '../shared/ports/manifest-signer-kms-adapter.js';
import {
  NO_TIMESTAMP_AUTHORITY,
  type TimestampAuthority,
} from '../shared/ports/timestamp-authority.js';
import { HttpTimestampAuthority } from '../shared/ports/timestamp-authority-http-adapter.js';
import type { Environment } from './environment.js';

type Settings = Pick<
  Environment,
  | 'TIMESTAMP_AUTHORITY_URL'
  | 'TIMESTAMP_AUTHORITY_CHAIN_FILE'
  | 'MANIFEST_SIGNING_KEY_ID'
  | 'MANIFEST_SIGNING_KEY_FILE'
  | 'AWS_ENDPOINT_URL_KMS'
>;

/**
 * The timestamp authority and the manifest signer of a function, from its settings. Only
 * the ingest and compile functions build them (kept out of `awsRuntime`, so the API's
 * bundle carries no ASN.1 library); KMS loads at the first signature, like the other
 * clients.
 */
export function proofPorts(env: Settings) {
  const ports = {
    timestampAuthority: (): TimestampAuthority => {
      const url = env.TIMESTAMP_AUTHORITY_URL;
      if (!url) return NO_TIMESTAMP_AUTHORITY;
      const chainFile = env.TIMESTAMP_AUTHORITY_CHAIN_FILE;
      return new HttpTimestampAuthority({
        url,
        chainPem: async () => (chainFile ? readFile(chainFile, 'utf8') : undefined),
      });
    },
    manifestSigner: (): ManifestSigner => {
      if (env.MANIFEST_SIGNING_KEY_FILE)
        return new KeyFileManifestSigner(env.MANIFEST_SIGNING_KEY_FILE);
      const keyId = env.MANIFEST_SIGNING_KEY_ID;
      if (!keyId) throw new Error('MANIFEST_SIGNING_KEY_ID is not set');
      return new KmsManifestSigner(async () => {
        const { KMSClient } = await import('@aws-sdk/client-kms');
        return new KMSClient({ endpoint: env.AWS_ENDPOINT_URL_KMS });
      }, keyId);
    },
    /**
     * What the compile function signs and timestamps with; `undefined` where no signing
     * key is configured (the CDK app always configures one).
     */
    dossierProof: () =>
      env.MANIFEST_SIGNING_KEY_FILE || env.MANIFEST_SIGNING_KEY_ID
        ? { signer: ports.manifestSigner(), authority: ports.timestampAuthority() }
        : undefined,
  };
  return ports;
}
