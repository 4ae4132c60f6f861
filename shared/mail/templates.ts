import { deadlines } from '../domain/deadlines.js';
import type { CaseState } from '../domain/fold.js';
import type { Locale } from '../domain/locale.js';
import { STEP_IDS, type StepId } from '../domain/steps.js';
import { longDate } from '../i18n/dates.js';
import { deadlineText } from '../i18n/deadlines.js';
import { STEP_TEXT } from '../i18n/steps.js';
import { layout, type MailBlock } from './layout.js';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The page that stops every mail about the case (the footer links to it too). */
  readonly stopMailsUrl: string;
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

const WORDS = {
  fr: {
    hello: 'Bonjour,',
    openCase: 'Ouvrir mon dossier',
    support:
      'Vous n’êtes pas seul·e. Le 3018 est gratuit, anonyme et confidentiel, y compris pour les adultes. La CNIL propose aussi des conseils aux victimes de harcèlement en ligne.',
    welcomeSubject: 'Votre dossier est ouvert',
    welcomeIntro:
      'Votre dossier est ouvert. Voici les étapes conseillées face au harcèlement en ligne ; votre dossier vous guide pour chacune et rassemble vos preuves pour la plainte.',
    reminderSubject: (step: string) => `Rappel : ${step}`,
    reminderIntro: (n: number, max: number) =>
      `Petit rappel (${n}/${max}) : ces étapes de votre dossier attendent encore.`,
    reminderNow: 'L’étape en cours :',
    reminderOthers: 'Les autres étapes à faire :',
    stalledSubject: 'Nous arrêtons les rappels',
    stalledIntro:
      'Nous ne vous enverrons plus de rappels. Votre dossier reste ouvert et rien n’est perdu : reprenez-le quand vous serez prêt·e, depuis votre page.',
    dossierSubject: 'Votre dossier de plainte est prêt',
    dossierIntro:
      'Votre dossier de plainte est prêt : un PDF à imprimer et une archive ZIP de vos preuves originales, à télécharger depuis votre page.',
    dossierHow: [
      'Allez au commissariat ou à la gendarmerie la plus proche de chez vous avec le dossier imprimé, votre certificat médical et une pièce d’identité.',
      'Demandez à déposer une plainte, et non une main courante. Les policiers et gendarmes sont tenus de recevoir votre plainte (article 15-3 du Code de procédure pénale) et de vous remettre un récépissé.',
      'Vous pouvez demander une copie du procès-verbal de votre plainte.',
      'Ensuite, indiquez sur votre page si la plainte a été enregistrée (avec le numéro du récépissé) ou refusée.',
    ],
    filedSubject: 'Votre plainte est enregistrée',
    filedIntro: 'Votre plainte est enregistrée. Gardez le récépissé précieusement.',
    filedNext: [
      'Vous pouvez demander une copie du procès-verbal de votre plainte.',
      'Le procureur de la République décide de la suite ; vous pourrez être recontacté·e.',
      'Si le harcèlement continue, continuez à garder les captures d’écran et les liens : votre dossier reste ouvert pour les ajouter.',
    ],
    attached: 'Le dossier PDF est joint à ce message.',
    notAttached:
      'Le dossier PDF est trop volumineux pour être joint : téléchargez-le depuis votre page.',
    notConfirmed:
      'Téléchargez le dossier PDF depuis votre page. Nous ne le joignons à nos messages qu’une fois cette adresse confirmée, c’est-à-dire après l’ouverture d’un lien de connexion reçu ici.',
    letterSubject: 'Écrire au Procureur de la République',
    letterIntro:
      'La plainte a été refusée. Vous pouvez écrire directement au Procureur de la République : votre lettre est prête sur votre page.',
    letterHow: [
      'Adressez-la au Procureur de la République du tribunal judiciaire de votre domicile ou du lieu des faits.',
      'Joignez la lettre, le certificat médical et les captures d’écran (le dossier PDF les contient).',
      'Envoyez le tout en lettre recommandée avec accusé de réception et gardez une copie et le reçu.',
      'Ensuite, indiquez sur votre page que le courrier est envoyé.',
    ],
    closedSubject: 'Votre dossier est complet',
    closedIntro:
      'Toutes les étapes de votre dossier sont faites. Il reste disponible depuis votre page : vous pouvez encore y ajouter des preuves si le harcèlement continue.',
    signInSubject: 'Votre lien pour ouvrir votre dossier',
    signInIntro:
      'Vous avez demandé à ouvrir votre dossier sur cet appareil. Appuyez sur le bouton ci-dessous, puis sur « Me connecter ».',
  },
  en: {
    hello: 'Hello,',
    openCase: 'Open my case',
    support:
      'You are not alone. 3018 is free, anonymous and confidential, for adults too. The CNIL also offers advice to victims of online harassment.',
    welcomeSubject: 'Your case is open',
    welcomeIntro:
      'Your case is open. Here are the recommended steps against online harassment; your case guides you through each one and gathers your evidence for the complaint.',
    reminderSubject: (step: string) => `Reminder: ${step}`,
    reminderIntro: (n: number, max: number) =>
      `A gentle reminder (${n}/${max}): these steps of your case are still waiting.`,
    reminderNow: 'The current step:',
    reminderOthers: 'The other steps to do:',
    stalledSubject: 'We are stopping the reminders',
    stalledIntro:
      'We will not send you more reminders. Your case stays open and nothing is lost: pick it up again when you are ready, from your page.',
    dossierSubject: 'Your complaint dossier is ready',
    dossierIntro:
      'Your complaint dossier is ready: a PDF to print and a ZIP archive of your original evidence, to download from your page.',
    dossierHow: [
      'Go to the police station or gendarmerie nearest to your home with the printed dossier, your medical certificate and an ID.',
      'Ask to file a complaint (a “plainte”), not a “main courante”. The police must take your complaint (article 15-3 of the Code de procédure pénale) and give you a receipt.',
      'You may ask for a copy of the report of your complaint.',
      'Then say on your page whether the complaint was filed (with the receipt number) or refused.',
    ],
    filedSubject: 'Your complaint is filed',
    filedIntro: 'Your complaint is filed. Keep the receipt safe.',
    filedNext: [
      'You may ask for a copy of the report of your complaint.',
      'The public prosecutor decides what happens next; you may be contacted.',
      'If the harassment goes on, keep taking screenshots and links: your case stays open to add them.',
    ],
    attached: 'The PDF dossier is attached to this message.',
    notAttached: 'The PDF dossier is too large to attach: download it from your page.',
    notConfirmed:
      'Download the PDF dossier from your page. We attach it to our messages only once this address is confirmed, that is after a sign-in link received here has been opened.',
    letterSubject: 'Write to the public prosecutor',
    letterIntro:
      'The complaint was refused. You can write directly to the Procureur de la République: your letter is ready on your page.',
    letterHow: [
      'Address it to the Procureur de la République at the tribunal judiciaire where you live or where the acts took place.',
      'Enclose the letter, the medical certificate and the screenshots (the PDF dossier holds them).',
      'Send it all by registered letter with acknowledgement of receipt, and keep a copy and the receipt.',
      'Then say on your page that the letter is sent.',
    ],
    closedSubject: 'Your case is complete',
    closedIntro:
      'Every step of your case is done. It stays available from your page: you can still add evidence if the harassment goes on.',
    signInSubject: 'Your link to open your case',
    signInIntro:
      'You asked to open your case on this device. Press the button below, then “Sign me in”.',
  },
} as const;

type Words = (typeof WORDS)[Locale];

function stepItems(locale: Locale, ids: readonly StepId[]) {
  return ids.map((id) => STEP_TEXT[locale][id]);
}

function list(items: readonly string[]): MailBlock {
  return { kind: 'steps', items: items.map((advice) => ({ title: '', advice })) };
}

/**
 * Hello, the body, the case link, the support line: every mail's frame. Nothing anyone
 * typed goes into a mail (no name, no receipt number): anyone can open a case for any
 * address, and could otherwise write to a victim through us.
 */
function mail(
  state: CaseState,
  context: MailContext,
  subject: string,
  body: MailBlock[],
  /** A sign-in link replaces the plain link to the case page. */
  signInLink?: string,
): RenderedMail {
  const words: Words = WORDS[state.locale];
  const stopUrl = stopMailsUrl(context, state.caseId, state.locale);
  return {
    subject,
    stopMailsUrl: stopUrl,
    ...layout(
      state.locale,
      [
        { kind: 'p', text: words.hello },
        ...body,
        {
          kind: 'link',
          label: words.openCase,
          url: signInLink ?? casePageUrl(context, state.caseId),
        },
        { kind: 'p', text: words.support },
      ],
      { signInLink: signInLink !== undefined, stopMailsUrl: stopUrl },
    ),
  };
}

/** The time limits of the case, as sentences. */
function deadlineBlocks(state: CaseState, actDates: readonly string[]): MailBlock[] {
  return deadlines(state.harassmentKinds, actDates).map((deadline) => ({
    kind: 'p',
    text: deadlineText(state.locale, deadline),
  }));
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
  const words = WORDS[state.locale];
  return mail(
    state,
    context,
    words.welcomeSubject,
    [
      { kind: 'p', text: words.welcomeIntro },
      { kind: 'steps', items: stepItems(state.locale, STEP_IDS) },
      ...deadlineBlocks(state, actDates),
    ],
    signInLink,
  );
}

/** A sign-in link the owner asked for (the "lost link" form, or a page without a session). */
export function signInMail(state: CaseState, context: MailContext, signInLink: string) {
  const words = WORDS[state.locale];
  return mail(
    state,
    context,
    words.signInSubject,
    [{ kind: 'p', text: words.signInIntro }],
    signInLink,
  );
}

export function reminderMail(
  state: CaseState,
  context: MailContext,
  reminder: { stepId: StepId; number: number; max: number },
  actDates: ActDates = [],
): RenderedMail {
  const locale = state.locale;
  const words = WORDS[locale];
  const others = pendingSteps(state).filter((id) => id !== reminder.stepId);
  return mail(state, context, words.reminderSubject(STEP_TEXT[locale][reminder.stepId].title), [
    { kind: 'p', text: words.reminderIntro(reminder.number, reminder.max) },
    { kind: 'p', text: words.reminderNow },
    { kind: 'steps', items: stepItems(locale, [reminder.stepId]) },
    ...(others.length
      ? [
          { kind: 'p', text: words.reminderOthers } as const,
          { kind: 'steps', items: stepItems(locale, others) } as const,
        ]
      : []),
    ...deadlineBlocks(state, actDates),
  ]);
}

export function stalledMail(state: CaseState, context: MailContext): RenderedMail {
  const words = WORDS[state.locale];
  return mail(state, context, words.stalledSubject, [{ kind: 'p', text: words.stalledIntro }]);
}

/**
 * Whether the mail carries the PDF: not when it is too large, nor before the address is
 * confirmed (the dossier holds what the case's holder uploaded and typed, and a stranger
 * may have opened it for this address). `undefined` when there is no PDF to speak of.
 */
export type PdfAttachment = 'attached' | 'too-large' | 'unconfirmed' | undefined;

function attachmentBlocks(state: CaseState, pdf: PdfAttachment): MailBlock[] {
  const words = WORDS[state.locale];
  if (pdf === 'attached') return [{ kind: 'p', text: words.attached }];
  if (pdf === 'too-large') return [{ kind: 'p', text: words.notAttached }];
  if (pdf === 'unconfirmed') return [{ kind: 'p', text: words.notConfirmed }];
  return [];
}

export function dossierReadyMail(
  state: CaseState,
  context: MailContext,
  actDates: ActDates = [],
  pdf: PdfAttachment = undefined,
): RenderedMail {
  const words = WORDS[state.locale];
  return mail(state, context, words.dossierSubject, [
    { kind: 'p', text: words.dossierIntro },
    ...attachmentBlocks(state, pdf),
    list(words.dossierHow),
    ...deadlineBlocks(state, actDates),
  ]);
}

export function complaintFiledMail(state: CaseState, context: MailContext): RenderedMail {
  const words = WORDS[state.locale];
  return mail(state, context, words.filedSubject, [
    { kind: 'p', text: words.filedIntro },
    list(words.filedNext),
  ]);
}

export function prosecutorLetterMail(
  state: CaseState,
  context: MailContext,
  actDates: ActDates = [],
  pdf: PdfAttachment = undefined,
): RenderedMail {
  const words = WORDS[state.locale];
  return mail(state, context, words.letterSubject, [
    { kind: 'p', text: words.letterIntro },
    ...attachmentBlocks(state, pdf),
    list(words.letterHow),
    ...deadlineBlocks(state, actDates),
  ]);
}

export function caseClosedMail(state: CaseState, context: MailContext): RenderedMail {
  const words = WORDS[state.locale];
  return mail(state, context, words.closedSubject, [{ kind: 'p', text: words.closedIntro }]);
}

const RETENTION_WORDS = {
  fr: {
    subject: 'Votre dossier sera bientôt effacé',
    intro: (date: string) =>
      `Il ne s’est rien passé dans votre dossier depuis longtemps. Pour protéger vos données, il sera effacé le ${date}, avec toutes vos preuves et vos dossiers de plainte. Cet effacement est définitif.`,
    keep: [
      'Pour le garder, ouvrez votre dossier et ajoutez-y quelque chose (un fait, une preuve, une étape) avant cette date.',
      'Si vous n’en avez plus besoin, vous n’avez rien à faire. Pensez à télécharger votre dossier de plainte et vos preuves si vous souhaitez en garder une copie.',
    ],
  },
  en: {
    subject: 'Your case will soon be erased',
    intro: (date: string) =>
      `Nothing has happened in your case for a long time. To protect your data, it will be erased on ${date}, with all your evidence and complaint dossiers. This cannot be undone.`,
    keep: [
      'To keep it, open your case and add something to it (a fact, a piece of evidence, a step) before that date.',
      'If you no longer need it, there is nothing to do. Download your complaint dossier and your evidence first if you want to keep a copy.',
    ],
  },
} as const;

/** Sent once by the retention sweep, before an inactive case is erased on `eraseAt`. */
export function retentionWarningMail(
  state: CaseState,
  context: MailContext,
  eraseAt: Date,
): RenderedMail {
  const words = RETENTION_WORDS[state.locale];
  return mail(state, context, words.subject, [
    { kind: 'p', text: words.intro(longDate(state.locale, eraseAt.toISOString())) },
    list(words.keep),
  ]);
}
