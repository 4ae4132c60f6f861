import { deadlines } from '../domain/deadlines.js';
import type { MailKind } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import type { Locale } from '../domain/locale.js';
import { isDiscreet } from '../domain/mail-preferences.js';
import { STEP_IDS, type StepId } from '../domain/steps.js';
import { longDate } from '../i18n/dates.js';
import { deadlineText } from '../i18n/deadlines.js';
import { STEP_TEXT } from '../i18n/steps.js';
import { typeset } from '../i18n/typography.js';
import { HELP_TEXT, type HelpId, mailHelp } from './help.js';
import { layout, type MailBlock } from './layout.js';
import { DISCREET_TEXT, MAIL_TEXT } from './texts.js';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The page that stops every mail about the case (the footer links to it too). */
  readonly stopMailsUrl: string;
  /** In discreet mode, the neutral name the mail is sent under; else the configured one. */
  readonly senderName?: string;
}

export interface MailContext {
  /** Public address of the web app; mails only link to its pages. */
  readonly publicBaseUrl: string;
}

export function casePageUrl(context: MailContext, caseId: string): string {
  return `${context.publicBaseUrl.replace(/\/$/, '')}/cases/${caseId}`;
}

/** The page that stops every mail about the case (a button there does it, not the link). */
export function stopMailsUrl(context: MailContext, caseId: string, locale: Locale): string {
  return `${context.publicBaseUrl.replace(/\/$/, '')}/mails/stop/${caseId}?lang=${locale}`;
}

/**
 * A sign-in link: opens a page with a button that spends the single-use token (mail
 * scanners open links, so opening it signs nobody in). Never the access token.
 */
export function signInUrl(
  context: MailContext,
  caseId: string,
  signInToken: string,
  locale?: Locale,
): string {
  const lang = locale ? `&lang=${locale}` : '';
  return `${context.publicBaseUrl.replace(/\/$/, '')}/access/${caseId}?t=${signInToken}${lang}`;
}

/** "Étape 4 sur 8", as the case page numbers its steps. */
function stepHeading(locale: Locale, stepId: StepId): string {
  return MAIL_TEXT.stepOf[locale](STEP_IDS.indexOf(stepId) + 1, STEP_IDS.length);
}

/** A subject, and its neutral form when the mail's kind alone is not enough. */
type Subject = string | { readonly plain: string; readonly discreet: string };

/** The subject as shown: the neutral one in discreet mode, typeset either way. */
function subjectOf(state: CaseState, kind: MailKind, subject: Subject): string {
  const plain = typeof subject === 'string' ? subject : subject.plain;
  const discreet =
    typeof subject === 'string' ? DISCREET_TEXT[kind][state.locale] : subject.discreet;
  return typeset(state.locale, isDiscreet(state) ? discreet : plain);
}

/**
 * Hello, the body, the case link, the support line: every mail's frame. Nothing anyone
 * typed goes into a mail (see `texts.ts`).
 */
export function mail(
  state: CaseState,
  context: MailContext,
  kind: MailKind,
  subject: Subject,
  body: MailBlock[],
  /** A sign-in link replaces the plain link to the case page. */
  signInLink?: string,
  /** Who helps at this moment; by default, by the mail's kind (`help.ts`). */
  help: readonly HelpId[] = mailHelp(kind, state.harassmentKinds),
): RenderedMail {
  const locale = state.locale;
  const stopUrl = stopMailsUrl(context, state.caseId, locale);
  return {
    subject: subjectOf(state, kind, subject),
    stopMailsUrl: stopUrl,
    ...(isDiscreet(state) ? { senderName: DISCREET_TEXT.senderName[locale] } : {}),
    ...layout(
      locale,
      [
        { kind: 'p', text: MAIL_TEXT.hello[locale] },
        ...body,
        {
          kind: 'link',
          label: MAIL_TEXT.openCase[locale],
          url: signInLink ?? casePageUrl(context, state.caseId),
        },
        ...helpBlocks(locale, help),
      ],
      { signInLink: signInLink !== undefined, stopMailsUrl: stopUrl },
    ),
  };
}

/** "You are not alone", then one line per help; nothing when the mail has none. */
function helpBlocks(locale: Locale, help: readonly HelpId[]): MailBlock[] {
  if (help.length === 0) return [];
  return [
    { kind: 'p', text: MAIL_TEXT.notAlone[locale] },
    ...help.map((id) => ({ kind: 'p', text: HELP_TEXT[id][locale] }) as const),
  ];
}

/** The time limits of the case, as sentences; `urgentOnly` for the mails that repeat. */
export function deadlineBlocks(
  state: CaseState,
  actDates: readonly string[],
  { urgentOnly = false } = {},
): MailBlock[] {
  return deadlines(state.harassmentKinds, actDates)
    .filter((deadline) => !urgentOnly || deadline.urgent)
    .map((deadline) => ({ kind: 'p', text: deadlineText(state.locale, deadline) }));
}

/** Steps still to do, in the advice page's order. */
export function pendingSteps(state: CaseState): StepId[] {
  return STEP_IDS.filter((id) => {
    const { status } = state.steps[id];
    return status === 'pending' || status === 'awaiting';
  });
}

/** Dates of the acts the case records, for the time limits. */
export type ActDates = readonly string[];

export function welcomeMail(
  state: CaseState,
  context: MailContext,
  actDates: ActDates = [],
  signInLink?: string,
): RenderedMail {
  const locale = state.locale;
  return mail(
    state,
    context,
    'welcome',
    MAIL_TEXT.welcomeSubject[locale],
    [
      { kind: 'p', text: MAIL_TEXT.welcomeIntro[locale] },
      { kind: 'steps', items: STEP_IDS.map((id) => STEP_TEXT[locale][id]) },
      ...deadlineBlocks(state, actDates),
      { kind: 'p', text: MAIL_TEXT.cnil[locale] },
    ],
    signInLink,
  );
}

/** A sign-in link the owner asked for (the "lost link" form, or a page without a session). */
export function signInMail(state: CaseState, context: MailContext, signInLink: string) {
  const locale = state.locale;
  return mail(
    state,
    context,
    'sign-in',
    MAIL_TEXT.signInSubject[locale],
    [{ kind: 'p', text: MAIL_TEXT.signInIntro[locale] }],
    signInLink,
  );
}

/**
 * A reminder names the step it is about as the case page does ("Étape 4 sur 8"), says how
 * many others wait without listing them, and repeats a time limit only when it is near.
 */
export function reminderMail(
  state: CaseState,
  context: MailContext,
  reminder: { stepId: StepId; number: number; max: number },
  actDates: ActDates = [],
): RenderedMail {
  const locale = state.locale;
  const heading = stepHeading(locale, reminder.stepId);
  const step = STEP_TEXT[locale][reminder.stepId];
  const others = pendingSteps(state).filter((id) => id !== reminder.stepId).length;
  const subject = {
    plain: MAIL_TEXT.reminderSubject[locale](`${heading} – ${step.title}`),
    discreet: `${DISCREET_TEXT.reminder[locale]} – ${heading}`,
  };
  const help = mailHelp('reminder', state.harassmentKinds, reminder.stepId);
  return mail(
    state,
    context,
    'reminder',
    subject,
    [
      { kind: 'p', text: MAIL_TEXT.reminderIntro[locale](heading) },
      { kind: 'step', heading: `${heading} – ${step.title}`, advice: step.advice },
      ...(others ? [{ kind: 'p', text: MAIL_TEXT.reminderOthers[locale](others) } as const] : []),
      ...(reminder.number >= reminder.max
        ? [{ kind: 'p', text: MAIL_TEXT.reminderLast[locale] } as const]
        : []),
      ...deadlineBlocks(state, actDates, { urgentOnly: true }),
    ],
    undefined,
    help,
  );
}

export function stalledMail(state: CaseState, context: MailContext): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'stalled', MAIL_TEXT.stalledSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.stalledIntro[locale] },
  ]);
}

/** A countdown before a public fact's three-month limit ends (sent by the daily sweep). */
export function countdownMail(
  state: CaseState,
  context: MailContext,
  days: number,
  dueBy: string,
): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'countdown', MAIL_TEXT.countdownSubject[locale](days), [
    { kind: 'p', text: MAIL_TEXT.countdownIntro[locale](days, longDate(locale, dueBy)) },
    { kind: 'list', items: MAIL_TEXT.countdownHow[locale] },
  ]);
}

/** Sent once by the retention sweep, before an inactive case is erased on `eraseAt`. */
export function retentionWarningMail(
  state: CaseState,
  context: MailContext,
  eraseAt: Date,
): RenderedMail {
  const locale = state.locale;
  return mail(state, context, 'retention-warning', MAIL_TEXT.retentionSubject[locale], [
    { kind: 'p', text: MAIL_TEXT.retentionIntro[locale](longDate(locale, eraseAt.toISOString())) },
    { kind: 'list', items: MAIL_TEXT.retentionKeep[locale] },
  ]);
}
