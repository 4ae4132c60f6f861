import { describe, expect, it } from 'vitest';
import { stopAddress } from '../../shared/address-mail.js';
import { CaseLog } from '../../shared/case-log.js';
import { indexCaseEmail } from '../../shared/email-index.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { setCountdowns } from '../../shared/usecases/countdowns.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { sweepRetention } from '../../shared/usecases/retention-sweep.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const DAY = 24 * 3600 * 1000;
const CASE = '01JB0000000000000000000AAA';
const POLICY = { retentionDays: 365, warningDays: 30 };
/** Published on 10 September 2026: the limit ends at the end of 10 December, in Paris. */
const PUBLISHED = '2026-09-10';
const DUE_BY = Date.parse('2026-12-10T21:59:59Z');

/** A case with one public fact, swept once a day at 09:00 UTC from `fromDaysBefore`. */
async function sweptCase(options: { discreet?: boolean; locale?: 'fr' | 'en' } = {}) {
  let now = new Date(DUE_BY - 60 * DAY);
  const clock = () => now;
  const store = new MemoryBlobStore();
  const log = new CaseLog(store, clock);
  const mailer = new RecordingMailer();
  const logger = capturingLogger();
  const deps = {
    log,
    store,
    mailer,
    logger,
    workflow: new RecordingWorkflow(),
    mail: { publicBaseUrl: 'https://dossier.example.org' },
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    now: clock,
  };
  await log.append({
    type: 'case-opened',
    caseId: CASE,
    email: 'victim@example.org',
    locale: options.locale ?? 'fr',
    harassmentKinds: ['threats-insults'],
    accessTokenHash: 'a'.repeat(64),
  });
  await indexCaseEmail(store, 'victim@example.org', CASE);
  await log.append({
    type: 'fact-recorded',
    caseId: CASE,
    factId: '01JB00000000000000000FACT1',
    occurredAt: PUBLISHED,
    description: 'Insulte publique sous ma photo',
    evidenceIds: [],
    public: true,
    publishedAt: PUBLISHED,
  });
  if (options.discreet === false)
    await log.append({ type: 'discretion-set', caseId: CASE, discreet: false });
  return {
    deps,
    log,
    store,
    mailer,
    /** Sweeps once a day until `untilDaysBefore` days before the limit (negative: after). */
    sweepDaily: async (fromDaysBefore: number, untilDaysBefore: number) => {
      for (let d = fromDaysBefore; d >= untilDaysBefore; d--) {
        now = new Date(DUE_BY - d * DAY - 12 * 3600 * 1000);
        await sweepRetention(deps, POLICY);
      }
    },
  };
}

describe('countdown mails before a public fact’s three-month limit', () => {
  it('comes 30, 14 and 7 days before, once each, and never after', async () => {
    const c = await sweptCase({ discreet: false });

    await c.sweepDaily(45, -5);

    expect(c.mailer.sent.map((m) => m.subject.replace(/\s/g, ' '))).toEqual([
      'Injure ou diffamation publique : plus que 30 jours pour agir',
      'Injure ou diffamation publique : plus que 14 jours pour agir',
      'Injure ou diffamation publique : plus que 7 jours pour agir',
    ]);
    expect(typographyFaults(c.mailer.sent[0]?.subject ?? '')).toEqual([]);
    const text = c.mailer.sent[0]?.text ?? '';
    const flat = text.replace(/\s/g, ' ');
    expect(flat).toContain('se termine le 10 décembre 2026, dans 30 jours');
    expect(flat).toContain('article 65 de la loi du 29 juillet 1881');
    expect(flat).toContain('arrêter ces décomptes depuis votre page');
    // Nothing anyone typed: not the fact's words.
    expect(text).not.toContain('Insulte publique');
    expect(typographyFaults(text)).toEqual([]);
    const state = await c.log.load(CASE);
    expect(state?.mails.map((m) => m.countdown)).toEqual([
      '01JB00000000000000000FACT1:30',
      '01JB00000000000000000FACT1:14',
      '01JB00000000000000000FACT1:7',
    ]);
    // Not the victim's activity: the retention clock still runs from her last event.
    expect(state?.retention.warnedAt).toBeUndefined();
  });

  it('sends the nearest threshold only when the sweep first comes late', async () => {
    const c = await sweptCase({ locale: 'en' });

    await c.sweepDaily(10, 0);

    // Discreet mode (the default): a neutral subject.
    expect(c.mailer.sent.map((m) => m.subject)).toEqual([
      'A date is coming up',
      'A date is coming up',
    ]);
    const flat = c.mailer.sent.map((m) => m.text.replace(/\s/g, ' '));
    expect(flat[0]).toContain('in 11 days');
    expect(flat[1]).toContain('in 7 days');
  });

  it('stays silent once turned off, and counts again once turned back on', async () => {
    const c = await sweptCase();
    const state = await c.log.load(CASE);
    await setCountdowns(c.deps, state ?? expect.fail('no case'), false);

    await c.sweepDaily(31, 7);
    const whileOff = c.mailer.sent.length;
    const off = await c.log.load(CASE);
    await setCountdowns(c.deps, off ?? expect.fail('no case'), true);
    await c.sweepDaily(6, 0);

    expect(whileOff).toBe(0);
    // Back on inside the last window: its mail only, saying the days really left.
    expect(c.mailer.sent).toHaveLength(1);
    expect(c.mailer.sent[0]?.text.replace(/\s/g, ' ')).toContain('dans 7 jours');
  });

  it('sends nothing to a stopped address, nor after the case is erased', async () => {
    const stopped = await sweptCase();
    await stopAddress(stopped.store, 'victim@example.org', new Date());
    const erased = await sweptCase();
    const state = await erased.log.load(CASE);
    await eraseCase(erased.deps, state ?? expect.fail('no case'));

    await stopped.sweepDaily(31, 0);
    await erased.sweepDaily(31, 0);

    expect(stopped.mailer.sent).toEqual([]);
    expect(erased.mailer.sent).toEqual([]);
    const withheld = (await stopped.log.read(CASE)).filter((e) => e.type === 'mail-failed');
    // Each threshold is recorded withheld once, never tried again.
    expect(withheld).toHaveLength(3);
  });
});
