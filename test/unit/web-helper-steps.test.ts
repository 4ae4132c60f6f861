import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCaseView } from '../../shared/domain/case-view.js';
import { HELPER_STEPS } from '../../shared/domain/helpers.js';
import { STEP_IDS } from '../../shared/domain/steps.js';
import { ALL_ROLES, helperBrowser, victimAndHelper } from '../support/helper-browser.js';
import { frenchFaults, pageText } from '../support/page-text.js';
import { post } from '../support/web-forms.js';

/** A body each step's form would accept, so that only the rule can refuse it. */
const BODIES: Record<string, Record<string, string>> = {
  'report-content': { site: 'forum.example', reportedAt: '2026-11-03', reference: 'R-12' },
  'file-complaint': { outcome: 'filed', reference: 'PV-1', filedAt: '2026-11-03' },
  'write-prosecutor': { sentAt: '2026-11-03' },
  'follow-up': { answer: 'no-news' },
};
const bodyOf = (id: string) => BODIES[id] ?? { status: 'done' };

describe('a trusted helper with the steps role, following the steps', () => {
  it('records a report to a site and marks the accounts locked, in her name, through the victim’s own use case', async () => {
    const s = await victimAndHelper(['steps']);
    const b = await helperBrowser(s);

    const report = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/report-content`,
      { csrf: b.csrf, ...bodyOf('report-content') },
      b.headers,
    );
    const locked = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/lock-accounts`,
      { csrf: b.csrf, status: 'done' },
      b.headers,
    );
    const mine = await (await s.page(`/helper/${s.victim.caseId}`, b.headers)).text();
    const caseView = await (await s.page(s.victim.path, s.victim.headers)).text();
    const list = await (await s.page(`${s.victim.path}/helpers`, s.victim.headers)).text();

    expect([report.status, locked.status]).toEqual([303, 303]);
    expect(locked.headers.get('location')).toBe(`/helper/${s.victim.caseId}#step-lock-accounts`);
    const events = await s.log.read(s.victim.caseId);
    const helperId = (await s.log.load(s.victim.caseId))?.helpers?.[0]?.helperId;
    expect(events.find((e) => e.type === 'platform-report-recorded')).toMatchObject({
      site: 'forum.example',
      by: { kind: 'helper', id: helperId },
    });
    expect(events.find((e) => e.type === 'step-updated')).toMatchObject({
      stepId: 'lock-accounts',
      by: { kind: 'helper', id: helperId },
    });
    expect(mine).toContain('fait par Léa');
    expect(caseView).toContain('fait par Léa, personne de confiance');
    expect(list).toContain('A noté un signalement\u202f: <strong>forum.example</strong>');
    expect(list).toMatch(/A marqué une étape faite\u202f: <strong>Verrouiller vos réseaux sociaux/);
    const state = await s.log.load(s.victim.caseId);
    const steps = state ? toCaseView(state).steps : [];
    expect(steps.find((st) => st.id === 'lock-accounts')?.completedBy).toEqual({
      helperId,
      name: 'Léa',
    });
    expect(steps.find((st) => st.id === 'stop-contact')?.completedBy).toBeNull();
  });

  it('says what comes first when the evidence is marked complete with nothing kept, and records nothing', async () => {
    const s = await victimAndHelper(['steps']);
    const b = await helperBrowser(s);
    const before = (await s.log.read(s.victim.caseId)).length;

    const early = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/collect-evidence`,
      { csrf: b.csrf, status: 'done' },
      b.headers,
    );
    const bad = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/report-content`,
      { csrf: b.csrf, site: '', reportedAt: '' },
      b.headers,
    );

    expect(early.status).toBe(409);
    expect(await early.text()).toContain('Ajoutez d’abord au moins une capture ou un lien.');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('id="report-content-site-error"');
    expect((await s.log.read(s.victim.caseId)).length).toBe(before);
  });
});

/** Who may post each step of the helper's page: the victim's own steps answer nobody. */
describe('the helper’s step forms, per role', () => {
  const victimOnly = STEP_IDS.filter((id) => !(HELPER_STEPS as readonly string[]).includes(id));
  it.each([
    ...victimOnly.map((id) => ['a helper with every role', ALL_ROLES, false, id, 404] as const),
    ...HELPER_STEPS.map(
      (id) => ['a helper without the steps role', ['evidence'], false, id, 404] as const,
    ),
    ...HELPER_STEPS.map((id) => ['a revoked helper', ALL_ROLES, true, id, 404] as const),
  ])('%s posting %s gets %s and changes nothing', async (_, roles, revoke, stepId, status) => {
    const s = await victimAndHelper(roles);
    const b = await helperBrowser(s);
    const helperId = (await s.log.load(s.victim.caseId))?.helpers?.[0]?.helperId ?? '';
    if (revoke)
      await post(
        s.app,
        `${s.victim.path}/helpers/${helperId}/remove`,
        { csrf: s.victim.csrf },
        s.victim.headers,
      );
    const before = (await s.log.read(s.victim.caseId)).length;

    const answer = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/${stepId}`,
      { csrf: b.csrf, ...bodyOf(stepId) },
      b.headers,
    );

    expect(answer.status).toBe(status);
    expect((await s.log.read(s.victim.caseId)).length).toBe(before);
  });
});

describe('random bodies to the helper’s step forms', () => {
  it('get a page (2xx, 3xx or 4xx), never 5xx, and a step is recorded only in the helper’s name', async () => {
    const s = await victimAndHelper(ALL_ROLES);
    const b = await helperBrowser(s);
    const name = fc.constantFrom(
      'site',
      'reportedAt',
      'reference',
      'status',
      'outcome',
      'answer',
      '__proto__',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom('', 'done', 'skipped', '2026-02-30', '2999-01-01', 'é'.repeat(10_001)),
    );
    const stepId = fc.constantFrom(...STEP_IDS, 'x', '..', '%00');

    await fc.assert(
      fc.asyncProperty(stepId, fc.dictionary(name, value, { maxKeys: 6 }), async (id, fields) => {
        const path = `/helper/${s.victim.caseId}/steps/${id}`;
        const response = await post(s.app, path, { ...fields, csrf: b.csrf }, b.headers);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    const events = await s.log.read(s.victim.caseId);
    const steps = events.filter(
      (e) => e.type === 'step-updated' || e.type === 'platform-report-recorded',
    );
    expect(steps.every((e) => 'by' in e && e.by?.kind === 'helper')).toBe(true);
    expect(
      steps.every(
        (e) =>
          e.type === 'platform-report-recorded' ||
          (HELPER_STEPS as readonly string[]).includes(e.stepId),
      ),
    ).toBe(true);
  });
});

describe('the pages that show a helper’s steps, in French', () => {
  it('have no-break spaces before : ; ! ? and inside « »', async () => {
    const s = await victimAndHelper(ALL_ROLES);
    const b = await helperBrowser(s);
    await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/report-content`,
      { csrf: b.csrf, ...bodyOf('report-content') },
      b.headers,
    );
    await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/lock-accounts`,
      { csrf: b.csrf, status: 'done' },
      b.headers,
    );
    const refused = await post(
      s.app,
      `/helper/${s.victim.caseId}/steps/collect-evidence`,
      { csrf: b.csrf, status: 'done' },
      b.headers,
    );

    const pages = {
      helper: await (await s.page(`/helper/${s.victim.caseId}`, b.headers)).text(),
      refused: await refused.text(),
      case: await (await s.page(s.victim.path, s.victim.headers)).text(),
      helpers: await (await s.page(`${s.victim.path}/helpers`, s.victim.headers)).text(),
    };

    const faults = Object.fromEntries(
      Object.entries(pages)
        .map(([name, html]) => [name, frenchFaults(pageText(html))] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(faults).toEqual({});
    expect(pages.helper).toContain('fait par Léa');
  });
});
