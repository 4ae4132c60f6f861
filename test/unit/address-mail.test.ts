import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import {
  addressStopped,
  issueStopLift,
  liftAddressStop,
  spendWelcomeBudget,
  stopAddress,
} from '../../shared/address-mail.js';
import { addressHash } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { post, visit } from '../support/web-forms.js';

const VICTIM = 'victim@example.org';

/** The app as deployed (address index on, 5 cases per address), and the notify task's mails. */
function harness(limits: { casesPerAddressPerHour?: number } = {}) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  const mailDeps = { log, store, mailer, logger, mail: { publicBaseUrl: 'https://app.example' } };
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
    emailIndex: true,
    limits: {
      casesPerAddressPerHour: limits.casesPerAddressPerHour ?? 100,
      authFailuresPerAddress: 30,
      authFailuresPerCase: 100,
      casesPerEmail: 5,
    },
  });
  /** Opens a case through the API and runs its workflow's first task, the welcome mail. */
  const openAndWelcome = async (address = '203.0.113.5', email = VICTIM) => {
    const opened = await app.request(
      '/api/v1/cases',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, locale: 'fr' }),
      },
      { requestContext: { http: { sourceIp: address } } },
    );
    expect(opened.status).toBe(201);
    const { caseId, accessToken } = (await opened.json()) as {
      caseId: string;
      accessToken: string;
    };
    const welcome = await sendCaseMail(mailDeps, { caseId, mail: 'welcome' });
    return { caseId, accessToken, welcome };
  };
  const erase = async (caseId: string, accessToken: string) => {
    const erased = await app.request(`/api/v1/cases/${caseId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(erased.status).toBe(204);
  };
  const mailsTo = (email: string) => mailer.sent.filter((m) => m.to === email).length;
  return { app, store, log, mailer, mailDeps, openAndWelcome, erase, mailsTo };
}

describe('mail to an address, whatever its cases', () => {
  it('keeps a stop from a mail’s link for the address: erasing and reopening mails it nothing more', async () => {
    // Prepare: five cases in the victim's name, five welcome mails; she presses "stop" in one.
    const h = harness();
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await h.openAndWelcome());
    expect(h.mailsTo(VICTIM)).toBe(5);
    const { cookie, csrf } = await visit(h.app);
    const stop = await post(
      h.app,
      `/mails/stop/${first[0]?.caseId}`,
      { csrf },
      {
        cookie,
        'sec-fetch-site': 'same-origin',
      },
    );
    expect(stop.status).toBe(200);

    // Act: erase them all (freeing the 5-case cap), open five more.
    for (const c of first) await h.erase(c.caseId, c.accessToken);
    const second = [];
    for (let i = 0; i < 5; i++) second.push(await h.openAndWelcome());

    // Assess
    expect(h.mailsTo(VICTIM)).toBe(5);
    expect(second.map((c) => c.welcome)).toEqual(
      Array(5).fill({ sent: false, reason: 'mails-stopped' }),
    );
    // Another address is not touched.
    expect((await h.openAndWelcome('203.0.113.5', 'someone@example.org')).welcome.sent).toBe(true);
  });

  it('sends an address at most 5 welcome mails a day, erased cases counted', async () => {
    const h = harness();
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await h.openAndWelcome());
    for (const c of first) await h.erase(c.caseId, c.accessToken);

    const next = await h.openAndWelcome();

    expect(next.welcome).toEqual({ sent: false, reason: 'welcome-budget' });
    expect(h.mailsTo(VICTIM)).toBe(5);
    // The address never appears in the keys that count its mail.
    expect([...h.store.objects.keys()].join('\n')).not.toContain(VICTIM);
  });

  it('counts the cases opened from one address through the API and the home form together', async () => {
    // Prepare: 3 an hour, 2 opened through the API.
    const h = harness({ casesPerAddressPerHour: 3 });
    const from = { requestContext: { http: { sourceIp: '198.51.100.7' } } };
    for (const email of ['a@example.org', 'b@example.org']) {
      const opened = await h.app.request(
        '/api/v1/cases',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, locale: 'fr' }),
        },
        from,
      );
      expect(opened.status).toBe(201);
    }
    const home = await h.app.request('http://localhost/', {}, from);
    const cookie = (home.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())?.[1] as string;
    const form = (email: string) =>
      h.app.request(
        'http://localhost/cases',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie,
            'sec-fetch-site': 'same-origin',
          },
          body: new URLSearchParams({ csrf, email, locale: 'fr' }).toString(),
        },
        from,
      );

    // Act
    const third = await form('c@example.org');
    const fourth = await form('d@example.org');

    // Assess
    expect(third.status).toBe(303);
    expect(fourth.status).toBe(429);
  });
});

describe('the address-mail records', () => {
  it('lift a stop only with its one-time token, unexpired, and free the welcome budget after a day', async () => {
    const store = new MemoryBlobStore();
    const now = new Date('2026-12-01T10:00:00Z');
    await stopAddress(store, VICTIM, now);
    const token = await issueStopLift(store, ' Victim@Example.org ', now);
    const expired = await issueStopLift(store, VICTIM, new Date('2026-11-29T10:00:00Z'));

    expect(await liftAddressStop(store, 'not-a-real-token-at-all', now)).toBeUndefined();
    expect(await liftAddressStop(store, expired, now)).toBeUndefined();
    expect(await addressStopped(store, VICTIM)).toBe(true);
    expect(await liftAddressStop(store, token, now)).toBe(addressHash(VICTIM));
    expect(await addressStopped(store, VICTIM)).toBe(false);
    expect(await liftAddressStop(store, token, now)).toBeUndefined();

    for (let i = 0; i < 5; i++) expect(await spendWelcomeBudget(store, VICTIM, now)).toBe(true);
    expect(await spendWelcomeBudget(store, VICTIM, now)).toBe(false);
    expect(await spendWelcomeBudget(store, VICTIM, new Date('2026-12-02T10:00:01Z'))).toBe(true);
  });
});
