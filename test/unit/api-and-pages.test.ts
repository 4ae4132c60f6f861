import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { toCaseView } from '../../shared/domain/case-view.js';
import type { CaseEvent } from '../../shared/domain/events.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { post, visit } from '../support/web-forms.js';

/**
 * The API and the pages write through the same use cases: the same input gives the same
 * events and the same case, whichever door it came through.
 */
async function twoDoors() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const workflow = new RecordingWorkflow();
  const app = createApp({
    store,
    log,
    workflow,
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  const open = async () => {
    const response = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr' }),
    });
    return (await response.json()) as { caseId: string; accessToken: string };
  };
  const viaApi = await open();
  const viaPage = await open();
  const api = (path: string, body: unknown) =>
    app.request(`/api/v1/cases/${viaApi.caseId}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${viaApi.accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  // The browser that opened a case holds its access token in the session cookie.
  const browser = await visit(app);
  const page = (path: string, fields: Record<string, string>) =>
    post(
      app,
      `/cases/${viaPage.caseId}${path}`,
      { csrf: browser.csrf, ...fields },
      {
        cookie: `${browser.cookie}; hd_session=${viaPage.caseId}.${viaPage.accessToken}`,
        'sec-fetch-site': 'same-origin',
      },
    );
  /** The case's events after its opening, without what differs by nature: ids and times. */
  const written = async (caseId: string) =>
    (await log.read(caseId)).slice(2).map((event) => withoutIds(event, caseId));
  /** The case as its view shows it, without ids and times. */
  const view = async (caseId: string) => {
    const state = await log.load(caseId);
    return withoutIds(toCaseView(state ?? expect.fail('no case')), caseId);
  };
  return { log, workflow, viaApi, viaPage, api, page, written, view };
}

const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** A copy with every id and time replaced by a placeholder, and the case id by `case`. */
function withoutIds(value: unknown, caseId: string): unknown {
  if (typeof value === 'string') {
    if (value.includes(caseId)) return value.replaceAll(caseId, 'case');
    if (ID.test(value)) return 'id';
    if (TIME.test(value) && !value.startsWith('2026-03-01')) return 'time';
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => withoutIds(v, caseId));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, withoutIds(v, caseId)]),
    );
  return value;
}

describe('the API and the pages', () => {
  it('record the same fact', async () => {
    // Prepare
    const s = await twoDoors();

    // Act: 1 March 2026, 10:30 in Paris is 09:30 UTC.
    await s.api('/facts', {
      occurredAt: '2026-03-01T09:30:00.000Z',
      description: 'Insultes sous ma photo',
      platform: 'Forum',
      url: 'https://forum.example/t/1',
    });
    await s.page('/facts', {
      date: '2026-03-01',
      time: '10:30',
      description: 'Insultes sous ma photo',
      platform: 'Forum',
      url: 'https://forum.example/t/1',
    });

    // Assess
    const fromApi = await s.written(s.viaApi.caseId);
    expect(fromApi.map((e) => (e as CaseEvent).type)).toEqual(['fact-recorded']);
    expect(await s.written(s.viaPage.caseId)).toEqual(fromApi);
    expect(await s.view(s.viaPage.caseId)).toEqual(await s.view(s.viaApi.caseId));
  });

  it('keep the same link', async () => {
    // Prepare
    const s = await twoDoors();
    const link = { url: 'https://forum.example/t/2', description: 'Le fil de discussion' };

    // Act
    await s.api('/links', link);
    await s.page('/links', link);

    // Assess
    const fromApi = await s.written(s.viaApi.caseId);
    expect(fromApi.map((e) => (e as CaseEvent).type)).toEqual(['link-added']);
    expect(await s.written(s.viaPage.caseId)).toEqual(fromApi);
    expect(await s.view(s.viaPage.caseId)).toEqual(await s.view(s.viaApi.caseId));
  });

  it('complete the same step of a stalled case and resume it, reading the log twice', async () => {
    // Prepare: both cases stalled at the evidence step, with a link kept.
    const s = await twoDoors();
    for (const caseId of [s.viaApi.caseId, s.viaPage.caseId])
      await s.log.append({ type: 'case-stalled', caseId, stepId: 'collect-evidence' });
    s.workflow.running.clear();
    await s.api('/links', { url: 'https://forum.example/t/3' });
    await s.page('/links', { url: 'https://forum.example/t/3' });
    const reads = () => [s.log.load, s.log.read].map((f) => vi.mocked(f).mock.calls.length);
    vi.spyOn(s.log, 'load');
    vi.spyOn(s.log, 'read');

    // Act
    const answered = await s.api('/steps/collect-evidence', { status: 'done' });
    const apiReads = reads();
    const redirected = await s.page('/steps/collect-evidence', { status: 'done' });
    const pageReads = reads().map((n, i) => n - (apiReads[i] ?? 0));

    // Assess
    expect(await answered.json()).toMatchObject({ workflow: { status: 'running' } });
    expect(redirected.status).toBe(303);
    const [fromApi, fromPage] = s.workflow.started.slice(-2);
    expect(fromApi?.name).toBe(`${s.viaApi.caseId}-2`);
    expect(fromPage?.name).toBe(`${s.viaPage.caseId}-2`);
    expect(withoutIds(fromPage, s.viaPage.caseId)).toEqual(withoutIds(fromApi, s.viaApi.caseId));
    expect(await s.written(s.viaPage.caseId)).toEqual(await s.written(s.viaApi.caseId));
    expect(await s.view(s.viaPage.caseId)).toMatchObject({ workflow: { status: 'running' } });
    expect(await s.view(s.viaPage.caseId)).toEqual(await s.view(s.viaApi.caseId));
    // The request's own read of the case, then one read after the step: never a third.
    expect(apiReads.reduce((a, b) => a + b)).toBe(2);
    expect(pageReads.reduce((a, b) => a + b)).toBe(2);
  });
});
