import { ulid } from 'ulid';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import type { CaseView } from '../../../shared/domain/case-view.js';
import { MAX_EVIDENCE_PER_CASE } from '../../../shared/domain/evidence.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

// The case view hides expired upload forms by the wall clock: tests run at the real time.
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

async function setup() {
  const store = new MemoryBlobStore();
  const logger = capturingLogger();
  const log = new CaseLog(store, () => NOW);
  const app = checkedAgainstDocument(
    createApp({
      log,
      workflow: new RecordingWorkflow(),
      timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
      logger,
      store,
      now: () => NOW,
    }),
  );
  const opened = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'victim@example.org', locale: 'en', harassmentKinds: [] }),
  });
  const { caseId, accessToken } = (await opened.json()) as { caseId: string; accessToken: string };
  const post = (path: string, body: unknown, token = accessToken) =>
    app.request(`/api/v1/cases/${caseId}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = async (path = '') =>
    app.request(`/api/v1/cases/${caseId}${path}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
  const view = async () => (await (await get()).json()) as CaseView;
  return { store, log, logger, app, caseId, accessToken, post, get, view };
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as { status: number; errors?: { field: string }[] };
}

const upload = {
  kind: 'screenshot',
  fileName: 'capture.png',
  contentType: 'image/png',
  size: 1234,
};

describe('POST /api/v1/cases/{id}/uploads', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it('issues a form for one exact key, type and size, valid 10 minutes, and records it', async () => {
    // Act
    const response = await s.post('/uploads', {
      ...upload,
      fileName: 'évidence\u202E.png',
      capturedAt: '2025-05-30T23:15:00+02:00',
    });

    // Assess
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      evidenceId: string;
      expiresAt: string;
      upload: { fields: Record<string, string> };
    };
    const key = `cases/${s.caseId}/evidence/${body.evidenceId}`;
    expect(body.upload.fields.key).toBe(key);
    expect(body.expiresAt).toBe(inMinutes(10));
    expect(s.store.presigned).toEqual([
      {
        key,
        options: { contentType: 'image/png', minBytes: 1234, maxBytes: 1234, expiresSeconds: 600 },
      },
    ]);
    expect((await s.view()).pendingUploads).toEqual([
      expect.objectContaining({ evidenceId: body.evidenceId, fileName: 'évidence.png' }),
    ]);
    const requested = s.store
      .json(`cases/${s.caseId}/events/`)
      .find((e) => (e as { type: string }).type === 'upload-requested');
    expect(requested).toMatchObject({ capturedAt: '2025-05-30T21:15:00.000Z', size: 1234 });
  });

  it('keeps a capture date given without a time as a day, in the log and in the view', async () => {
    // Act: a day, the form the API took before (an instant) still taken beside it.
    const day = await s.post('/uploads', { ...upload, capturedAt: '2025-05-30' });
    const link = await s.post('/links', {
      url: 'https://forum.example/t/1',
      capturedAt: '2025-05-29',
    });

    // Assess
    expect(day.status).toBe(201);
    expect(link.status).toBe(201);
    const events = s.store.json(`cases/${s.caseId}/events/`) as { type: string }[];
    expect(events.find((e) => e.type === 'upload-requested')).toMatchObject({
      capturedAt: '2025-05-30',
    });
    expect((await s.view()).evidence).toEqual([
      expect.objectContaining({
        kind: 'link',
        capturedAt: '2025-05-29',
        capturedAtSource: 'victim',
      }),
    ]);
  });

  it.each([
    [
      'a type not allowed for the kind',
      { ...upload, contentType: 'application/pdf' },
      'contentType',
    ],
    ['an SVG screenshot', { ...upload, contentType: 'image/svg+xml' }, 'contentType'],
    ['a screenshot over 20 MB', { ...upload, size: 20_000_001 }, 'size'],
    [
      'a video over 500 MB',
      { ...upload, kind: 'video', contentType: 'video/mp4', size: 500_000_001 },
      'size',
    ],
    ['an empty file', { ...upload, size: 0 }, 'size'],
    ['an unknown kind', { ...upload, kind: 'audio' }, 'kind'],
    ['a name of 300 characters', { ...upload, fileName: 'a'.repeat(300) }, 'fileName'],
    ['a name of only dots and controls', { ...upload, fileName: '..\u0000\u202E.' }, 'fileName'],
    ['a capture date in the future', { ...upload, capturedAt: inMinutes(60) }, 'capturedAt'],
    [
      'a capture date without time zone',
      { ...upload, capturedAt: '2025-05-01T10:00:00' },
      'capturedAt',
    ],
    ['a capture day that does not exist', { ...upload, capturedAt: '2025-02-30' }, 'capturedAt'],
    ['a capture day in the future', { ...upload, capturedAt: '2099-01-01' }, 'capturedAt'],
  ])('refuses %s with 422 naming the field', async (_, body, field) => {
    const response = await s.post('/uploads', body);

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((e) => e.field)).toContain(field);
    expect(s.store.presigned).toEqual([]);
  });

  it('answers the same 404 to a wrong token, and issues nothing', async () => {
    const response = await s.post('/uploads', upload, 'wrong-token-wrong-token-wrong');

    expect(response.status).toBe(404);
    expect(s.store.presigned).toEqual([]);
  });

  it(`stops at ${MAX_EVIDENCE_PER_CASE} evidence items per case, and says so`, async () => {
    for (let i = 0; i < MAX_EVIDENCE_PER_CASE; i++)
      await s.log.append({
        type: 'link-added',
        caseId: s.caseId,
        evidenceId: ulid(),
        url: `https://example.org/${i}`,
      });

    const response = await s.post('/uploads', upload);

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ detail: expect.stringContaining('200') });
  });

  it('stops at 2 GB of files per case, uploads in flight included', async () => {
    const video = {
      kind: 'video',
      fileName: 'clip.mp4',
      contentType: 'video/mp4',
      size: 500_000_000,
    };
    for (let i = 0; i < 4; i++) expect((await s.post('/uploads', video)).status).toBe(201);

    const response = await s.post('/uploads', { ...upload, size: 1 });

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: '/problems/storage-limit' });
    expect(s.store.presigned).toHaveLength(4);
  });
});

describe('POST /api/v1/cases/{id}/links', () => {
  it('records a link as a numbered evidence item', async () => {
    const s = await setup();

    const response = await s.post('/links', {
      url: 'https://x.com/troll/status/1',
      description: 'Le tweet',
      platform: 'X',
      authorPseudonym: '@troll',
    });

    expect(response.status).toBe(201);
    const { evidenceId } = (await response.json()) as { evidenceId: string };
    expect((await s.view()).evidence).toEqual([
      expect.objectContaining({
        evidenceId,
        number: 1,
        kind: 'link',
        url: 'https://x.com/troll/status/1',
        capturedAt: NOW.toISOString(),
        capturedAtSource: 'received',
        platform: 'X',
      }),
    ]);
  });

  it.each([
    ['javascript:', { url: 'javascript:alert(1)' }, 'url'],
    ['file:', { url: 'file:///etc/passwd' }, 'url'],
    ['data:', { url: 'data:text/html,<script>1</script>' }, 'url'],
    ['credentials in the URL', { url: 'https://user:pass@example.org/' }, 'url'],
    ['a URL over 2 KB', { url: `https://example.org/${'a'.repeat(2048)}` }, 'url'],
    ['not a URL', { url: 'example' }, 'url'],
    ['a URL that is not a string', { url: 42 }, 'url'],
    ['an unknown field', { url: 'https://example.org', html: '<b>' }, 'html'],
  ])('refuses %s with 422 naming the field', async (_, body, field) => {
    const s = await setup();

    const response = await s.post('/links', body);

    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect((await s.view()).evidence).toEqual([]);
  });

  it('refuses a body that is not JSON with 400 and another media type with 415', async () => {
    const s = await setup();

    expect((await s.post('/links', '{"url":')).status).toBe(400);
    const form = await s.app.request(`/api/v1/cases/${s.caseId}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.accessToken}`, 'content-type': 'text/plain' },
      body: 'https://example.org',
    });
    expect(form.status).toBe(415);
  });
});

describe('POST /api/v1/cases/{id}/facts', () => {
  it('lists facts in date order, each with its evidence', async () => {
    // Prepare
    const s = await setup();
    const link = (await (await s.post('/links', { url: 'https://example.org/p' })).json()) as {
      evidenceId: string;
    };
    const pending = (await (await s.post('/uploads', upload)).json()) as { evidenceId: string };

    // Act
    const later = await s.post('/facts', {
      occurredAt: '2025-05-20T08:00:00+02:00',
      description: 'Un faux profil à mon nom',
      evidenceIds: [link.evidenceId, pending.evidenceId],
    });
    const earlier = await s.post('/facts', {
      occurredAt: '2025-04-02T22:00:00Z',
      description: 'Premier message de menace',
      platform: 'Instagram',
      authorPseudonym: 'anon_123',
    });

    // Assess
    expect([later.status, earlier.status]).toEqual([201, 201]);
    const { facts } = await s.view();
    expect(facts.map((f) => [f.occurredAt, f.description])).toEqual([
      ['2025-04-02T22:00:00.000Z', 'Premier message de menace'],
      ['2025-05-20T06:00:00.000Z', 'Un faux profil à mon nom'],
    ]);
    expect(facts[1]?.evidence).toEqual([
      expect.objectContaining({ evidenceId: link.evidenceId, number: 1, status: 'received' }),
      { evidenceId: pending.evidenceId, status: 'pending' },
    ]);
  });

  it.each([
    ['no date', { description: 'x' }, 'occurredAt'],
    ['a date in the future', { occurredAt: inMinutes(6), description: 'x' }, 'occurredAt'],
    [
      'an empty description',
      { occurredAt: '2025-01-01T00:00:00Z', description: '  ' },
      'description',
    ],
    [
      'a javascript: URL',
      { occurredAt: '2025-01-01T00:00:00Z', description: 'x', url: 'javascript:alert(1)' },
      'url',
    ],
    [
      'evidence of another case',
      { occurredAt: '2025-01-01T00:00:00Z', description: 'x', evidenceIds: [ulid()] },
      'evidenceIds.0',
    ],
    [
      'a malformed evidence id',
      { occurredAt: '2025-01-01T00:00:00Z', description: 'x', evidenceIds: ['../x'] },
      'evidenceIds.0',
    ],
  ])('refuses %s with 422 naming the field', async (_, body, field) => {
    const s = await setup();

    const response = await s.post('/facts', body);

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((e) => e.field)).toContain(field);
    expect((await s.view()).facts).toEqual([]);
  });
});

describe('GET /api/v1/cases/{id}/evidence/{evidenceId}', () => {
  it('redirects the owner to a one-minute link named after the real type, with that type', async () => {
    const s = await setup();
    const evidenceId = ulid();
    await s.log.append({
      type: 'evidence-uploaded',
      caseId: s.caseId,
      evidenceId,
      kind: 'screenshot',
      sha256: 'a'.repeat(64),
      size: 10,
      contentType: 'image/jpeg',
      fileName: 'capture.png',
      uploadedAt: NOW.toISOString(),
    });

    const response = await s.get(`/evidence/${evidenceId}`);

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `memory://cases/${s.caseId}/evidence/${evidenceId}`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Named after the type sniffed from the bytes, not the uploaded name's extension.
    expect(s.store.presigned.at(-1)?.options).toEqual({
      expiresSeconds: 60,
      fileName: 'capture.jpg',
      contentType: 'image/jpeg',
    });
  });

  it('answers 404 for unknown evidence, links and strangers', async () => {
    const s = await setup();
    const link = (await (await s.post('/links', { url: 'https://example.org/p' })).json()) as {
      evidenceId: string;
    };

    expect((await s.get(`/evidence/${ulid()}`)).status).toBe(404);
    expect((await s.get(`/evidence/${link.evidenceId}`)).status).toBe(404);
    const stranger = await s.app.request(`/api/v1/cases/${s.caseId}/evidence/${link.evidenceId}`);
    expect(stranger.status).toBe(404);
  });
});
