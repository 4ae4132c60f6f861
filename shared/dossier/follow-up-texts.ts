import type { Locale } from '../domain/locale.js';
import { type Signatory, signatory, signatoryEn, withArticle } from './texts.js';
import { typesetAll } from './typography.js';

/**
 * The words of the follow-up letters: the plainte avec constitution de partie civile to
 * the doyen des juges d'instruction (CPP art. 85, 88) and the recours to the procureur
 * général (CPP art. 40-3). Sources and what they say: `shared/domain/follow-up.ts`. No
 * time limit is stated for the recours: none is set by the law.
 */
export interface FollowUpLetterTexts {
  readonly deanAddressee: string;
  readonly openingCivilParty: (who: Signatory, against: string) => string;
  /** Why the civil-party complaint is receivable (art. 85, al. 2). */
  readonly afterDismissal: (date: string | undefined, reference: string | undefined) => string;
  readonly afterPoliceComplaint: (
    station: string | undefined,
    date: string | undefined,
    receipt: string | undefined,
  ) => string;
  readonly afterLetter: (date: string | undefined, tracking: string | undefined) => string;
  readonly pressException: string;
  readonly consignation: string;
  readonly recoursSection: string;
  readonly generalAddressee: string;
  readonly courtOfAppeal: string;
  readonly recoursSubject: string;
  readonly recoursSalutation: string;
  readonly recoursOpening: (who: Signatory, tribunal: string | undefined) => string;
  readonly recoursNotice: (date: string | undefined, reference: string | undefined) => string;
  readonly recoursAsk: string;
  readonly recoursAttachments: string;
  readonly recoursClosing: string;
}

const LATER = '____________________';

const fr: FollowUpLetterTexts = {
  deanAddressee: 'Madame, Monsieur le Doyen des juges d’instruction',
  openingCivilParty: (who, against) =>
    `${signatory(who)}, ai l’honneur de porter plainte ${against} et de me constituer partie civile entre vos mains, en application de l’article 85 du Code de procédure pénale, pour des faits de harcèlement moral commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2 du Code pénal).`,
  afterDismissal: (date, reference) =>
    `Le Procureur de la République m’a fait connaître, par un avis de classement sans suite du ${date ?? LATER}${reference ? ` (référence ${reference})` : ''}, qu’il n’engagerait pas lui-même de poursuites. La présente plainte est donc recevable (article 85, alinéa 2, du Code de procédure pénale).`,
  afterPoliceComplaint: (station, date, receipt) =>
    `J’ai déposé plainte${station ? ` auprès ${withArticle(station)}` : ''} le ${date ?? LATER}${receipt ? ` (récépissé n° ${receipt})` : ''} et j’en ai adressé copie au Procureur de la République par lettre recommandée avec demande d’avis de réception le ${LATER}. Plus de trois mois se sont écoulés depuis sans que des poursuites aient été engagées à ma connaissance : la présente plainte est donc recevable (article 85, alinéa 2, du Code de procédure pénale).`,
  afterLetter: (date, tracking) =>
    `J’ai adressé ma plainte au Procureur de la République par lettre recommandée avec demande d’avis de réception le ${date ?? LATER}${tracking ? ` (n° ${tracking})` : ''}. Plus de trois mois se sont écoulés depuis sans que des poursuites aient été engagées à ma connaissance : la présente plainte est donc recevable (article 85, alinéa 2, du Code de procédure pénale).`,
  pressException:
    'Pour les délits prévus par la loi du 29 juillet 1881 sur la liberté de la presse (injure et diffamation publiques), cette condition n’est pas requise (même article).',
  consignation:
    'Je vous prie de fixer, le cas échéant, le montant de la consignation en fonction de mes ressources (article 88 du Code de procédure pénale) ; elle n’est pas due si j’obtiens l’aide juridictionnelle.',
  recoursSection: 'Recours auprès du procureur général',
  generalAddressee: 'Madame, Monsieur le Procureur général',
  courtOfAppeal: `près la cour d’appel de ${LATER}`,
  recoursSubject:
    'Objet : recours contre une décision de classement sans suite (article 40-3 du Code de procédure pénale)',
  recoursSalutation: 'Madame, Monsieur le Procureur général,',
  recoursOpening: (who, tribunal) =>
    `${signatory(who)}, ai l’honneur de former un recours, en application de l’article 40-3 du Code de procédure pénale, contre la décision de classement sans suite prise par le Procureur de la République près le tribunal judiciaire de ${tribunal ?? LATER} à la suite de ma plainte pour harcèlement moral en ligne (article 222-33-2-2 du Code pénal).`,
  recoursNotice: (date, reference) =>
    `Cette décision m’a été notifiée par un avis du ${date ?? LATER}${reference ? ` (référence ${reference})` : ''}.`,
  recoursAsk:
    'Les faits, les pièces et les conséquences sur ma santé sont exposés dans le dossier joint. Je vous demande de bien vouloir examiner ce recours et, s’il vous paraît fondé, d’enjoindre au Procureur de la République d’engager des poursuites.',
  recoursAttachments:
    'Pièces jointes : copie de l’avis de classement sans suite ; copie de ma plainte et de son récépissé ; le présent dossier.',
  recoursClosing:
    'Je vous prie d’agréer, Madame, Monsieur le Procureur général, l’expression de ma considération distinguée.',
};

const en: FollowUpLetterTexts = {
  deanAddressee: 'The Doyen des juges d’instruction (senior investigating judge)',
  openingCivilParty: (who, against) =>
    `I, the undersigned ${signatoryEn(who)}, hereby file a complaint ${against} and join the proceedings as a civil party before you, under article 85 of the Code de procédure pénale, for moral harassment committed through an online public communication service (article 222-33-2-2 of the Code pénal).`,
  afterDismissal: (date, reference) =>
    `The Procureur de la République informed me, by a notice of dismissal (classement sans suite) dated ${date ?? LATER}${reference ? ` (reference ${reference})` : ''}, that he would not prosecute. This complaint is therefore receivable (article 85, second paragraph, of the Code de procédure pénale).`,
  afterPoliceComplaint: (station, date, receipt) =>
    `I filed a complaint${station ? ` at ${station}` : ''} on ${date ?? LATER}${receipt ? ` (receipt no. ${receipt})` : ''} and sent a copy of it to the Procureur de la République by registered post with acknowledgement of receipt on ${LATER}. More than three months have passed since then with no prosecution to my knowledge: this complaint is therefore receivable (article 85, second paragraph, of the Code de procédure pénale).`,
  afterLetter: (date, tracking) =>
    `I sent my complaint to the Procureur de la République by registered post with acknowledgement of receipt on ${date ?? LATER}${tracking ? ` (no. ${tracking})` : ''}. More than three months have passed since then with no prosecution to my knowledge: this complaint is therefore receivable (article 85, second paragraph, of the Code de procédure pénale).`,
  pressException:
    'For the offences of the press law of 29 July 1881 (public insult and defamation), this condition does not apply (same article).',
  consignation:
    'Please set any deposit (consignation) according to my means (article 88 of the Code de procédure pénale); none is due if I obtain legal aid (aide juridictionnelle).',
  recoursSection: 'Appeal to the procureur général',
  generalAddressee: 'The Procureur général',
  courtOfAppeal: `at the cour d’appel of ${LATER}`,
  recoursSubject:
    'Subject: appeal against a decision of dismissal (classement sans suite) (article 40-3 of the Code de procédure pénale)',
  recoursSalutation: 'Dear Procureur général,',
  recoursOpening: (who, tribunal) =>
    `I, the undersigned ${signatoryEn(who)}, hereby appeal, under article 40-3 of the Code de procédure pénale, against the decision of dismissal taken by the Procureur de la République at the tribunal judiciaire of ${tribunal ?? LATER} on my complaint for online moral harassment (article 222-33-2-2 of the Code pénal).`,
  recoursNotice: (date, reference) =>
    `I was notified of this decision by a notice dated ${date ?? LATER}${reference ? ` (reference ${reference})` : ''}.`,
  recoursAsk:
    'The facts, the exhibits and the effects on my health are set out in the attached dossier. Please examine this appeal and, if you find it well founded, direct the Procureur de la République to prosecute.',
  recoursAttachments:
    'Attachments: copy of the notice of dismissal; copy of my complaint and its receipt; this dossier.',
  recoursClosing: 'Yours faithfully,',
};

export const FOLLOW_UP_LETTER_TEXT: Readonly<Record<Locale, FollowUpLetterTexts>> = {
  fr: typesetAll(fr),
  en,
};
