import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { toCaseView } from '../../shared/domain/case-view.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { post, visit } from '../support/web-forms.js';

/** Two cases whose complaint was filed: one answered through the API, one through the page. */
async function filedCases() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  const open = async () => {
    const response = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'victim@example.org',
        locale: 'fr',
        harassmentKinds: ['threats-insults'],
      }),
    });
    const opened = (await response.json()) as { caseId: string; accessToken: string };
    await log.append({
      type: 'complaint-outcome-recorded',
      caseId: opened.caseId,
      outcome: 'filed',
      reference: 'PV-1',
    });
    return opened;
  };
  const viaApi = await open();
  const viaPage = await open();
  const browser = await visit(app);
  const pageHeaders = {
    cookie: `${browser.cookie}; hd_session=${viaPage.caseId}.${viaPage.accessToken}`,
    'sec-fetch-site': 'same-origin',
  };
  return {
    log,
    viaApi,
    viaPage,
    api: (body: unknown) =>
      app.request(`/api/v1/cases/${viaApi.caseId}/steps/follow-up`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${viaApi.accessToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      }),
    page: (fields: Record<string, string>) =>
      post(
        app,
        `/cases/${viaPage.caseId}/steps/follow-up`,
        { csrf: browser.csrf, ...fields },
        pageHeaders,
      ),
    casePage: async () =>
      (
        await app.request(`http://localhost/cases/${viaPage.caseId}`, { headers: pageHeaders })
      ).text(),
  };
}

describe('the follow-up answer, through the API and the page', () => {
  it('records the same dismissal either way, and the page says what comes next', async () => {
    const s = await filedCases();

    const answered = await s.api({ answer: 'dismissed', dismissedAt: '2026-11-03' });
    const redirected = await s.page({ answer: 'dismissed', dismissedAt: '2026-11-03' });

    expect(answered.status).toBe(200);
    expect(redirected.status).toBe(303);
    const views = await Promise.all(
      [s.viaApi.caseId, s.viaPage.caseId].map(async (id) => {
        const state = await s.log.load(id);
        const { recordedAt: _at, ...followUp } = toCaseView(state ?? expect.fail('no case'))
          .followUp ?? { recordedAt: '' };
        return followUp;
      }),
    );
    expect(views[0]).toEqual({
      answer: 'dismissed',
      round: 1,
      dismissedAt: '2026-11-03',
      letters: ['recours', 'civil-party'],
    });
    expect(views[1]).toEqual(views[0]);
    const html = await s.casePage();
    const section = html.slice(html.indexOf('id="follow-up-stands"'));
    expect(section).toContain('Plainte classée sans suite (avis du 3 novembre 2026).');
    expect(section).toContain('procureur général de la cour d’appel (article 40-3');
    expect(section).toContain('doyen des juges d’instruction');
    expect(section).toContain('articles 88 et 88-1');
    // Threats and insults may be press offences: no three-month wait for them.
    expect(section).toContain('loi du 29 juillet 1881');
    const text = section.slice(0, section.indexOf('</div>')).replace(/<[^>]+>/g, ' ');
    expect(typographyFaults(text)).toEqual([]);
  });

  it('names the missing date in a problem, and the page keeps the form with its error', async () => {
    const s = await filedCases();

    const refused = await s.api({ answer: 'hearing' });
    const page = await s.page({ answer: 'hearing', court: 'Tribunal correctionnel de Lyon' });

    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await refused.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['hearingAt']);
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain('id="follow-up-hearingAt-error"');
    expect(html).toContain('value="Tribunal correctionnel de Lyon"');
    expect(await s.log.read(s.viaPage.caseId)).not.toContainEqual(
      expect.objectContaining({ type: 'follow-up-recorded' }),
    );
  });

  it('after an investigation, says it asks again; asked again, keeps the last answer above the form', async () => {
    const s = await filedCases();
    const caseId = s.viaPage.caseId;

    await s.page({ answer: 'investigation' });
    const before = await s.casePage();
    await s.log.append({ type: 'follow-up-reopened', caseId });
    const asked = await s.casePage();
    const second = await s.page({ answer: 'hearing', hearingAt: '2027-03-10' });
    const after = await s.casePage();

    expect(before).toContain('Une enquête ou des poursuites sont en cours.');
    // Who helps at this step: France Victimes and a lawyer (legal aid).
    const step = before.slice(before.indexOf('id="step-follow-up"'));
    expect(step.slice(0, step.indexOf('</details>'))).toMatch(
      /116.006[\s\S]*aide juridictionnelle/,
    );
    expect(before).toContain('Nous vous demanderons de nouveau où en est votre plainte');
    expect(before).not.toContain('id="form-follow-up"');
    const section = asked.slice(asked.indexOf('id="follow-up-stands"'));
    expect(section).toContain('Une enquête ou des poursuites sont en cours.');
    expect(section).toContain('Nous vous demandons de nouveau où en est votre plainte.');
    expect(section).toContain('id="form-follow-up"');
    expect(section).toContain('value="decided"');
    expect(second.status).toBe(303);
    expect(after).toContain('Audience le 10 mars 2027.');
    expect(after).toContain('Une semaine avant l’audience, un mail vous rappelle quoi apporter');
    expect(after).not.toContain('id="form-follow-up"');
    expect((await s.log.load(caseId))?.followUp).toMatchObject({ answer: 'hearing', round: 2 });
  });
});
