import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalTimestampAuthority,
  startLocalTimestampAuthority,
} from '../../../local/timestamp-authority.js';
import { caseEventsPrefix, dossierKey } from '../../../shared/bucket-keys.js';
import { CaseEvent } from '../../../shared/domain/events.js';
import { SECRET_EVENT_FIELDS } from '../../../shared/domain/secret-fields.js';
import { KeyFileManifestSigner } from '../../../shared/ports/manifest-signer-key-file-adapter.js';
import { HttpTimestampAuthority } from '../../../shared/ports/timestamp-authority-http-adapter.js';
import { verifyDossierFiles } from '../../../shared/proof/verify-dossier.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { apiHarness } from '../../support/api-harness.js';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const hex = () => randomBytes(32).toString('hex');

describe('event schemas', () => {
  it('list every field named like a credential among the secrets a dossier leaves out', () => {
    const credentialLike = /token|hash|session|secret|password|cookie/i;
    const named = CaseEvent.options.flatMap((schema) =>
      Object.keys(schema.shape).filter((field) => credentialLike.test(field)),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((field) => !SECRET_EVENT_FIELDS.has(field))).toEqual([]);
  });
});

describe('a dossier given to the police, unzipped', () => {
  let tsa: LocalTimestampAuthority;
  let folder: string;
  let secrets: string[];
  let stored: Map<string, Uint8Array>;
  let manifest: {
    eventLog: {
      events: {
        path: string;
        sha256: string;
        secretsOmitted?: string[];
        stored?: { sha256: string; size: number };
      }[];
    };
  };

  beforeAll(async () => {
    // Prepare: a case whose log holds every kind of secret: the access token's hash, a
    // task token, a sign-in link's hash, sessions' hashes.
    const dir = mkdtempSync(join(tmpdir(), 'secret-free-'));
    tsa = await startLocalTimestampAuthority({ dataDir: dir });
    const h = apiHarness();
    const { caseId, accessToken } = await h.openCase();
    const taskToken = `AQB4AAAAKgAAAAMAAAAA${randomBytes(48).toString('base64')}`;
    const [tokenHash, sessionHash, openerHash] = [hex(), hex(), hex()];
    secrets = [sha256(accessToken), taskToken, tokenHash, sessionHash, openerHash];
    await h.log.append({ type: 'step-awaiting', caseId, stepId: 'stop-contact', taskToken });
    await h.log.append({ type: 'opener-session-started', caseId, sessionHash: openerHash });
    await h.log.append({
      type: 'sign-in-link-issued',
      caseId,
      tokenHash,
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    });
    await h.log.append({ type: 'sign-in-link-used', caseId, tokenHash, sessionHash });
    await h.log.append({ type: 'step-updated', caseId, stepId: 'stop-contact', status: 'done' });
    const keyFile = join(dir, 'key.pem');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));

    // Act
    const compiled = await compileCaseDossier(
      {
        store: h.store,
        log: h.log,
        logger: h.logger,
        proof: {
          signer: new KeyFileManifestSigner(keyFile),
          authority: new HttpTimestampAuthority({
            url: tsa.url,
            chainPem: async () => readFileSync(tsa.chainFile, 'utf8'),
          }),
        },
      },
      { caseId, purpose: 'complaint' },
    );

    if (!compiled.version) throw new Error('not compiled');
    const zip = join(dir, 'dossier.zip');
    writeFileSync(
      zip,
      (await h.store.get(dossierKey(caseId, compiled.version, 'dossier.zip'))) ?? '',
    );
    folder = join(dir, 'x');
    execFileSync('unzip', ['-q', zip, '-d', folder]);
    manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    stored = new Map();
    for (const key of await h.store.list(caseEventsPrefix(caseId)))
      stored.set(key.slice(key.lastIndexOf('/') + 1), (await h.store.get(key)) as Uint8Array);
  });
  afterAll(() => tsa?.close());

  const grep = (needle: string) =>
    spawnSync('grep', ['-rlF', needle, '.'], { cwd: folder, encoding: 'utf8' }).stdout.trim();

  it('holds no task token, no credential hash, no session hash, in any file', () => {
    for (const secret of secrets) expect(grep(secret), secret).toBe('');
    // The manifest names the fields it left out; no file has one as a key.
    for (const field of SECRET_EVENT_FIELDS) expect(grep(`"${field}":`), field).toBe('');
  });

  it('still carries every event, and signs the hash of each stored object it copied', () => {
    // Every event up to the compilation (the compilation's own events come after it).
    const names = readdirSync(join(folder, 'journal-evenements')).sort();
    expect(names).toEqual(manifest.eventLog.events.map((e) => e.path.split('/')[1]).sort());
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.every((name) => stored.has(name))).toBe(true);
    const copies = manifest.eventLog.events.filter((e) => e.secretsOmitted);
    // case-opened, step-awaiting, the two sessions and the link's issue.
    expect(copies.map((e) => e.secretsOmitted)).toEqual(
      expect.arrayContaining([['accessTokenHash'], ['taskToken'], ['tokenHash', 'sessionHash']]),
    );
    expect(copies).toHaveLength(5);
    for (const copy of copies) {
      const object = stored.get(copy.path.split('/')[1] as string) as Uint8Array;
      expect(copy.stored).toEqual({ sha256: sha256(object), size: object.length });
      const inZip = readFileSync(join(folder, copy.path));
      expect(sha256(inZip)).toBe(copy.sha256);
      // The copy is the stored event less its secrets, nothing else changed.
      const original = JSON.parse(Buffer.from(object).toString('utf8'));
      for (const field of copy.secretsOmitted ?? []) delete original[field];
      expect(JSON.parse(inZip.toString('utf8'))).toEqual(original);
    }
    // The events without secrets are the stored objects, byte for byte.
    for (const event of manifest.eventLog.events.filter((e) => !e.secretsOmitted))
      expect(event.sha256).toBe(sha256(stored.get(event.path.split('/')[1] as string) ?? ''));
  });

  it('passes every openssl and sha256sum command of VERIFIER.txt, and npm run verify', async () => {
    const commands = readFileSync(join(folder, 'VERIFIER.txt'), 'utf8')
      .split('\n')
      .filter((line) => /^(openssl (dgst|ts -verify)|sha256sum -c) /.test(line));
    expect(commands).toHaveLength(3);
    for (const command of commands) {
      const result = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
      expect(result.status, `${command}\n${result.stdout}${result.stderr}`).toBe(0);
    }
    const files = new Map<string, Uint8Array>();
    for (const name of readdirSync(folder, { recursive: true, withFileTypes: true }))
      if (name.isFile()) {
        const path = join(name.parentPath, name.name);
        files.set(path.slice(folder.length + 1), readFileSync(path));
      }
    expect((await verifyDossierFiles(files)).ok).toBe(true);
  });
});
