import type { DossierPurpose } from '../domain/dossier-events.js';
import type { CaseState } from '../domain/fold.js';
import { isDiscreet } from '../domain/mail-preferences.js';
import { roundsOverText } from './follow-up-mails.js';
import type { MailBlock } from './layout.js';
import {
  type ActDates,
  deadlineBlocks,
  type MailContext,
  mail,
  type RenderedMail,
} from './templates.js';
import { DISCREET_TEXT, MAIL_TEXT } from './texts.js';

/**
 * The mails about the dossier and what follows the complaint: the dossier is ready, the
 * complaint is filed, the letter to the Procureur, the follow-up letters, the case closed.
 */

/**
 * How the mail deals with the dossier PDF. Attached only when the victim chose so and the
 * address is confirmed (the dossier holds what the case's holder uploaded and typed, and
 * a stranger may have opened it for this address) and it fits. `undefined` when there is
 * no PDF to speak of.
 */
export type PdfAttachment =
  | 'attached'
  | 'attached-protected'
  | 'too-large'
  | 'unconfirmed'
  /** The victim has not chosen how the dossier comes by mail yet: never attached. */
  | 'not-chosen'
  /** She chose no attachment. */
  | 'not-wanted'
  /** She chose a protected attachment: mailed when she asks, with the password. */
  | 'protected-on-request'
  | undefined;

const PDF_TEXT = {
  attached: MAIL_TEXT.attached,
  'attached-protected': MAIL_TEXT.attachedProtected,
  'too-large': MAIL_TEXT.tooLarge,
  unconfirmed: MAIL_TEXT.notConfirmed,
  'not-chosen': MAIL_TEXT.notChosen,
  'not-wanted': MAIL_TEXT.notWanted,
  'protected-on-request': MAIL_TEXT.protectedOnRequest,
} as const satisfies Record<NonNullable<PdfAttachment>, unknown>;

function attachmentBlocks(state: CaseState, pdf: PdfAttachment): MailBlock[] {
  return pdf ? [{ kind: 'p', text: PDF_TEXT[pdf][state.locale] }] : [];
}

export function dossierReadyMail(
  state: CaseState,
  context: MailContext,
  actDates: ActDates = [],
  pdf: PdfAttachment = undefined,
): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'dossier-ready', MAIL_TEXT.dossierSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.dossierIntro[locale] },
    ...attachmentBlocks(state, pdf),
    { kind: 'list', items: MAIL_TEXT.dossierHow[locale] },
    ...deadlineBlocks(state, actDates),
  ]);
}

export function complaintFiledMail(state: CaseState, context: MailContext): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'complaint-filed', MAIL_TEXT.filedSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.filedIntro[locale] },
    { kind: 'list', items: MAIL_TEXT.filedNext[locale] },
  ]);
}

export function prosecutorLetterMail(
  state: CaseState,
  context: MailContext,
  actDates: ActDates = [],
  pdf: PdfAttachment = undefined,
): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'prosecutor-letter', MAIL_TEXT.letterSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.letterIntro[locale] },
    ...attachmentBlocks(state, pdf),
    { kind: 'list', items: MAIL_TEXT.letterHow[locale] },
    ...deadlineBlocks(state, actDates),
  ]);
}

export function followUpLettersMail(
  state: CaseState,
  context: MailContext,
  pdf: PdfAttachment = undefined,
): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'follow-up-letters', MAIL_TEXT.followUpLettersSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.followUpLettersIntro[locale] },
    ...attachmentBlocks(state, pdf),
    { kind: 'list', items: MAIL_TEXT.followUpLettersHow[locale] },
  ]);
}

export function caseClosedMail(state: CaseState, context: MailContext): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'case-closed', MAIL_TEXT.closedSubject[locale], [
    { kind: 'p', text: roundsOverText(state) ?? MAIL_TEXT.closedIntro[locale] },
  ]);
}

/** The attached PDF's file name: neutral in discreet mode. */
export function attachmentFileName(
  state: CaseState,
  purpose: DossierPurpose,
  version: number,
): string {
  const name = isDiscreet(state)
    ? DISCREET_TEXT.attachmentName[state.locale]
    : MAIL_TEXT.attachmentName[state.locale][purpose];
  return `${name}-v${version}.pdf`;
}
