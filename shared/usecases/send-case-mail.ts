import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import type { NotifyTask } from '../domain/workflow-messages.js';
import type { Logger } from '../logger.js';
import {
  type MailContext,
  pendingSteps,
  type RenderedMail,
  reminderMail,
  stalledMail,
  welcomeMail,
} from '../mail/templates.js';
import { type Mailer, MailRejectedError } from '../ports/mailer.js';

export interface SendCaseMailDeps {
  readonly log: CaseLog;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
}

export type SendCaseMailResult =
  | { readonly sent: true; readonly messageId: string }
  | { readonly sent: false; readonly reason: 'rejected' | 'case-gone' };

function render(state: CaseState, context: MailContext, task: NotifyTask): RenderedMail {
  switch (task.mail) {
    case 'welcome':
      return welcomeMail(state, context);
    case 'reminder': {
      const number = task.reminderNumber ?? 1;
      return reminderMail(state, context, {
        stepId: task.stepId ?? 'collect-evidence',
        number,
        max: Math.max(number, task.maxReminders ?? number),
      });
    }
    case 'stalled':
      return stalledMail(state, context);
  }
}

/**
 * Sends one of the workflow's mails to the victim. Transient failures throw, so the state
 * machine retries them; a permanent rejection is recorded and the case goes on.
 */
export async function sendCaseMail(
  deps: SendCaseMailDeps,
  task: NotifyTask,
): Promise<SendCaseMailResult> {
  const state = await deps.log.load(task.caseId);
  if (!state) return { sent: false, reason: 'case-gone' };
  const { caseId } = state;

  let result: SendCaseMailResult;
  try {
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...render(state, deps.mail, task),
    });
    await deps.log.append({
      type: 'mail-sent',
      caseId,
      mail: task.mail,
      messageId,
      ...(task.mail === 'reminder'
        ? { stepIds: pendingSteps(state), reminderNumber: task.reminderNumber ?? 1 }
        : {}),
    });
    deps.logger.info('mail sent', { caseId, mail: task.mail, eventType: 'mail-sent' });
    result = { sent: true, messageId };
  } catch (error) {
    if (!(error instanceof MailRejectedError)) throw error;
    deps.logger.warn('mail rejected', { caseId, mail: task.mail, errorName: error.message });
    await deps.log.append({ type: 'mail-failed', caseId, mail: task.mail, reason: error.message });
    result = { sent: false, reason: 'rejected' };
  }
  if (task.mail === 'stalled' && task.stepId) {
    await deps.log.append({ type: 'case-stalled', caseId, stepId: task.stepId });
  }
  return result;
}
