import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { capturingLogger } from '../support/fakes.js';
import { mailbox, type StoredMail } from '../support/mailbox.js';
import { RUNTIME_START_MS, RUNTIME_TEST_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// Each test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const running: LocalRuntime[] = [];
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop();
});

const VICTIM = 'victim@example.org';

/** A browser on the runtime's pages: its CSRF cookie and token, and its form posts. */
async function browser(apiUrl: string) {
  const home = await fetch(`${apiUrl}/`);
  const cookie = (home.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())?.[1] as string;
  const post = (path: string, fields: Record<string, string>) =>
    fetch(`${apiUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
  return { post };
}

describe('lifting an address’s stop with npm start', () => {
  it('stop, ask to receive mails again, confirm from the mailbox: mails flow again', async () => {
    // Prepare: a case whose welcome mail reached the victim; she stops the mails from it.
    const logger = capturingLogger();
    const runtime = await startLocalRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'stop-lift-')),
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      logger,
    });
    running.push(runtime);
    const toVictim = async () =>
      (await mailbox(runtime.mailboxUrl)).filter((m) => m.destination.to.includes(VICTIM));
    const opened = await fetch(`${runtime.apiUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: VICTIM, locale: 'fr', harassmentKinds: [] }),
    });
    const { caseId } = (await opened.json()) as { caseId: string };
    const welcome = await waitFor(async () => (await toVictim())[0], { what: 'the welcome mail' });
    const stopPath = new URL(
      /(http:\/\/localhost:\d+\/mails\/stop\/\S+)/.exec(welcome.body.text ?? '')?.[1] as string,
    ).pathname;
    expect(stopPath).toBe(`/mails/stop/${caseId}`);
    const { post } = await browser(runtime.apiUrl);
    expect((await post(stopPath, {})).status).toBe(200);
    // Stopped: even a sign-in link asked for with the "lost link" form is withheld.
    await post('/lost-link', { email: VICTIM });

    // Act: she asks from the stop page, opens the mailed link, presses its button.
    expect((await post('/mails/resume', { caseId })).status).toBe(200);
    const confirmation = await waitFor(
      async () => (await toVictim()).find((m) => m.subject === 'Confirmez votre demande'),
      { what: 'the confirmation mail' },
    );
    const link = /(http:\/\/localhost:\d+\/mails\/resume\/confirm\?\S+)/.exec(
      confirmation.body.text ?? '',
    )?.[1] as string;
    const opener = await fetch(link);
    const token = new URL(link).searchParams.get('t') as string;
    expect(await opener.text()).toContain(`name="t" value="${token}"`);
    const confirmed = await post('/mails/resume/confirm', { t: token });
    await post('/lost-link', { email: VICTIM });

    // Assess
    expect(confirmed.status).toBe(200);
    const signIn = await waitFor(
      async () =>
        (await toVictim()).find((m: StoredMail) => m.subject === 'Votre lien de connexion'),
      { what: 'a sign-in link after the stop was lifted' },
    );
    const mails = (await toVictim()).map((m) => m.subject);
    // The welcome, the confirmation and the sign-in link: nothing while stopped.
    expect(mails).toEqual(['Votre espace est ouvert', 'Confirmez votre demande', signIn.subject]);
    expect(confirmation.body.text).not.toContain(caseId);
    const logged = logger.lines.join('\n');
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(VICTIM);
    expect(logged).toContain('"code":"stop-lifted"');
  });
});
