import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { addressStopped } from '../../shared/address-mail.js';
import { CaseLog } from '../../shared/case-log.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase, post, visit } from '../support/web-forms.js';

const VICTIM = 'victim@example.org';

/** The app as deployed, with a mailer for the requests that mail (the confirmation). */
function harness() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  const mail = { publicBaseUrl: 'https://app.example' };
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
    emailIndex: true,
    mailer,
    mail,
  });
  const mailDeps = { log, store, mailer, logger, mail };
  /** A case opened from the home form, stopped from its mail's link by whoever reads it. */
  const stoppedCase = async () => {
    const opened = await openedCase(app);
    const browser = await visit(app);
    const headers = { cookie: browser.cookie, 'sec-fetch-site': 'same-origin' };
    const stop = await post(app, `/mails/stop/${opened.caseId}`, { csrf: browser.csrf }, headers);
    expect(stop.status).toBe(200);
    return { ...opened, browser, headers, stopPage: await stop.text() };
  };
  const confirmLink = () => {
    const text = mailer.sent.at(-1)?.text ?? '';
    const url = /https:\/\/app\.example(\/mails\/resume\/confirm\?t=[^\s]+)/.exec(text)?.[1];
    if (!url) throw new Error('no confirmation link');
    return url;
  };
  return { store, log, logger, mailer, mailDeps, app, stoppedCase, confirmLink };
}

describe('receiving the mails again, from the stop page', () => {
  it('offers it on the stop page, before and after the button, and mails the case’s address', async () => {
    // Prepare
    const h = harness();
    const { caseId, browser, headers, stopPage } = await h.stoppedCase();
    const before = await (await h.app.request(`http://localhost/mails/stop/${caseId}`)).text();

    // Act
    const asked = await post(h.app, '/mails/resume', { csrf: browser.csrf, caseId }, headers);

    // Assess
    for (const page of [before, stopPage]) {
      expect(page).toContain('<form method="post" action="/mails/resume">');
      expect(page).toContain(`<input type="hidden" name="caseId" value="${caseId}"/>`);
      expect(page).not.toContain(VICTIM);
    }
    expect(stopPage).toContain('Les messages sont arrêtés');
    expect(asked.status).toBe(200);
    const answer = await asked.text();
    expect(answer).toContain('Regardez votre boîte e-mail');
    expect(answer).not.toContain(VICTIM);
    expect(h.mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      [VICTIM, 'Confirmez votre demande'],
    ]);
  });

  it('answers alike for an unknown case, an address with no stop, and past the limit', async () => {
    // Prepare: one case not stopped; from one network, 10 requests an hour are served.
    const h = harness();
    const opened = await openedCase(h.app);
    const { cookie, csrf } = await visit(h.app);
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    const ask = async (fields: Record<string, string>) => {
      const response = await post(h.app, '/mails/resume', { csrf, ...fields }, headers);
      const text = (await response.text()).replace(/name="csrf" value="[^"]+"/g, '');
      return { status: response.status, text };
    };

    // Act
    const answers = [
      await ask({ caseId: opened.caseId }),
      await ask({ caseId: '0123456789ABCDEFGHJKMNPQRS' }),
      await ask({ email: 'nobody@example.org' }),
    ];
    for (let i = 0; i < 7; i++) await ask({ email: 'nobody@example.org' });
    const stopped = await h.stoppedCase();
    answers.push(await ask({ caseId: stopped.caseId }));

    // Assess: the 11th, for a stopped address, mails nothing and answers the same.
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.status).toBe(200);
    expect(h.mailer.sent).toHaveLength(0);
  });

  it('refuses a request without the CSRF token or from another site', async () => {
    const h = harness();
    const { caseId, browser } = await h.stoppedCase();

    const noToken = await post(h.app, '/mails/resume', { caseId }, { cookie: browser.cookie });
    const crossSite = await post(
      h.app,
      '/mails/resume',
      { csrf: browser.csrf, caseId },
      { cookie: browser.cookie, 'sec-fetch-site': 'cross-site' },
    );

    expect([noToken.status, crossSite.status]).toEqual([403, 403]);
    expect(h.mailer.sent).toHaveLength(0);
  });

  it('takes an address typed in (its cases erased), and names a bad one', async () => {
    const h = harness();
    const { caseId, browser, headers } = await h.stoppedCase();
    const { csrf } = browser;
    const form = await h.app.request('http://localhost/mails/resume?lang=en');

    const bad = await post(h.app, '/mails/resume', { csrf, email: 'not an address' }, headers);
    const good = await post(h.app, '/mails/resume', { csrf, email: ` ${VICTIM} ` }, headers);

    expect(await form.text()).toContain('<input type="email" id="resume-email" name="email"');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('aria-invalid="true"');
    expect(good.status).toBe(200);
    expect(h.mailer.sent.map((m) => m.to)).toEqual([VICTIM]);
    expect((await h.log.load(caseId))?.mailsStoppedBy).toBe('recipient');
  });
});

describe('the confirmation link', () => {
  it('shows a button when opened and lifts nothing; its button lifts the stop, once', async () => {
    // Prepare
    const h = harness();
    const { caseId, browser, headers } = await h.stoppedCase();
    await post(h.app, '/mails/resume', { csrf: browser.csrf, caseId }, headers);
    const link = h.confirmLink();
    const token = new URL(link, 'http://localhost').searchParams.get('t') as string;

    // Act: a mail scanner opens the link; then she presses the button.
    const opened = await h.app.request(`http://localhost${link}`);
    const page = await opened.text();
    const stillStopped = await addressStopped(h.store, VICTIM);
    const pressed = await post(
      h.app,
      '/mails/resume/confirm',
      { csrf: browser.csrf, t: token },
      headers,
    );
    const again = await post(
      h.app,
      '/mails/resume/confirm',
      { csrf: browser.csrf, t: token },
      headers,
    );

    // Assess
    expect(opened.status).toBe(200);
    expect(page).toContain('<form method="post" action="/mails/resume/confirm">');
    expect(page).toContain(`<input type="hidden" name="t" value="${token}"/>`);
    // The token stays out of every other link of the page (language links).
    expect(page.split(token)).toHaveLength(2);
    expect(stillStopped).toBe(true);
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('Vous recevrez à nouveau nos messages');
    expect(await addressStopped(h.store, VICTIM)).toBe(false);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Ce lien ne fonctionne plus');
    // Mails flow again, for the case stopped from its mail's link too.
    const welcome = await sendCaseMail(h.mailDeps, { caseId, mail: 'welcome' });
    expect(welcome).toMatchObject({ sent: true });
    expect(JSON.stringify(h.logger.lines)).not.toContain(token);
    expect(JSON.stringify(h.logger.lines)).not.toContain(VICTIM);
  });

  it('refuses the button without the CSRF token, and counts wrong tokens with other credentials', async () => {
    const h = harness();
    const { caseId, browser, headers } = await h.stoppedCase();
    await post(h.app, '/mails/resume', { csrf: browser.csrf, caseId }, headers);
    const token = new URL(h.confirmLink(), 'http://localhost').searchParams.get('t') as string;

    const forged = await post(h.app, '/mails/resume/confirm', { t: token }, headers);
    const wrong = [];
    for (let i = 0; i < 31; i++) {
      wrong.push(
        (
          await post(
            h.app,
            '/mails/resume/confirm',
            { csrf: browser.csrf, t: `${'x'.repeat(42)}${i}` },
            headers,
          )
        ).status,
      );
    }
    // The right token still works past the limit (a shared network).
    const right = await post(
      h.app,
      '/mails/resume/confirm',
      { csrf: browser.csrf, t: token },
      headers,
    );

    expect(forged.status).toBe(403);
    expect(wrong.slice(0, 30)).toEqual(Array(30).fill(400));
    expect(wrong[30]).toBe(429);
    expect(right.status).toBe(200);
    expect(await addressStopped(h.store, VICTIM)).toBe(false);
  });
});

describe('the case page of a stopped address', () => {
  it('says the address stopped the mails and offers the confirmation, for a case opened after', async () => {
    // Prepare: the address stopped from another case's mail; a new case opened since.
    const h = harness();
    await h.stoppedCase();
    const later = await openedCase(h.app);

    // Act
    const page = await (
      await h.app.request(`http://localhost${later.path}`, { headers: later.headers })
    ).text();
    const asked = await post(
      h.app,
      '/mails/resume',
      { csrf: later.csrf, caseId: later.caseId },
      later.headers,
    );

    // Assess
    expect(page).toContain('Cette adresse a demandé à ne plus recevoir nos messages');
    expect(page).toContain(`<input type="hidden" name="caseId" value="${later.caseId}"/>`);
    expect(page).not.toContain('Arrêter les messages</button>');
    expect(asked.status).toBe(200);
    expect(h.mailer.sent.map((m) => m.to)).toEqual([VICTIM]);
  });
});
