import type { CaseState } from '../domain/fold.js';
import type { Locale } from '../domain/locale.js';
import { STEP_IDS, type StepId } from '../domain/steps.js';
import { STEP_TEXT } from '../i18n/steps.js';
import { layout, type MailBlock } from './layout.js';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface MailContext {
  /** Public address of the web app; mails only link to its pages. */
  readonly publicBaseUrl: string;
}

export function casePageUrl(context: MailContext, caseId: string): string {
  return `${context.publicBaseUrl.replace(/\/$/, '')}/cases/${caseId}`;
}

const WORDS = {
  fr: {
    hello: (name?: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    welcomeSubject: 'Votre dossier est ouvert',
    welcomeIntro:
      'Votre dossier est ouvert. Voici les étapes conseillées face au harcèlement en ligne ; votre dossier vous guide pour chacune et rassemble vos preuves pour la plainte.',
    openCase: 'Ouvrir mon dossier',
    support:
      'Vous n’êtes pas seul·e. Le 3018 est gratuit, anonyme et confidentiel. La CNIL propose aussi des conseils aux victimes de harcèlement en ligne.',
    reminderSubject: (step: string) => `Rappel : ${step}`,
    reminderIntro: (n: number, max: number) =>
      `Petit rappel (${n}/${max}) : ces étapes de votre dossier attendent encore.`,
    reminderNow: 'L’étape en cours :',
    reminderOthers: 'Les autres étapes à faire :',
    stalledSubject: 'Nous arrêtons les rappels',
    stalledIntro:
      'Nous ne vous enverrons plus de rappels. Votre dossier reste ouvert et rien n’est perdu : reprenez-le quand vous serez prêt·e, depuis votre page.',
  },
  en: {
    hello: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    welcomeSubject: 'Your case is open',
    welcomeIntro:
      'Your case is open. Here are the recommended steps against online harassment; your case guides you through each one and gathers your evidence for the complaint.',
    openCase: 'Open my case',
    support:
      'You are not alone. 3018 is free, anonymous and confidential. The CNIL also offers advice to victims of online harassment.',
    reminderSubject: (step: string) => `Reminder: ${step}`,
    reminderIntro: (n: number, max: number) =>
      `A gentle reminder (${n}/${max}): these steps of your case are still waiting.`,
    reminderNow: 'The current step:',
    reminderOthers: 'The other steps to do:',
    stalledSubject: 'We are stopping the reminders',
    stalledIntro:
      'We will not send you more reminders. Your case stays open and nothing is lost: pick it up again when you are ready, from your page.',
  },
} as const;

function stepItems(locale: Locale, ids: readonly StepId[]) {
  return ids.map((id) => STEP_TEXT[locale][id]);
}

export function welcomeMail(state: CaseState, context: MailContext): RenderedMail {
  const words = WORDS[state.locale];
  const blocks: MailBlock[] = [
    { kind: 'p', text: words.hello(state.displayName) },
    { kind: 'p', text: words.welcomeIntro },
    { kind: 'steps', items: stepItems(state.locale, STEP_IDS) },
    { kind: 'link', label: words.openCase, url: casePageUrl(context, state.caseId) },
    { kind: 'p', text: words.support },
  ];
  return { subject: words.welcomeSubject, ...layout(state.locale, blocks) };
}

/** Steps still to do, in the advice page's order. */
export function pendingSteps(state: CaseState): StepId[] {
  return STEP_IDS.filter((id) => {
    const { status } = state.steps[id];
    return status === 'pending' || status === 'awaiting';
  });
}

export function reminderMail(
  state: CaseState,
  context: MailContext,
  reminder: { stepId: StepId; number: number; max: number },
): RenderedMail {
  const locale = state.locale;
  const words = WORDS[locale];
  const others = pendingSteps(state).filter((id) => id !== reminder.stepId);
  const blocks: MailBlock[] = [
    { kind: 'p', text: words.hello(state.displayName) },
    { kind: 'p', text: words.reminderIntro(reminder.number, reminder.max) },
    { kind: 'p', text: words.reminderNow },
    { kind: 'steps', items: stepItems(locale, [reminder.stepId]) },
    ...(others.length
      ? [
          { kind: 'p', text: words.reminderOthers } as const,
          { kind: 'steps', items: stepItems(locale, others) } as const,
        ]
      : []),
    { kind: 'link', label: words.openCase, url: casePageUrl(context, state.caseId) },
    { kind: 'p', text: words.support },
  ];
  return {
    subject: words.reminderSubject(STEP_TEXT[locale][reminder.stepId].title),
    ...layout(locale, blocks),
  };
}

export function stalledMail(state: CaseState, context: MailContext): RenderedMail {
  const words = WORDS[state.locale];
  const blocks: MailBlock[] = [
    { kind: 'p', text: words.hello(state.displayName) },
    { kind: 'p', text: words.stalledIntro },
    { kind: 'link', label: words.openCase, url: casePageUrl(context, state.caseId) },
    { kind: 'p', text: words.support },
  ];
  return { subject: words.stalledSubject, ...layout(state.locale, blocks) };
}
