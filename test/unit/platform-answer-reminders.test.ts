import { describe, expect, it } from 'vitest';
import { CaseLog } from '../../shared/case-log.js';
import { indexCaseEmail } from '../../shared/email-index.js';
import { MailRejectedError } from '../../shared/ports/mailer.js';
import { recordPlatformAnswer } from '../../shared/usecases/platform-answers.js';
import { sweepRetention } from '../../shared/usecases/retention-sweep.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-11-03T09:00:00.000Z');
const POLICY = { retentionDays: 365, warningDays: 30 };
const CASE = '01JB0000000000000000000AAA';

async function setup(locale: 'fr' | 'en' = 'fr') {
  let now = T0;
  const clock = () => now;
  const store = new MemoryBlobStore();
  const log = new CaseLog(store, clock);
  const mailer = new RecordingMailer();
  const logger = capturingLogger();
  const deps = {
    log,
    store,
    workflow: new RecordingWorkflow(),
    mailer,
    logger,
    mail: { publicBaseUrl: 'https://dossier.example.org' },
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    now: clock,
  };
  await log.append({
    type: 'case-opened',
    caseId: CASE,
    email: 'victim@example.org',
    locale,
    harassmentKinds: ['threats-insults'],
    accessTokenHash: 'a'.repeat(64),
  });
  await indexCaseEmail(store, 'victim@example.org', CASE);
  const report = async (site: string, reportedAt: string) =>
    log.append({ type: 'platform-report-recorded', caseId: CASE, site, reportedAt });
  const sweepOn = async (days: number) => {
    now = new Date(T0.getTime() + days * DAY);
    return sweepRetention(deps, POLICY);
  };
  const state = async () => {
    const s = await log.load(CASE);
    if (!s) throw new Error('no case');
    return s;
  };
  return { deps, log, mailer, logger, report, sweepOn, state };
}

describe('reminders for the platforms’ answers', () => {
  it.each(['fr', 'en'] as const)(
    'carries neither the facts nor their addresses, only a link to the case page (%s)',
    async (locale) => {
      // Prepare: a fact with its address on the site reported, in the victim's words.
      const h = await setup(locale);
      await h.log.append({
        type: 'fact-recorded',
        caseId: CASE,
        factId: '01JB000000000000000000FAC1',
        occurredAt: '2026-11-02',
        description: 'Kr4ken_du_93 menace de venir chez moi',
        platform: 'jeuxvideo.com',
        authorPseudonym: 'Kr4ken_du_93',
        url: 'https://www.jeuxvideo.com/forums/42-51-1.htm',
        evidenceIds: [],
      });
      await h.report('jeuxvideo.com', '2026-11-03');

      // Act
      await h.sweepOn(7);

      // Assess
      const [mail] = h.mailer.sent;
      const all = `${mail?.subject}\n${mail?.text}\n${mail?.html}`;
      expect(all).not.toMatch(/Kr4ken|menace|jeuxvideo|42-51/);
      const urls = [...new Set((mail?.text ?? '').match(/https?:\/\/\S+/g))];
      expect(urls.every((url) => url.startsWith('https://dossier.example.org/'))).toBe(true);
      expect(urls).toContain(`https://dossier.example.org/cases/${CASE}`);
      expect(mail?.text).toContain(
        locale === 'fr' ? 'notification prête dans votre dossier' : 'notice ready in your case',
      );
    },
  );

  it('mails once when reports wait a week, naming no site, and records which reports it was about', async () => {
    // Prepare
    const h = await setup();
    await h.report('jeuxvideo.com', '2026-11-03');
    await h.report('Instagram', '2026-11-04');

    // Act
    await h.sweepOn(6);
    const afterSix = h.mailer.sent.length;
    await h.sweepOn(7);
    const afterSeven = h.mailer.sent.length;
    await h.sweepOn(8);
    await h.sweepOn(9);

    // Assess: the first report is due on day 7, the second on day 8; one mail each time.
    expect(afterSix).toBe(0);
    expect(afterSeven).toBe(1);
    expect(h.mailer.sent).toHaveLength(2);
    const first = h.mailer.sent[0];
    // Discreet by default: a neutral subject.
    expect(first?.subject).toBe('Un petit suivi');
    expect(first?.text).toContain('aucune réponse n’est notée');
    expect(first?.text).toContain('3018');
    expect(first?.text).not.toMatch(/jeuxvideo|Instagram/);
    const reports = (await h.state()).reports;
    expect(reports.every((r) => r.remindedAt !== undefined)).toBe(true);
    const events = await h.log.read(CASE);
    const reminders = events.filter(
      (e) => e.type === 'mail-sent' && e.mail === 'platform-answer-reminder',
    );
    expect(reminders.map((e) => (e as { reportIds?: string[] }).reportIds)).toEqual([
      [reports[0]?.reportId],
      [reports[1]?.reportId],
    ]);
  });

  it('does not remind a report the platform answered', async () => {
    const h = await setup();
    await h.report('jeuxvideo.com', '2026-11-03');
    const reportId = (await h.state()).reports[0]?.reportId ?? '';
    const recorded = await recordPlatformAnswer(h.deps, await h.state(), reportId, {
      answer: 'removed',
    });

    await h.sweepOn(10);

    expect(recorded).toEqual({ outcome: 'recorded', reportId });
    expect(h.mailer.sent).toEqual([]);
  });

  it('sends nothing and records nothing while the mails are stopped, and reminds once they are back', async () => {
    const h = await setup();
    await h.report('jeuxvideo.com', '2026-11-03');
    await h.log.append({ type: 'mails-stopped', caseId: CASE, by: 'holder' });

    await h.sweepOn(8);
    const whileStopped = (await h.log.read(CASE)).length;
    await h.log.append({ type: 'mails-resumed', caseId: CASE });
    await h.sweepOn(9);

    expect(whileStopped).toBe(3);
    expect(h.mailer.sent).toHaveLength(1);
  });

  it('does not try again an address the mail service refused', async () => {
    const h = await setup();
    await h.report('jeuxvideo.com', '2026-11-03');
    h.mailer.failWith.push(new MailRejectedError('address refused'));

    await h.sweepOn(8);
    await h.sweepOn(9);

    expect(h.mailer.sent).toEqual([]);
    expect((await h.state()).reports[0]?.remindedAt).toBeDefined();
  });
});
