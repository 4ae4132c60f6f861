import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { capturingLogger } from '../support/fakes.js';
import { mailbox } from '../support/mailbox.js';
import { RUNTIME_START_MS, RUNTIME_TEST_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// Each test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const running: LocalRuntime[] = [];
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop();
});

async function start(dataDir: string, logger = capturingLogger()) {
  const runtime = await startLocalRuntime({
    dataDir,
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 1,
    maxReminders: 2,
    logger,
  });
  running.push(runtime);
  // The stand-in keeps its mails in a module-wide store, shared by instances in a process.
  await fetch(`${runtime.mailboxUrl}/clear-store`, { method: 'POST' });
  return runtime;
}

async function openCase(apiUrl: string, body: Record<string, unknown>) {
  const response = await fetch(`${apiUrl}/api/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { caseId: string; accessToken: string };
}

/** A GET whose TCP connection comes from `localAddress` (any of 127.0.0.0/8 on loopback). */
function statusFrom(localAddress: string, url: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const sent = request(url, { localAddress, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('npm start (the local runtime)', () => {
  it('opens a case, mails the victim, reminds up to the limit, and keeps the case across a restart', async () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), 'harassment-local-'));
    const logger = capturingLogger();
    const runtime = await start(dataDir, logger);

    // Act
    const { caseId, accessToken } = await openCase(runtime.apiUrl, {
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: ['threats-insults'],
      displayName: 'Zoé',
      summary: 'Messages menaçants',
    });

    // Assess: the welcome mail arrives within seconds
    const welcome = await waitFor(async () => (await mailbox(runtime.mailboxUrl))[0], {
      timeoutMs: 5000,
      what: 'the welcome mail',
    });
    expect(welcome.subject).toBe('Votre espace est ouvert');
    expect(welcome.destination.to).toEqual(['victim@example.org']);
    // A single-use sign-in link (never the access token) to the page that signs in.
    expect(welcome.body.text).toMatch(
      new RegExp(`${runtime.apiUrl}/access/${caseId}\\?t=[\\w-]{43}&lang=fr`),
    );

    // With no action, reminders follow and stop at the limit.
    await runtime.engine.listExecutions()[0]?.done;
    const mails = await mailbox(runtime.mailboxUrl);
    expect(mails.map((m) => m.subject)).toEqual([
      'Votre espace est ouvert',
      'Rappel – Étape 4 sur 9',
      'Rappel – Étape 4 sur 9',
      'Nous arrêtons les rappels',
    ]);
    for (const mail of mails) {
      expect(`${mail.body.text}${mail.body.html}`).not.toContain(accessToken);
      expect(`${mail.body.text}${mail.body.html}`).not.toMatch(/X-Amz-|taskToken/);
    }

    const view = await fetch(`${runtime.apiUrl}/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(await view.json()).toMatchObject({ caseId, workflow: { status: 'stalled' } });

    // The event log is real objects on disk, in the data folder.
    const eventFiles = readdirSync(join(dataDir, 's3', runtime.bucket, 'cases', caseId, 'events'));
    // (10 events, plus the welcome mail's sign-in link.)
    expect(eventFiles.filter((f) => f.endsWith('.json._S3rver_object'))).toHaveLength(11);

    // Nothing the victim wrote reached the logs.
    const logs = logger.lines.join('\n');
    expect(logs).toContain(caseId);
    for (const secret of ['victim@example.org', 'Zoé', 'menaçants', accessToken]) {
      expect(logs).not.toContain(secret);
    }

    // Data survives a restart.
    await runtime.stop();
    running.splice(running.indexOf(runtime), 1);
    const restarted = await start(dataDir);
    const again = await fetch(`${restarted.apiUrl}/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ caseId, displayName: 'Zoé' });
  });

  it("stops every mail from the welcome mail's link; the workflow goes on without mailing", async () => {
    // Prepare: a case opened in someone else's name; its welcome mail reaches that person.
    const runtime = await startLocalRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'harassment-local-')),
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      // Long enough to follow the link before the first reminder.
      stepTimeoutSeconds: 3,
      maxReminders: 2,
      logger: capturingLogger(),
    });
    running.push(runtime);
    await fetch(`${runtime.mailboxUrl}/clear-store`, { method: 'POST' });
    const { caseId, accessToken } = await openCase(runtime.apiUrl, {
      email: 'someone-else@example.org',
      locale: 'en',
      harassmentKinds: [],
    });
    const welcome = await waitFor(async () => (await mailbox(runtime.mailboxUrl))[0], {
      timeoutMs: 5000,
      what: 'the welcome mail',
    });
    const link = /Stop these mails: (\S+)/.exec(welcome.body.text ?? '')?.[1];
    expect(link).toBe(`${runtime.apiUrl}/mails/stop/${caseId}?lang=en`);

    // Act: open the link, then press its page's button, as a browser does.
    const page = await fetch(link as string);
    const cookie = page.headers
      .getSetCookie()
      .map((set) => set.split(';')[0])
      .join('; ');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] as string;
    const stopped = await fetch(`${runtime.apiUrl}/mails/stop/${caseId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ csrf }).toString(),
    });
    await runtime.engine.listExecutions()[0]?.done;

    // Assess: the reminders and the stalled mail were withheld, and the case stalled as usual.
    expect(stopped.status).toBe(200);
    expect((await mailbox(runtime.mailboxUrl)).map((m) => m.subject)).toEqual([
      'Your space is open',
    ]);
    const view = await fetch(`${runtime.apiUrl}/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}`, 'cache-control': 'no-cache' },
    });
    expect(await view.json()).toMatchObject({
      workflow: { status: 'stalled' },
      mailsStoppedAt: expect.any(String),
      mails: [
        { mail: 'welcome', failed: false, withheld: false },
        { mail: 'reminder', failed: false, withheld: true },
        { mail: 'reminder', failed: false, withheld: true },
        { mail: 'stalled', failed: false, withheld: true },
      ],
    });
  });

  it("counts wrong tokens by the caller's address, as API Gateway's source IP is on AWS", async () => {
    // Prepare: 30 wrong tokens per address per 15 minutes is the default limit.
    const runtime = await start(mkdtempSync(join(tmpdir(), 'harassment-local-')));
    const url = `${runtime.apiUrl.replace('localhost', '127.0.0.1')}/api/v1/cases/01JB0000000000000000000000`;
    const wrongToken = { authorization: `Bearer ${'A'.repeat(43)}` };
    for (let i = 0; i < 30; i++) expect(await statusFrom('127.0.0.1', url, wrongToken)).toBe(404);

    // Act
    const sameAddress = await statusFrom('127.0.0.1', url, wrongToken);
    const otherAddress = await statusFrom('127.0.0.2', url, wrongToken);

    // Assess
    expect(sameAddress).toBe(429);
    expect(otherAddress).toBe(404);
  });

  it('answers bad input with problem+json and keeps nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'harassment-local-'));
    const runtime = await start(dataDir);

    const response = await fetch(`${runtime.apiUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'fr' }),
    });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('email');
    expect(existsSync(join(dataDir, 's3', runtime.bucket, 'cases'))).toBe(false);
    expect(await mailbox(runtime.mailboxUrl)).toEqual([]);
  });
});
