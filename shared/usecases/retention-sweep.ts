import type { CaseLog } from '../case-log.js';
import { type RetentionPolicy, retentionStatus } from '../domain/retention.js';
import { errorName, type Logger } from '../logger.js';
import { type MailContext, retentionWarningMail } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';
import type { Workflow } from '../ports/workflow.js';
import { eraseCase } from './erase-case.js';

export interface RetentionSweepDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
  readonly now?: () => Date;
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
      // The snapshot and the events after it: a few reads per case, however long its log.
      const state = await deps.log.load(caseId);
      if (!state) {
        // Objects without a case-opened event (an erase cut short): left for a person.
        deps.logger.warn('objects without a case', { caseId, code: 'no-case' });
        continue;
      }
      const status = retentionStatus(state.retention, policy, now());
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
