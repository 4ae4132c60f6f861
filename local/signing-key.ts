import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The local manifest signing key: ECDSA P-256, made on first start and kept in the data
 * folder (mode 0600), as a KMS key is kept on AWS. Returns its path.
 */
export async function ensureLocalSigningKey(dataDir: string): Promise<string> {
  const file = join(dataDir, 'signing', 'manifest-signing-key.pem');
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  // `wx`: an existing key is never replaced (dossiers already signed name it).
  await writeFile(file, pem, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return file;
}
