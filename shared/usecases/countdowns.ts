import { caseMailStopped } from '../address-mail.js';
import type { CaseLog } from '../case-log.js';
import { dueCountdown } from '../domain/countdowns.js';
import { MAILS_STOPPED_REASON } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import type { Logger } from '../logger.js';
import { countdownMail, type MailContext } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';

export interface CountdownDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
}

/** Turns the countdown mails off or on; the same setting again records nothing. */
export async function setCountdowns(
  deps: { readonly log: CaseLog; readonly logger: Logger },
  state: CaseState,
  enabled: boolean,
): Promise<void> {
  if (!state.countdownsOff === enabled) return;
  await deps.log.append({ type: 'countdowns-set', caseId: state.caseId, enabled });
  deps.logger.info('countdowns set', {
    caseId: state.caseId,
    eventType: 'countdowns-set',
    code: enabled ? 'on' : 'off',
  });
}

/**
 * Sends the countdown mail due now (`dueCountdown`), if any: once per fact and threshold,
 * recorded with it whether sent, refused or withheld (mails stopped for the case or the
 * address), so none is tried twice and none goes to a stopped address. An erased case is
 * not swept at all.
 */
export async function sendDueCountdown(
  deps: CountdownDeps,
  state: CaseState,
  now: Date,
): Promise<boolean> {
  const due = dueCountdown(state, now);
  if (!due) return false;
  const { caseId } = state;
  const countdown = { factId: due.factId, daysBefore: due.daysBefore };
  if (await caseMailStopped(deps.store, state)) {
    await deps.log.append({
      type: 'mail-failed',
      caseId,
      mail: 'countdown',
      reason: MAILS_STOPPED_REASON,
      countdown,
    });
    deps.logger.info('mail withheld', { caseId, mail: 'countdown', code: 'mails-stopped' });
    return false;
  }
  try {
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...countdownMail(state, deps.mail, due.daysLeft, due.dueBy),
    });
    await deps.log.append({ type: 'mail-sent', caseId, mail: 'countdown', messageId, countdown });
    deps.logger.info('mail sent', { caseId, mail: 'countdown' });
    return true;
  } catch (error) {
    if (!(error instanceof MailRejectedError)) throw error;
    await deps.log.append({
      type: 'mail-failed',
      caseId,
      mail: 'countdown',
      reason: error.message,
      countdown,
    });
    deps.logger.warn('mail rejected', { caseId, mail: 'countdown' });
    return false;
  }
}
