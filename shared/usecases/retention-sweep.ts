import * as z from 'zod';
import { caseMailStopped } from '../address-mail.js';
import { SWEEP_CURSOR_KEY } from '../bucket-keys.js';
import { type CaseLog, storedCaseIds } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { CaseId } from '../domain/ids.js';
import { type RetentionPolicy, retentionStatus } from '../domain/retention.js';
import type { WorkflowTiming } from '../domain/workflow-messages.js';
import { sweepErasedCases } from '../erased-cases.js';
import { errorName, type Logger } from '../logger.js';
import { type MailContext, retentionWarningMail } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';
import type { Workflow } from '../ports/workflow.js';
import { sendDueCountdown } from './countdowns.js';
import { eraseCase } from './erase-case.js';
import { remindPlatformAnswers } from './platform-answers.js';
import { resumeCase } from './resume-case.js';
import { withholdMail } from './send-case-mail.js';

export interface RetentionSweepDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
  /** The timing a resumed case's new execution gets (as `POST …/resume` gives it). */
  readonly timing: WorkflowTiming;
  readonly now?: () => Date;
  /** Days a platform has to answer a report before the victim is reminded. @default 7 */
  readonly platformAnswerDays?: number;
}

export interface RetentionSweepOptions {
  /** Cases read and acted on at once. @default 8 */
  readonly concurrency?: number;
  /**
   * Asked before each case; `true` ends the run (the function's time is nearly up). The
   * next run goes on after the last case this one handled.
   * @default never
   */
  readonly timeIsUp?: () => boolean;
  /**
   * Removes the tombstones of erased cases older than this many days, where no lifecycle
   * rule does it (the local runtime).
   * @default undefined: left to the bucket's lifecycle rule
   */
  readonly expireTombstonesAfterDays?: number;
}

export interface RetentionSweepResult {
  readonly scanned: number;
  readonly warned: number;
  readonly erased: number;
  /** Cases whose execution had ended while their log says it runs, started again. */
  readonly resumed: number;
  readonly failed: number;
  /** `false` when the run ended before the last case: the next run goes on from there. */
  readonly complete: boolean;
}

/** The sweep could not handle every case; it handled all the others. */
export class RetentionSweepError extends Error {
  override readonly name = 'RetentionSweepError';
}

const DEFAULT_CONCURRENCY = 8;

const SweepCursor = z.object({ after: CaseId });

/** Where the last run stopped, if it did: `stored` even when it cannot be read. */
async function readCursor(deps: RetentionSweepDeps): Promise<{ stored: boolean; after?: string }> {
  const body = await deps.store.get(SWEEP_CURSOR_KEY);
  if (!body) return { stored: false };
  try {
    return {
      stored: true,
      after: SweepCursor.parse(JSON.parse(new TextDecoder().decode(body))).after,
    };
  } catch {
    deps.logger.warn('unreadable retention sweep cursor, starting over', { code: 'bad-cursor' });
    return { stored: true };
  }
}

type CaseOutcome = 'kept' | 'warned' | 'erased' | 'resumed' | 'failed';

/**
 * The daily retention sweep (and the platform answers' reminders, `platform-answers.ts`,
 * for every case it keeps): every case idle for `warningDays` less than its retention
 * gets one warning mail (recorded as a `mail-sent` event, or `mail-failed` when the
 * address is refused), and every case past its retention, warned long enough before, is
 * erased (workflow stopped, objects and address index entry deleted; the bucket's
 * lifecycle expires the noncurrent versions). Every erased case whose tombstone is still
 * there is swept again first: what a late writer left is gone on the next pass. Cases are taken in id order, a few at a
 * time; a run stopped by `timeIsUp` leaves a cursor the next one starts after, so every
 * case is reached however many there are. A failing case does not stop the others; the
 * sweep throws at the end so the failure is seen (Lambda errors alarm, retries,
 * dead-letter queue).
 */
export async function sweepRetention(
  deps: RetentionSweepDeps,
  policy: RetentionPolicy,
  options: RetentionSweepOptions = {},
): Promise<RetentionSweepResult> {
  const tombstonesFailed = await sweepTombstones(deps, options);
  const cursor = await readCursor(deps);
  const ids = (await storedCaseIds(deps.store)).filter(
    (id) => cursor.after === undefined || id > cursor.after,
  );
  const timeIsUp = options.timeIsUp ?? (() => false);
  const counts: Record<CaseOutcome, number> = {
    kept: 0,
    warned: 0,
    erased: 0,
    resumed: 0,
    failed: 0,
  };
  let taken = 0;
  const worker = async () => {
    while (taken < ids.length && !timeIsUp()) {
      const caseId = ids[taken++] as string;
      counts[await sweepCase(deps, policy, caseId)]++;
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, ids.length));
  await Promise.all(Array.from({ length: workers }, worker));
  // Every case taken is handled once the workers are done: the next run starts after them.
  const complete = taken === ids.length;
  if (!complete && taken > 0) {
    await deps.store.put(SWEEP_CURSOR_KEY, JSON.stringify({ after: ids[taken - 1] }), {
      contentType: 'application/json',
    });
  } else if (complete && cursor.stored) {
    await deps.store.delete([SWEEP_CURSOR_KEY]);
  }
  const { warned, erased, resumed, failed } = counts;
  const result = { scanned: taken, warned, erased, resumed, failed, complete };
  if (failed > 0) throw new RetentionSweepError(`${failed} of ${taken} case(s) failed`);
  if (tombstonesFailed) throw new RetentionSweepError('the erased cases could not be swept');
  return result;
}

/** The erased cases swept again (and their tombstones expired, locally); `true` if it failed. */
async function sweepTombstones(
  deps: RetentionSweepDeps,
  options: RetentionSweepOptions,
): Promise<boolean> {
  try {
    await sweepErasedCases(deps, {
      now: deps.now?.() ?? new Date(),
      expireAfterDays: options.expireTombstonesAfterDays,
    });
    return false;
  } catch (error) {
    deps.logger.error('erased cases sweep failed', { errorName: errorName(error) });
    return true;
  }
}

async function sweepCase(
  deps: RetentionSweepDeps,
  policy: RetentionPolicy,
  caseId: string,
): Promise<CaseOutcome> {
  const now = deps.now ?? (() => new Date());
  try {
    // The snapshot and the events after it: a few reads per case, however long its log.
    const state = await deps.log.load(caseId);
    if (!state) {
      // Objects without a case-opened event (an erase cut short): left for a person.
      deps.logger.warn('objects without a case', { caseId, code: 'no-case' });
      return 'kept';
    }
    const status = retentionStatus(state.retention, policy, now());
    if (status.action === 'warn') {
      await sendWarning(deps, state, status.eraseAt);
      return 'warned';
    }
    if (status.action === 'erase') {
      await eraseCase(deps, state, 'case erased after its retention period');
      deps.logger.info('case erased after its retention', { caseId, code: 'retention' });
      return 'erased';
    }
    // A case kept may have reports waiting for a platform's answer.
    await remindPlatformAnswers(deps, state, now(), deps.platformAnswerDays);
    // A case kept gets its countdown mail, if one is due (public facts' limits).
    await sendDueCountdown(deps, state, now());
    return (await resumeIfEnded(deps, state)) ? 'resumed' : 'kept';
  } catch (error) {
    deps.logger.error('retention sweep failed for a case', { caseId, errorName: errorName(error) });
    return 'failed';
  }
}

/**
 * A Standard execution runs at most one year (Step Functions service quotas; "Standard
 * workflow executions have a maximum duration of one year", AWS Step Functions developer
 * guide, tutorial-continue-new), and the follow-up
 * rounds may take longer: a case whose log says its workflow runs (not stalled, not
 * closed) but whose execution has ended (timed out, or lost) is resumed where its log
 * says it stands, as `POST …/resume` would. `true` when a new execution started. An
 * execution that failed is not restarted: a bug would fail again every day and resend
 * the step's mail each time; the operators' alarm (WorkflowFailed) and the victim's own
 * `POST …/resume` are its ways back.
 */
async function resumeIfEnded(deps: RetentionSweepDeps, state: CaseState): Promise<boolean> {
  const { caseId, workflow } = state;
  const { executionId, status } = workflow;
  if (status !== 'running' || !executionId) return false;
  const execution = await deps.workflow.executionStatus(executionId);
  if (execution === 'running') return false;
  if (execution === 'failed') {
    deps.logger.warn('workflow execution failed: not resumed by the sweep', { caseId });
    return false;
  }
  const result = await resumeCase(deps, state);
  return result.outcome === 'resumed';
}

async function sendWarning(deps: RetentionSweepDeps, state: CaseState, eraseAt: Date) {
  const { caseId } = state;
  if (await caseMailStopped(deps.store, state)) {
    // Recorded as a warning refused, so the erasure still waits the warning period.
    await withholdMail(deps, caseId, 'retention-warning');
    return;
  }
  try {
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...retentionWarningMail(state, deps.mail, eraseAt),
    });
    await deps.log.append({ type: 'mail-sent', caseId, mail: 'retention-warning', messageId });
    deps.logger.info('mail sent', { caseId, mail: 'retention-warning' });
  } catch (error) {
    if (!(error instanceof MailRejectedError)) throw error;
    await deps.log.append({
      type: 'mail-failed',
      caseId,
      mail: 'retention-warning',
      reason: error.message,
    });
    deps.logger.warn('mail rejected', { caseId, mail: 'retention-warning' });
  }
}
