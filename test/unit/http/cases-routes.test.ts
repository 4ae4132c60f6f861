import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

const timing = { stepTimeoutSeconds: 60, maxReminders: 2 };
const validBody = {
  email: 'victim@example.org',
  locale: 'fr',
  harassmentKinds: ['threats-insults', 'fake-profile'],
  summary: 'Des messages menaçants depuis mars.',
  displayName: 'Zoé',
};

function setup(caseViewMaxStalenessMs?: number) {
  const store = new MemoryBlobStore();
  const workflow = new RecordingWorkflow();
  const logger = capturingLogger();
  const log = new CaseLog(store);
  const app = checkedAgainstDocument(
    createApp({ store, log, workflow, timing, logger, caseViewMaxStalenessMs }),
  );
  const post = (
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => app.request('/api/v1/cases', { method: 'POST', body, headers });
  return { store, workflow, logger, app, post };
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    status: number;
    title: string;
    detail: string;
    errors?: { field: string }[];
  };
}

describe('POST /api/v1/cases', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it('opens the case, stores only the token hash and starts the workflow', async () => {
    // Act
    const response = await s.post(JSON.stringify(validBody));

    // Assess
    expect(response.status).toBe(201);
    const { caseId, accessToken } = (await response.json()) as {
      caseId: string;
      accessToken: string;
    };
    expect(response.headers.get('location')).toBe(`/api/v1/cases/${caseId}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const events = s.store.json(`cases/${caseId}/events/`) as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['case-opened', 'workflow-started']);
    expect(events[0]).toMatchObject({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      displayName: 'Zoé',
    });
    expect(JSON.stringify(events)).not.toContain(accessToken);
    expect(s.workflow.started).toEqual([{ name: caseId, input: { caseId, timing } }]);
  });

  it('keeps the case when the workflow cannot start, and records why', async () => {
    s.workflow.startError = Object.assign(new Error('boom'), { name: 'ServiceUnavailable' });

    const response = await s.post(JSON.stringify(validBody));

    expect(response.status).toBe(201);
    const types = (s.store.json() as { type: string; reason?: string }[]).map((e) => [
      e.type,
      e.reason,
    ]);
    expect(types).toEqual([
      ['case-opened', undefined],
      ['workflow-start-failed', 'ServiceUnavailable'],
    ]);
  });

  it.each([
    ['missing email', { ...validBody, email: undefined }, 'email'],
    ['a malformed email', { ...validBody, email: 'not-an-email' }, 'email'],
    ['an unknown locale', { ...validBody, locale: 'de' }, 'locale'],
    [
      'an unknown harassment kind',
      { ...validBody, harassmentKinds: ['spam'] },
      'harassmentKinds.0',
    ],
    ['an unexpected field', { ...validBody, password: 'x' }, 'password'],
    ['a summary over 4000 characters', { ...validBody, summary: 'x'.repeat(4001) }, 'summary'],
  ])('refuses %s with 422 naming the field, and writes nothing', async (_, body, field) => {
    const response = await s.post(JSON.stringify(body));

    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(problem.detail).toContain(field);
    expect(s.store.objects.size).toBe(0);
    expect(s.workflow.started).toHaveLength(0);
  });

  it('refuses a 1 MB body with 413, and writes nothing', async () => {
    const response = await s.post(
      JSON.stringify({ ...validBody, summary: 'x'.repeat(1024 * 1024) }),
    );

    expect(response.status).toBe(413);
    expect((await problemOf(response)).detail).toMatch(/at most 16384 bytes/);
    expect(s.store.objects.size).toBe(0);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await s.post('email=victim@example.org');

    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/JSON object/);
    expect(s.store.objects.size).toBe(0);
  });

  it('refuses JSON that is not an object with 400', async () => {
    expect((await s.post('[1,2]')).status).toBe(400);
    expect((await s.post('null')).status).toBe(400);
  });

  it('refuses another media type with 415', async () => {
    const response = await s.post(JSON.stringify(validBody), { 'content-type': 'text/plain' });

    expect(response.status).toBe(415);
    expect(s.store.objects.size).toBe(0);
  });

  it('never logs what the victim wrote', async () => {
    await s.post(JSON.stringify(validBody));

    const logs = s.logger.lines.join('\n');
    expect(logs).toContain('case-opened');
    for (const secret of ['victim@example.org', 'Zoé', 'menaçants'])
      expect(logs).not.toContain(secret);
  });
});

describe('GET /api/v1/cases/{id}', () => {
  it('shows the case to its token holder', async () => {
    const s = setup();
    const { caseId, accessToken } = (await (await s.post(JSON.stringify(validBody))).json()) as {
      caseId: string;
      accessToken: string;
    };

    const response = await s.app.request(`/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const view = (await response.json()) as Record<string, unknown>;
    expect(view).toMatchObject({
      caseId,
      locale: 'fr',
      harassmentKinds: ['threats-insults', 'fake-profile'],
      workflow: { status: 'running' },
    });
    expect(view.steps).toHaveLength(9);
    expect(JSON.stringify(view)).not.toMatch(/accessTokenHash|taskToken/);
  });

  it('answers the same 404 to a wrong token, a missing token and an unknown case', async () => {
    const s = setup();
    const { caseId } = (await (await s.post(JSON.stringify(validBody))).json()) as {
      caseId: string;
    };
    const unknown = '0123456789ABCDEFGHJKMNPQRS';
    const get = (id: string, headers: Record<string, string> = {}) =>
      s.app.request(`/api/v1/cases/${id}`, { headers });

    const answers = await Promise.all([
      get(caseId, { authorization: 'Bearer wrong-token-wrong-token-wrong' }),
      get(caseId),
      get(unknown, { authorization: 'Bearer wrong-token-wrong-token-wrong' }),
      get('not-a-case-id', { authorization: 'Bearer wrong-token-wrong-token-wrong' }),
    ]);

    const bodies = await Promise.all(
      answers.map(async (r) => {
        const problem = await problemOf(r);
        return { status: r.status, title: problem.title };
      }),
    );
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toEqual({ status: 404, title: 'Case not found' });
  });
});

describe('GET /api/v1/cases/{id}, polled', () => {
  async function opened() {
    // A minute, so that a slow machine cannot make this test's views fresh by chance.
    const s = setup(60_000);
    const { caseId, accessToken } = (await (await s.post(JSON.stringify(validBody))).json()) as {
      caseId: string;
      accessToken: string;
    };
    const view = (headers: Record<string, string> = {}) =>
      s.app.request(`/api/v1/cases/${caseId}`, {
        headers: { authorization: `Bearer ${accessToken}`, ...headers },
      });
    // Another instance (ingest, the workflow) writing to the same bucket, a second later:
    // events of one millisecond from two instances may sort either way.
    const elsewhere = new CaseLog(s.store, () => new Date(Date.now() + 1000));
    const factElsewhere = () =>
      elsewhere.append({
        type: 'fact-recorded',
        caseId,
        factId: '01JB0000000000000000000001',
        occurredAt: '2026-10-01T10:00:00.000Z',
        description: 'Un message de menace',
        evidenceIds: [],
      });
    return { view, factElsewhere };
  }
  const factsOf = async (response: Response) =>
    ((await response.json()) as { facts: unknown[] }).facts;

  it('may lag a write made elsewhere, unless asked with no-cache', async () => {
    // Prepare
    const c = await opened();
    await c.view();

    // Act
    await c.factElsewhere();
    const polled = await c.view();
    const revalidated = await c.view({ 'cache-control': 'no-cache' });

    // Assess
    expect(await factsOf(polled)).toHaveLength(0);
    expect(await factsOf(revalidated)).toHaveLength(1);
  });

  it('sends the same view gzipped to a client that accepts it', async () => {
    const c = await opened();
    await c.factElsewhere();
    const plain = await (await c.view({ 'cache-control': 'no-cache' })).text();

    const response = await c.view({ 'accept-encoding': 'gzip, deflate, br' });

    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const body = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(JSON.parse(body)).toEqual(JSON.parse(plain));
    expect((await c.view({ 'accept-encoding': 'gzip;q=0' })).headers.get('content-encoding')).toBe(
      null,
    );
  });

  it("carries the API's security headers, and none meant for HTML pages", async () => {
    const c = await opened();

    const response = await c.view();

    expect(Object.fromEntries(response.headers)).toMatchObject({
      'cache-control': 'no-store',
      'content-security-policy': "frame-ancestors 'none'",
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
  });
});

describe('unknown routes', () => {
  it('answer problem+json 404', async () => {
    const response = await setup().app.request('/api/v1/nothing');

    expect(response.status).toBe(404);
    await problemOf(response);
  });
});
