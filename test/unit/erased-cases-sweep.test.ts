import { describe, expect, it } from 'vitest';
import { ERASE_TOMBSTONE_DAYS, erasedCaseKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { sweepRetention } from '../../shared/usecases/retention-sweep.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-03-02T10:00:00.000Z');
const POLICY = { retentionDays: 365, warningDays: 30 };
const CASE_A = '01JB0000000000000000000AAA';
const CASE_B = '01JB0000000000000000000BBB';

/** Two cases on an in-memory store and a clock; `erase` erases one as its owner would. */
async function setup() {
  let now = T0;
  const clock = () => now;
  const store = new MemoryBlobStore();
  const log = new CaseLog(store, clock);
  const logger = capturingLogger();
  const deps = {
    log,
    store,
    workflow: new RecordingWorkflow(),
    mailer: new RecordingMailer(),
    logger,
    mail: { publicBaseUrl: 'https://dossier.example.org' },
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    now: clock,
  };
  for (const caseId of [CASE_A, CASE_B]) {
    await log.append({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    });
  }
  const erase = async (caseId: string) => {
    const state = await log.load(caseId);
    await eraseCase(deps, state as never);
  };
  const keysOf = (caseId: string) => [...store.objects.keys()].filter((k) => k.includes(caseId));
  return {
    deps,
    store,
    logger,
    erase,
    keysOf,
    at: (days: number) => {
      now = new Date(T0.getTime() + days * DAY);
    },
  };
}

describe('the daily sweep and the erased cases', () => {
  it('deletes on its next pass what a late writer left under an erased case', async () => {
    // Prepare: A is erased; then a writer whose check missed the tombstone (a race no
    // writer closes alone, such as a crash between its write and its check) lands an
    // event under it, and a file.
    const t = await setup();
    await t.erase(CASE_A);
    await new CaseLog(t.store).append({
      type: 'case-stalled',
      caseId: CASE_A,
      stepId: 'stop-contact',
    });
    await t.store.put(`cases/${CASE_A}/evidence/01JB0000000000000000000EEE/raw`, 'late bytes');
    expect(t.keysOf(CASE_A)).toHaveLength(3);

    // Act
    t.at(1);
    const result = await sweepRetention(t.deps, POLICY);

    // Assess: only the tombstone is left of A; B is untouched and was swept as usual.
    expect(t.keysOf(CASE_A)).toEqual([erasedCaseKey(CASE_A)]);
    expect(t.keysOf(CASE_B).length).toBeGreaterThan(0);
    expect(result).toEqual({
      scanned: 1,
      warned: 0,
      erased: 0,
      resumed: 0,
      failed: 0,
      complete: true,
    });
    const lines = t.logger.lines.join('\n');
    expect(lines).toContain('objects of an erased case swept again');
    expect(lines).not.toContain('objects without a case');
  });

  it('keeps tombstones to the bucket lifecycle rule by default (AWS)', async () => {
    const t = await setup();
    await t.erase(CASE_A);

    t.at(ERASE_TOMBSTONE_DAYS * 3);
    await sweepRetention(t.deps, POLICY);

    expect(t.keysOf(CASE_A)).toEqual([erasedCaseKey(CASE_A)]);
  });

  it('expires a tombstone after the lifecycle rule days where asked (local runtime)', async () => {
    // Prepare: A erased on day 0, B on day 2.
    const t = await setup();
    await t.erase(CASE_A);
    t.at(2);
    await t.erase(CASE_B);
    const expireTombstonesAfterDays = ERASE_TOMBSTONE_DAYS;

    // Act: a run just before A's tombstone is 7 days old, one at 7 days.
    t.at(ERASE_TOMBSTONE_DAYS - 0.01);
    await sweepRetention(t.deps, POLICY, { expireTombstonesAfterDays });
    const before = [...t.keysOf(CASE_A), ...t.keysOf(CASE_B)];
    t.at(ERASE_TOMBSTONE_DAYS);
    await sweepRetention(t.deps, POLICY, { expireTombstonesAfterDays });

    // Assess
    expect(before).toEqual([erasedCaseKey(CASE_A), erasedCaseKey(CASE_B)]);
    expect(t.keysOf(CASE_A)).toEqual([]);
    expect(t.keysOf(CASE_B)).toEqual([erasedCaseKey(CASE_B)]);
  });

  it('gives a tombstone written without its time (before it held one) its days from now', async () => {
    const t = await setup();
    await t.store.put(erasedCaseKey(CASE_A), '');
    const options = { expireTombstonesAfterDays: ERASE_TOMBSTONE_DAYS };

    t.at(1);
    await sweepRetention(t.deps, POLICY, options);
    t.at(1 + ERASE_TOMBSTONE_DAYS - 0.01);
    await sweepRetention(t.deps, POLICY, options);
    const kept = t.store.objects.has(erasedCaseKey(CASE_A));
    t.at(1 + ERASE_TOMBSTONE_DAYS);
    await sweepRetention(t.deps, POLICY, options);

    expect(kept).toBe(true);
    expect(t.store.objects.has(erasedCaseKey(CASE_A))).toBe(false);
  });
});
