import { createHash, createPublicKey, verify } from 'node:crypto';
import { keyFingerprint, pemBlocks } from './pem.js';
import { verifyTimestamp } from './rfc3161.js';

/** One file's verdict: what was checked, and whether it held. */
export interface Verdict {
  readonly file: string;
  readonly ok: boolean;
  readonly checks: readonly string[];
}

interface Manifest {
  signature?: { file?: string; publicKey?: string; publicKeySha256?: string };
  exhibits?: {
    path: string | null;
    sha256: string | null;
    size: number | null;
    timestamp: string | null;
  }[];
  eventLog?: { events?: { path: string; sha256: string; size: number }[] };
  attestations?: { files: { path: string; sha256: string; size: number }[] }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The checks of VERIFY.txt on a dossier's files, without openssl: the manifest's signature
 * and timestamp, each exhibit's hash (against the signed manifest) and timestamp, each
 * event object's hash, `SHA256SUMS`. Every file gets a verdict; a file the manifest names
 * but the archive lacks fails.
 */
export async function verifyDossierFiles(files: ReadonlyMap<string, Uint8Array>): Promise<{
  verdicts: Verdict[];
  ok: boolean;
  keyFingerprint?: string;
}> {
  const verdicts = new Map<string, { ok: boolean; checks: string[] }>();
  const note = (file: string, ok: boolean, check: string) => {
    const verdict = verdicts.get(file) ?? { ok: true, checks: [] };
    verdict.ok &&= ok;
    verdict.checks.push(`${ok ? 'ok' : 'FAILED'}: ${check}`);
    verdicts.set(file, verdict);
  };
  const manifestBytes = files.get('manifest.json');
  let manifest: Manifest = {};
  try {
    manifest = JSON.parse(Buffer.from(manifestBytes ?? '').toString('utf8')) as Manifest;
  } catch {
    note('manifest.json', false, 'missing or not JSON');
  }
  const chain = pemBlocks(Buffer.from(files.get('tsa-chain.pem') ?? '').toString('utf8'));
  const timestamp = async (file: string, data: Uint8Array, tsrPath: string) => {
    const tsr = files.get(tsrPath);
    if (!tsr) return note(file, false, `no timestamp response ${tsrPath}`);
    const result = await verifyTimestamp(tsr, data, chain);
    note(
      file,
      result.ok,
      result.ok ? `timestamped ${result.genTime}` : `timestamp: ${result.reason}`,
    );
    note(tsrPath, result.ok, `RFC 3161 response for ${file}`);
  };

  // The manifest: signature, key, timestamp.
  let fingerprint: string | undefined;
  if (manifestBytes) {
    const keyFile = manifest.signature?.publicKey ?? 'signing-key.pem';
    const signatureFile = manifest.signature?.file ?? 'manifest.json.sig';
    const pem = files.get(keyFile);
    const signature = files.get(signatureFile);
    if (!pem || !signature) note('manifest.json', false, `no ${keyFile} or ${signatureFile}`);
    else {
      const key = createPublicKey(Buffer.from(pem).toString('utf8'));
      fingerprint = keyFingerprint(key.export({ type: 'spki', format: 'der' }));
      const signed = verify('sha256', manifestBytes, { key, dsaEncoding: 'der' }, signature);
      note('manifest.json', signed, 'ECDSA P-256/SHA-256 signature');
      note(signatureFile, signed, 'signature of manifest.json');
      const named = fingerprint === manifest.signature?.publicKeySha256;
      note(
        keyFile,
        named,
        `fingerprint ${fingerprint}${named ? '' : ' differs from the manifest'}`,
      );
    }
    if (files.has('manifest.json.tsr'))
      await timestamp('manifest.json', manifestBytes, 'manifest.json.tsr');
    else note('manifest.json', true, 'no timestamp (the authority was unavailable)');
  }

  // Exhibits and event objects, against the signed manifest.
  for (const exhibit of manifest.exhibits ?? []) {
    if (!exhibit.path) continue;
    const bytes = files.get(exhibit.path);
    if (!bytes) {
      note(exhibit.path, false, 'missing from the archive');
      continue;
    }
    const same = sha256(bytes) === exhibit.sha256 && bytes.length === exhibit.size;
    note(exhibit.path, same, 'SHA-256 and size as in the signed manifest');
    if (exhibit.timestamp) await timestamp(exhibit.path, bytes, exhibit.timestamp);
    else note(exhibit.path, true, 'no timestamp yet (waiting when compiled)');
  }
  // Witnesses' files and statements, against the signed manifest.
  for (const file of (manifest.attestations ?? []).flatMap((a) => a.files)) {
    const bytes = files.get(file.path);
    const same = bytes !== undefined && sha256(bytes) === file.sha256 && bytes.length === file.size;
    note(
      file.path,
      same,
      bytes ? 'SHA-256 and size as in the signed manifest' : 'missing from the archive',
    );
  }
  for (const event of manifest.eventLog?.events ?? []) {
    const bytes = files.get(event.path);
    const same = bytes !== undefined && sha256(bytes) === event.sha256;
    note(
      event.path,
      same,
      bytes ? 'SHA-256 as in the signed manifest' : 'missing from the archive',
    );
  }

  // SHA256SUMS, as `sha256sum -c` reads it.
  const sums = Buffer.from(files.get('SHA256SUMS') ?? '').toString('utf8');
  for (const line of sums.split('\n').filter(Boolean)) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) continue;
    const [, hash, path = ''] = match;
    const bytes = files.get(path);
    note(path, bytes !== undefined && sha256(bytes) === hash, 'listed in SHA256SUMS');
  }
  if (chain.length) note('tsa-chain.pem', true, `${chain.length} certificate(s)`);
  for (const name of files.keys())
    if (!verdicts.has(name) && name !== 'SHA256SUMS')
      note(name, true, 'not covered by the signature (informative)');

  const list = [...verdicts].map(([file, v]) => ({ file, ok: v.ok, checks: v.checks }));
  list.sort((a, b) => a.file.localeCompare(b.file));
  return { verdicts: list, ok: list.every((v) => v.ok), keyFingerprint: fingerprint };
}
