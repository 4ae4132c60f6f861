import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

async function setup() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const workflow = new RecordingWorkflow();
  const app = checkedAgainstDocument(
    createApp({
      store,
      log,
      workflow,
      timing: { stepTimeoutSeconds: 60, maxReminders: 2 },
      logger: capturingLogger(),
    }),
  );
  const opened = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: ['rumours'],
    }),
  });
  const { caseId, accessToken } = (await opened.json()) as { caseId: string; accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };
  const post = (path: string, body?: unknown, token = accessToken) =>
    app.request(`/api/v1/cases/${caseId}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const view = async () =>
    (await (await app.request(`/api/v1/cases/${caseId}`, { headers: auth })).json()) as {
      steps: { id: string; status: string }[];
      reports: unknown[];
      workflow: { status: string; resumeAt: string | null };
      deadlines: { id: string }[];
    };
  return { store, log, workflow, app, caseId, accessToken, auth, post, view };
}

describe('POST /api/v1/cases/{id}/steps/{stepId}', () => {
  it('marks a step done and shows it in the case view', async () => {
    const s = await setup();

    const response = await s.post('/steps/stop-contact', { status: 'done' });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      stepId: 'stop-contact',
      outcome: 'completed',
      workflowResumed: false,
    });
    expect((await s.view()).steps.find((step) => step.id === 'stop-contact')?.status).toBe('done');
  });

  it('sends the task token when the workflow waits on the step', async () => {
    const s = await setup();
    await s.post('/links', { url: 'https://forum.example/t/1' });
    await s.log.append({
      type: 'step-awaiting',
      caseId: s.caseId,
      stepId: 'collect-evidence',
      taskToken: 'tok-1',
    });

    const response = await s.post('/steps/collect-evidence', { status: 'done' });

    expect(await response.json()).toMatchObject({ outcome: 'completed', workflowResumed: true });
    expect(s.workflow.completed).toEqual([
      { taskToken: 'tok-1', output: { stepId: 'collect-evidence', status: 'done' } },
    ]);
  });

  it('is harmless when posted twice', async () => {
    const s = await setup();
    await s.post('/steps/lock-accounts', { status: 'done' });

    const again = await s.post('/steps/lock-accounts', { status: 'done' });

    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ stepId: 'lock-accounts', outcome: 'already-complete' });
    expect(
      (s.store.json() as { type: string }[]).filter((e) => e.type === 'step-updated'),
    ).toHaveLength(1);
  });

  it('records one report per site', async () => {
    const s = await setup();
    const report = {
      site: 'jeuxvideo.com',
      reportedAt: '2026-11-20T10:00:00+01:00',
      reference: 'MOD-42',
    };

    const first = await s.post('/steps/report-content', report);
    const again = await s.post('/steps/report-content', {
      ...report,
      site: 'https://www.JeuxVideo.com/',
    });
    const other = await s.post('/steps/report-content', { ...report, site: 'Instagram' });

    expect(await first.json()).toMatchObject({ outcome: 'completed' });
    expect(await again.json()).toMatchObject({ outcome: 'already-complete' });
    expect(await other.json()).toMatchObject({ outcome: 'completed' });
    expect((await s.view()).reports).toEqual([
      expect.objectContaining({
        site: 'jeuxvideo.com',
        reportedAt: '2026-11-20T09:00:00.000Z',
        reference: 'MOD-42',
      }),
      expect.objectContaining({ site: 'Instagram' }),
    ]);
  });

  it.each([
    [
      'a report without a site',
      '/steps/report-content',
      { reportedAt: '2026-11-20T10:00:00Z' },
      'site',
    ],
    [
      'a report dated in the future',
      '/steps/report-content',
      { site: 'x', reportedAt: '2099-01-01T00:00:00Z' },
      'reportedAt',
    ],
    [
      'a filed complaint without receipt number',
      '/steps/file-complaint',
      { outcome: 'filed' },
      'reference',
    ],
    ['an unknown outcome', '/steps/file-complaint', { outcome: 'main-courante' }, 'outcome'],
    [
      'skipping a step that cannot be skipped',
      '/steps/stop-contact',
      { status: 'skipped' },
      'status',
    ],
    ['an extra field', '/steps/seek-support', { status: 'done', note: 'x' }, 'note'],
  ])('refuses %s with 422 naming the field', async (_, path, body, field) => {
    const s = await setup();
    const before = s.store.objects.size;

    const response = await s.post(path, body);

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(s.store.objects.size).toBe(before);
  });

  it.each([
    ['collect-evidence', { status: 'done' }, /at least one screenshot, document or link/],
    ['medical-certificate', { status: 'done' }, /Upload the medical certificate/],
  ])('answers 409 to %s done before what it needs', async (stepId, body, detail) => {
    const s = await setup();

    const response = await s.post(`/steps/${stepId}`, body);

    expect(response.status).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toMatch(detail);
  });

  it('answers 404 naming stepId for an unknown step', async () => {
    const s = await setup();

    const response = await s.post('/steps/give-up', { status: 'done' });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'stepId' }] });
  });

  it('answers 409 for the letter to the Procureur before a refused complaint', async () => {
    const s = await setup();

    const response = await s.post('/steps/write-prosecutor', { status: 'done' });

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: '/problems/step-not-applicable' });
  });

  it('answers 409 when the complaint outcome changes', async () => {
    const s = await setup();
    await s.post('/steps/file-complaint', { outcome: 'refused' });

    const response = await s.post('/steps/file-complaint', { outcome: 'filed', reference: 'R-1' });

    expect(response.status).toBe(409);
  });

  it('resumes a stalled case when its owner does the step', async () => {
    const s = await setup();
    await s.log.append({ type: 'case-stalled', caseId: s.caseId, stepId: 'collect-evidence' });
    s.workflow.running.clear();
    await s.post('/links', { url: 'https://forum.example/t/1' });

    const response = await s.post('/steps/collect-evidence', { status: 'done' });

    expect(await response.json()).toMatchObject({ workflow: { status: 'running' } });
    expect(s.workflow.started.at(-1)).toEqual({
      name: `${s.caseId}-2`,
      input: {
        caseId: s.caseId,
        timing: { stepTimeoutSeconds: 60, maxReminders: 2 },
        resumeAt: 'medical-certificate',
      },
    });
  });

  it('answers the same 404 to a wrong token', async () => {
    const s = await setup();

    const response = await s.post(
      '/steps/stop-contact',
      { status: 'done' },
      'wrong-token-wrong-token-wrong',
    );

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: '/problems/case-not-found' });
  });
});

describe('POST /api/v1/cases/{id}/resume', () => {
  it('starts a new execution at the derived step, once', async () => {
    const s = await setup();
    s.workflow.running.clear();

    const resumed = await s.post('/resume');
    const again = await s.post('/resume');

    expect(resumed.status).toBe(202);
    expect(await resumed.json()).toEqual({ outcome: 'resumed', resumeAt: 'start' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'already-running' });
  });
});

describe('GET /api/v1/cases/{id} deadlines', () => {
  it('warns about public insult and defamation for rumours, and states the 6-year limit', async () => {
    const s = await setup();

    expect((await s.view()).deadlines.map((d) => d.id)).toEqual([
      'public-insult-defamation',
      'harassment',
    ]);
  });
});

describe('DELETE /api/v1/cases/{id}', () => {
  it('stops the workflow and erases every object of the case before answering', async () => {
    const s = await setup();
    await s.post('/steps/stop-contact', { status: 'done' });

    const response = await s.app.request(`/api/v1/cases/${s.caseId}`, {
      method: 'DELETE',
      headers: s.auth,
    });

    expect(response.status).toBe(204);
    expect(s.workflow.stopped).toEqual([`execution:${s.caseId}`]);
    expect(await s.store.list(`cases/${s.caseId}/`)).toEqual([]);
    const after = await s.app.request(`/api/v1/cases/${s.caseId}`, { headers: s.auth });
    expect(after.status).toBe(404);
  });
});
