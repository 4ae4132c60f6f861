import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { helpTexts } from '../../functions/web/case/help/texts.js';
import { platformsTexts } from '../../functions/web/case/platforms/texts.js';
import { CaseLog } from '../../shared/case-log.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase } from '../support/web-forms.js';

async function withReport() {
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
  const submit = (path: string, fields: [string, string][]) =>
    app.request(`http://localhost${opened.path}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...opened.headers },
      body: new URLSearchParams([['csrf', opened.csrf], ...fields]).toString(),
    });
  const page = async () =>
    (await app.request(`http://localhost${opened.path}`, { headers: opened.headers })).text();
  await submit('/facts', [
    ['date', '2026-11-02'],
    ['description', 'Menace de venir chez moi'],
    ['platform', 'jeuxvideo.com'],
    ['url', 'https://www.jeuxvideo.com/forums/42-51-1.htm'],
  ]);
  await submit('/steps/report-content', [
    ['site', 'jeuxvideo.com'],
    ['reportedAt', '2026-11-03'],
  ]);
  const state = async () => log.load(opened.caseId);
  const reportId = (await state())?.reports[0]?.reportId ?? '';
  return { ...opened, submit, page, state, reportId };
}

/** The page as read: tags out, entities back, plain spaces folded (no-break ones kept). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\n\r]+/g, ' ');
}

describe('reports to platforms on the case page', () => {
  it('shows the DSA notice to paste for the forum, with its red “!” icon and its contact form', async () => {
    // Prepare
    const s = await withReport();

    // Act
    const html = await s.page();
    const text = textOf(html);

    // Assess
    expect(s.reportId).not.toBe('');
    expect(html).toContain(`id="notice-${s.reportId}"`);
    expect(text).toMatch(/icône «\s!\s» rouge/);
    expect(text).toContain('champ Forum / Modération');
    // As the advice page says: the icon needs an account, the contact form does not.
    expect(text).toContain('si vous avez un compte');
    expect(text).toContain('Avec ou sans compte');
    expect(text).toContain('https://www.jeuxvideo.com/forums/42-51-1.htm');
    expect(text).toContain('croire de bonne foi');
    expect(text).toContain('bona fide belief');
    // No name yet: the page says the notice needs one.
    expect(text).toContain('La notification doit donner votre nom');
    expect(text).toContain('En attente de réponse');
    expect(text).toContain('PHAROS');
    expect(text).toContain('injures ni la diffamation visant une personne');
    const french = [platformsTexts.fr, helpTexts.fr].flatMap(function strings(
      node: unknown,
    ): string[] {
      if (typeof node === 'string') return [node];
      if (typeof node === 'function') return [String(node(7))];
      return node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
    });
    expect(french.flatMap(typographyFaults)).toEqual([]);
  });

  it('records a refusal through the same use case as the API, then guides art. 20, art. 21 and Arcom', async () => {
    const s = await withReport();

    const saved = await s.submit(`/reports/${s.reportId}/answer`, [
      ['answer', 'refused'],
      ['answeredAt', '2026-11-06'],
      ['reference', 'Ticket 42'],
    ]);
    const text = textOf(await s.page());

    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain('ok=platform-answer');
    expect((await s.state())?.reports[0]?.answer).toMatchObject({
      answer: 'refused',
      answeredAt: '2026-11-06',
      reference: 'Ticket 42',
    });
    expect(text).toContain('Retrait refusé');
    expect(text).toContain('article 20 du DSA');
    expect(text).toContain('article 21 du DSA');
    expect(text).toContain('l’Arcom');
    expect(text).toContain('formulaire de contact (champ Forum / Modération)');
  });

  it('records the platform’s reasons and the boxes ticked for what she did next, and shows them ticked', async () => {
    const s = await withReport();

    const saved = await s.submit(`/reports/${s.reportId}/answer`, [
      ['answer', 'refused'],
      ['reason', 'Ne contrevient pas à nos règles'],
      ['followUps', 'internal-complaint'],
      ['followUps', 'trusted-flagger'],
    ]);
    const html = await s.page();

    expect(saved.status).toBe(303);
    expect((await s.state())?.reports[0]?.answer).toMatchObject({
      answer: 'refused',
      reason: 'Ne contrevient pas à nos règles',
      followUps: ['internal-complaint', 'trusted-flagger'],
    });
    expect(html).toMatch(/value="internal-complaint" checked/);
    expect(html).toMatch(/value="trusted-flagger" checked/);
    expect(html).not.toMatch(/value="arcom-complaint" checked/);
    expect(html).toMatch(/value="refused" checked/);
  });

  it('sends back a box no one offered, with what was ticked kept, and records nothing', async () => {
    const s = await withReport();

    const refused = await s.submit(`/reports/${s.reportId}/answer`, [
      ['answer', 'refused'],
      ['followUps', 'arcom-complaint'],
      ['followUps', 'lawsuit'],
    ]);
    const html = await refused.text();

    expect(refused.status).toBe(422);
    expect(html).toContain(`id="report-${s.reportId}-followUps-error"`);
    expect(html).toMatch(/value="arcom-complaint" checked/);
    expect((await s.state())?.reports[0]?.answer).toBeUndefined();
  });

  it('sends a form without an answer back, the field named, and records nothing', async () => {
    const s = await withReport();

    const refused = await s.submit(`/reports/${s.reportId}/answer`, [['answeredAt', '2026-11-06']]);
    const html = await refused.text();

    expect(refused.status).toBe(422);
    expect(html).toContain(`id="report-${s.reportId}-answer-error"`);
    expect((await s.state())?.reports[0]?.answer).toBeUndefined();
  });

  it('shows each helper in the step where it helps, never all together', async () => {
    const s = await withReport();

    const html = await s.page();
    const step = (id: string) => {
      const start = html.indexOf(`id="step-${id}"`);
      return textOf(
        html.slice(start, html.indexOf('</details>', html.indexOf('step-body', start))),
      );
    };

    expect(step('seek-support')).toContain('116 006');
    expect(step('seek-support')).toContain('3919');
    expect(step('medical-certificate')).toContain('unité médico-judiciaire');
    expect(step('file-complaint')).toContain('aide juridictionnelle');
    expect(step('file-complaint')).toContain('THESEE');
    expect(step('lock-accounts')).not.toMatch(/116 006|3919|3018/);
  });
});
