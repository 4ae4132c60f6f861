import { caseMailStopped } from '../address-mail.js';
import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import {
  PLATFORM_ANSWER_REMINDER_DAYS,
  type PlatformAnswerRequest,
  reportsAwaitingAnswer,
} from '../domain/platform-answers.js';
import type { Logger } from '../logger.js';
import { platformAnswerReminderMail } from '../mail/platform-mails.js';
import type { MailContext } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';

export interface RecordPlatformAnswerDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

export type RecordPlatformAnswerResult =
  | { readonly outcome: 'recorded'; readonly reportId: string }
  | { readonly outcome: 'report-not-found' };

/**
 * Records what a platform answered to one report (removed, refused), for the API and the
 * case page alike. A later answer replaces the one before: a refusal reversed after an
 * internal complaint (DSA art. 20) becomes "removed".
 */
export async function recordPlatformAnswer(
  deps: RecordPlatformAnswerDeps,
  state: CaseState,
  reportId: string,
  request: PlatformAnswerRequest,
): Promise<RecordPlatformAnswerResult> {
  if (!state.reports.some((r) => r.reportId === reportId)) return { outcome: 'report-not-found' };
  await deps.log.append({
    type: 'platform-answer-recorded',
    caseId: state.caseId,
    reportId,
    ...request,
  });
  deps.logger.info('platform answer recorded', {
    caseId: state.caseId,
    eventType: 'platform-answer-recorded',
  });
  return { outcome: 'recorded', reportId };
}

export interface RemindPlatformAnswersDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
}

/**
 * One mail for the reports that have waited `days` for a platform's answer and were never
 * reminded; the `mail-sent` event names them, so none is reminded twice. Run by the daily
 * sweep. Nothing is sent, nor recorded, while the address asked for no mail: the reports
 * stay due and are reminded once mails are back on.
 */
export async function remindPlatformAnswers(
  deps: RemindPlatformAnswersDeps,
  state: CaseState,
  now: Date,
  days: number = PLATFORM_ANSWER_REMINDER_DAYS,
): Promise<'reminded' | 'nothing-due' | 'mails-stopped' | 'failed'> {
  const due = reportsAwaitingAnswer(state.reports, now, days);
  if (due.length === 0) return 'nothing-due';
  const { caseId } = state;
  if (await caseMailStopped(deps.store, state)) return 'mails-stopped';
  const reportIds = due.map((r) => r.reportId as string);
  const mail = 'platform-answer-reminder';
  try {
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...platformAnswerReminderMail(state, deps.mail, due.length, days),
    });
    await deps.log.append({ type: 'mail-sent', caseId, mail, messageId, reportIds });
    deps.logger.info('mail sent', { caseId, mail });
    return 'reminded';
  } catch (error) {
    if (!(error instanceof MailRejectedError)) throw error;
    await deps.log.append({
      type: 'mail-failed',
      caseId,
      mail,
      reason: error.message,
      reportIds,
    });
    deps.logger.warn('mail rejected', { caseId, mail });
    return 'failed';
  }
}
