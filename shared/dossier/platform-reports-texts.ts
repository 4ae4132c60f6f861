import type { Locale } from '../domain/locale.js';
import type { PlatformFollowUp } from '../domain/platform-answers.js';
import { typesetAll } from './typography.js';

/**
 * The words of the dossier's "reports to platforms" section, for whoever reads the dossier
 * (a police officer, a magistrate). What the law says, and where it says it: the hosting
 * provider decides on a notice and notifies the notifier of its decision, with the means of
 * redress (art. 16(5)); the notifier may contest the decision through the platform's
 * internal complaint-handling system (art. 20(1)) and before a certified out-of-court
 * dispute settlement body (art. 21(1)), unless the platform is a micro or small enterprise
 * (art. 19); a complaint about a provider goes to the Digital Services Coordinator
 * (art. 53), Arcom in France (loi n° 2024-449 du 21 mai 2024). Regulation (EU) 2022/2065,
 * CELEX 32022R2065: EUR-Lex itself is not in the stored corpus: read through the verbatim copies at
 * dataprotection-landscape.com and digitaldecade.hannessnellman.com (art. 19, 21), demo.codeliance.com
 * (art. 16), cms-digitallaws.com (recitals 52, 54), and the Slovenian regulator akos-rs.si (art. 20, 21); the
 * law of 2024 through actu-juridique.fr and arcom.fr (Légifrance not stored). The sources of
 * the page's wording: `functions/web/case/platforms/texts.ts`.
 */
export interface PlatformReportTexts {
  readonly intro: string;
  readonly reportedAt: string;
  readonly reportReference: string;
  readonly answer: string;
  readonly removed: (date: string | undefined, days: number | undefined) => string;
  readonly refused: (date: string | undefined, days: number | undefined) => string;
  /** No answer recorded `days` after the report, as of the dossier's date. */
  readonly noAnswer: (days: number, asOf: string) => string;
  readonly decisionReference: string;
  readonly reason: string;
  readonly followUps: string;
  readonly noFollowUp: string;
  readonly followUp: Readonly<Record<PlatformFollowUp, string>>;
}

const daysFr = (days: number) =>
  days === 0
    ? 'le jour même du signalement'
    : `${days} jour${days > 1 ? 's' : ''} après le signalement`;
const daysEn = (days: number) =>
  days === 0 ? 'the day of the report' : `${days} day${days > 1 ? 's' : ''} after the report`;

const fr: PlatformReportTexts = {
  intro:
    'Contenus que la victime a signalés aux sites qui les hébergent, et réponses des sites telles qu’elle les a notées. Le règlement européen sur les services numériques (DSA, règlement (UE) 2022/2065) oblige l’hébergeur à statuer sur chaque notification et à en informer son auteur, avec les voies de recours (article 16). Après un refus, la victime peut contester la décision par le système interne de traitement des réclamations de la plateforme (article 20) ou devant un organisme de règlement extrajudiciaire des litiges certifié (article 21), sauf si la plateforme est une micro ou petite entreprise (article 19), et saisir l’Arcom, coordinateur pour les services numériques en France (article 53).',
  reportedAt: 'Signalé le',
  reportReference: 'Référence du signalement',
  answer: 'Réponse de la plateforme',
  removed: (date, days) =>
    `contenu retiré${date ? `, réponse du ${date}` : ''}${days !== undefined ? ` (${daysFr(days)})` : ''}`,
  refused: (date, days) =>
    `retrait refusé${date ? `, réponse du ${date}` : ''}${days !== undefined ? ` (${daysFr(days)})` : ''}`,
  noAnswer: (days, asOf) => `aucune réponse notée ${daysFr(days)} (au ${asOf}, date de ce dossier)`,
  decisionReference: 'Référence de la décision',
  reason: 'Motifs donnés par la plateforme (recopiés par la victime)',
  followUps: 'Suites données par la victime',
  noFollowUp: 'aucune notée',
  followUp: {
    'internal-complaint': 'réclamation auprès de la plateforme (article 20 du DSA)',
    'out-of-court-settlement':
      'saisine d’un organisme de règlement extrajudiciaire des litiges certifié (article 21 du DSA)',
    'arcom-complaint': 'plainte auprès de l’Arcom (article 53 du DSA)',
    'trusted-flagger':
      'signalement par le 3018 (association e-Enfance), signaleur de confiance (article 22 du DSA)',
  },
};

const en: PlatformReportTexts = {
  intro:
    'Content the victim reported to the sites that host it, and the sites’ answers as she recorded them. The EU Digital Services Act (DSA, Regulation (EU) 2022/2065) requires the hosting provider to decide on every notice and to inform its sender, with the means of redress (Article 16). After a refusal, the victim may contest the decision through the platform’s internal complaint-handling system (Article 20) or before a certified out-of-court dispute settlement body (Article 21), unless the platform is a micro or small enterprise (Article 19), and lodge a complaint with Arcom, France’s Digital Services Coordinator (Article 53).',
  reportedAt: 'Reported on',
  reportReference: 'Reference of the report',
  answer: 'The platform’s answer',
  removed: (date, days) =>
    `content removed${date ? `, answer of ${date}` : ''}${days !== undefined ? ` (${daysEn(days)})` : ''}`,
  refused: (date, days) =>
    `removal refused${date ? `, answer of ${date}` : ''}${days !== undefined ? ` (${daysEn(days)})` : ''}`,
  noAnswer: (days, asOf) =>
    `no answer recorded ${daysEn(days)} (as of ${asOf}, the date of this dossier)`,
  decisionReference: 'Reference of the decision',
  reason: 'Reasons the platform gave (copied by the victim)',
  followUps: 'What the victim did next',
  noFollowUp: 'nothing recorded',
  followUp: {
    'internal-complaint': 'complaint to the platform (Article 20 of the DSA)',
    'out-of-court-settlement':
      'certified out-of-court dispute settlement body (Article 21 of the DSA)',
    'arcom-complaint': 'complaint to Arcom (Article 53 of the DSA)',
    'trusted-flagger':
      'report through 3018 (e-Enfance association), a trusted flagger (Article 22 of the DSA)',
  },
};

export const PLATFORM_REPORT_TEXT: Readonly<Record<Locale, PlatformReportTexts>> = {
  fr: typesetAll(fr),
  en,
};
