import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { verifyDossierFiles } from '../../shared/proof/verify-dossier.js';
import { makePdf } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import { encodePng } from '../support/images.js';
import { DOSSIER_COMPILE_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'proof-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 600,
    logger: capturingLogger(),
    // The daily schedule that asks again for failed timestamps, every 3 s here (seldom
    // enough that the compilation below is what timestamps its waiting file, mostly).
    timestampRetryMs: 3_000,
  });
}, 120_000);
afterAll(() => runtime?.stop());

interface CaseView {
  evidence: { evidenceId: string; fileName: string; timestampedAt: string | null }[];
  awaitingTimestamp: string[];
}

/** A victim using the HTTP API, uploading with the presigned form as a browser does. */
async function openCase(locale: 'fr' | 'en') {
  const api = `${runtime.apiUrl}/api/v1/cases`;
  const opened = (await (
    await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale, harassmentKinds: ['rumours'] }),
    })
  ).json()) as { caseId: string; accessToken: string };
  const base = `${api}/${opened.caseId}`;
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${opened.accessToken}`,
  };
  const view = async () => (await (await fetch(base, { headers })).json()) as CaseView;
  return {
    caseId: opened.caseId,
    accessToken: opened.accessToken,
    view,
    upload: async (kind: string, fileName: string, contentType: string, bytes: Uint8Array) => {
      const issued = (await (
        await fetch(`${base}/uploads`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ kind, fileName, contentType, size: bytes.length }),
        })
      ).json()) as { upload: { url: string; fields: Record<string, string> } };
      const form = new FormData();
      for (const [name, value] of Object.entries(issued.upload.fields)) form.append(name, value);
      form.append('file', new Blob([bytes], { type: contentType }), fileName);
      expect((await fetch(issued.upload.url, { method: 'POST', body: form })).status).toBeLessThan(
        300,
      );
    },
    /** Compiles a dossier and extracts its ZIP into a fresh folder. */
    dossier: async () => {
      const asked = await fetch(`${base}/dossier`, { method: 'POST', headers });
      expect(asked.status).toBe(202);
      const { version } = (await asked.json()) as { version: number };
      await waitFor(
        async () => {
          const status = (await (await fetch(`${base}/dossier`, { headers })).json()) as {
            status: string;
          };
          if (status.status === 'failed') throw new Error('compilation failed');
          return status.status === 'ready' && status;
        },
        { timeoutMs: DOSSIER_COMPILE_MS, what: 'the dossier' },
      );
      const zip = await fetch(`${base}/dossier/${version}/dossier.zip`, { headers });
      expect(zip.status).toBe(200);
      const folder = mkdtempSync(join(tmpdir(), 'dossier-'));
      writeFileSync(join(folder, 'dossier.zip'), Buffer.from(await zip.arrayBuffer()));
      const extracted = join(folder, 'x');
      execFileSync('unzip', ['-q', join(folder, 'dossier.zip'), '-d', extracted]);
      return extracted;
    },
  };
}

/** The commands of VERIFY.txt / VERIFIER.txt, exactly as written there. */
function commandsOf(folder: string, file: string): string[] {
  return readFileSync(join(folder, file), 'utf8')
    .split('\n')
    .filter((line) => /^(openssl|sha256sum) /.test(line));
}

/** Runs a command line in the folder as a person would, in a shell. */
function run(folder: string, command: string) {
  const result = spawnSync('sh', ['-c', command], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function flipByte(file: string, at = 40) {
  const bytes = readFileSync(file);
  const index = Math.min(at, bytes.length - 1);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}

/** `npm run verify -- <path>`, as a person runs it. */
function npmVerify(path: string) {
  const result = spawnSync('npm', ['run', '--silent', 'verify', '--', path], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The verdicts of the project's own checks on an extracted folder, by file. */
async function verdictsOf(folder: string) {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(join(dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name)));
    }
  };
  walk(folder, '');
  const { verdicts, ok } = await verifyDossierFiles(files);
  return { ok, failed: verdicts.filter((v) => !v.ok).map((v) => v.file) };
}

function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'tampered-'));
  cpSync(folder, copy, { recursive: true });
  return copy;
}

const png = encodePng(40, 30, 2, (x, y) => [x * 6, y * 8, 120]);
const otherPng = encodePng(20, 20, 0, (x) => [x * 10]);

describe('a dossier anyone can check with openssl', () => {
  let folder: string;
  let accessToken: string;

  beforeAll(async () => {
    const v = await openCase('fr');
    accessToken = v.accessToken;
    await v.upload('screenshot', "capture d'écran du 3 mars.png", 'image/png', png);
    await v.upload('screenshot', 'profil.png', 'image/png', otherPng);
    await v.upload('document', 'plainte.pdf', 'application/pdf', makePdf());
    await waitFor(
      async () => {
        const view = await v.view();
        return view.evidence.length === 3 && view.evidence.every((e) => e.timestampedAt);
      },
      { timeoutMs: 20_000, what: 'three timestamped exhibits' },
    );
    folder = await v.dossier();
  }, 180_000);

  it('passes every command of VERIFIER.txt, as a person runs them', () => {
    const commands = commandsOf(folder, 'VERIFIER.txt');
    // Signature, fingerprint, the manifest's timestamp (check and read), three exhibits, sums.
    expect(commands).toHaveLength(8);
    for (const command of commands) {
      const { ok, output } = run(folder, command);
      expect(ok, `${command}\n${output}`).toBe(true);
      if (command.startsWith('openssl dgst')) expect(output).toContain('Verified OK');
      if (command.startsWith('openssl ts -verify')) expect(output).toContain('Verification: OK');
      if (command.startsWith('sha256sum')) expect(output).not.toMatch(/FAILED/);
    }
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
      signature: { publicKeySha256: string };
      exhibits: { path: string; timestampedAt: string | null; timestamp: string | null }[];
      eventLog: { folder: string; events: { path: string }[] };
    };
    const fingerprint = run(folder, commands[1] as string).output;
    expect(fingerprint).toContain(manifest.signature.publicKeySha256);
    expect(manifest.exhibits.every((e) => e.timestampedAt && e.timestamp === `${e.path}.tsr`)).toBe(
      true,
    );
    // Every event object up to the compilation is in the ZIP and in the signed manifest.
    expect(readdirSync(join(folder, manifest.eventLog.folder)).sort()).toEqual(
      manifest.eventLog.events.map((e) => e.path.split('/')[1]).sort(),
    );
    expect(manifest.eventLog.events.length).toBeGreaterThan(5);
  });

  it('carries no task token, credential hash or session hash: event copies leave them out', () => {
    const grep = (pattern: string) => run(folder, `grep -rlE '${pattern}' .`).output.trim();
    expect(grep('"(taskToken|accessTokenHash|tokenHash|sessionHash)":')).toBe('');
    expect(grep(createHash('sha256').update(accessToken).digest('hex'))).toBe('');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
      eventLog: { events: { secretsOmitted?: string[]; stored?: { sha256: string } }[] };
    };
    const omitted = manifest.eventLog.events.flatMap((e) => e.secretsOmitted ?? []);
    // The opening (its access token's hash) and the workflow's waits (their task tokens).
    expect(omitted).toEqual(expect.arrayContaining(['accessTokenHash', 'taskToken']));
  });

  it('fails the matching check when one byte of an exhibit changes', () => {
    const copy = copyOf(folder);
    const exhibit = readdirSync(join(copy, 'pieces')).find((name) => name.startsWith('001-'));
    expect(exhibit).toBeDefined();
    flipByte(join(copy, 'pieces', exhibit as string));
    const commands = commandsOf(copy, 'VERIFIER.txt');
    const timestampCheck = commands.find(
      (c) => c.includes('-in ') && c.includes('001-') && c.startsWith('openssl ts -verify'),
    );
    expect(run(copy, timestampCheck as string)).toMatchObject({ ok: false });
    expect(run(copy, 'sha256sum -c SHA256SUMS').output).toMatch(/001-.*FAILED/);
    // The other exhibits and the manifest still check.
    const others = commands.filter((c) => c.startsWith('openssl') && !c.includes('001-'));
    for (const command of others) expect(run(copy, command).ok, command).toBe(true);
    return verdictsOf(copy).then((verdicts) => {
      expect(verdicts.ok).toBe(false);
      expect(verdicts.failed).toEqual([`pieces/${exhibit}`, `pieces/${exhibit}.tsr`]);
    });
  });

  it('fails the signature and the timestamp when one byte of manifest.json changes', () => {
    const copy = copyOf(folder);
    flipByte(join(copy, 'manifest.json'), 100);
    const commands = commandsOf(copy, 'VERIFIER.txt');
    const signature = run(copy, commands[0] as string);
    expect(signature.ok).toBe(false);
    expect(signature.output).toContain('Verification failure');
    const manifestTimestamp = commands.find((c) => c.includes('-data manifest.json'));
    expect(run(copy, manifestTimestamp as string).ok).toBe(false);
    const verify = npmVerify(copy);
    expect(verify.status).toBe(1);
    expect(verify.output).toMatch(/^FAILED {2}manifest\.json$/m);
    expect(verify.output).toContain('VERDICT: FAILED');
  });

  it('fails the sums when one byte of an event object changes', () => {
    const copy = copyOf(folder);
    const events = join(copy, 'journal-evenements');
    const first = readdirSync(events).sort()[0] as string;
    flipByte(join(events, first), 10);
    const sums = run(copy, 'sha256sum -c SHA256SUMS');
    expect(sums.ok).toBe(false);
    expect(sums.output).toContain(`journal-evenements/${first}: FAILED`);
    return verdictsOf(copy).then((verdicts) =>
      expect(verdicts.failed).toEqual([`journal-evenements/${first}`]),
    );
  });

  it('gives the same verdict with npm run verify, one line per file', () => {
    const verify = npmVerify(join(folder, '..', 'dossier.zip'));
    expect(verify.status, verify.output).toBe(0);
    expect(verify.output).toMatch(/^OK {6}pieces\/001-.*\.png$/m);
    expect(verify.output).toMatch(/^OK {6}manifest\.json$/m);
    expect(verify.output).toContain('VERDICT: every file checks.');
  });
});

describe('evidence when the timestamp authority is down', () => {
  it('is accepted, shown as waiting, and timestamped when the dossier is compiled', async () => {
    const v = await openCase('en');
    runtime.timestampAuthority.setAvailable(false);
    try {
      await v.upload('screenshot', 'threat.png', 'image/png', png);
      const waiting = await waitFor(
        async () => {
          const view = await v.view();
          return view.evidence.length === 1 && view.awaitingTimestamp.length === 1 && view;
        },
        { timeoutMs: 20_000, what: 'the evidence, waiting for a timestamp' },
      );
      expect(waiting.evidence[0]?.timestampedAt).toBeNull();
      expect(waiting.awaitingTimestamp).toEqual([waiting.evidence[0]?.evidenceId]);
    } finally {
      runtime.timestampAuthority.setAvailable(true);
    }

    const folder = await v.dossier();
    const view = await v.view();
    expect(view.awaitingTimestamp).toEqual([]);
    expect(view.evidence[0]?.timestampedAt).toEqual(expect.any(String));
    for (const command of commandsOf(folder, 'VERIFY.txt'))
      expect(run(folder, command).ok, command).toBe(true);
    expect(readdirSync(join(folder, 'exhibits'))).toEqual([
      '001-screenshot-threat.png',
      '001-screenshot-threat.png.tsr',
    ]);
  }, 180_000);
});

describe('evidence uploaded while the timestamp authority was down', () => {
  it('is timestamped by the scheduled retry once the authority is back, with no dossier', async () => {
    const v = await openCase('fr');
    runtime.timestampAuthority.setAvailable(false);
    try {
      await v.upload('screenshot', 'insulte.png', 'image/png', otherPng);
      await waitFor(
        async () => {
          const view = await v.view();
          return view.evidence.length === 1 && view.awaitingTimestamp.length === 1;
        },
        { timeoutMs: 20_000, what: 'the evidence, waiting for a timestamp' },
      );
      // A retry while it is down leaves it waiting.
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      expect((await v.view()).awaitingTimestamp).toHaveLength(1);
    } finally {
      runtime.timestampAuthority.setAvailable(true);
    }

    const view = await waitFor(
      async () => {
        const current = await v.view();
        return current.awaitingTimestamp.length === 0 && current;
      },
      { timeoutMs: 20_000, what: 'the scheduled retry' },
    );
    expect(view.evidence[0]?.timestampedAt).toEqual(expect.any(String));
  }, 60_000);
});
