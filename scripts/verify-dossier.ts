import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { verifyDossierFiles } from '../shared/proof/verify-dossier.js';
import { readZip } from '../shared/proof/zip-reader.js';

/**
 * `npm run verify -- dossier.zip` (or the folder it was extracted to): the checks of
 * VERIFY.txt without openssl, one verdict per file. Exits 1 when any check fails.
 */
function filesOf(path: string): Map<string, Uint8Array> {
  if (!statSync(path).isDirectory()) return readZip(readFileSync(path));
  const files = new Map<string, Uint8Array>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(path, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(path);
  return files;
}

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run verify -- <dossier.zip | extracted folder>');
  process.exit(2);
}
const { verdicts, ok, keyFingerprint } = await verifyDossierFiles(filesOf(target));
for (const verdict of verdicts) {
  console.log(`${verdict.ok ? 'OK    ' : 'FAILED'}  ${verdict.file}`);
  for (const check of verdict.checks) console.log(`          ${check}`);
}
console.log('');
if (keyFingerprint)
  console.log(`Signing key fingerprint (SHA-256 of the public key): ${keyFingerprint}`);
console.log(
  ok
    ? 'VERDICT: every file checks. The exhibits are those received and timestamped; the manifest and the event log are as signed.'
    : 'VERDICT: FAILED. At least one file differs from what was signed or timestamped (see FAILED above).',
);
process.exit(ok ? 0 : 1);
