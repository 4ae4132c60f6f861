import { caseMailStopped, spendWelcomeBudget } from '../address-mail.js';
import { dossierKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import { actDatesOf } from '../domain/deadlines.js';
import type { DossierPurpose } from '../domain/dossier-events.js';
import { MAILS_STOPPED_REASON, type MailKind } from '../domain/events.js';
import type { CaseState, DossierRecord } from '../domain/fold.js';
import type { NotifyTask } from '../domain/workflow-messages.js';
import { isCaseErased, sweepIfErased } from '../erased-cases.js';
import type { Logger } from '../logger.js';
import {
  attachmentFileName,
  caseClosedMail,
  complaintFiledMail,
  dossierReadyMail,
  followUpLettersMail,
  type PdfAttachment,
  prosecutorLetterMail,
} from '../mail/dossier-mails.js';
import { followUpAgainMail, hearingReminderMail } from '../mail/follow-up-mails.js';
import {
  casePageUrl,
  type MailContext,
  pendingSteps,
  type RenderedMail,
  reminderMail,
  signInMail,
  signInUrl,
  stalledMail,
  welcomeMail,
} from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type MailAttachment, type Mailer, MailRejectedError } from '../ports/mailer.js';
import { issueSignInLink } from './sign-in.js';

export interface SendCaseMailDeps {
  readonly log: CaseLog;
  readonly mailer: Mailer;
  readonly mail: MailContext;
  readonly logger: Logger;
  /** Where the dossier PDF is read from, to attach it. */
  readonly store: BlobStore;
  /** Largest PDF attached; a larger one is left to the case page. @default 10 MB */
  readonly maxAttachmentBytes?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/** Why a welcome mail was not sent: its address had its day's welcome mails. */
export const WELCOME_BUDGET_REASON = 'welcome-budget';

/** SES takes messages up to 40 MB; 10 MB keeps most mailboxes happy too. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The mails that carry a dossier, and which one. */
const DOSSIER_OF: Partial<Record<NotifyTask['mail'], DossierPurpose>> = {
  'dossier-ready': 'complaint',
  'prosecutor-letter': 'prosecutor-letter',
  'follow-up-letters': 'civil-party',
};

/**
 * The latest PDF of the mail's dossier, attached only as the victim chose (never before
 * she chose; a protected copy only when she asks, with the password), once the address is
 * confirmed and when it fits.
 */
async function dossierAttachment(
  deps: SendCaseMailDeps,
  state: CaseState,
  task: NotifyTask,
): Promise<{ pdf: PdfAttachment; attachments: MailAttachment[] }> {
  const purpose = DOSSIER_OF[task.mail];
  const dossier = purpose ? state.dossiers.filter((d) => d.purpose === purpose).at(-1) : undefined;
  if (!purpose || !dossier?.files.some((f) => f.name === 'dossier.pdf')) {
    return { pdf: undefined, attachments: [] };
  }
  if (!state.dossierAttachment) return { pdf: 'not-chosen', attachments: [] };
  if (state.dossierAttachment === 'none') return { pdf: 'not-wanted', attachments: [] };
  if (state.dossierAttachment === 'protected') {
    return { pdf: 'protected-on-request', attachments: [] };
  }
  const read = await readDossierPdf(deps, state, dossier);
  if (!read.ok) return { pdf: read.reason, attachments: [] };
  const fileName = attachmentFileName(state, purpose, dossier.version);
  return {
    pdf: 'attached',
    attachments: [{ fileName, contentType: 'application/pdf', content: read.content }],
  };
}

/** A dossier's PDF, when the address is confirmed and it fits in a mail. */
export async function readDossierPdf(
  deps: Pick<SendCaseMailDeps, 'store' | 'maxAttachmentBytes'>,
  state: CaseState,
  dossier: DossierRecord,
): Promise<
  | { readonly ok: true; readonly content: Uint8Array }
  | { readonly ok: false; readonly reason: 'unconfirmed' | 'too-large' }
> {
  const file = dossier.files.find((f) => f.name === 'dossier.pdf');
  if (!state.signIn.addressConfirmedAt) return { ok: false, reason: 'unconfirmed' };
  if (!file || file.size > (deps.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES)) {
    return { ok: false, reason: 'too-large' };
  }
  const content = await deps.store.get(dossierKey(state.caseId, dossier.version, 'dossier.pdf'));
  return content ? { ok: true, content } : { ok: false, reason: 'too-large' };
}

export type SendCaseMailResult =
  | { readonly sent: true; readonly messageId: string }
  | {
      readonly sent: false;
      readonly reason:
        | 'rejected'
        | 'case-gone'
        | 'step-complete'
        | typeof MAILS_STOPPED_REASON
        | typeof WELCOME_BUDGET_REASON;
    };

function render(
  state: CaseState,
  context: MailContext,
  task: NotifyTask,
  pdf: PdfAttachment,
  signInLink: string | undefined,
): RenderedMail {
  const acts = actDatesOf(state);
  switch (task.mail) {
    case 'welcome':
      return welcomeMail(state, context, acts, signInLink);
    case 'sign-in':
      return signInMail(state, context, signInLink ?? casePageUrl(context, state.caseId));
    case 'reminder': {
      const number = task.reminderNumber ?? 1;
      return reminderMail(
        state,
        context,
        {
          stepId: task.stepId ?? 'collect-evidence',
          number,
          max: Math.max(number, task.maxReminders ?? number),
        },
        acts,
      );
    }
    case 'stalled':
      return stalledMail(state, context);
    case 'dossier-ready':
      return dossierReadyMail(state, context, acts, pdf);
    case 'complaint-filed':
      return complaintFiledMail(state, context);
    case 'prosecutor-letter':
      return prosecutorLetterMail(state, context, acts, pdf);
    case 'case-closed':
      return caseClosedMail(state, context);
    case 'follow-up-letters':
      return followUpLettersMail(state, context, pdf);
    case 'follow-up-again':
      return followUpAgainMail(state, context);
    case 'hearing-reminder':
      return hearingReminderMail(state, context);
  }
}

/**
 * Sends one of the workflow's mails to the victim. Transient failures throw, so the state
 * machine retries them; a permanent rejection is recorded and the case goes on. A mail
 * that `marks` the case stalled or closed records that too, sent or not. An erase may run
 * meanwhile (the execution is stopped, this Lambda is not): no mail once its tombstone is
 * there, and the case is swept again after the last write if it came in between.
 */
export async function sendCaseMail(
  deps: SendCaseMailDeps,
  task: NotifyTask,
): Promise<SendCaseMailResult> {
  try {
    return await sendUnlessErased(deps, task);
  } finally {
    await sweepIfErased(deps.store, task.caseId);
  }
}

async function sendUnlessErased(
  deps: SendCaseMailDeps,
  task: NotifyTask,
): Promise<SendCaseMailResult> {
  const state = await deps.log.load(task.caseId);
  if (!state || (await isCaseErased(deps.store, task.caseId))) {
    return { sent: false, reason: 'case-gone' };
  }
  const { caseId } = state;
  // The victim may have finished the step while the reminder was on its way.
  const step = task.mail === 'reminder' && task.stepId ? state.steps[task.stepId] : undefined;
  if (step && (step.status === 'done' || step.status === 'skipped')) {
    return { sent: false, reason: 'step-complete' };
  }
  // A stop from any mail's link holds for the address, whichever case asks, erased or not.
  if (await caseMailStopped(deps.store, state)) {
    await withholdMail(deps, caseId, task.mail);
    return markCase(deps, task, { sent: false, reason: MAILS_STOPPED_REASON });
  }
  const now = deps.now?.() ?? new Date();
  if (task.mail === 'welcome' && !(await spendWelcomeBudget(deps.store, state.email, now))) {
    deps.logger.warn('mail withheld', { caseId, mail: task.mail, code: WELCOME_BUDGET_REASON });
    await deps.log.append({
      type: 'mail-failed',
      caseId,
      mail: task.mail,
      reason: WELCOME_BUDGET_REASON,
    });
    return markCase(deps, task, { sent: false, reason: WELCOME_BUDGET_REASON });
  }

  // The welcome mail carries a single-use sign-in link (never the access token).
  const signInLink =
    task.mail === 'welcome' || task.mail === 'sign-in'
      ? signInUrl(deps.mail, caseId, await issueSignInLink(deps, caseId), state.locale)
      : undefined;
  let result: SendCaseMailResult;
  try {
    const { pdf, attachments } = await dossierAttachment(deps, state, task);
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...render(state, deps.mail, task, pdf, signInLink),
      attachments,
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
  return markCase(deps, task, result);
}

/**
 * A mail not sent because its address asked for no more: recorded, so that the case page
 * tells its holder (and a withheld retention warning still starts the warning period). A
 * sign-in link is neither minted nor recorded: "lost link" requests for the address must
 * not grow the log.
 */
export async function withholdMail(
  deps: { readonly log: CaseLog; readonly logger: Logger },
  caseId: string,
  mail: MailKind,
): Promise<void> {
  deps.logger.info('mail withheld', { caseId, mail, code: 'mails-stopped' });
  if (mail === 'sign-in') return;
  await deps.log.append({ type: 'mail-failed', caseId, mail, reason: MAILS_STOPPED_REASON });
}

/** What the mail meant for the case holds whether or not it was sent. */
async function markCase(
  deps: SendCaseMailDeps,
  task: NotifyTask,
  result: SendCaseMailResult,
): Promise<SendCaseMailResult> {
  const { caseId } = task;
  if (task.marks === 'stalled' && task.stepId) {
    await deps.log.append({ type: 'case-stalled', caseId, stepId: task.stepId });
  } else if (task.marks === 'closed') {
    await deps.log.append({ type: 'case-closed', caseId });
  } else if (task.marks === 'follow-up-reopened') {
    await deps.log.append({ type: 'follow-up-reopened', caseId });
  }
  return result;
}
