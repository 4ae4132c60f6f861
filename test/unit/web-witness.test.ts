import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import { makePdf, makePng } from '../fixtures/make-hostile-corpus.js';
import { apiHarness } from '../support/api-harness.js';
import { RecordingWorkflow } from '../support/fakes.js';
import { openedCase, post } from '../support/web-forms.js';

const STATEMENT = {
  lastName: 'Benali',
  firstNames: 'Karim',
  dateOfBirth: '1991-04-12',
  placeOfBirth: 'Lyon',
  address: '3 rue des Lilas, 69003 Lyon',
  occupation: 'Infirmier',
  'tie-collaboration': '1',
  relationshipDetails: 'Collègue de la victime',
  facts: 'J’ai vu les messages de menace sur son écran le 2 novembre.',
  place: 'Lyon',
  aware: '1',
};

/** A victim with a witness on her page; the witness's link as the mail carries it. */
async function victimAndWitness() {
  const tokens: string[] = [];
  const h = apiHarness({
    mailWitnessLink: async ({ token }) => void tokens.push(token),
    mailHelperInvite: async ({ token }) => void tokens.push(token),
  });
  const victim = await openedCase(h.app);
  await post(
    h.app,
    `${victim.path}/witnesses`,
    { csrf: victim.csrf, name: 'Karim B.' },
    victim.headers,
  );
  const witnessId = (await h.log.load(victim.caseId))?.witnesses[0]?.witnessId ?? '';
  const page = async (path: string, headers: Record<string, string>) =>
    h.app.request(`http://localhost${path}`, { headers });
  return { ...h, victim, witnessId, tokens, page };
}

/** The witness's browser: its own CSRF cookie, then the cookie its link gives. */
async function witnessBrowser(s: Awaited<ReturnType<typeof victimAndWitness>>, token: string) {
  const landing = await s.page(`/witness/${s.victim.caseId}?t=${token}`, {});
  const csrfCookie = (landing.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await landing.text())?.[1] as string;
  const headers = { cookie: csrfCookie, 'sec-fetch-site': 'same-origin' };
  const started = await post(
    s.app,
    `/witness/${s.victim.caseId}/start`,
    { csrf, t: token },
    headers,
  );
  const guest = (started.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return {
    started,
    csrf,
    headers: { ...headers, cookie: `${csrfCookie}; ${guest}` },
    csrfHeaders: headers,
  };
}

describe('a witness’s attestation from the pages, without JavaScript', () => {
  it('is asked for by the victim’s button, which mails a link and says the address is kept nowhere', async () => {
    const s = await victimAndWitness();
    const before = await (await s.page(s.victim.path, s.victim.headers)).text();

    const sent = await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const after = await (await s.page(sent.headers.get('location') ?? '', s.victim.headers)).text();

    expect(before).toContain('Son adresse ne sert qu’à envoyer ce seul message');
    expect(sent.status).toBe(303);
    expect(s.tokens).toHaveLength(1);
    expect(after).toContain('Un lien lui a été envoyé');
    expect(after).not.toContain('karim@example.org');
  });

  it('is written, signed and sent by the witness, then read by the victim with no form to change it', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const w = await witnessBrowser(s, s.tokens[0] ?? '');
    const base = `/witness/${s.victim.caseId}`;

    const refused = await post(
      s.app,
      `${base}/statement`,
      { csrf: w.csrf, ...STATEMENT, aware: '' },
      w.headers,
    );
    const saved = await post(s.app, `${base}/statement`, { csrf: w.csrf, ...STATEMENT }, w.headers);
    const page = await (await s.page(base, w.headers)).text();
    // The files come through storage and the ingestion, as the forms of the page send them.
    const deps = { ...s, workflow: new RecordingWorkflow() };
    const uploads = (await s.log.load(s.victim.caseId))?.witnesses[0]?.attestation?.uploads ?? {};
    for (const [fileId, { role }] of Object.entries(uploads)) {
      await s.store.put(
        evidenceKey(s.victim.caseId, fileId),
        role === 'identity' ? makePdf() : makePng(),
      );
      await ingestEvidence(deps, {
        key: evidenceKey(s.victim.caseId, fileId),
        eventTime: new Date().toISOString(),
      });
    }
    const submitted = await post(s.app, `${base}/submit`, { csrf: w.csrf }, w.headers);
    const victimPage = await (await s.page(s.victim.path, s.victim.headers)).text();

    expect(w.started.status).toBe(303);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('id="statement-aware-error"');
    expect(saved.status).toBe(303);
    expect(page).toContain('value="Benali"');
    expect(page).toContain('article 441-7 du Code pénal');
    expect(page).toContain('data-signature');
    expect(submitted.status).toBe(303);
    expect(victimPage).toContain('J’ai vu les messages de menace sur son écran le 2 novembre.');
    expect(victimPage).toContain('Vous pouvez la lire, pas la modifier.');
    expect(victimPage).not.toContain(`action="${base}`);
    // The victim's cookie opens no witness page, and the witness's no victim page.
    expect((await s.page(`${base}?r=1`, s.victim.headers)).status).toBe(404);
    expect(await (await s.page(s.victim.path, { cookie: w.headers.cookie })).text()).not.toContain(
      'Benali',
    );
  });

  it('lets the victim open the witness’s identity copy and signature, and nobody else', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const w = await witnessBrowser(s, s.tokens[0] ?? '');
    const base = `/witness/${s.victim.caseId}`;
    const files = `${s.victim.path}/witnesses/${s.witnessId}/files`;
    const before = await s.page(`${files}/identity`, s.victim.headers);
    await post(s.app, `${base}/statement`, { csrf: w.csrf, ...STATEMENT }, w.headers);
    // The witness's page issues the two upload forms; storage and the ingestion follow.
    await s.page(base, w.headers);
    const deps = { ...s, workflow: new RecordingWorkflow() };
    const uploads = (await s.log.load(s.victim.caseId))?.witnesses[0]?.attestation?.uploads ?? {};
    const keys: Record<string, string> = {};
    for (const [fileId, { role }] of Object.entries(uploads)) {
      keys[role] = evidenceKey(s.victim.caseId, fileId);
      await s.store.put(keys[role], role === 'identity' ? makePdf() : makePng());
      await ingestEvidence(deps, { key: keys[role], eventTime: new Date().toISOString() });
    }
    await post(s.app, `${base}/submit`, { csrf: w.csrf }, w.headers);

    const victimPage = await (await s.page(s.victim.path, s.victim.headers)).text();
    const identity = await s.page(`${files}/identity`, s.victim.headers);
    const signature = await s.page(`${files}/signature`, s.victim.headers);
    const other = await s.page(`${files}/passport`, s.victim.headers);
    const asWitness = await s.page(`${files}/identity`, { cookie: w.headers.cookie });
    const asNobody = await s.page(`${files}/identity`, {});

    // Before it is sent, the draft's files are not hers to open.
    expect(before.status).toBe(303);
    expect(victimPage).toContain(`href="${files}/identity"`);
    expect(victimPage).toContain('Ouvrir la copie de sa pièce d’identité');
    expect(identity.status).toBe(302);
    expect(identity.headers.get('location')).toContain(keys.identity);
    expect(signature.status).toBe(302);
    expect(signature.headers.get('location')).toContain(keys.signature);
    expect(other.status).toBe(303);
    // The witness's cookie and no cookie get what anyone gets: back to the case's door.
    for (const refused of [asWitness, asNobody]) {
      expect(refused.status).toBe(303);
      expect(refused.headers.get('location')).toBe(`/cases/${s.victim.caseId}`);
    }
  });

  it('says clearly that a link was used', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const token = s.tokens[0] ?? '';
    await witnessBrowser(s, token);

    const again = await witnessBrowser(s, token);

    expect(again.started.status).toBe(400);
    expect(await again.started.text()).toContain('Ce lien a déjà servi');
  });

  it('signs out on a shared device: the session ends in the log, and the same cookie replayed opens nothing', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const w = await witnessBrowser(s, s.tokens[0] ?? '');
    const page = await (await s.page(`/witness/${s.victim.caseId}`, w.headers)).text();

    const out = await post(
      s.app,
      `/witness/${s.victim.caseId}/sign-out`,
      { csrf: w.csrf },
      w.headers,
    );
    const replayed = await s.page(`/witness/${s.victim.caseId}`, w.headers);
    const write = await post(
      s.app,
      `/witness/${s.victim.caseId}/statement`,
      { csrf: w.csrf, ...STATEMENT },
      w.headers,
    );

    expect(page).toContain(`action="/witness/${s.victim.caseId}/sign-out"`);
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/hd_guest=;/);
    expect(await out.text()).toContain('Vous êtes déconnecté');
    expect(replayed.status).toBe(404);
    expect(write.status).toBe(404);
    const events = await s.log.read(s.victim.caseId);
    expect(events.filter((e) => e.type === 'guest-signed-out')).toHaveLength(1);
    expect(events.some((e) => e.type === 'witness-statement-drafted')).toBe(false);
  });

  it('answers a helper’s invitation used on the witness’s page as an unknown link, spending nothing', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/helpers`,
      { csrf: s.victim.csrf, name: 'Léa', email: 'lea@example.org', 'role-evidence': '1' },
      s.victim.headers,
    );

    const asWitness = await witnessBrowser(s, s.tokens[0] ?? '');

    expect(asWitness.started.status).toBe(400);
    expect(await asWitness.started.text()).toContain('Ce lien ne fonctionne pas');
    const events = await s.log.read(s.victim.caseId);
    expect(events.some((e) => e.type === 'guest-link-used')).toBe(false);
  });
});

describe('random bodies to the witness’s forms and the victim’s link form', () => {
  it('get a page (2xx, 3xx or 4xx), never 5xx', async () => {
    const s = await victimAndWitness();
    await post(
      s.app,
      `${s.victim.path}/witnesses/${s.witnessId}/link`,
      { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
      s.victim.headers,
    );
    const w = await witnessBrowser(s, s.tokens[0] ?? '');
    const base = `/witness/${s.victim.caseId}`;
    const name = fc.constantFrom(
      ...Object.keys(STATEMENT),
      'email',
      'locale',
      't',
      'tie-family',
      'tie-subordination',
      '__proto__',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom('', '1', '1991-02-30', '2999-01-01', 'fr', 'en', 'x@y', 'é'.repeat(10_001)),
    );

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          [`${base}/statement`, w.headers, w.csrf],
          [`${base}/submit`, w.headers, w.csrf],
          [`${base}/start`, w.csrfHeaders, w.csrf],
          [`${s.victim.path}/witnesses/${s.witnessId}/link`, s.victim.headers, s.victim.csrf],
          [
            `${s.victim.path}/witnesses/${s.witnessId}/link/cancel`,
            s.victim.headers,
            s.victim.csrf,
          ],
        ),
        fc.dictionary(name, value, { maxKeys: 8 }),
        async ([path, headers, csrf], fields) => {
          const response = await post(s.app, path, { ...fields, csrf }, headers);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
