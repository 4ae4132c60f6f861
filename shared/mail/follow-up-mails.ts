import type { CaseState } from '../domain/fold.js';
import { MAX_FOLLOW_UP_ROUNDS } from '../domain/follow-up.js';
import type { Locale } from '../domain/locale.js';
import { isDiscreet } from '../domain/mail-preferences.js';
import { longDate } from '../i18n/dates.js';
import { type MailContext, mail, type RenderedMail } from './templates.js';

/**
 * The mails of the later follow-up: the question asked again, the hearing's reminder, and
 * the closing words when the asking stops. At the hearing, CPP art. 418 (a victim may
 * become partie civile at the hearing itself, a lawyer is not compulsory, and claim damages),
 * 419 (the declaration is made before the hearing at the greffe, or at the hearing) and
 * 420-1 (a claim by registered letter with acknowledgement of receipt that reaches the court
 * at least 24 hours before the hearing), read on 2026-12-01 at
 * https://circulaire.legifrance.gouv.fr/codes/id/LEGIARTI000006576533 (art. 418-420) and
 * https://juriblio.fr/codes/code-de-procedure-penale/partie-legislative/livre-ii/titre-ii/chapitre-ier/section-4/paragraphe-2
 * (art. 418-420-1). Aide juridictionnelle covers criminal cases, a partie civile's lawyer
 * included (barreau-angers.org "Pour quelles procédures ?"). Nothing anyone typed: the court
 * stays on the page; the hearing's date is left out in discreet mode.
 */
const TEXT = {
  againSubject: { fr: 'Où en est votre plainte ?', en: 'Where does your complaint stand?' },
  againAfterInvestigation: {
    fr: 'Vous nous aviez dit qu’une enquête ou des poursuites étaient en cours. Où en est votre plainte aujourd’hui ? Dites-le sur votre page : pas de nouvelles, classement sans suite, enquête toujours en cours, date d’audience ou décision rendue.',
    en: 'You told us an investigation or a prosecution was under way. Where does your complaint stand today? Say so on your page: no news, dismissed, investigation still under way, a hearing date or a decision given.',
  },
  againAfterHearing: {
    fr: 'L’audience est passée. Où en est votre affaire ? Dites-le sur votre page : décision rendue, nouvelle date d’audience (renvoi ou délibéré), ou autre chose.',
    en: 'The hearing has taken place. Where does your case stand? Say so on your page: a decision given, a new hearing date (adjourned, or judgment reserved to a date), or something else.',
  },
  hearingSubject: { fr: 'Votre audience approche', en: 'Your hearing is coming up' },
  hearingOn: {
    fr: (date: string) => `Votre audience a lieu le ${date}.`,
    en: (date: string) => `Your hearing is on ${date}.`,
  },
  hearingSoon: { fr: 'Votre audience approche.', en: 'Your hearing is coming up.' },
  hearingBring: {
    fr: [
      'Apportez votre dossier PDF imprimé, la convocation ou l’avis d’audience, une pièce d’identité, et les originaux : certificat médical et justificatifs de vos frais.',
      'À l’audience, vous pouvez vous constituer partie civile et demander des dommages-intérêts, même sans avocat (article 418 du Code de procédure pénale).',
      'Vous pouvez aussi le faire avant l’audience, au greffe du tribunal (article 419), ou par lettre recommandée avec accusé de réception qui parvient au tribunal au moins 24 heures avant l’audience (article 420-1).',
      'Un avocat peut vous assister ; selon vos revenus, l’aide juridictionnelle prend en charge tout ou partie de ses frais.',
    ],
    en: [
      'Bring your printed PDF dossier, the summons or notice of the hearing, an identity document, and the originals: medical certificate and receipts for your costs.',
      'At the hearing you can become a civil party (partie civile) and claim damages, even without a lawyer (article 418 of the Code de procédure pénale).',
      'You can also do it before the hearing, at the court office (greffe, article 419), or by registered letter with acknowledgement of receipt that reaches the court at least 24 hours before the hearing (article 420-1).',
      'A lawyer can assist you; depending on your income, legal aid (aide juridictionnelle) pays all or part of the fees.',
    ],
  },
  roundsOver: {
    fr: (rounds: number) =>
      `Nous vous avons demandé ${rounds} fois où en était votre plainte : nous arrêtons de vous le demander. Votre dossier reste ouvert sur votre page ; vous pouvez encore y ajouter des preuves et y noter ce qui arrive.`,
    en: (rounds: number) =>
      `We have asked you ${rounds} times where your complaint stands: we will stop asking. Your case stays open on your page; you can still add evidence and note what happens there.`,
  },
} as const satisfies Record<string, Record<Locale, unknown>>;

/** The workflow asks again what came of the complaint (after an investigation or a hearing). */
export function followUpAgainMail(state: CaseState, context: MailContext): RenderedMail {
  const locale = state.locale;
  const afterHearing = state.followUp?.answer === 'hearing';
  return mail(state, context, 'follow-up-again', TEXT.againSubject[locale], [
    {
      kind: 'p',
      text: (afterHearing ? TEXT.againAfterHearing : TEXT.againAfterInvestigation)[locale],
    },
  ]);
}

/** A week before the hearing the victim gave: what to bring, and her rights there. */
export function hearingReminderMail(state: CaseState, context: MailContext): RenderedMail {
  const locale = state.locale;
  const hearingAt = state.followUp?.answer === 'hearing' ? state.followUp.hearingAt : undefined;
  const when =
    hearingAt && !isDiscreet(state)
      ? TEXT.hearingOn[locale](longDate(locale, hearingAt.slice(0, 10)))
      : TEXT.hearingSoon[locale];
  return mail(state, context, 'hearing-reminder', TEXT.hearingSubject[locale], [
    { kind: 'p', text: when },
    { kind: 'list', items: TEXT.hearingBring[locale] },
  ]);
}

/** The closing words when the asking stops after `MAX_FOLLOW_UP_ROUNDS` answers; else none. */
export function roundsOverText(state: CaseState): string | undefined {
  const followUp = state.followUp;
  if (!followUp || followUp.round < MAX_FOLLOW_UP_ROUNDS) return undefined;
  if (followUp.answer !== 'investigation' && followUp.answer !== 'hearing') return undefined;
  return TEXT.roundsOver[state.locale](followUp.round);
}
