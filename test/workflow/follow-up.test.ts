import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dossierKey } from '../../shared/bucket-keys.js';
import { type FollowUpRequest, MAX_FOLLOW_UP_ROUNDS } from '../../shared/domain/follow-up.js';
import { FOLLOW_UP_LETTER_TEXT } from '../../shared/dossier/follow-up-texts.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { resumeCase } from '../../shared/usecases/resume-case.js';
import {
  type Harness,
  harness,
  prepareWorkflow,
  stopEngines,
  untilComplaint,
} from '../support/workflow-harness.js';

beforeAll(prepareWorkflow);
afterEach(stopEngines);

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The follow-up letters' dossier: its PDF as text (whitespace folded) and its folder. */
async function followUpDossier(h: Harness, caseId: string) {
  const state = await h.log.load(caseId);
  const dossier = state?.dossiers.find((d) => d.purpose === 'civil-party');
  if (!dossier) throw new Error('no follow-up letters compiled');
  const dir = mkdtempSync(join(tmpdir(), 'follow-up-'));
  for (const name of ['dossier.pdf', 'dossier.zip'] as const) {
    const bytes = await h.store.get(dossierKey(caseId, dossier.version, name));
    if (!bytes) throw new Error(`no ${name}`);
    writeFileSync(join(dir, name), bytes);
  }
  const raw = run('pdftotext', ['-layout', join(dir, 'dossier.pdf'), '-']);
  return { dir, raw, flat: raw.replace(/\s+/g, ' ') };
}

async function answer(h: Harness, caseId: string, body: FollowUpRequest) {
  await h.awaiting(caseId, 'follow-up');
  return h.complete(caseId, { stepId: 'follow-up', body });
}

async function filed(h: Harness, caseId: string) {
  await untilComplaint(h, caseId);
  await h.complete(caseId, {
    stepId: 'file-complaint',
    body: {
      outcome: 'filed',
      reference: 'PV-2026-001',
      policeStation: 'commissariat de Lyon 3e',
      filedAt: '2026-08-20',
    },
  });
}

// Two compilations per case on a shared machine: more than the default 30 s at times.
describe('the follow-up after the complaint, in the synthesized workflow', {
  timeout: 120_000,
}, () => {
  it('filed → no news → the civil-party letter to the doyen des juges d’instruction', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await filed(h, caseId);

    const result = await answer(h, caseId, { answer: 'no-news' });
    await h.execution().done;

    expect(result).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(h.execution().status).toBe('SUCCEEDED');
    expect(h.subjects().slice(-3)).toEqual([
      'C’est enregistré',
      'Vos courriers sont prêts',
      'Toutes les étapes sont faites',
    ]);
    const state = await h.log.load(caseId);
    expect(state?.dossiers.map((d) => d.purpose)).toEqual(['complaint', 'civil-party']);
    expect(state?.workflow.status).toBe('closed');
    const { flat, raw } = await followUpDossier(h, caseId);
    // French typography in every sentence of the letters (pdftotext loses the thin spaces).
    const f = FOLLOW_UP_LETTER_TEXT.fr;
    const who = { name: 'Zoé Martin', civility: 'madame' as const };
    const sentences = [
      f.openingCivilParty(who, 'contre X'),
      f.afterDismissal('3 novembre 2026', 'R'),
      f.afterPoliceComplaint('commissariat de Lyon', '20 août 2026', 'PV'),
      f.afterLetter(undefined, undefined),
      f.pressException,
      f.consignation,
      f.recoursSubject,
      f.recoursOpening(who, 'Lyon'),
      f.recoursAttachments,
    ];
    expect(sentences.flatMap((s) => typographyFaults(s))).toEqual([]);
    expect(sentences.join(' ')).toContain('Objet\u202f:');
    expect(flat).toContain('Madame, Monsieur le Doyen des juges d’instruction');
    expect(flat).toContain('me constituer partie civile entre vos mains');
    expect(flat).toContain('article 85 du Code de procédure pénale');
    expect(flat).toContain('J’ai déposé plainte auprès du commissariat de Lyon 3e le 20 août 2026');
    expect(flat).toContain('(récépissé n° PV-2026-001)');
    expect(flat).toContain('Plus de trois mois se sont écoulés');
    expect(flat).toContain('consignation en fonction de mes ressources (article 88');
    // Threats and insults may be press offences: the exception of art. 85 is stated.
    expect(flat).toContain('loi du 29 juillet 1881');
    expect(flat).not.toContain('Procureur général');
    expect(raw).not.toContain('civil-party');
  });

  it('filed → dismissal → the recours to the procureur général, then the civil-party letter', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await filed(h, caseId);

    await answer(h, caseId, {
      answer: 'dismissed',
      dismissedAt: '2026-11-03',
      prosecutionReference: '26123000042',
    });
    await h.execution().done;

    const { flat, dir } = await followUpDossier(h, caseId);
    const recours = flat.indexOf('Objet : recours contre une décision de classement sans suite');
    const civilParty = flat.indexOf('Objet : plainte avec constitution de partie civile');
    expect(recours).toBeGreaterThan(0);
    expect(civilParty).toBeGreaterThan(recours);
    expect(flat).toContain('Madame, Monsieur le Procureur général');
    expect(flat).toContain('article 40-3 du Code de procédure pénale');
    expect(flat).toContain('par un avis du 3 novembre 2026 (référence 26123000042)');
    expect(flat).toContain('avis de classement sans suite du 3 novembre 2026');
    expect(flat).toContain('d’enjoindre au Procureur de la République d’engager des poursuites');
    // The ZIP holds the same PDF and checks with sha256sum.
    const out = join(dir, 'out');
    run('unzip', ['-q', join(dir, 'dossier.zip'), '-d', out]);
    const check = run('sha256sum', ['-c', 'SHA256SUMS'], out);
    expect(check).toMatch(/\.pdf: OK/);
    expect(check).not.toMatch(/FAILED/);
    const pdfInZip = run('sh', ['-c', 'ls *.pdf'], out).trim();
    expect(run('sha256sum', [join(out, pdfInZip)]).split(' ')[0]).toBe(
      run('sha256sum', [join(dir, 'dossier.pdf')]).split(' ')[0],
    );
  });

  it('letter to the Procureur sent → no news → the civil-party letter counts from it', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await untilComplaint(h, caseId);
    await h.complete(caseId, { stepId: 'file-complaint', body: { outcome: 'refused' } });
    await h.awaiting(caseId, 'write-prosecutor');
    await h.complete(caseId, {
      stepId: 'write-prosecutor',
      body: { status: 'done', sentAt: '2026-08-25', trackingNumber: '1A 234 567 8901 2' },
    });

    await answer(h, caseId, { answer: 'no-news' });
    await h.execution().done;

    const state = await h.log.load(caseId);
    expect(state?.dossiers.map((d) => d.purpose)).toEqual([
      'complaint',
      'prosecutor-letter',
      'civil-party',
    ]);
    const { flat } = await followUpDossier(h, caseId);
    expect(flat).toContain(
      'J’ai adressé ma plainte au Procureur de la République par lettre recommandée avec demande d’avis de réception le 25 août 2026 (n° 1A 234 567 8901 2)',
    );
    expect(h.subjects().at(-2)).toBe('Vos courriers sont prêts');
  });

  it('reminds while the follow-up waits, stalls, and resumes at the follow-up', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 1, followUpWaitSeconds: 1 });
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);
    await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'filed', reference: 'PV-1' },
    });
    await h.execution(0).done;

    expect(h.subjects().slice(-2)).toEqual([
      'Reminder – Step 9 of 9',
      'We are stopping the reminders',
    ]);
    const reminder = h.mailer.sent.at(-2)?.text ?? '';
    expect(reminder).toContain('Step 9 of 9 – After the complaint: where does it stand?');
    const stalled = await h.log.load(caseId);
    expect(stalled?.workflow.status).toBe('stalled');

    const resumed = await resumeCase(h.deps, stalled as NonNullable<typeof stalled>);
    expect(resumed).toEqual({ outcome: 'resumed', resumeAt: 'follow-up' });
    await answer(h, caseId, { answer: 'no-news' });
    await h.execution(1).done;

    expect(h.execution(1).status).toBe('SUCCEEDED');
    expect((await h.log.load(caseId))?.dossiers.map((d) => d.purpose)).toEqual([
      'complaint',
      'civil-party',
    ]);
  });

  it('refuses the follow-up before the complaint, and a changed answer', async () => {
    // A long wait: the question is not asked again while the test runs.
    const h = harness({ stepTimeoutSeconds: 30, maxReminders: 2, followUpWaitSeconds: 600 });
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);

    const early = await h.complete(caseId, { stepId: 'follow-up', body: { answer: 'no-news' } });
    await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'filed', reference: 'R-1' },
    });
    await h.complete(caseId, { stepId: 'follow-up', body: { answer: 'investigation' } });
    const changed = await h.complete(caseId, { stepId: 'follow-up', body: { answer: 'no-news' } });

    expect(early).toEqual({ outcome: 'not-applicable' });
    expect(changed).toEqual({ outcome: 'conflict', recorded: 'investigation' });
  });

  it('filed → investigation → (wait) → asked again → dismissal → the recours and civil-party letters', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await filed(h, caseId);

    await answer(h, caseId, { answer: 'investigation', prosecutionReference: '26123000042' });
    // The wait passes, a mail asks again and the step opens for a new answer.
    await answer(h, caseId, { answer: 'dismissed', dismissedAt: '2026-11-03' });
    await h.execution().done;

    expect(h.execution().status).toBe('SUCCEEDED');
    expect(h.subjects().slice(-4)).toEqual([
      'C’est enregistré',
      'Un petit suivi',
      'Vos courriers sont prêts',
      'Toutes les étapes sont faites',
    ]);
    const again = h.mailer.sent.at(-3)?.text ?? '';
    expect(again).toContain('une enquête ou des poursuites étaient en cours');
    expect(again).toContain('116 006');
    expect(again).not.toContain('26123000042');
    const types = await h.types(caseId);
    expect(types.filter((t) => t === 'follow-up-recorded')).toHaveLength(2);
    expect(types.filter((t) => t === 'follow-up-reopened')).toHaveLength(1);
    const state = await h.log.load(caseId);
    expect(state?.followUp).toMatchObject({ answer: 'dismissed', round: 2 });
    expect(state?.dossiers.map((d) => d.purpose)).toEqual(['complaint', 'civil-party']);
    const { flat } = await followUpDossier(h, caseId);
    expect(flat).toContain('article 40-3 du Code de procédure pénale');
    expect(flat).toContain('me constituer partie civile entre vos mains');
  });

  it('hearing → a reminder before it → asked again after it → a decision closes the follow-up', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await filed(h, caseId);

    const hearingAt = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await answer(h, caseId, {
      answer: 'hearing',
      hearingAt,
      court: 'tribunal correctionnel de Lyon',
    });
    await answer(h, caseId, { answer: 'decided' });
    await h.execution().done;

    expect(h.execution().status).toBe('SUCCEEDED');
    expect(h.subjects().slice(-4)).toEqual([
      'C’est enregistré',
      'Une date approche',
      'Un petit suivi',
      'Toutes les étapes sont faites',
    ]);
    const reminder = h.mailer.sent.at(-3)?.text ?? '';
    // Discreet mode (the default): no date; what to bring and the rights at the hearing.
    expect(reminder).toContain('Votre audience approche.');
    expect(reminder).toContain('dossier PDF imprimé');
    expect(reminder).toContain('partie civile');
    expect(reminder).toContain('article 418 du Code de procédure pénale');
    expect(reminder).toContain('article 420-1');
    expect(reminder).toContain('aide juridictionnelle');
    expect(reminder).not.toContain('Lyon');
    expect(h.mailer.sent.at(-2)?.text).toContain('L’audience est passée.');
    const state = await h.log.load(caseId);
    expect(state?.followUp).toMatchObject({ answer: 'decided', round: 2 });
    expect(state?.workflow.status).toBe('closed');
    expect(state?.dossiers.map((d) => d.purpose)).toEqual(['complaint']);
  });

  it('stops asking after the last round and says so', async () => {
    const h = harness();
    const { caseId } = await h.open('fr');
    await filed(h, caseId);

    for (let round = 1; round <= MAX_FOLLOW_UP_ROUNDS; round++)
      await answer(h, caseId, { answer: 'investigation' });
    await h.execution().done;

    expect(h.execution().status).toBe('SUCCEEDED');
    const types = await h.types(caseId);
    expect(types.filter((t) => t === 'follow-up-reopened')).toHaveLength(MAX_FOLLOW_UP_ROUNDS - 1);
    expect(h.subjects().at(-1)).toBe('Toutes les étapes sont faites');
    expect(h.mailer.sent.at(-1)?.text).toContain(
      `Nous vous avons demandé ${MAX_FOLLOW_UP_ROUNDS} fois où en était votre plainte`,
    );
    expect((await h.log.load(caseId))?.workflow.status).toBe('closed');
  });
});
