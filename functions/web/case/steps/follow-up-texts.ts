import type { FollowUpAnswer } from '../../../../shared/domain/follow-up.js';
import { type Bilingual, catalogue } from '../../catalogue.js';

/**
 * The follow-up step's words: where the case stands and what comes next. Legal ground
 * (CPP art. 85, 88, 40-3) and sources in `shared/domain/follow-up.ts`; at the hearing,
 * CPP art. 418 (a victim may become partie civile at the hearing itself, no lawyer needed,
 * and claim damages) and 421 (before the prosecutor's closing submissions), read at
 * https://juriblio.fr/codes/code-de-procedure-penale/partie-legislative/livre-ii/titre-ii/chapitre-ier/section-4/paragraphe-2
 * on 2026-12-01. Art. 65 of the loi du 29 juillet 1881: see `shared/domain/deadlines.ts`.
 */
export const followUpTexts = catalogue({
  waiting: {
    fr: 'Trois mois après la plainte, nous vous demanderons où elle en est. Si vous l’avez déposée au commissariat ou à la gendarmerie, envoyez dès maintenant une copie de la plainte (ou du récépissé) au Procureur de la République, en lettre recommandée avec accusé de réception\u202f: c’est à partir de cet envoi que court le délai de trois mois qui permet ensuite de saisir un juge d’instruction (article 85 du Code de procédure pénale).',
    en: 'Three months after the complaint, we will ask you where it stands. If you filed it with the police or gendarmerie, send a copy of the complaint (or of the receipt) to the Procureur de la République now, by registered post with acknowledgement of receipt: the three months after which you may go to an investigating judge run from that letter (article 85 of the Code de procédure pénale).',
  },
  question: {
    fr: 'Qu’est-il arrivé à votre plainte\u202f?',
    en: 'What happened to your complaint?',
  },
  answers: {
    'no-news': { fr: 'Pas de nouvelles', en: 'No news' },
    dismissed: {
      fr: 'Classement sans suite (j’ai reçu un avis)',
      en: 'Dismissed: classement sans suite (I received a notice)',
    },
    investigation: {
      fr: 'Une enquête ou des poursuites sont en cours',
      en: 'An investigation or a prosecution is under way',
    },
    hearing: { fr: 'J’ai une date d’audience', en: 'I have a hearing date' },
    decided: { fr: 'Une décision a été rendue', en: 'A decision was given' },
  } satisfies Record<FollowUpAnswer, Bilingual<string>>,
  dismissedAt: { fr: 'Date de l’avis de classement', en: 'Date of the dismissal notice' },
  reference: {
    fr: 'Référence sur l’avis (numéro de parquet), si vous l’avez',
    en: 'Reference on the notice (numéro de parquet), if you have it',
  },
  hearingAt: { fr: 'Date de l’audience', en: 'Date of the hearing' },
  court: {
    fr: 'Tribunal (par exemple tribunal correctionnel de Lyon)',
    en: 'Court (for example tribunal correctionnel de Lyon)',
  },
  submit: { fr: 'Enregistrer', en: 'Save' },
  toDossier: { fr: 'Vos courriers dans le dossier', en: 'Your letters in the dossier' },
  standsTitle: { fr: 'Où en est votre dossier', en: 'Where your case stands' },
  nextTitle: { fr: 'Et maintenant', en: 'What comes next' },
  stands: {
    'no-news': {
      fr: 'Pas de nouvelles trois mois après la plainte.',
      en: 'No news three months after the complaint.',
    },
    dismissed: {
      fr: (date: string) => `Plainte classée sans suite (avis du ${date}).`,
      en: (date: string) => `Complaint dismissed (notice of ${date}).`,
    },
    investigation: {
      fr: 'Une enquête ou des poursuites sont en cours.',
      en: 'An investigation or a prosecution is under way.',
    },
    hearing: {
      fr: (date: string, court: string) => `Audience le ${date}${court ? ` – ${court}` : ''}.`,
      en: (date: string, court: string) => `Hearing on ${date}${court ? ` – ${court}` : ''}.`,
    },
    decided: { fr: 'Une décision a été rendue.', en: 'A decision was given.' },
  },
  askAgain: {
    fr: 'Nous vous demanderons de nouveau où en est votre plainte dans trois mois environ, par mail et sur cette page.',
    en: 'We will ask you again where your complaint stands in about three months, by mail and on this page.',
  },
  hearingSteps: {
    fr: 'Une semaine avant l’audience, un mail vous rappelle quoi apporter et vos droits\u202f; une semaine après, nous vous demandons où en est l’affaire.',
    en: 'A week before the hearing, a mail reminds you what to bring and your rights; a week after it, we ask you where the case stands.',
  },
  decided: {
    fr: 'France Victimes, au 116\u202f006 (gratuit, tous les jours), peut vous expliquer la décision et ce qui suit. Votre dossier reste ouvert\u202f: vous pouvez encore y ajouter des preuves si cela continue.',
    en: 'France Victimes, on 116 006 (free, every day), can explain the decision and what follows. Your case stays open: you can still add evidence if it goes on.',
  },
  askedAgain: {
    fr: 'Nous vous demandons de nouveau où en est votre plainte.',
    en: 'We are asking you again where your complaint stands.',
  },
  roundsOver: {
    fr: (rounds: number) =>
      `Nous vous avons demandé ${rounds} fois où en était votre plainte\u202f: nous ne le demandons plus. Votre dossier reste ouvert\u202f; vous pouvez encore y ajouter des preuves.`,
    en: (rounds: number) =>
      `We have asked you ${rounds} times where your complaint stands: we no longer ask. Your case stays open; you can still add evidence.`,
  },
  civilParty: {
    fr: 'Vous pouvez saisir le doyen des juges d’instruction du tribunal judiciaire par une plainte avec constitution de partie civile (article 85 du Code de procédure pénale). Votre lettre est prête dans le dossier ci-dessous\u202f: complétez le tribunal, signez-la et envoyez-la en lettre recommandée avec accusé de réception, avec la copie de votre plainte.',
    en: 'You can go to the senior investigating judge (doyen des juges d’instruction) of the tribunal judiciaire with a civil-party complaint (article 85 of the Code de procédure pénale). Your letter is ready in the dossier below: fill in the tribunal, sign it and send it by registered post with acknowledgement of receipt, with the copy of your complaint.',
  },
  consignation: {
    fr: 'Le juge peut demander une consignation, une somme fixée selon vos ressources et rendue si aucune amende civile n’est prononcée\u202f; elle n’est pas due si vous obtenez l’aide juridictionnelle, même partielle (articles 88 et 88-1 du Code de procédure pénale).',
    en: 'The judge may ask for a deposit (consignation), set according to your means and returned if no civil fine is ordered; none is due if you obtain legal aid (aide juridictionnelle), even partial (articles 88 and 88-1 of the Code de procédure pénale).',
  },
  pressException: {
    fr: 'Pour l’injure ou la diffamation publiques (loi du 29 juillet 1881), cette plainte est possible sans attendre trois mois\u202f; une plainte simple n’interrompt pas la prescription de trois mois, celle-ci l’interrompt (article 65 de la loi du 29 juillet 1881).',
    en: 'For public insult or defamation (press law of 29 July 1881), this complaint is possible without waiting three months; a simple complaint does not stop the three-month limitation period, this one does (article 65 of the press law).',
  },
  recours: {
    fr: 'Vous pouvez aussi contester le classement auprès du procureur général de la cour d’appel (article 40-3 du Code de procédure pénale), par une lettre simple ou recommandée. Ce recours est prêt dans le même dossier, avant la plainte avec constitution de partie civile.',
    en: 'You can also contest the dismissal before the procureur général of the cour d’appel (article 40-3 of the Code de procédure pénale), by ordinary or registered letter. This appeal is ready in the same dossier, before the civil-party complaint.',
  },
  investigation: {
    fr: 'Gardez les preuves de tout nouveau fait et ajoutez-les ici\u202f: votre dossier reste ouvert.',
    en: 'Keep evidence of anything new and add it here: your case stays open.',
  },
  hearing: {
    fr: 'À l’audience, vous pouvez vous constituer partie civile pour demander réparation, même sans avocat, avant que le procureur ne prenne ses réquisitions (articles 418 et 421 du Code de procédure pénale), ou avant l’audience auprès du greffe (article 419). Apportez votre dossier PDF.',
    en: 'At the hearing you can become a civil party to claim damages, even without a lawyer, before the prosecutor makes his closing submissions (articles 418 and 421 of the Code de procédure pénale), or before the hearing at the court office (article 419). Bring your PDF dossier.',
  },
});
