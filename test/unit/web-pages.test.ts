import { describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '../../functions/http/abuse-limits.js';
import { createApp } from '../../functions/http/app.js';
import { parisToIso } from '../../functions/web/session.js';
import { CaseLog } from '../../shared/case-log.js';
import { sha256Hex } from '../../shared/domain/sign-in.js';
import { issueSignInLink, useSignInLink } from '../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase, post, visit } from '../support/web-forms.js';

function harness() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const sent: string[] = [];
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
    sendSignInLink: async (state) => {
      sent.push(state.caseId);
    },
  });
  return { store, log, logger, app, sent };
}

describe('the web pages', () => {
  it('open a case from the home form and sign that browser in, with no token in the URL', async () => {
    const { app } = harness();
    const { cookie, csrf } = await visit(app);
    const response = await post(
      app,
      '/cases',
      { csrf, email: 'victim@example.org', locale: 'fr', kinds: 'rumours' },
      { cookie, 'sec-fetch-site': 'same-origin' },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/cases\/[0-9A-Z]{26}$/);
    expect(response.headers.get('set-cookie')).toMatch(
      /^hd_session=[0-9A-Z]{26}\.[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
  });

  it.each([
    ['fr', 'Cette adresse a déjà autant de dossiers'],
    ['en', 'This address already has as many cases'],
  ] as const)(
    'refuse, in %s, a case for an address that has as many as it may',
    async (locale, message) => {
      // Prepare: the address index on, one case per address.
      const store = new MemoryBlobStore();
      const app = createApp({
        store,
        log: new CaseLog(store),
        workflow: new RecordingWorkflow(),
        timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
        logger: capturingLogger(),
        emailIndex: true,
        limits: { ...DEFAULT_ABUSE_LIMITS, casesPerEmail: 1 },
      });
      const { cookie, csrf } = await visit(app);
      const fields = { csrf, email: 'victim@example.org', locale, kinds: 'rumours' };
      const headers = { cookie: `${cookie}; hd_lang=${locale}`, 'sec-fetch-site': 'same-origin' };
      expect((await post(app, '/cases', fields, headers)).status).toBe(303);
      const written = store.objects.size;

      // Act
      const refused = await post(app, '/cases', fields, headers);

      // Assess: the form comes back filled in, the message under the address.
      expect(refused.status).toBe(422);
      const page = await refused.text();
      expect(page).toContain(message);
      expect(page).toContain('value="victim@example.org"');
      expect(store.objects.size).toBe(written);
    },
  );

  it('refuse form posts without the CSRF token or from another site', async () => {
    const { app, store } = harness();
    const { cookie, csrf } = await visit(app);
    const fields = { email: 'victim@example.org', locale: 'fr' };
    for (const [extra, headers] of [
      [{}, { cookie }],
      [{ csrf: 'x'.repeat(43) }, { cookie }],
      [{ csrf }, { cookie, 'sec-fetch-site': 'cross-site' }],
      [{ csrf }, { cookie, origin: 'https://evil.example' }],
      [{ csrf }, {}],
    ] as const) {
      const response = await post(app, '/cases', { ...fields, ...extra }, headers);
      expect(response.status).toBe(403);
    }
    expect(store.json('cases/')).toEqual([]);
  });

  it("answer an unknown page address with a page in the reader's language, and API paths with problem+json", async () => {
    // Prepare
    const { app } = harness();

    // Act
    const french = await app.request('http://localhost/aide');
    const english = await app.request('http://localhost/nowhere', {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    const api = await app.request('http://localhost/api/v1/nowhere');

    // Assess
    expect(french.status).toBe(404);
    expect(french.headers.get('content-type')).toMatch(/^text\/html/);
    expect(french.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await french.text()).toContain('Page introuvable');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('Page not found');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });

  it('mail a case at most 5 live sign-in links, counted in its log across instances: 5 a day', async () => {
    // Prepare: two instances on one bucket, each mailing links as the real one records them.
    const store = new MemoryBlobStore();
    const mailed: string[] = [];
    const logger = capturingLogger();
    let clock = Date.parse('2026-11-25T08:00:00Z');
    const now = () => new Date(clock);
    const instance = () =>
      createApp({
        store,
        log: new CaseLog(store),
        workflow: new RecordingWorkflow(),
        timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
        logger,
        now,
        emailIndex: true,
        sendSignInLink: async (state) => {
          await issueSignInLink({ log: new CaseLog(store) }, state.caseId, now());
          mailed.push(state.caseId);
        },
      });
    const [first, second] = [instance(), instance()];
    const { cookie, csrf } = await visit(first);
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    await post(first, '/cases', { csrf, email: 'victim@example.org', locale: 'fr' }, headers);
    const askFor = (app: typeof first) =>
      post(app, '/lost-link', { csrf, email: 'victim@example.org' }, headers);

    // Act
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push((await askFor(first)).status);
    for (let i = 0; i < 4; i++) answers.push((await askFor(second)).status);
    const sameDay = mailed.length;
    clock += 23 * 3600_000;
    await askFor(first);
    const nextMorning = mailed.length;
    clock += 3600_000;
    await askFor(second);

    // Assess: every request gets the same page; five links went out, the next only once
    // the first had expired a day later.
    expect(answers).toEqual(Array(8).fill(200));
    expect([sameDay, nextMorning, mailed.length]).toEqual([5, 5, 6]);
    expect(logger.lines.filter((line) => line.includes('too-many-links'))).toHaveLength(4);
  });

  it('send strict headers on every page', async () => {
    const { app } = harness();
    const response = await app.request('http://localhost/lost-link');
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'self'; script-src 'self'; .*frame-ancestors 'none'; base-uri 'none'; object-src 'none'/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).not.toMatch(/<script>|<style>| style="| on\w+="/);
  });

  it('answer a case page without a session the same for any id, and never show the case', async () => {
    const { app } = harness();
    const a = await app.request('http://localhost/cases/0123456789ABCDEFGHJKMNPQRS?r=1');
    const b = await app.request('http://localhost/cases/not-a-case?r=1');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(await a.text()).toContain('/send-link');
  });
});

/** The steps a case page shows open, in its order. */
function openSteps(html: string): string[] {
  return [...html.matchAll(/<details id="step-([a-z-]+)"([^>]*)>/g)]
    .filter(([, , attributes]) => / open(=|\s|$)/.test(attributes ?? ''))
    .map(([, id]) => id as string);
}

/** "What to do now". */
function nowCard(html: string): string {
  return /<section class="card now"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
}

/** One step's entry in the list. */
function stepEntry(html: string, id: string): string {
  const start = html.indexOf(`<details id="step-${id}"`);
  return html.slice(start, html.indexOf('</details></li>', start));
}

/** A section of the page, by its id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the case page’s steps', () => {
  it('show the current step’s action in “What to do now”, the list folded as a tracker', async () => {
    // Prepare
    const { app } = harness();
    const { path, headers } = await openedCase(app);

    // Act
    const html = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Assess
    expect(openSteps(html)).toEqual([]);
    expect(html.match(/<details id="step-/g)).toHaveLength(9);
    const closed = /<details id="step-lock-accounts"[^>]*><summary>(.*?)<\/summary>/.exec(html);
    expect(closed?.[1]).toContain('Verrouiller vos réseaux sociaux');
    expect(closed?.[1]).toContain('À faire');
    // "What to do now" holds the step's advice and its buttons, once on the page; the list's
    // entry points up to it.
    const card = nowCard(html);
    expect(card).toContain('Étape 1 sur 9');
    expect(card).toContain(`<form method="post" action="${path}/steps/stop-contact"`);
    expect(html.split('id="form-stop-contact"')).toHaveLength(2);
    expect(html.split('Répondre ne ferait qu’alimenter le harcèlement')).toHaveLength(2);
    expect(stepEntry(html, 'stop-contact')).toContain('<a href="#now">');
  });

  it('welcome a new case whether or not the workflow has reached its first step', async () => {
    // Prepare: the workflow often records its first wait before the page is first drawn.
    const { app, log } = harness();
    const { path, caseId, csrf, headers } = await openedCase(app);
    await log.append({ type: 'step-awaiting', caseId, stepId: 'stop-contact', taskToken: 't' });

    // Act
    const reached = await (await app.request(`http://localhost${path}`, { headers })).text();
    await post(app, `${path}/steps/stop-contact`, { csrf, status: 'done' }, headers);
    const answered = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Assess: the welcome goes once the victim has answered a step.
    expect(reached).toContain('id="welcome"');
    expect(answered).not.toContain('id="welcome"');
  });

  it('go back to “What to do now” after its step, where the notice and the next step are', async () => {
    // Prepare
    const { app } = harness();
    const { path, csrf, headers } = await openedCase(app);

    // Act
    const saved = await post(app, `${path}/steps/stop-contact`, { csrf, status: 'done' }, headers);
    const location = saved.headers.get('location') as string;
    const html = await (await app.request(`http://localhost${location}`, { headers })).text();

    // Assess
    expect(location).toBe(`${path}?ok=step&at=now#now`);
    expect(openSteps(html)).toEqual([]);
    expect(nowCard(html)).toContain('class="notice" role="status"');
    expect(nowCard(html)).toContain('Étape 2 sur 9');
  });

  it('open the step a notice is about when it was not the current one', async () => {
    // Prepare
    const { app } = harness();
    const { path, csrf, headers } = await openedCase(app);

    // Act: step 3, from the list, while step 1 is the current one.
    const saved = await post(app, `${path}/steps/lock-accounts`, { csrf, status: 'done' }, headers);
    const location = saved.headers.get('location') as string;
    const html = await (await app.request(`http://localhost${location}`, { headers })).text();

    // Assess
    expect(location).toBe(`${path}?ok=step&step=lock-accounts#step-lock-accounts`);
    expect(openSteps(html)).toEqual(['lock-accounts']);
    expect(nowCard(html)).toContain('Étape 1 sur 9');
  });

  it('put the upload and link forms in step 4 while it is to do, in the evidence section after', async () => {
    // Prepare
    const { app } = harness();
    const { path, csrf, headers } = await openedCase(app);
    const page = async () => (await app.request(`http://localhost${path}`, { headers })).text();

    // Act: a new case; then step 4 the current one; then a link kept and step 4 done.
    const fresh = await page();
    for (const id of ['stop-contact', 'lock-accounts'])
      await post(app, `${path}/steps/${id}`, { csrf, status: 'done' }, headers);
    await post(
      app,
      `${path}/steps/report-content`,
      { csrf, site: 'forum', reportedAt: '2025-01-02' },
      headers,
    );
    const current = await page();
    const linked = await post(
      app,
      `${path}/links`,
      { csrf, url: 'https://example.org/p/1' },
      headers,
    );
    await post(app, `${path}/steps/collect-evidence`, { csrf, status: 'done' }, headers);
    const after = await page();

    // Assess: each form once on the page, where the step is.
    for (const html of [fresh, current, after])
      for (const form of ['form-upload-screenshot', 'form-upload-document', 'form-link'])
        expect(html.split(`id="${form}"`), form).toHaveLength(2);
    expect(stepEntry(fresh, 'collect-evidence')).toContain('id="form-upload-screenshot"');
    expect(stepEntry(fresh, 'collect-evidence')).toContain('id="form-link"');
    expect(section(fresh, 'evidence')).toContain('<a href="#step-collect-evidence">');
    expect(nowCard(current)).toContain('id="form-upload-screenshot"');
    expect(nowCard(current)).toContain('id="form-link"');
    expect(section(current, 'evidence')).toContain('<a href="#now">');
    expect(linked.headers.get('location')).toBe(`${path}?ok=link&at=now#now`);
    expect(section(after, 'evidence')).toContain('id="form-upload-screenshot"');
    expect(section(after, 'evidence')).toContain('id="form-link"');
  });

  it('open a step whose form comes back with an error', async () => {
    // Prepare
    const { app } = harness();
    const { path, csrf, headers } = await openedCase(app);

    // Act
    const refused = await post(
      app,
      `${path}/steps/collect-evidence`,
      { csrf, status: 'done' },
      headers,
    );

    // Assess
    expect(refused.status).toBe(409);
    expect(openSteps(await refused.text())).toEqual(['collect-evidence']);
  });

  it('record nothing when a step form comes without its button (done or skipped)', async () => {
    // Prepare
    const { app, store } = harness();
    const { path, csrf, headers } = await openedCase(app);

    // Act
    const refused = await post(app, `${path}/steps/seek-support`, { csrf }, headers);

    // Assess
    expect(refused.status).toBe(422);
    expect(openSteps(await refused.text())).toEqual(['seek-support']);
    const types = (store.json('cases/') as { type?: string }[]).map((event) => event.type);
    expect(types).not.toContain('step-updated');
  });

  it('ignore a step name that is not one of the steps', async () => {
    // Prepare
    const { app } = harness();
    const { path, headers } = await openedCase(app);

    // Act
    const html = await (
      await app.request(`http://localhost${path}?ok=step&step=nonsense`, { headers })
    ).text();

    // Assess
    expect(openSteps(html)).toEqual([]);
  });
});

describe('sign-in links', () => {
  it('work once, within 24 hours, and store only hashes', async () => {
    const { store, log, logger } = harness();
    const caseId = '0123456789ABCDEFGHJKMNPQRS';
    await log.append({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    });
    const token = await issueSignInLink({ log }, caseId);
    expect(JSON.stringify(store.json('cases/'))).not.toContain(token);
    expect(JSON.stringify(store.json('cases/'))).toContain(sha256Hex(token));

    const load = async () => {
      const loaded = await log.load(caseId);
      if (!loaded) throw new Error('the case vanished');
      return loaded;
    };
    const later = new Date(Date.now() + 25 * 3600_000);
    expect(await useSignInLink({ log, logger }, await load(), token, later)).toBe(undefined);
    const session = await useSignInLink({ log, logger }, await load(), token);
    expect(session).toMatch(/^[\w-]{43}$/);
    const state = await load();
    expect(state.signIn.sessions.map((s) => s.sessionHash)).toEqual([sha256Hex(session ?? '')]);
    expect(await useSignInLink({ log, logger }, state, token)).toBe(undefined);
  });
});

describe('dates typed in a page', () => {
  it('are read as Paris wall-clock time, summer and winter', () => {
    expect(parisToIso('2026-07-14', '21:30')).toBe('2026-07-14T19:30:00.000Z');
    expect(parisToIso('2026-01-10', '08:00')).toBe('2026-01-10T07:00:00.000Z');
    expect(parisToIso('2026-01-10')).toBe('2026-01-10T11:00:00.000Z');
    expect(parisToIso('10/01/2026')).toBe(undefined);
  });
});
