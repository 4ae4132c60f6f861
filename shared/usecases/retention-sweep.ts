import type { CaseLog } from '../case-log.js';
import type { CaseEvent } from '../domain/events.js';
import { fold } from '../domain/fold.js';
import { errorName, type Logger } from '../logger.js';
import { type MailContext, retentionWarningMail } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';
import type { Workflow } from '../ports/workflow.js';
import { eraseCase } from './erase-case.js';

const DAY_MS = 24 * 3600 * 1000;

export interface RetentionPolicy {
  /** Days without activity after which a case is erased. */
  readonly retentionDays: number;
  /** Days between the warning mail and the erasure, at least. */
  readonly warningDays: number;
}

export interface RetentionSweepDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
  readonly now?: () => Date;
}

export type RetentionAction = 'keep' | 'warn' | 'erase';

export interface RetentionStatus {
  readonly action: RetentionAction;
  /** When the case is (or would be) erased. */
  readonly eraseAt: Date;
}

export interface RetentionSweepResult {
  readonly scanned: number;
  readonly warned: number;
  readonly erased: number;
  readonly failed: number;
}

/** The sweep could not handle every case; it handled all the others. */
export class RetentionSweepError extends Error {
  override readonly name = 'RetentionSweepError';
}

function isRetentionWarning(event: CaseEvent): boolean {
  return (
    (event.type === 'mail-sent' || event.type === 'mail-failed') &&
    event.mail === 'retention-warning'
  );
}

/**
 * What the retention policy asks for a case, from its events. Pure.
 *
 * Activity is any event but the retention warning itself (a victim who comes back writes
 * events and restarts the clock, and a new warning is due next time). A case is erased
 * `retentionDays` after its last activity, and never less than `warningDays` after the
 * warning was sent (or refused by the mail service, when the address no longer works).
 */
export function retentionStatus(
  events: readonly CaseEvent[],
  policy: RetentionPolicy,
  now: Date,
): RetentionStatus {
  const ordered = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let lastActivity: number | undefined;
  let warnedAt: number | undefined;
  for (const event of ordered) {
    if (isRetentionWarning(event)) {
      warnedAt = Date.parse(event.at);
    } else {
      lastActivity = Date.parse(event.at);
      warnedAt = undefined;
    }
  }
  const due = (lastActivity ?? now.getTime()) + policy.retentionDays * DAY_MS;
  const warning = policy.warningDays * DAY_MS;
  if (warnedAt === undefined) {
    if (now.getTime() < due - warning) return { action: 'keep', eraseAt: new Date(due) };
    return { action: 'warn', eraseAt: new Date(Math.max(due, now.getTime() + warning)) };
  }
  const eraseAt = Math.max(due, warnedAt + warning);
  return { action: now.getTime() >= eraseAt ? 'erase' : 'keep', eraseAt: new Date(eraseAt) };
}

/** Case ids under `cases/`, from the keys of their objects. */
async function caseIds(store: BlobStore): Promise<string[]> {
  const ids = new Set<string>();
  for (const key of await store.list('cases/')) {
    const id = key.split('/')[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

/**
 * The daily retention sweep: every case idle for `warningDays` less than its retention
 * gets one warning mail (recorded as a `mail-sent` event, or `mail-failed` when the
 * address is refused), and every case past its retention, warned long enough before, is
 * erased (workflow stopped, objects deleted; the bucket's lifecycle expires the noncurrent
 * versions). A failing case does not stop the others; the sweep throws at the end so the
 * failure is seen (Lambda errors alarm, retries, dead-letter queue).
 */
export async function sweepRetention(
  deps: RetentionSweepDeps,
  policy: RetentionPolicy,
): Promise<RetentionSweepResult> {
  const now = deps.now ?? (() => new Date());
  const ids = await caseIds(deps.store);
  let warned = 0;
  let erased = 0;
  let failed = 0;
  for (const caseId of ids) {
    try {
      const events = await deps.log.read(caseId);
      const state = fold(events);
      if (!state) {
        // Objects without a case-opened event (an erase cut short): left for a person.
        deps.logger.warn('objects without a case', { caseId, code: 'no-case' });
        continue;
      }
      const status = retentionStatus(events, policy, now());
      if (status.action === 'warn') {
        try {
          const { messageId } = await deps.mailer.send({
            to: state.email,
            ...retentionWarningMail(state, deps.mail, status.eraseAt),
          });
          await deps.log.append({
            type: 'mail-sent',
            caseId,
            mail: 'retention-warning',
            messageId,
          });
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
        warned++;
      } else if (status.action === 'erase') {
        await eraseCase(deps, state, 'case erased after its retention period');
        deps.logger.info('case erased after its retention', { caseId, code: 'retention' });
        erased++;
      }
    } catch (error) {
      failed++;
      deps.logger.error('retention sweep failed for a case', {
        caseId,
        errorName: errorName(error),
      });
    }
  }
  const result = { scanned: ids.length, warned, erased, failed };
  if (failed > 0) throw new RetentionSweepError(`${failed} of ${ids.length} case(s) failed`);
  return result;
}
