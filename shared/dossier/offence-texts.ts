import type { Locale } from '../domain/locale.js';
import type { OtherOffence } from '../domain/offences.js';
import { typesetAll } from './typography.js';

/**
 * The legal catalogue of the dossier: each offence with its article, in the words of the
 * law, and its penalties. Sources, checked on 2026-12-01 against the consolidated texts
 * (Légifrance, via doctrine.fr, lexbase.fr and other verbatim copies):
 * - Code pénal art. 222-33-2-2 (version of LOI n° 2024-247 du 21 mars 2024): definition,
 *   a) concerted and b) successive harassment, 1 an / 15 000 €; 2 ans / 30 000 € with one
 *   of 1° ITT > 8 jours, 2° mineur (no longer "mineur de quinze ans" since 2022),
 *   3° particulière vulnérabilité, 4° service de communication au public en ligne ou
 *   support numérique ou électronique, 4° bis mandat électif, 5° mineur présent;
 *   3 ans / 45 000 € with two;
 * - Code pénal art. 131-35-1 (LOI n° 2024-449 du 21 mai 2024, art. 16): complementary
 *   suspension of the online accounts used, 6 months at most, 1 year in recidivism. The
 *   list of offences of its II was not found verbatim; the Assemblée's debate (13 février
 *   2024) and the circular of 19 décembre 2024 say it covers cyberharassment: the sentence
 *   below says "peut" and names the article.
 * - Code pénal art. 222-17 (6 mois / 7 500 €; menace de mort 3 ans / 45 000 €) and 222-18
 *   (with an order to fulfil a condition: 3 ans / 45 000 €; menace de mort 5 ans / 75 000 €);
 * - Loi du 29 juillet 1881 art. 29 (definitions), 32 al. 1 (diffamation envers un
 *   particulier: 12 000 €), 33 al. 2 (injure envers un particulier: 12 000 €), heavier when
 *   discriminatory (art. 32 and 33, further paragraphs; amounts not restated here);
 * - Code pénal art. 226-4-1 (1 an / 15 000 €, same online); 223-1-1 (3 ans / 45 000 €);
 *   226-1 (1 an / 45 000 €), 226-2 (same penalties for keeping or spreading), 226-2-1
 *   (sexual character: 2 ans / 60 000 €, also spreading without consent what was obtained
 *   with it); 313-1 (escroquerie: 5 ans / 375 000 €);
 * - Code de procédure pénale art. 15-3 (complaints taken even by a station not territorially
 *   competent; the receipt states the limits and that a plainte avec constitution de partie
 *   civile interrupts them), art. 40 (the Procureur receives complaints), art. 85 (plainte
 *   avec constitution de partie civile; the three-month wait does not apply to the offences
 *   of the loi du 29 juillet 1881).
 */
export interface LegalText {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface OffenceTexts {
  readonly harassment: LegalText;
  /** The harassment's aggravating circumstances the case shows. */
  readonly aggravating: {
    readonly intro: string;
    readonly online: string;
    readonly itt: (days: number) => string;
    readonly two: string;
  };
  readonly others: Readonly<Record<OtherOffence, LegalText & { readonly short: string }>>;
  readonly rightToComplain: LegalText;
  readonly otherOffencesIntro: string;
}

const fr: OffenceTexts = {
  harassment: {
    heading: 'Harcèlement moral – article 222-33-2-2 du Code pénal',
    paragraphs: [
      'Constitue un délit « le fait de harceler une personne par des propos ou comportements répétés ayant pour objet ou pour effet une dégradation de ses conditions de vie se traduisant par une altération de sa santé physique ou mentale ».',
      'L’infraction est également constituée : a) lorsque ces propos ou comportements sont imposés à une même victime par plusieurs personnes, de manière concertée ou à l’instigation de l’une d’elles, alors même que chacune de ces personnes n’a pas agi de façon répétée ; b) lorsque ces propos ou comportements sont imposés à une même victime, successivement, par plusieurs personnes qui, même en l’absence de concertation, savent que ces propos ou comportements caractérisent une répétition.',
      'Peines : un an d’emprisonnement et 15 000 € d’amende lorsque les faits ont causé une incapacité totale de travail (ITT) inférieure ou égale à huit jours ou n’en ont causé aucune ; deux ans d’emprisonnement et 30 000 € d’amende lorsqu’ils ont été commis dans l’une des circonstances suivantes : 1° ITT supérieure à huit jours ; 2° sur un mineur ; 3° sur une personne dont la particulière vulnérabilité (âge, maladie, infirmité, déficience physique ou psychique, grossesse) est apparente ou connue de l’auteur ; 4° par l’utilisation d’un service de communication au public en ligne ou par le biais d’un support numérique ou électronique ; 4° bis sur le titulaire d’un mandat électif ; 5° lorsqu’un mineur était présent et y a assisté ; trois ans d’emprisonnement et 45 000 € d’amende lorsqu’ils ont été commis dans deux de ces circonstances.',
      'Peine complémentaire : le tribunal peut ordonner la suspension, pour six mois au plus (un an en cas de récidive), des comptes d’accès aux services en ligne ayant été utilisés pour commettre l’infraction, avec interdiction d’en créer de nouveaux sur ces services (article 131-35-1 du Code pénal).',
    ],
  },
  aggravating: {
    intro: 'Circonstances aggravantes que montrent les faits de ce dossier :',
    online:
      'les faits ont été commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2, 4°) ;',
    itt: (days) =>
      `le certificat médical fixe une ITT de ${days} jours, supérieure à huit jours (article 222-33-2-2, 1°) ;`,
    two: 'deux circonstances étant réunies, la peine encourue est de trois ans d’emprisonnement et 45 000 € d’amende.',
  },
  others: {
    threats: {
      short: 'menaces (articles 222-17 et 222-18 du Code pénal)',
      heading: 'Menaces – articles 222-17 et 222-18 du Code pénal',
      paragraphs: [
        'La menace de commettre un crime ou un délit contre les personnes dont la tentative est punissable, lorsqu’elle est soit réitérée, soit matérialisée par un écrit, une image ou tout autre objet, est punie de six mois d’emprisonnement et de 7 500 € d’amende ; de trois ans d’emprisonnement et de 45 000 € d’amende s’il s’agit d’une menace de mort (article 222-17).',
        'La menace, par quelque moyen que ce soit, de commettre un crime ou un délit contre les personnes, faite avec l’ordre de remplir une condition, est punie de trois ans d’emprisonnement et de 45 000 € d’amende ; de cinq ans d’emprisonnement et de 75 000 € d’amende s’il s’agit d’une menace de mort (article 222-18).',
      ],
    },
    'public-insult': {
      short: 'injure publique (articles 29 et 33 de la loi du 29 juillet 1881)',
      heading: 'Injure publique – articles 29 et 33 de la loi du 29 juillet 1881',
      paragraphs: [
        '« Toute expression outrageante, termes de mépris ou invective qui ne renferme l’imputation d’aucun fait est une injure » (article 29, alinéa 2). Commise publiquement envers un particulier, notamment par un moyen de communication au public par voie électronique, elle est punie d’une amende de 12 000 € (article 33) ; les peines sont plus lourdes lorsqu’elle vise la personne à raison de son origine, de sa religion, de son sexe, de son orientation sexuelle, de son identité de genre ou de son handicap.',
      ],
    },
    'public-defamation': {
      short: 'diffamation publique (articles 29 et 32 de la loi du 29 juillet 1881)',
      heading: 'Diffamation publique – articles 29 et 32 de la loi du 29 juillet 1881',
      paragraphs: [
        '« Toute allégation ou imputation d’un fait qui porte atteinte à l’honneur ou à la considération de la personne […] auquel le fait est imputé est une diffamation » (article 29, alinéa 1er), même sous forme dubitative ou lorsque la personne, sans être nommée, est identifiable. Commise publiquement envers un particulier, elle est punie d’une amende de 12 000 € (article 32) ; les peines sont plus lourdes lorsqu’elle est discriminatoire.',
      ],
    },
    'identity-theft': {
      short: 'usurpation d’identité (article 226-4-1 du Code pénal)',
      heading: 'Usurpation d’identité – article 226-4-1 du Code pénal',
      paragraphs: [
        'Le fait d’usurper l’identité d’un tiers ou de faire usage d’une ou plusieurs données de toute nature permettant de l’identifier en vue de troubler sa tranquillité ou celle d’autrui, ou de porter atteinte à son honneur ou à sa considération, est puni d’un an d’emprisonnement et de 15 000 € d’amende. Cette infraction est punie des mêmes peines lorsqu’elle est commise sur un réseau de communication au public en ligne (faux profil, commandes passées au nom de la victime).',
      ],
    },
    'personal-data-exposure': {
      short:
        'mise en danger par la diffusion d’informations personnelles (article 223-1-1 du Code pénal)',
      heading: 'Diffusion d’informations personnelles pour exposer la victime – article 223-1-1',
      paragraphs: [
        'Le fait de révéler, de diffuser ou de transmettre, par quelque moyen que ce soit, des informations relatives à la vie privée, familiale ou professionnelle d’une personne permettant de l’identifier ou de la localiser aux fins de l’exposer, ou d’exposer les membres de sa famille, à un risque direct d’atteinte à la personne ou aux biens que l’auteur ne pouvait ignorer est puni de trois ans d’emprisonnement et de 45 000 € d’amende (article 223-1-1 du Code pénal).',
      ],
    },
    'private-images': {
      short:
        'atteinte à l’intimité de la vie privée, images à caractère sexuel (articles 226-1 et 226-2-1 du Code pénal)',
      heading: 'Images portant atteinte à la vie privée – articles 226-1 à 226-2-1 du Code pénal',
      paragraphs: [
        'Le fait de porter volontairement atteinte à l’intimité de la vie privée d’autrui en fixant, enregistrant ou transmettant, sans son consentement, l’image d’une personne se trouvant dans un lieu privé est puni d’un an d’emprisonnement et de 45 000 € d’amende (article 226-1) ; le fait de conserver, de porter à la connaissance du public ou d’un tiers ou d’utiliser un tel document est puni des mêmes peines (article 226-2).',
        'Lorsque ces paroles ou images présentent un caractère sexuel, les peines sont portées à deux ans d’emprisonnement et 60 000 € d’amende ; est puni des mêmes peines le fait, en l’absence d’accord de la personne pour la diffusion, de porter à la connaissance du public ou d’un tiers un enregistrement ou un document présentant un caractère sexuel, même obtenu avec son consentement ou par elle-même (article 226-2-1).',
      ],
    },
    fraud: {
      short: 'escroquerie, le cas échéant (article 313-1 du Code pénal)',
      heading: 'Escroquerie – article 313-1 du Code pénal',
      paragraphs: [
        'L’escroquerie est le fait, soit par l’usage d’un faux nom ou d’une fausse qualité, soit par l’abus d’une qualité vraie, soit par l’emploi de manœuvres frauduleuses, de tromper une personne physique ou morale et de la déterminer ainsi, à son préjudice ou au préjudice d’un tiers, à remettre des fonds, des valeurs ou un bien quelconque, à fournir un service ou à consentir un acte opérant obligation ou décharge. Elle est punie de cinq ans d’emprisonnement et de 375 000 € d’amende. Elle peut être en cause lorsque des biens ou services ont été commandés en usant du nom de la victime.',
      ],
    },
  },
  rightToComplain: {
    heading: 'Le droit de porter plainte',
    paragraphs: [
      'Les officiers et agents de police judiciaire sont tenus de recevoir les plaintes déposées par les victimes, y compris lorsqu’elles sont déposées dans un service ou une unité territorialement incompétents, qui les transmet alors au service compétent ; tout dépôt de plainte donne lieu à un procès-verbal et à la remise immédiate d’un récépissé (article 15-3 du Code de procédure pénale).',
      'Le Procureur de la République reçoit les plaintes et apprécie la suite à leur donner (article 40 du même code). La victime peut aussi porter plainte avec constitution de partie civile devant le juge d’instruction (article 85).',
    ],
  },
  otherOffencesIntro: 'Les faits me paraissent aussi constituer les infractions suivantes :',
};

const en: OffenceTexts = {
  harassment: {
    heading: 'Moral harassment – article 222-33-2-2 of the Code pénal',
    paragraphs: [
      'It is an offence (délit) “to harass a person through repeated words or behaviour whose purpose or effect is a degradation of their living conditions resulting in harm to their physical or mental health”.',
      'The offence is also made out: a) when such words or behaviour are imposed on the same victim by several people, in concert or at the instigation of one of them, even if none of them acted repeatedly; b) when they are imposed on the same victim, one after another, by several people who, even without acting in concert, know that these words or behaviour amount to a repetition.',
      'Penalties: one year’s imprisonment and a €15,000 fine when the acts caused a total incapacity for work (ITT) of eight days or less, or none; two years and €30,000 when committed in one of these circumstances: 1° ITT over eight days; 2° against a minor; 3° against a person whose particular vulnerability (age, illness, infirmity, physical or mental disability, pregnancy) is apparent or known to the author; 4° through an online public communication service or by digital or electronic means; 4° bis against the holder of an elected office; 5° when a minor was present and witnessed them; three years and €45,000 when committed in two of these circumstances.',
      'Complementary penalty: the court may suspend, for at most six months (one year for a repeat offender), the accounts on online services used to commit the offence, and forbid opening new ones on those services (article 131-35-1 of the Code pénal).',
    ],
  },
  aggravating: {
    intro: 'Aggravating circumstances shown by the facts of this dossier:',
    online:
      'the acts were committed through an online public communication service (article 222-33-2-2, 4°);',
    itt: (days) =>
      `the medical certificate sets an ITT of ${days} days, more than eight days (article 222-33-2-2, 1°);`,
    two: 'with two circumstances, the penalty is three years’ imprisonment and a €45,000 fine.',
  },
  others: {
    threats: {
      short: 'threats (articles 222-17 and 222-18 of the Code pénal)',
      heading: 'Threats – articles 222-17 and 222-18 of the Code pénal',
      paragraphs: [
        'A threat to commit a crime or délit against persons whose attempt is punishable, when repeated or set down in writing, an image or any other object, is punished by six months’ imprisonment and a €7,500 fine; three years and €45,000 for a death threat (article 222-17).',
        'A threat, by any means, to commit a crime or délit against persons, made with an order to fulfil a condition, is punished by three years and €45,000; five years and €75,000 for a death threat (article 222-18).',
      ],
    },
    'public-insult': {
      short: 'public insult (articles 29 and 33 of the loi du 29 juillet 1881)',
      heading: 'Public insult – articles 29 and 33 of the loi du 29 juillet 1881',
      paragraphs: [
        '“Any outrageous expression, term of contempt or invective that imputes no fact is an insult” (article 29, paragraph 2). Made in public against a private person, including by electronic communication to the public, it is punished by a €12,000 fine (article 33); penalties are heavier when it targets the person for their origin, religion, sex, sexual orientation, gender identity or disability.',
      ],
    },
    'public-defamation': {
      short: 'public defamation (articles 29 and 32 of the loi du 29 juillet 1881)',
      heading: 'Public defamation – articles 29 and 32 of the loi du 29 juillet 1881',
      paragraphs: [
        '“Any allegation or imputation of a fact that harms the honour or reputation of the person […] to whom the fact is imputed is defamation” (article 29, paragraph 1), even when put as a doubt or when the person, though not named, can be identified. Made in public against a private person, it is punished by a €12,000 fine (article 32); penalties are heavier when it is discriminatory.',
      ],
    },
    'identity-theft': {
      short: 'identity theft (article 226-4-1 of the Code pénal)',
      heading: 'Identity theft – article 226-4-1 of the Code pénal',
      paragraphs: [
        'Taking another person’s identity, or using any data that identifies them, to disturb their peace or another’s, or to harm their honour or reputation, is punished by one year’s imprisonment and a €15,000 fine, with the same penalties when committed on an online public communication network (a fake profile, orders placed in the victim’s name).',
      ],
    },
    'personal-data-exposure': {
      short:
        'exposing a person by spreading personal information (article 223-1-1 of the Code pénal)',
      heading: 'Spreading personal information to expose the victim – article 223-1-1',
      paragraphs: [
        'Revealing, spreading or passing on, by any means, information about a person’s private, family or working life that allows them to be identified or located, in order to expose them or their family to a direct risk of harm to persons or property that the author could not ignore, is punished by three years’ imprisonment and a €45,000 fine (article 223-1-1 of the Code pénal).',
      ],
    },
    'private-images': {
      short:
        'invasion of privacy, images of a sexual nature (articles 226-1 and 226-2-1 of the Code pénal)',
      heading: 'Images invading privacy – articles 226-1 to 226-2-1 of the Code pénal',
      paragraphs: [
        'Wilfully invading another’s privacy by taking, recording or passing on, without consent, the image of a person in a private place is punished by one year’s imprisonment and a €45,000 fine (article 226-1); keeping, disclosing or using such a document carries the same penalties (article 226-2).',
        'When the words or images are of a sexual nature, the penalties are two years and €60,000; the same penalties apply to disclosing to the public or a third party, without the person’s agreement to its disclosure, a recording or document of a sexual nature, even one obtained with their consent or made by them (article 226-2-1).',
      ],
    },
    fraud: {
      short: 'fraud, where it applies (article 313-1 of the Code pénal)',
      heading: 'Fraud (escroquerie) – article 313-1 of the Code pénal',
      paragraphs: [
        'Fraud is deceiving a natural or legal person, by using a false name or a false capacity, by abusing a true capacity or by fraudulent schemes, and so leading them, to their detriment or a third party’s, to hand over funds, valuables or any property, to provide a service or to consent to an act creating or discharging an obligation. It is punished by five years’ imprisonment and a €375,000 fine. It may apply when goods or services were ordered in the victim’s name.',
      ],
    },
  },
  rightToComplain: {
    heading: 'The right to file a complaint',
    paragraphs: [
      'Police officers must take the complaints of victims, even at a station that is not territorially competent, which then passes them on to the competent one; every complaint is recorded in a report (procès-verbal) and the victim at once gets a receipt (article 15-3 of the Code de procédure pénale).',
      'The Procureur de la République receives complaints and decides what action to take (article 40 of the same code). A victim may also file a complaint as a civil party before the investigating judge (article 85).',
    ],
  },
  otherOffencesIntro: 'The facts also seem to me to constitute the following offences:',
};

export const OFFENCE_TEXTS: Readonly<Record<Locale, OffenceTexts>> = { fr: typesetAll(fr), en };
