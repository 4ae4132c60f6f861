import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import type { ApiCaseView as CaseView } from '../../functions/http/case-view.js';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import type { S3BlobStore } from '../../shared/ports/blob-store-s3-adapter.js';
import {
  type HostileUpload,
  hostileCorpus,
  makePng,
  OVERLONG_FILE_NAME,
} from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

let runtime: LocalRuntime;
let store: S3BlobStore;
const logger = capturingLogger();

beforeAll(async () => {
  runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'harassment-evidence-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 3600,
    logger,
  });
  // The same store the functions use, built from the same environment.
  store = awsRuntime(runtime.environment, logger).store;
}, RUNTIME_START_MS);
afterAll(async () => {
  await runtime?.stop();
});

interface OpenedCase {
  caseId: string;
  accessToken: string;
}

async function openCase(): Promise<OpenedCase> {
  const response = await fetch(`${runtime.apiUrl}/api/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'victim@example.org', locale: 'fr', harassmentKinds: [] }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as OpenedCase;
}

function api(c: OpenedCase, path: string, body?: unknown) {
  return fetch(`${runtime.apiUrl}/api/v1/cases/${c.caseId}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    redirect: 'manual',
    headers: {
      authorization: `Bearer ${c.accessToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function view(c: OpenedCase): Promise<CaseView> {
  return (await (await api(c, '')).json()) as CaseView;
}

interface IssuedUpload {
  evidenceId: string;
  upload: { url: string; fields: Record<string, string> };
}

/**
 * Posts the form as a browser does: the policy fields, then the file. Expects storage to
 * take it, or to refuse it with `refused` (S3's error code).
 */
async function postForm(
  issued: IssuedUpload,
  bytes: Uint8Array,
  options: { fileName: string; contentType: string; key?: string; refused?: string },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(issued.upload.fields)) form.append(name, value);
  if (options.key) form.set('key', options.key);
  form.append('file', new Blob([bytes], { type: options.contentType }), options.fileName);
  const response = await fetch(issued.upload.url, { method: 'POST', body: form });
  if (!options.refused) return expect(response.status).toBeLessThan(300);
  expect(await response.text()).toContain(`<Code>${options.refused}</Code>`);
  expect(response.status).toBeGreaterThanOrEqual(400);
}

describe('evidence intake against the local S3', () => {
  it('takes a PNG posted with the presigned form, hashes it, and shows it in the case', async () => {
    // Prepare
    const c = await openCase();
    const png = makePng(32, 24, 7);
    const issuedResponse = await api(c, '/uploads', {
      kind: 'screenshot',
      fileName: 'menaces-discord.png',
      contentType: 'image/png',
      size: png.length,
      capturedAt: '2025-03-14T21:30:00+01:00',
      platform: 'Discord',
      authorPseudonym: 'xX_troll_Xx',
      url: 'https://discord.com/channels/1/2/3',
    });
    expect(issuedResponse.status).toBe(201);
    const issued = (await issuedResponse.json()) as IssuedUpload;
    expect(issued.upload.fields.key).toBe(`cases/${c.caseId}/evidence/${issued.evidenceId}`);

    // Act
    await postForm(issued, png, { fileName: 'menaces-discord.png', contentType: 'image/png' });

    // Assess
    const seen = await waitFor(async () => (await view(c)).evidence[0], {
      what: 'the evidence in the case view',
    });
    expect(seen).toMatchObject({
      evidenceId: issued.evidenceId,
      number: 1,
      kind: 'screenshot',
      sha256: createHash('sha256').update(png).digest('hex'),
      size: png.length,
      contentType: 'image/png',
      fileName: 'menaces-discord.png',
      capturedAt: '2025-03-14T20:30:00.000Z',
      capturedAtSource: 'victim',
      platform: 'Discord',
      authorPseudonym: 'xX_troll_Xx',
      url: 'https://discord.com/channels/1/2/3',
    });
    expect((await view(c)).pendingUploads).toEqual([]);

    // The owner gets the same bytes back through a short presigned link.
    const download = await api(c, `/evidence/${issued.evidenceId}`);
    expect(download.status).toBe(302);
    const location = download.headers.get('location') ?? '';
    expect(new URL(location).searchParams.get('X-Amz-Expires')).toBe('60');
    const file = await fetch(location);
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);

    // Ingesting the same object again records it once.
    const events = await store.list(`cases/${c.caseId}/events/`);
    await store.put(`cases/${c.caseId}/evidence/${issued.evidenceId}`, png);
    await waitFor(
      () => logger.lines.some((l) => l.includes(issued.evidenceId) && l.includes('"duplicate"')),
      { what: 'the second ingestion' },
    );
    expect(await store.list(`cases/${c.caseId}/events/`)).toEqual(events);
    expect((await view(c)).evidence).toHaveLength(1);
  });

  it('accepts a genuine PNG with a hostile name under a cleaned name, never in the key', async () => {
    const c = await openCase();
    const png = makePng();
    const hostileName = '..\u202E/gnp.exe\u0000/../capture.png';
    const issued = (await (
      await api(c, '/uploads', {
        kind: 'screenshot',
        fileName: hostileName,
        contentType: 'image/png',
        size: png.length,
      })
    ).json()) as IssuedUpload;

    await postForm(issued, png, { fileName: 'capture.png', contentType: 'image/png' });

    const seen = await waitFor(async () => (await view(c)).evidence[0]);
    expect(seen.fileName).toBe('_gnp.exe_.._capture.png');
    expect(issued.upload.fields.key).toMatch(/^cases\/[0-9A-Z]{26}\/evidence\/[0-9A-Z]{26}$/);
  });

  describe('refuses each file of the hostile corpus, deletes it and records why', () => {
    let victim: OpenedCase;
    let other: OpenedCase;
    beforeAll(async () => {
      victim = await openCase();
      other = await openCase();
    });

    it.each(hostileCorpus().map((entry) => [entry.id, entry] as const))(
      '%s',
      async (_, entry: HostileUpload) => {
        // Prepare
        const issuedResponse = await api(victim, '/uploads', {
          kind: entry.kind,
          fileName: entry.fileName,
          contentType: entry.contentType,
          size: entry.declaredSize,
        });
        expect(issuedResponse.status).toBe(201);
        const issued = (await issuedResponse.json()) as IssuedUpload;
        const target = entry.key === 'other-case' ? other : victim;
        const key =
          entry.key === 'not-issued'
            ? `cases/${victim.caseId}/evidence/${ulid()}`
            : entry.key === 'other-case'
              ? `cases/${other.caseId}/evidence/${issued.evidenceId}`
              : undefined;
        const before = (await view(target)).rejectedUploads.length;

        // Act
        await postForm(issued, entry.bytes, {
          fileName: entry.fileName,
          contentType: entry.contentType,
          key,
          refused: entry.refusedByStorage,
        });
        if (entry.refusedByStorage) {
          // Storage stored nothing: ingestion's own check is the second line, so the
          // bytes are stored as if storage had let them through.
          const target = key ?? `cases/${victim.caseId}/evidence/${issued.evidenceId}`;
          expect(await store.list(target)).toEqual([]);
          await store.put(target, entry.bytes, { contentType: entry.contentType });
        }

        // Assess
        const rejected = await waitFor(async () => (await view(target)).rejectedUploads[before], {
          what: `the rejection of ${entry.id}`,
        });
        expect(rejected.reason).toBe(entry.expected);
        expect(rejected.message).toMatch(/\w/);
        for (const c of [victim, other]) {
          expect(await store.list(`cases/${c.caseId}/evidence/`)).toEqual([]);
          expect((await view(c)).evidence).toEqual([]);
        }
      },
    );

    it('refuses a 300-character name before issuing any form', async () => {
      const response = await api(victim, '/uploads', {
        kind: 'screenshot',
        fileName: OVERLONG_FILE_NAME,
        contentType: 'image/png',
        size: 100,
      });

      expect(response.status).toBe(422);
      expect(((await response.json()) as { errors: { field: string }[] }).errors).toEqual([
        expect.objectContaining({ field: 'fileName' }),
      ]);
    });

    it('logs ids and codes, never a file name', () => {
      const logs = logger.lines.join('\n');
      expect(logs).toContain('type-mismatch');
      for (const name of ['passwd', 'gnp.exe', 'photo.png', 'menaces-discord']) {
        expect(logs).not.toContain(name);
      }
    });
  });
});
