import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase } from '../support/web-forms.js';

async function signedIn() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  const opened = await openedCase(app);
  /** A form posted as a browser posts it, repeated names (checkboxes) included. */
  const submit = (path: string, fields: [string, string][]) =>
    app.request(`http://localhost${opened.path}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...opened.headers },
      body: new URLSearchParams([['csrf', opened.csrf], ...fields]).toString(),
    });
  const page = async () =>
    (await app.request(`http://localhost${opened.path}`, { headers: opened.headers })).text();
  const state = async () => log.load(opened.caseId);
  return { ...opened, app, store, submit, page, state };
}

/** The text of one section of the page, tags out. */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  const end = html.indexOf('</section>', start);
  return (
    html
      .slice(start, end)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&rsquo;/g, '’')
      // Plain spaces only: \s would fold the no-break spaces too.
      .replace(/[ \t\n\r]+/g, ' ')
  );
}

describe('the letter on the case page', () => {
  it('asks the tribunal and the place with F1435’s guidance, and records them and the civil-party intent', async () => {
    // Prepare
    const s = await signedIn();
    const before = await s.page();

    // Act
    const saved = await s.submit('/letter', [
      ['tribunal', ' Lyon '],
      ['place', 'Villeurbanne'],
      ['civilParty', 'yes'],
    ]);
    const after = await s.page();

    // Assess
    expect(sectionText(before, 'letter')).toContain('Ville du tribunal judiciaire');
    expect(sectionText(before, 'letter')).toContain(
      'lieu des faits ou celui du domicile de l’auteur',
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${s.path}?ok=letter#letter`);
    expect((await s.state())?.letter).toEqual({
      tribunal: 'Lyon',
      place: 'Villeurbanne',
      civilParty: true,
    });
    expect(after).toContain('value="Lyon"');
    expect(after).toMatch(/name="civilParty" value="yes" checked/);
  });

  it('sends a refused form back with its message and what was typed, recording nothing', async () => {
    const s = await signedIn();

    const refused = await s.submit('/letter', [['tribunal', 'x'.repeat(101)]]);

    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Ce texte est trop long.');
    expect(html).toContain(`value="${'x'.repeat(101)}"`);
    expect((await s.state())?.letter).toBeUndefined();
    expect(JSON.stringify(s.store.json(`cases/${s.caseId}/events/`))).not.toContain(
      'letter-details-recorded',
    );
  });

  it('ticks what the kinds suggest, then keeps the victim’s own checklist', async () => {
    // Prepare: the home form opens the case without kinds; the checklist starts empty.
    const s = await signedIn();

    // Act
    const confirmed = await s.submit('/offences', [
      ['offences', 'threats'],
      ['offences', 'identity-theft'],
    ]);
    const html = await s.page();

    // Assess
    expect(confirmed.headers.get('location')).toBe(`${s.path}?ok=offences#letter`);
    expect((await s.state())?.confirmedOffences).toEqual(['threats', 'identity-theft']);
    expect(html).toMatch(/name="offences" value="threats" checked/);
    expect(html).toMatch(/name="offences" value="identity-theft" checked/);
    expect(html).not.toMatch(/name="offences" value="fraud" checked/);
    expect(sectionText(html, 'letter')).toContain('articles 222-17 et 222-18 du Code pénal');
  });

  it('says what is missing before the file is prepared, and stops saying it once given', async () => {
    const s = await signedIn();
    const before = sectionText(await s.page(), 'missing');

    await s.submit('/identity', [
      ['civility', 'madame'],
      ['fullName', 'Lucie Martin'],
    ]);
    const after = sectionText(await s.page(), 'missing');

    expect(before).toContain('Avant de préparer le dossier');
    expect(before).toContain('Votre civilité');
    expect(before).toContain('Vos nom et prénoms');
    expect(after).not.toContain('Votre civilité');
    expect(after).not.toContain('Vos nom et prénoms');
    expect((await s.state())?.identity).toEqual({ civility: 'madame', fullName: 'Lucie Martin' });
  });

  it('keeps a fact typed without a time a day: no 12:00 in the log or on the page', async () => {
    const s = await signedIn();

    const saved = await s.submit('/facts', [
      ['date', '2025-03-22'],
      ['time', ''],
      ['description', 'Découverte d’un faux profil'],
      ['public', 'yes'],
    ]);
    const facts = sectionText(await s.page(), 'facts');

    expect(saved.status).toBe(303);
    expect((await s.state())?.evidence.facts[0]).toMatchObject({
      occurredAt: '2025-03-22',
      publishedAt: '2025-03-22',
    });
    expect(facts).toContain('22 mars 2025');
    expect(facts).not.toMatch(/12:00|11:00/);
  });

  it('points step 8 to what the letter needs once the complaint was refused', async () => {
    const s = await signedIn();
    await s.state().then((state) =>
      new CaseLog(s.store).append({
        type: 'complaint-outcome-recorded',
        caseId: state?.caseId as string,
        outcome: 'refused',
        filedAt: '2025-03-27',
      }),
    );

    const html = await s.page();
    const step = html.slice(html.indexOf('id="step-write-prosecutor"'));

    expect(step).toContain('la lettre au Procureur de la République, prête à signer');
    expect(step).toContain('<a href="#letter">ce que la lettre demande</a>');
  });

  it('writes its French with no-break spaces', async () => {
    const s = await signedIn();
    const html = await s.page();

    for (const id of ['letter', 'missing', 'identity', 'harm', 'witnesses'])
      expect(typographyFaults(sectionText(html, id)), id).toEqual([]);
  });
});
