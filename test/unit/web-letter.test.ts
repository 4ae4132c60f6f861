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

  it('says in step 8 that the letter is ready, links to it and lists what it still needs', async () => {
    // Prepare: a refused complaint, every earlier step done, the letter not compiled yet.
    const s = await signedIn();
    const caseId = (await s.state())?.caseId as string;
    const log = new CaseLog(s.store);
    const done = ['stop-contact', 'report-content', 'lock-accounts', 'collect-evidence'] as const;
    for (const stepId of done)
      await log.append({ type: 'step-updated', caseId, stepId, status: 'done' });
    for (const stepId of ['seek-support', 'medical-certificate'] as const)
      await log.append({ type: 'step-updated', caseId, stepId, status: 'skipped' });
    await log.append({
      type: 'complaint-outcome-recorded',
      caseId,
      outcome: 'refused',
      filedAt: '2025-03-27',
    });
    await log.append({ type: 'step-updated', caseId, stepId: 'file-complaint', status: 'done' });

    // Act
    const preparing = await s.page();
    await log.append({
      type: 'dossier-compiled',
      caseId,
      version: 1,
      purpose: 'prosecutor-letter',
      files: [
        { name: 'dossier.pdf', sha256: 'a'.repeat(64), size: 2048 },
        { name: 'dossier.zip', sha256: 'b'.repeat(64), size: 4096 },
      ],
    });
    const ready = await s.page();

    // Assess: "What to do now" is step 8, with the letter's state and what it needs.
    const now = (html: string) =>
      /<section class="card now"[^>]*>(.*?)<\/section>/s.exec(html)?.[1];
    expect(now(preparing)).toContain('Étape 8 sur 9');
    expect(now(preparing)).toContain('se prépare');
    expect(now(ready)).toContain('est prête, à imprimer et signer');
    expect(now(ready)).toContain(`href="${s.path}/dossier/1/dossier.pdf"`);
    expect(now(ready)).not.toContain('dossier.zip');
    expect(now(ready)).toContain('<a href="#letter">La ville du tribunal judiciaire');
    expect(now(ready)).toContain('<a href="#identity">Vos nom et prénoms');
    expect(now(ready)).toContain(`action="${s.path}/dossier"`);
    expect(now(ready)).toContain('id="form-write-prosecutor"');
    // Said once on the page: the list's step 8 points up to it.
    expect(ready.split('id="form-write-prosecutor"')).toHaveLength(2);
    const status = /<div class="card soft" id="letter-status">(.*?)<\/div>/s.exec(ready)?.[1];
    expect(typographyFaults(status?.replace(/<[^>]+>/g, ' ') ?? '')).toEqual([]);
  });

  it('writes its French with no-break spaces', async () => {
    const s = await signedIn();
    const html = await s.page();

    for (const id of ['letter', 'missing', 'identity', 'harm', 'witnesses'])
      expect(typographyFaults(sectionText(html, id)), id).toEqual([]);
  });
});
