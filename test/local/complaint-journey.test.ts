import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { makePdf } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import { mailbox } from '../support/mailbox.js';
import {
  DOSSIER_COMPILE_MS,
  RUNTIME_START_MS,
  RUNTIME_TEST_MS,
} from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// Each test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const running: LocalRuntime[] = [];
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop();
});

async function start(dataDir: string, { clearMailbox = true } = {}) {
  const runtime = await startLocalRuntime({
    dataDir,
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 30,
    followUpWaitSeconds: 1,
    maxReminders: 1,
    logger: capturingLogger(),
  });
  running.push(runtime);
  if (clearMailbox) await fetch(`${runtime.mailboxUrl}/clear-store`, { method: 'POST' });
  return runtime;
}

/** A victim using nothing but the HTTP API. */
function victim(apiUrl: () => string) {
  let caseId = '';
  let token = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${apiUrl()}/api/v1/cases${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => null)) as Record<string, unknown>,
    };
  };
  const view = async () =>
    (await call('GET', `/${caseId}`)).body as {
      steps: { id: string; status: string }[];
      workflow: { status: string };
    };
  return {
    get caseId() {
      return caseId;
    },
    open: async (locale: 'fr' | 'en') => {
      const opened = await call('POST', '', {
        email: `victim-${locale}@example.org`,
        locale,
        harassmentKinds: ['threats-insults'],
      });
      expect(opened.status).toBe(201);
      caseId = opened.body.caseId as string;
      token = opened.body.accessToken as string;
    },
    step: (stepId: string, body: unknown) => call('POST', `/${caseId}/steps/${stepId}`, body),
    addLink: (url: string) => call('POST', `/${caseId}/links`, { url, platform: 'jeuxvideo.com' }),
    /** Uploads a file with the presigned form, as the browser does, straight to S3. */
    upload: async (kind: string, fileName: string, contentType: string, bytes: Uint8Array) => {
      const issued = await call('POST', `/${caseId}/uploads`, {
        kind,
        fileName,
        contentType,
        size: bytes.length,
      });
      expect(issued.status).toBe(201);
      const { url, fields } = issued.body.upload as { url: string; fields: Record<string, string> };
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', new Blob([bytes], { type: contentType }), fileName);
      expect((await fetch(url, { method: 'POST', body: form })).status).toBeLessThan(300);
    },
    view,
    /** Waits until the workflow waits on `stepId`, as the case page would show it. */
    awaiting: (stepId: string) =>
      waitFor(
        async () => (await view()).steps.find((s) => s.id === stepId)?.status === 'awaiting',
        {
          // The steps after the certificate and the complaint follow a compilation.
          timeoutMs: DOSSIER_COMPILE_MS,
          what: `the workflow to wait on ${stepId}`,
        },
      ),
    closed: () =>
      waitFor(async () => (await view()).workflow.status === 'closed', {
        // No news at the follow-up compiles its letters before the closing mail.
        timeoutMs: DOSSIER_COMPILE_MS,
        what: 'the case to close',
      }),
  };
}

describe('a case walked through the API alone, with npm start', () => {
  it('reaches closed on the filed branch, every mail in the local mailbox', async () => {
    const runtime = await start(mkdtempSync(join(tmpdir(), 'journey-')));
    const v = victim(() => runtime.apiUrl);

    await v.open('fr');
    for (const stepId of ['stop-contact', 'lock-accounts'])
      expect((await v.step(stepId, { status: 'done' })).status).toBe(200);
    expect(
      (
        await v.step('report-content', {
          site: 'jeuxvideo.com',
          reportedAt: '2026-11-20T10:00:00+01:00',
        })
      ).status,
    ).toBe(200);
    expect((await v.step('seek-support', { status: 'skipped' })).status).toBe(200);
    await v.awaiting('collect-evidence');
    expect((await v.addLink('https://www.jeuxvideo.com/forums/message/1')).status).toBe(201);
    expect((await v.step('collect-evidence', { status: 'done' })).body).toMatchObject({
      workflowResumed: true,
    });
    await v.awaiting('medical-certificate');
    await v.step('medical-certificate', { status: 'skipped' });
    await v.awaiting('file-complaint');
    await v.step('file-complaint', {
      outcome: 'filed',
      reference: 'PV-75-2026-123',
      policeStation: 'Paris 11e',
    });
    await v.awaiting('follow-up');
    // A decision given ends the follow-up (an investigation would be asked about again).
    expect((await v.step('follow-up', { answer: 'decided' })).status).toBe(200);
    await v.closed();

    const mails = await mailbox(runtime.mailboxUrl);
    expect(mails.map((m) => m.subject)).toEqual([
      'Votre espace est ouvert',
      'Votre document est prêt',
      'C’est enregistré',
      'Toutes les étapes sont faites',
    ]);
    expect(mails.every((m) => m.destination.to[0] === 'victim-fr@example.org')).toBe(true);
    expect(mails[1]?.body.text).toContain('et non une main courante');
    expect(mails[2]?.body.text).toContain('Gardez le récépissé précieusement');
    expect(mails[2]?.body.text).not.toContain('PV-75-2026-123');
    expect((await v.view()).steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'skipped',
      'skipped',
      'done',
      'not-applicable',
      'done',
    ]);
  });

  it('reaches closed on the refused branch, with the letter to the Procureur', async () => {
    const runtime = await start(mkdtempSync(join(tmpdir(), 'journey-')));
    const v = victim(() => runtime.apiUrl);

    await v.open('en');
    await v.awaiting('collect-evidence');
    await v.addLink('https://social.example/fake-profile');
    await v.step('collect-evidence', { status: 'done' });
    await v.awaiting('medical-certificate');
    // The certificate's upload completes its step: ingestion resumes the workflow.
    await v.upload('medical-certificate', 'certificat médical.pdf', 'application/pdf', makePdf());
    await v.awaiting('file-complaint');
    await v.step('file-complaint', { outcome: 'refused', policeStation: 'Gendarmerie de Bron' });
    await v.awaiting('write-prosecutor');
    await v.step('write-prosecutor', {
      status: 'done',
      sentAt: '2026-11-23T09:00:00Z',
      trackingNumber: '1A23',
    });
    await v.awaiting('follow-up');
    await v.step('follow-up', { answer: 'no-news' });
    await v.closed();

    const subjects = (await mailbox(runtime.mailboxUrl)).map((m) => m.subject);
    expect(subjects).toEqual([
      'Your space is open',
      'Your document is ready',
      'Your letter is ready',
      'Your letters are ready',
      'Every step is done',
    ]);
  });

  it('resumes a running case at its step after the local runtime restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'journey-'));
    let runtime = await start(dataDir);
    const v = victim(() => runtime.apiUrl);
    await v.open('en');
    await v.awaiting('collect-evidence');
    await v.addLink('https://forum.example/t/9');
    await v.step('collect-evidence', { status: 'done' });
    await v.awaiting('medical-certificate');

    await runtime.stop();
    running.splice(running.indexOf(runtime), 1);
    runtime = await start(dataDir);

    expect(runtime.resumedCases).toBe(1);
    await waitFor(async () => runtime.engine.listExecutions()[0]?.name === `${v.caseId}-2`);
    await v.step('medical-certificate', { status: 'skipped' });
    await v.awaiting('file-complaint');
    await v.step('file-complaint', { outcome: 'filed', reference: 'R-9' });
    await v.awaiting('follow-up');
    await v.step('follow-up', { answer: 'decided' });
    await v.closed();
    const subjects = (await mailbox(runtime.mailboxUrl)).map((m) => m.subject);
    expect(subjects).toEqual(['Your document is ready', 'It is recorded', 'Every step is done']);
  });
});
