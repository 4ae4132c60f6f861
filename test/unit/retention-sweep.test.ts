import { describe, expect, it } from 'vitest';
import { stopAddress } from '../../shared/address-mail.js';
import { erasedCaseKey, SWEEP_CURSOR_KEY } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { fold } from '../../shared/domain/fold.js';
import { retentionStatus } from '../../shared/domain/retention.js';
import { indexCaseEmail } from '../../shared/email-index.js';
import { retentionWarningMail } from '../../shared/mail/templates.js';
import { MailRejectedError } from '../../shared/ports/mailer.js';
import { RetentionSweepError, sweepRetention } from '../../shared/usecases/retention-sweep.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-01-10T09:00:00.000Z');
const POLICY = { retentionDays: 365, warningDays: 30 };
const CASE_A = '01JB0000000000000000000AAA';
const CASE_B = '01JB0000000000000000000BBB';

function setup() {
  let now = T0;
  const clock = () => now;
  const store = new MemoryBlobStore();
  const log = new CaseLog(store, clock);
  const mailer = new RecordingMailer();
  const workflow = new RecordingWorkflow();
  const logger = capturingLogger();
  const deps = {
    log,
    store,
    workflow,
    mailer,
    logger,
    mail: { publicBaseUrl: 'https://dossier.example.org' },
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    now: clock,
  };
  const openCase = async (caseId: string, locale: 'fr' | 'en' = 'fr') => {
    await log.append({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale,
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    });
    await log.append({ type: 'workflow-started', caseId, executionId: `execution:${caseId}-1` });
    workflow.running.add(`execution:${caseId}-1`);
    await indexCaseEmail(store, 'victim@example.org', caseId);
  };
  return {
    deps,
    store,
    log,
    mailer,
    workflow,
    logger,
    openCase,
    at: (days: number) => {
      now = new Date(T0.getTime() + days * DAY);
    },
  };
}

describe('retention status', () => {
  let id = 0;
  const event = <E extends object>(at: Date, body: E) => ({
    id: `01JB00000000000000000000${String(++id).padStart(2, '0')}`,
    caseId: CASE_A,
    at: at.toISOString(),
    ...body,
  });
  const opened = (at: Date) =>
    event(at, {
      type: 'case-opened' as const,
      email: 'victim@example.org',
      locale: 'en' as const,
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    });
  const warned = (at: Date) =>
    event(at, { type: 'mail-sent' as const, mail: 'retention-warning' as const, messageId: 'm' });
  const day = (n: number) => new Date(T0.getTime() + n * DAY);
  const clockOf = (events: Parameters<typeof fold>[0]) => {
    const state = fold(events);
    if (!state) throw new Error('no case');
    return state.retention;
  };

  it('keeps a case until 30 days before its retention, then warns', () => {
    const clock = clockOf([opened(T0)]);

    expect(retentionStatus(clock, POLICY, day(334)).action).toBe('keep');
    const due = retentionStatus(clock, POLICY, day(335));
    expect(due.action).toBe('warn');
    expect(due.eraseAt.toISOString()).toBe(day(365).toISOString());
  });

  it('never erases sooner than 30 days after the warning, even when overdue', () => {
    const clock = clockOf([opened(T0)]);

    const late = retentionStatus(clock, POLICY, day(500));
    expect(late.action).toBe('warn');
    expect(late.eraseAt.toISOString()).toBe(day(530).toISOString());
  });

  it('counts every event but the warning as activity, and forgets a warning after one', () => {
    const step = (at: Date) =>
      event(at, {
        type: 'step-updated' as const,
        stepId: 'stop-contact' as const,
        status: 'done' as const,
      });

    expect(clockOf([opened(T0), warned(day(340))])).toEqual({
      lastActivityAt: T0.toISOString(),
      warnedAt: day(340).toISOString(),
    });
    expect(retentionStatus(clockOf([opened(T0), warned(day(340))]), POLICY, day(370))).toEqual({
      action: 'erase',
      eraseAt: day(370),
    });
    expect(clockOf([opened(T0), warned(day(340)), step(day(350))])).toEqual({
      lastActivityAt: day(350).toISOString(),
    });
  });
});

describe('the retention sweep', () => {
  it('sends one warning, recorded, then erases the case after its retention', async () => {
    const t = setup();
    await t.openCase(CASE_A);

    t.at(200);
    expect(await sweepRetention(t.deps, POLICY)).toEqual({
      scanned: 1,
      warned: 0,
      erased: 0,
      resumed: 0,
      failed: 0,
      complete: true,
    });
    t.at(340);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 1, erased: 0 });
    t.at(341);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 0, erased: 0 });

    expect(t.mailer.sent).toHaveLength(1);
    expect(t.mailer.sent[0]).toMatchObject({
      to: 'victim@example.org',
      // Discreet mode, on by default.
      subject: 'Votre espace sera bientôt effacé',
      senderName: 'Mon espace',
    });
    const state = await t.log.load(CASE_A);
    expect(state?.mails).toEqual([
      expect.objectContaining({ mail: 'retention-warning', at: expect.any(String) }),
    ]);

    // Warned on day 340: erased 30 days later, not on day 365.
    t.at(369);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ erased: 0 });
    t.at(370);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ erased: 1 });
    // Nothing left, the address index entry included, but the tombstone (the id alone).
    expect(await t.store.list('cases/')).toEqual([erasedCaseKey(CASE_A)]);
    expect(t.workflow.stopped).toEqual([`execution:${CASE_A}-1`]);
  });

  it('restarts the clock when the victim comes back after the warning', async () => {
    const t = setup();
    await t.openCase(CASE_A);
    t.at(340);
    await sweepRetention(t.deps, POLICY);
    t.at(350);
    await t.log.append({
      type: 'step-updated',
      caseId: CASE_A,
      stepId: 'stop-contact',
      status: 'done',
    });

    t.at(400);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 0, erased: 0 });
    t.at(690);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 1, erased: 0 });
    expect(t.mailer.sent).toHaveLength(2);
  });

  it('records a refused warning and still erases 30 days later', async () => {
    const t = setup();
    await t.openCase(CASE_A, 'en');
    t.mailer.failWith.push(new MailRejectedError('MessageRejected'));

    t.at(340);
    await sweepRetention(t.deps, POLICY);
    expect((await t.log.load(CASE_A))?.mails).toEqual([
      expect.objectContaining({ mail: 'retention-warning', failed: 'MessageRejected' }),
    ]);
    t.at(369);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 0, erased: 0 });
    t.at(370);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ erased: 1 });
  });

  it('sends no warning to an address that stopped the mails, and still erases 30 days later', async () => {
    // Prepare: whoever read the welcome mail stopped every mail about the case.
    const t = setup();
    await t.openCase(CASE_A, 'en');
    await t.log.append({ type: 'mails-stopped', caseId: CASE_A, by: 'recipient' });

    // Act
    t.at(340);
    const warning = await sweepRetention(t.deps, POLICY);
    t.at(369);
    const early = await sweepRetention(t.deps, POLICY);
    t.at(370);
    const due = await sweepRetention(t.deps, POLICY);

    // Assess
    expect(warning).toMatchObject({ warned: 1, erased: 0 });
    expect(t.mailer.sent).toEqual([]);
    expect(t.logger.lines.join('\n')).toContain('"code":"mails-stopped"');
    expect(early).toMatchObject({ warned: 0, erased: 0 });
    expect(due).toMatchObject({ erased: 1 });
    expect(await t.log.load(CASE_A)).toBeUndefined();
  });

  it("sends no warning to an address stopped from another case's mail", async () => {
    // Prepare: the address's owner pressed "stop" in a mail about some other case.
    const t = setup();
    await t.openCase(CASE_A, 'en');
    await stopAddress(t.store, 'victim@example.org', new Date());

    // Act
    t.at(340);
    const warning = await sweepRetention(t.deps, POLICY);

    // Assess
    expect(warning).toMatchObject({ warned: 1, erased: 0 });
    expect(t.mailer.sent).toEqual([]);
    expect(t.logger.lines.join('\n')).toContain('"code":"mails-stopped"');
  });

  it('reads a long case from its snapshot, not event by event', async () => {
    // Prepare: 200 events, then a first sweep that folds them into a snapshot.
    const t = setup();
    await t.openCase(CASE_A);
    for (let i = 0; i < 198; i++)
      await t.log.append({
        type: 'step-updated',
        caseId: CASE_A,
        stepId: 'stop-contact',
        status: i % 2 ? 'done' : 'skipped',
      });
    t.at(1);
    await sweepRetention(t.deps, POLICY);
    const reads: string[] = [];
    const get = t.store.get.bind(t.store);
    t.store.get = (key: string) => {
      if (key.startsWith(`cases/${CASE_A}/`)) reads.push(key);
      return get(key);
    };

    // Act: the next day's sweep, in a fresh Lambda instance (nothing remembered).
    t.at(2);
    const result = await sweepRetention({ ...t.deps, log: new CaseLog(t.store, () => T0) }, POLICY);

    // Assess
    expect(result).toMatchObject({ scanned: 1, warned: 0, erased: 0 });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/snapshot/);
  });

  it('takes only cases: the address index and its own cursor are not cases', async () => {
    const t = setup();
    await t.openCase(CASE_A);
    await t.store.put(SWEEP_CURSOR_KEY, JSON.stringify({ after: '01JA0000000000000000000000' }));

    t.at(200);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ scanned: 1, failed: 0 });
    expect(t.logger.lines.join('\n')).not.toContain('objects without a case');
  });

  it('handles a few cases at a time', async () => {
    // Prepare: ten cases whose reads take a while.
    const t = setup();
    const ids = Array.from({ length: 10 }, (_, i) => `01JB00000000000000000000${i}0`);
    for (const id of ids) await t.openCase(id);
    let reading = 0;
    let mostAtOnce = 0;
    const load = t.log.load.bind(t.log);
    t.log.load = async (caseId, options) => {
      mostAtOnce = Math.max(mostAtOnce, ++reading);
      await new Promise((resolve) => setTimeout(resolve, 5));
      reading--;
      return load(caseId, options);
    };

    // Act
    t.at(200);
    const result = await sweepRetention(t.deps, POLICY, { concurrency: 3 });

    // Assess
    expect(result).toMatchObject({ scanned: 10, complete: true });
    expect(mostAtOnce).toBe(3);
  });

  it('stops when its time is up; the next run goes on after the last case it handled', async () => {
    // Prepare: five cases, all due for their warning.
    const t = setup();
    const ids = Array.from({ length: 5 }, (_, i) => `01JB00000000000000000000${i}0`);
    for (const id of ids) await t.openCase(id);
    t.at(340);
    let asked = 0;
    const twoCasesOnly = { concurrency: 1, timeIsUp: () => ++asked > 2 };

    // Act
    const first = await sweepRetention(t.deps, POLICY, twoCasesOnly);
    const cursor = await t.store.get(SWEEP_CURSOR_KEY);
    const second = await sweepRetention(t.deps, POLICY);
    t.at(341);
    const nextPass = await sweepRetention(t.deps, POLICY);

    // Assess: each case warned once, the cursor gone once the pass is complete.
    expect(first).toMatchObject({ scanned: 2, warned: 2, complete: false });
    expect(JSON.parse(new TextDecoder().decode(cursor))).toEqual({ after: ids[1] });
    expect(second).toMatchObject({ scanned: 3, warned: 3, complete: true });
    expect(await t.store.get(SWEEP_CURSOR_KEY)).toBeUndefined();
    expect(nextPass).toMatchObject({ scanned: 5, warned: 0, complete: true });
    for (const id of ids) expect((await t.log.load(id))?.mails).toHaveLength(1);
  });

  it('starts over from the first case when its cursor cannot be read', async () => {
    const t = setup();
    await t.openCase(CASE_A);
    await t.store.put(SWEEP_CURSOR_KEY, '{"after":"not a case id"}');

    t.at(200);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ scanned: 1, complete: true });
    expect(t.logger.lines.join('\n')).toContain('bad-cursor');
    expect(await t.store.get(SWEEP_CURSOR_KEY)).toBeUndefined();
  });

  it('goes on past a failing case, then throws; logs ids only', async () => {
    const t = setup();
    await t.openCase(CASE_A);
    await t.openCase(CASE_B);
    t.mailer.failWith.push(new Error('Throttling victim@example.org'));

    t.at(340);
    await expect(sweepRetention(t.deps, POLICY)).rejects.toBeInstanceOf(RetentionSweepError);
    expect(t.mailer.sent).toHaveLength(1);
    // The failed one is warned on the next run.
    t.at(341);
    expect(await sweepRetention(t.deps, POLICY)).toMatchObject({ warned: 1, failed: 0 });
    expect(t.logger.lines.join('\n')).not.toContain('@');
  });
});

describe('retention warning mail', () => {
  it.each([
    ['fr', 'Votre espace sera bientôt effacé', '10 janvier 2027'],
    ['en', 'Your space will soon be erased', '10 January 2027'],
  ] as const)('in %s gives the date and links to the case page', (locale, subject, date) => {
    const setupState = {
      caseId: CASE_A,
      locale,
      displayName: undefined,
      harassmentKinds: [] as string[],
    } as unknown as Parameters<typeof retentionWarningMail>[0];

    const mail = retentionWarningMail(
      setupState,
      { publicBaseUrl: 'https://dossier.example.org' },
      new Date('2027-01-10T12:00:00Z'),
    );

    expect(mail.subject).toBe(subject);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(date);
      expect(body).toContain(`https://dossier.example.org/cases/${CASE_A}`);
      expect(body).not.toMatch(/token|X-Amz-|Signature=/i);
    }
  });
});
