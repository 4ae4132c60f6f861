import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { caseViewFastPath } from '../../../functions/http/case-view-fast-path.js';
import { renderedCaseViews } from '../../../functions/http/rendered-case-views.js';
import { CaseLog } from '../../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

const timing = { stepTimeoutSeconds: 60, maxReminders: 2 };
/** Long enough that no slow machine makes a remembered view stale by chance. */
const STALENESS_MS = 60_000;

async function setup(limits?: { authFailuresPerCase: number }) {
  const store = new MemoryBlobStore();
  let clock = Date.now();
  const log = new CaseLog(store, () => new Date(clock));
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing,
    logger: capturingLogger(),
    caseViewMaxStalenessMs: STALENESS_MS,
    ...(limits && {
      limits: {
        casesPerAddressPerHour: 20,
        authFailuresPerAddress: 1000,
        casesPerEmail: 5,
        ...limits,
      },
    }),
  });
  const opened = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'victim@example.org', locale: 'fr' }),
  });
  const { caseId, accessToken } = (await opened.json()) as {
    caseId: string;
    accessToken: string;
  };
  const url = `http://localhost/api/v1/cases/${caseId}`;
  const bearer = { authorization: `Bearer ${accessToken}` };
  const view = (headers: Record<string, string> = bearer) => app.request(url, { headers });
  const page = () =>
    app.request(`http://localhost/cases/${caseId}`, {
      headers: { cookie: `hd_session=${caseId}.${accessToken}` },
    });
  const advance = (ms: number) => {
    clock += ms;
  };
  return { store, log, app, caseId, url, bearer, view, page, advance };
}

describe('the case view answered from memory (caseViewFastPath)', () => {
  it('answers a remembered case to its token exactly as the routed view does', async () => {
    // Prepare
    const s = await setup();
    const routed = await s.view({ ...s.bearer, 'cache-control': 'no-cache' });
    const fast = caseViewFastPath(
      { log: s.log, caseViewMaxStalenessMs: STALENESS_MS },
      renderedCaseViews(),
    );

    // Act
    const answer = fast(new Request(`${s.url}?poll=1`, { headers: s.bearer }));

    // Assess
    expect(answer?.status).toBe(200);
    expect(Object.fromEntries(answer?.headers ?? [])).toEqual(Object.fromEntries(routed.headers));
    expect(await answer?.json()).toEqual(await routed.json());
  });

  it('leaves to the routed app every request it cannot answer from memory alone', async () => {
    // Prepare
    const s = await setup();
    await s.view();
    const fast = caseViewFastPath(
      { log: s.log, caseViewMaxStalenessMs: STALENESS_MS },
      renderedCaseViews(),
    );
    const other = await setup();
    const wrongToken = { authorization: `Bearer ${'A'.repeat(43)}` };

    // Act
    const answers = {
      noToken: fast(new Request(s.url)),
      wrongToken: fast(new Request(s.url, { headers: wrongToken })),
      othersToken: fast(new Request(s.url, { headers: other.bearer })),
      basic: fast(new Request(s.url, { headers: { authorization: 'Basic dXNlcjpwYXNz' } })),
      head: fast(new Request(s.url, { method: 'HEAD', headers: s.bearer })),
      post: fast(new Request(s.url, { method: 'POST', headers: s.bearer, body: '{}' })),
      noCache: fast(new Request(s.url, { headers: { ...s.bearer, 'cache-control': 'no-cache' } })),
      trailingSlash: fast(new Request(`${s.url}/`, { headers: s.bearer })),
      subPath: fast(new Request(`${s.url}/steps`, { headers: s.bearer })),
      notACaseId: fast(new Request(`${s.url}x`, { headers: s.bearer })),
      notReadHere: fast(new Request(other.url, { headers: other.bearer })),
    };
    s.advance(STALENESS_MS + 1);
    const readTooLongAgo = fast(new Request(s.url, { headers: s.bearer }));

    // Assess
    expect({ ...answers, readTooLongAgo }).toEqual(
      Object.fromEntries(Object.keys({ ...answers, readTooLongAgo }).map((k) => [k, undefined])),
    );
  });

  it('shows the next view a write made by another request, in the API and on the page', async () => {
    // Prepare
    const s = await setup();
    expect(((await (await s.view()).json()) as { facts: unknown[] }).facts).toHaveLength(0);

    // Act
    const recorded = await s.app.request(`${s.url}/facts`, {
      method: 'POST',
      headers: { ...s.bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ occurredAt: '2026-10-01', description: 'Un message de menace' }),
    });

    // Assess
    expect(recorded.status).toBe(201);
    const { facts } = (await (await s.view()).json()) as { facts: { description: string }[] };
    expect(facts.map((fact) => fact.description)).toEqual(['Un message de menace']);
    expect(await (await s.page()).text()).toContain('Un message de menace');
  });

  it('answers 404 at once for a case erased by another request', async () => {
    // Prepare
    const s = await setup();
    expect((await s.view()).status).toBe(200);
    const factsForm = `/cases/${s.caseId}/facts`;
    expect(await (await s.page()).text()).toContain(factsForm);

    // Act
    const erased = await s.app.request(s.url, { method: 'DELETE', headers: s.bearer });

    // Assess
    expect(erased.status).toBe(204);
    const view = await s.view();
    expect(view.status).toBe(404);
    expect(view.headers.get('content-type')).toBe('application/problem+json');
    expect(await (await s.page()).text()).not.toContain(factsForm);
  });

  it('still counts wrong tokens for a remembered case against the abuse limits', async () => {
    // Prepare
    const s = await setup({ authFailuresPerCase: 2 });
    await s.view();
    const wrong = { authorization: `Bearer ${'B'.repeat(43)}` };

    // Act
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await s.view(wrong)).status);
    const right = await s.view();

    // Assess
    expect(statuses).toEqual([404, 404, 429]);
    expect(right.status).toBe(200);
  });
});
