import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { toCaseView } from '../../shared/domain/case-view.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { issueSignInLink } from '../../shared/usecases/sign-in.js';
import { apiHarness } from '../support/api-harness.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase, post, visit } from '../support/web-forms.js';

const UNKNOWN_CASE = '0123456789ABCDEFGHJKMNPQRS';

/** The app as deployed: the address index on, sign-in links mailed by `sendCaseMail`. */
function harness() {
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
    sendSignInLink: async (state) => {
      await sendCaseMail(mailDeps, { caseId: state.caseId, mail: 'sign-in' });
    },
  });
  const eventTypes = async (caseId: string) => (await log.read(caseId)).map((event) => event.type);
  return { store, log, logger, mailer, mailDeps, app, eventTypes };
}

/** The text a page shows, without its per-browser CSRF token. */
async function pageText(response: Response) {
  return (await response.text()).replace(/name="csrf" value="[^"]+"/g, '');
}

describe('the page a mail’s stop link opens', () => {
  it('shows a button and stops nothing when merely opened (mail scanners open links)', async () => {
    // Prepare
    const { app, log } = harness();
    const { caseId } = await openedCase(app);

    // Act
    const page = await app.request(`http://localhost/mails/stop/${caseId}?lang=en`);

    // Assess
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<form method="post" action="/mails/stop/${caseId}">`);
    expect(html).toContain('Stop these mails');
    // Stopping the mails also stops sign-in links: erasing the case must come first.
    expect(html).toContain('To have this case erased, do it before stopping the mails');
    expect(html).toContain('<a href="/lost-link">Get a sign-in link</a>');
    expect(html).not.toContain('victim@example.org');
    expect((await log.load(caseId))?.mailsStoppedAt).toBeUndefined();
  });

  it('stops every mail about the case on its button, and answers alike for any id', async () => {
    // Prepare: a stranger's browser, which never opened the case.
    const { app, log, store, eventTypes } = harness();
    const { caseId } = await openedCase(app);
    const { cookie, csrf } = await visit(app);
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    const stop = (id: string) => post(app, `/mails/stop/${id}`, { csrf }, headers);

    // Act
    const stopped = await stop(caseId);
    const again = await stop(caseId);
    const unknown = await stop(UNKNOWN_CASE);

    // Assess
    expect([stopped.status, again.status, unknown.status]).toEqual([200, 200, 200]);
    const [first, second, third] = await Promise.all([stopped, again, unknown].map(pageText));
    expect(first).toContain('Les messages sont arrêtés');
    expect(second).toBe(first);
    // Only the page's own address (in its language link) differs.
    expect(third?.replaceAll(UNKNOWN_CASE, 'ID')).toBe(first?.replaceAll(caseId, 'ID'));
    expect((await log.load(caseId))?.mailsStoppedAt).toEqual(expect.any(String));
    expect((await eventTypes(caseId)).filter((type) => type === 'mails-stopped')).toHaveLength(1);
    expect(store.json(`cases/${UNKNOWN_CASE}/`)).toEqual([]);
  });

  it("stops the mails on a mail client's one-click unsubscribe, which has no cookie (RFC 8058)", async () => {
    // Prepare
    const { app, log } = harness();
    const { caseId } = await openedCase(app);

    // Act: what Gmail's "Unsubscribe" posts, from its own servers.
    const response = await app.request(`http://localhost/mails/stop/${caseId}?lang=fr`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

    // Assess
    expect(response.status).toBe(200);
    expect((await log.load(caseId))?.mailsStoppedAt).toEqual(expect.any(String));
  });

  it('refuses the button without the CSRF token or from another site', async () => {
    // Prepare
    const { app, log } = harness();
    const { caseId } = await openedCase(app);
    const { cookie, csrf } = await visit(app);

    // Act
    const answers = await Promise.all([
      post(app, `/mails/stop/${caseId}`, {}, { cookie }),
      post(app, `/mails/stop/${caseId}`, { csrf }, { cookie, 'sec-fetch-site': 'cross-site' }),
    ]);

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([403, 403]);
    expect((await log.load(caseId))?.mailsStoppedAt).toBeUndefined();
  });
});

describe('a case whose address stopped the mails', () => {
  it('gets no workflow mail, each recorded as withheld; a stalling mail still marks the case', async () => {
    // Prepare
    const { app, log, mailer, mailDeps } = harness();
    const { caseId } = await openedCase(app);
    await log.append({ type: 'mails-stopped', caseId, by: 'recipient' });

    // Act
    const reminder = await sendCaseMail(mailDeps, {
      caseId,
      mail: 'reminder',
      stepId: 'collect-evidence',
      reminderNumber: 1,
    });
    const stalled = await sendCaseMail(mailDeps, {
      caseId,
      mail: 'stalled',
      stepId: 'collect-evidence',
      marks: 'stalled',
    });

    // Assess
    expect(mailer.sent).toEqual([]);
    expect([reminder, stalled]).toEqual([
      { sent: false, reason: 'mails-stopped' },
      { sent: false, reason: 'mails-stopped' },
    ]);
    const state = await log.load(caseId);
    expect(state?.workflow.status).toBe('stalled');
    expect(toCaseView(state ?? never()).mails).toEqual([
      { mail: 'reminder', at: expect.any(String), failed: false, withheld: true },
      { mail: 'stalled', at: expect.any(String), failed: false, withheld: true },
    ]);
  });

  it('is mailed no sign-in link, while the "lost link" form answers as for any address', async () => {
    // Prepare: the stranger's mailbox stopped the mails of a case opened in its name.
    const { app, log, mailer, eventTypes } = harness();
    const { caseId, csrf, headers } = await openedCase(app);
    const ask = () => post(app, '/lost-link', { csrf, email: 'victim@example.org' }, headers);
    const before = await pageText(await ask());
    expect(mailer.sent).toHaveLength(1);
    await log.append({ type: 'mails-stopped', caseId, by: 'recipient' });
    const typesBefore = await eventTypes(caseId);

    // Act
    const after = await ask();
    const fromSignedOutPage = await post(app, `/cases/${caseId}/send-link`, { csrf }, headers);

    // Assess
    expect(await pageText(after)).toBe(before);
    expect(fromSignedOutPage.status).toBe(200);
    expect(mailer.sent).toHaveLength(1);
    expect(await eventTypes(caseId)).toEqual(typesBefore);
  });
});

describe('the case page’s mail setting', () => {
  it('lets the holder stop the mails and turn them back on', async () => {
    // Prepare
    const { app, log, mailer, mailDeps } = harness();
    const { caseId, path, csrf, headers } = await openedCase(app);
    const page = async () => (await app.request(`http://localhost${path}`, { headers })).text();
    expect(await page()).toContain('Arrêter les messages');

    // Act
    const stop = await post(app, `${path}/mails`, { csrf, mails: 'stop' }, headers);
    const whileStopped = await page();
    const resume = await post(app, `${path}/mails`, { csrf, mails: 'resume' }, headers);
    const sent = await sendCaseMail(mailDeps, { caseId, mail: 'welcome' });

    // Assess
    expect(stop.headers.get('location')).toBe(`${path}?ok=mails-stopped#mails`);
    expect(whileStopped).toContain('Aucun message n’est envoyé sur ce dossier depuis le');
    expect(whileStopped).toContain('Réactiver les messages');
    expect(resume.headers.get('location')).toBe(`${path}?ok=mails-resumed#mails`);
    expect((await log.load(caseId))?.mailsStoppedAt).toBeUndefined();
    expect(sent).toMatchObject({ sent: true });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.stopMailsUrl).toBe(`https://app.example/mails/stop/${caseId}?lang=fr`);
  });
});

describe('PUT /api/v1/cases/{id}/mails', () => {
  it('stops and resumes the mails for the token holder, and names a bad field', async () => {
    // Prepare
    const h = apiHarness();
    const { caseId, accessToken } = await h.openCase();
    const put = (body: string) => h.call('PUT', `/api/v1/cases/${caseId}/mails`, accessToken, body);
    const view = async () =>
      (await (await h.call('GET', `/api/v1/cases/${caseId}`, accessToken)).json()) as {
        mailsStoppedAt: string | null;
      };

    // Act
    const stopped = await put('{"stopped":true}');
    const whileStopped = await view();
    const resumed = await put('{"stopped":false}');
    const bad = await put('{"stopped":"yes"}');

    // Assess
    expect(stopped.status).toBe(200);
    expect(await stopped.json()).toEqual({
      mailsStoppedAt: expect.any(String),
      mailsStoppedBy: 'holder',
    });
    expect(whileStopped.mailsStoppedAt).toEqual(expect.any(String));
    expect(await resumed.json()).toEqual({ mailsStoppedAt: null, mailsStoppedBy: null });
    expect((await view()).mailsStoppedAt).toBeNull();
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'stopped' }] });
  });
});

describe('a stop from a mail’s link', () => {
  it('cannot be undone with the access token: a stranger who opened the case keeps it stopped', async () => {
    // Prepare: the case's opener (perhaps a stranger using someone's address) holds the
    // access token, in a browser and as a Bearer token; the address's reader stopped the mails.
    const h = harness();
    const opener = await openedCase(h.app);
    const api = apiHarness();
    const viaApi = await api.openCase();
    for (const [app, caseId] of [
      [h.app, opener.caseId],
      [api.app, viaApi.caseId],
    ] as const) {
      const { cookie, csrf } = await visit(app);
      await post(
        app,
        `/mails/stop/${caseId}`,
        { csrf },
        { cookie, 'sec-fetch-site': 'same-origin' },
      );
    }

    // Act
    const page = await (
      await h.app.request(`http://localhost${opener.path}`, { headers: opener.headers })
    ).text();
    const forged = await post(
      h.app,
      `${opener.path}/mails`,
      { csrf: opener.csrf, mails: 'resume' },
      opener.headers,
    );
    const bearer = await api.call(
      'PUT',
      `/api/v1/cases/${viaApi.caseId}/mails`,
      viaApi.accessToken,
      '{"stopped":false}',
    );

    // Assess
    expect(page).toContain(
      'Ils ont été arrêtés pour cette adresse depuis le lien au bas de l’un d’eux',
    );
    expect(page).not.toContain('Réactiver les messages');
    expect(forged.headers.get('location')).toBe(`${opener.path}?ok=mails-not-resumed#mails`);
    expect((await h.log.load(opener.caseId))?.mailsStoppedBy).toBe('recipient');
    expect(bearer.status).toBe(409);
    expect(await bearer.json()).toMatchObject({ type: '/problems/mails-stopped-by-recipient' });
    expect((await api.log.load(viaApi.caseId))?.mailsStoppedAt).toEqual(expect.any(String));
  });

  it('can be undone from a browser signed in with a link mailed to the address', async () => {
    // Prepare: the address's reader signed in with a mailed link, then stopped the mails.
    const h = harness();
    const { caseId, path } = await openedCase(h.app);
    const token = await issueSignInLink({ log: h.log }, caseId);
    const { cookie, csrf } = await visit(h.app);
    const sameSite = { 'sec-fetch-site': 'same-origin' };
    const signedIn = await post(
      h.app,
      `/access/${caseId}`,
      { csrf, t: token },
      { cookie, ...sameSite },
    );
    const session = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const reader = { cookie: `${cookie}; ${session}`, ...sameSite };
    await post(h.app, `/mails/stop/${caseId}`, { csrf }, reader);

    // Act
    const page = await (await h.app.request(`http://localhost${path}`, { headers: reader })).text();
    const resumed = await post(h.app, `${path}/mails`, { csrf, mails: 'resume' }, reader);

    // Assess
    expect(page).toContain('Réactiver les messages');
    expect(resumed.headers.get('location')).toBe(`${path}?ok=mails-resumed#mails`);
    expect((await h.log.load(caseId))?.mailsStoppedAt).toBeUndefined();
  });
});

function never(): never {
  throw new Error('no case');
}
