import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { stepsTexts } from '../../functions/web/case/steps/texts.js';
import { NOTICE_CODES } from '../../functions/web/case/texts.js';
import { RejectionReason } from '../../shared/domain/evidence-events.js';
import { REJECTION_TEXT } from '../../shared/i18n/evidence.js';
import { HARM_POINT_TEXT } from '../../shared/i18n/harm.js';
import { MISSING_TEXT } from '../../shared/i18n/missing.js';
import { STEP_TEXT } from '../../shared/i18n/steps.js';
import { NARROW_NBSP as N, typesetTexts } from '../../shared/i18n/typography.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import {
  confirmAddress,
  harness,
  receivedScreenshot,
  signedInCase,
  TYPED_FACT,
} from '../support/french-case.js';
import { frenchFaults, pageText } from '../support/page-text.js';
import { post, visit } from '../support/web-forms.js';

/**
 * Issue 17, item 11: no plain space before `: ; ! ?` nor inside `« »` in French, on every
 * page (read in its states as a browser reads it) and in every text the pages hold. The
 * mails and the dossier: french-typography-mails-pdf.test.ts.
 */

describe('every page in French', () => {
  it('has no-break spaces before : ; ! ? and inside « », for a visitor not signed in', async () => {
    const h = harness();
    const { cookie, csrf } = await visit(h.app);
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    const page = (at: string) => h.app.request(`http://localhost${at}`, { headers });
    const caseId = ulid();

    await h.read('home', page('/'));
    await h.read('home, signed out', page('/?ok=signed-out'));
    await h.read('home, refused form', post(h.app, '/cases', { csrf, email: 'x' }, headers));
    await h.read('lost link', page('/lost-link'));
    await h.read('lost link, refused', post(h.app, '/lost-link', { csrf, email: 'x' }, headers));
    await h.read('lost link, sent', post(h.app, '/lost-link', { csrf, email: 'a@b.fr' }, headers));
    await h.read('sign-in link', page(`/access/${caseId}?t=${'a'.repeat(32)}`));
    await h.read(
      'sign-in link, refused',
      post(h.app, `/access/${caseId}`, { csrf, t: 'x' }, headers),
    );
    await h.read('stop mails', page(`/mails/stop/${caseId}`));
    await h.read('stop mails, done', post(h.app, `/mails/stop/${caseId}`, { csrf }, headers));
    await h.read('erased', page('/erased'));
    await h.read('not found', page('/nulle-part'));
    await h.read('case, signed out', page(`/cases/${caseId}`));
    await h.read('case, signed out, refreshed', page(`/cases/${caseId}?r=1`));
    await h.read('upload returned', page(`/cases/${caseId}/uploaded?kind=screenshot`));
    await h.read('forbidden', post(h.app, '/lost-link', { email: 'a@b.fr' }, headers));

    expect(h.faults).toEqual({});
  });

  it('has them on the case page, from a fresh case to a ready dossier', async () => {
    const h = harness();
    const s = await signedInCase(h);

    // Fresh, then after each form's notice.
    await h.read('case, fresh', s.get(''));
    for (const code of NOTICE_CODES) await h.read(`case, notice ${code}`, s.get(`?ok=${code}`));

    // Refused forms: each names its field.
    await h.read('fact refused', s.send('/facts', { date: '', description: '' }));
    await h.read('fact in the future', s.send('/facts', { date: '2999-01-01', description: 'x' }));
    await h.read('link refused', s.send('/links', { url: 'ftp://x' }));
    await h.read('identity refused', s.send('/identity', { fullName: '', phone: 'abc' }));
    await h.read('harm refused', s.send('/harm', { ittDays: 'beaucoup' }));
    await h.read('witness refused', s.send('/witnesses', { name: '' }));
    await h.read('letter refused', s.send('/letter', { tribunal: 'x'.repeat(101) }));
    await h.read('report refused', s.send('/steps/report-content', { site: '' }));
    await h.read('complaint refused form', s.send('/steps/file-complaint', { outcome: 'x' }));
    await h.read('delivery refused', s.send('/dossier/delivery', { attachment: 'protected' }));

    // Evidence, facts, details, the letter's answers.
    const evidenceId = await receivedScreenshot(h, s.caseId);
    const refusedIds: string[] = [];
    for (const reason of RejectionReason.options) {
      refusedIds.push(ulid());
      const evidenceId = refusedIds.at(-1);
      await h.log.append({ type: 'evidence-rejected', caseId: s.caseId, evidenceId, reason });
    }
    await s.send('/links', { url: 'https://forum.example/t/3?p=2#m:4' });
    await s.send('/facts', { date: '2026-11-01', description: TYPED_FACT });
    await s.send('/facts', { date: '2026-11-02', time: '21:30', description: 'Une menace' });
    await s.send('/identity', {
      civility: 'madame',
      fullName: 'Lucie Martin',
      phone: '0612345678',
    });
    await s.send('/harm', { ittDays: '3', doctor: 'Dr Roux', estimate: '3 000 €' });
    await s.send('/witnesses', { name: 'Awa Diallo', contact: '0700000000', statement: 'Tout' });
    const oneWitness = await h.read('case, one witness', s.get(''));
    expect(pageText(oneWitness)).toContain('Ce que cette personne a vu');
    await s.send('/witnesses', { name: 'Jean Roy', statement: 'Les messages' });
    await s.send('/letter', { tribunal: 'Lyon', place: 'Villeurbanne', civilParty: 'yes' });
    await s.send('/offences', [['offences', 'threats']]);
    const filledIn = await h.read('case, filled in', s.get(''));
    expect(pageText(filledIn)).toContain(TYPED_FACT);
    expect(filledIn).toContain(`>${TYPED_FACT}</textarea>`);
    await h.read(
      'evidence status',
      s.get(`/evidence-status?ids=${[evidenceId, ...refusedIds].join(',')}`),
    );

    // The steps: done, skipped, a report, the complaint refused, the letter's step.
    await s.send('/steps/seek-support', { status: 'done' });
    await s.send('/steps/stop-contact', { status: 'skipped' });
    await s.send('/steps/report-content', { site: 'Forum', reportedAt: '2026-11-03' });
    await h.read('case, steps under way', s.get(''));
    await s.send('/steps/file-complaint', { outcome: 'refused', filedAt: '2026-11-04' });
    const letterStep = await h.read('case, letter step', s.get('?step=write-prosecutor'));
    expect(letterStep).toContain(`action="${s.path}/steps/write-prosecutor"`);

    // A dossier asked for, then ready (the address confirmed), its mail delivery asked.
    expect((await s.send('/dossier', {})).headers.get('location')).toContain('dossier-requested');
    await h.read('dossier requested', s.get('?ok=dossier-requested'));
    await confirmAddress(h, s.caseId);
    await compileCaseDossier(
      { log: h.log, store: h.store, logger: h.logger },
      { caseId: s.caseId, purpose: 'prosecutor-letter' },
    );
    const ready = await h.read('case, dossier ready', s.get(''));
    expect(ready).toContain(`${s.path}/dossier/`);
    expect(ready).toMatch(/<details id="delivery" open/);
    await s.send('/dossier/delivery', { attachment: 'none' });
    await h.read('case, delivery chosen', s.get('?ok=delivery-chosen'));
    await s.send('/discretion', { discreet: 'on' });
    await h.read('case, discreet', s.get(''));

    expect(h.faults).toEqual({});
    expect(Object.values(h.statuses).filter((status) => status !== 200)).toEqual(
      Array(10).fill(422),
    );
  });

  it('has them on the case page once the complaint is filed, its receipt number as typed', async () => {
    const h = harness();
    const s = await signedInCase(h);
    await receivedScreenshot(h, s.caseId);
    h.typed.push('R : 12 !');
    await s.send('/steps/report-content', {
      site: 'Forum',
      reportedAt: '2026-11-03',
      reference: 'R : 12 !',
    });
    const filed = await s.send('/steps/file-complaint', {
      outcome: 'filed',
      reference: '2026/00123',
      policeStation: 'Commissariat de Lyon 7e',
      filedAt: '2026-11-04',
    });

    const page = await h.read('case, complaint filed', s.get('?ok=step&step=file-complaint'));

    expect(filed.status).toBe(303);
    expect(pageText(page)).toContain('récépissé n°\u00A02026/00123');
    expect(pageText(page)).toContain('R : 12 !');
    expect(h.faults).toEqual({});
  });
});

/** Every string of `texts`, deeply; functions called with sample values. */
function stringsOf(texts: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof texts === 'string') out.push([path, texts]);
  else if (typeof texts === 'function')
    stringsOf((texts as (...a: string[]) => unknown)('3', '3', '3'), `${path}()`, out);
  else if (Array.isArray(texts))
    for (const [i, t] of texts.entries()) stringsOf(t, `${path}[${i}]`, out);
  else if (texts && typeof texts === 'object')
    for (const [key, value] of Object.entries(texts)) stringsOf(value, `${path}.${key}`, out);
  return out;
}

describe('every text of the pages, in French', () => {
  it('is set with no-break spaces, whether or not a page state shows it', async () => {
    // Every catalogue under functions/web, and the shared tables the pages show.
    const root = fileURLToPath(new URL('../../functions/web/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /(^|\/|-)texts\.ts$/.test(f),
    );
    const tables: [string, unknown][] = [
      ['REJECTION_TEXT', REJECTION_TEXT.fr],
      ['HARM_POINT_TEXT', HARM_POINT_TEXT.fr],
      ['MISSING_TEXT', MISSING_TEXT.fr],
      ['STEP_TEXT', STEP_TEXT.fr],
    ];
    for (const file of files) {
      const module = (await import(join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (value && typeof value === 'object' && 'fr' in value && 'en' in value)
          tables.push([`${file} ${name}`, (value as { fr: unknown }).fr]);
    }

    const faults = tables
      .flatMap(([name, texts]) => stringsOf(texts, name))
      .flatMap(([path, text]) => frenchFaults(text).map((fault) => `${path}: ${fault}`));

    expect(files.length).toBeGreaterThanOrEqual(17);
    expect(faults).toEqual([]);
  });

  it('keeps what a text function is given as given', () => {
    // A receipt number or an address the victim typed, passed into a text.
    const typed = 'AB-12 : 34 ! « x »';
    const set = typesetTexts('fr', { receipt: (ref: string) => `Récépissé : ${ref} !` });

    expect(set.receipt(typed)).toBe(`Récépissé${N}: ${typed}${N}!`);
    expect(stepsTexts.fr.complaintFiled(typed)).toContain(typed);
  });

  it('has them on a witness’s pages, from the mailed link to a saved attestation', async () => {
    // Prepare: the victim names a witness and mails a link.
    const h = harness();
    const s = await signedInCase(h);
    await s.send('/witnesses', { name: 'Karim B.' });
    const witnessId = (await h.log.load(s.caseId))?.witnesses[0]?.witnessId ?? '';
    const asked = await s.send(`/witnesses/${witnessId}/link`, {
      email: 'karim@example.org',
      locale: 'fr',
    });
    await h.read(
      'case, witness link sent',
      s.get(`?${asked.headers.get('location')?.split('?')[1]}`),
    );
    const token = h.witnessTokens[0] ?? '';
    const witness = `/witness/${s.caseId}`;

    // Act: the witness's browser, from the link's page to the attestation.
    const landing = await h.app.request(`http://localhost${witness}?t=${token}`);
    const cookie = (landing.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const html = await h.read('witness, landing', landing);
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] as string;
    const headers = { cookie, 'sec-fetch-site': 'same-origin' };
    await h.read(
      'witness, link refused',
      post(h.app, `${witness}/start`, { csrf, t: 'x'.repeat(43) }, headers),
    );
    const started = await post(h.app, `${witness}/start`, { csrf, t: token }, headers);
    const guest = (started.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const own = { ...headers, cookie: `${cookie}; ${guest}` };
    const page = (at: string) => h.app.request(`http://localhost${at}`, { headers: own });
    await h.read('witness, attestation', page(witness));
    await h.read('witness, refused', post(h.app, `${witness}/statement`, { csrf, facts: '' }, own));
    await post(
      h.app,
      `${witness}/statement`,
      {
        csrf,
        lastName: 'Benali',
        firstNames: 'Karim',
        dateOfBirth: '1991-04-12',
        placeOfBirth: 'Lyon',
        address: '3 rue des Lilas, 69003 Lyon',
        occupation: 'Infirmier',
        'tie-collaboration': '1',
        facts: 'J’ai vu les messages.',
        place: 'Lyon',
        aware: '1',
      },
      own,
    );
    await h.read('witness, saved', page(`${witness}?saved=1`));
    await h.read('witness, incomplete', post(h.app, `${witness}/submit`, { csrf }, own));

    // Assess
    expect(started.status).toBe(303);
    expect(h.statuses).toMatchObject({
      'witness, landing': 200,
      'witness, attestation': 200,
      'witness, refused': 422,
      'witness, saved': 200,
      'witness, incomplete': 409,
    });
    expect(h.faults).toEqual({});
  });
});
