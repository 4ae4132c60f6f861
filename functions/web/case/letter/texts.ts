import { MISSING_ITEMS, type MissingItem } from '../../../../shared/domain/missing.js';
import { OTHER_OFFENCES, type OtherOffence } from '../../../../shared/domain/offences.js';
import { MISSING_TEXT } from '../../../../shared/i18n/missing.js';
import { type Bilingual, catalogue } from '../../catalogue.js';

const NB = '\u202f';

/** The checklist's words: the offence as a victim recognises it, and its article. */
const OFFENCE_LABEL = {
  threats: {
    fr: 'Menaces (de mort, de violences…) – articles 222-17 et 222-18 du Code pénal',
    en: 'Threats (of death, of violence…) – articles 222-17 and 222-18 of the Code pénal',
  },
  'public-insult': {
    fr: 'Insultes publiées à la vue de tous – injure publique, loi du 29 juillet 1881',
    en: 'Insults published for anyone to see – public insult, loi du 29 juillet 1881',
  },
  'public-defamation': {
    fr: 'Accusations ou rumeurs publiées qui portent atteinte à votre honneur – diffamation publique, loi du 29 juillet 1881',
    en: 'Published accusations or rumours that harm your honour – public defamation, loi du 29 juillet 1881',
  },
  'identity-theft': {
    fr: 'Faux profil ou usage de votre nom ou de vos données – usurpation d’identité, article 226-4-1',
    en: 'A fake profile or use of your name or data – identity theft, article 226-4-1',
  },
  'personal-data-exposure': {
    fr: 'Publication de votre adresse, de votre lieu de travail… pour vous exposer – article 223-1-1',
    en: 'Your address, workplace… published to expose you – article 223-1-1',
  },
  'private-images': {
    fr: 'Photos ou vidéos intimes ou prises sans votre accord – articles 226-1 et 226-2-1',
    en: 'Intimate photos or videos, or taken without your consent – articles 226-1 and 226-2-1',
  },
  fraud: {
    fr: 'Commandes ou achats faits à votre nom – escroquerie, article 313-1',
    en: 'Orders or purchases made in your name – fraud, article 313-1',
  },
} satisfies Record<OtherOffence, Bilingual<string>>;

/**
 * The letter to the Procureur: where it goes and is signed (service-public F1435: the
 * tribunal judiciaire of the place of the offence or of the author's home), the civil-party
 * intent, the offences the victim recognises, and what the complaint still lacks.
 */
export const letterTexts = catalogue({
  title: { fr: 'La lettre au Procureur de la République', en: 'The letter to the Procureur' },
  intro: {
    fr: `Si la police ou la gendarmerie refuse votre plainte, votre dossier contient une lettre prête à signer pour le Procureur de la République. Indiquez où l’envoyer et où vous la signerez${NB}; ce que vous laissez vide reste une ligne à remplir à la main.`,
    en: 'If the police or gendarmerie refuse your complaint, your file holds a letter ready to sign for the Procureur de la République. Say where to send it and where you will sign it; what you leave blank stays a line to fill in by hand.',
  },
  tribunal: {
    fr: 'Ville du tribunal judiciaire',
    en: 'Town of the tribunal judiciaire',
  },
  tribunalHelp: {
    fr: `Celui du lieu des faits ou celui du domicile de l’auteur (fiche «${NB}Porter plainte${NB}» de service-public.fr). Pour des messages reçus en ligne, le lieu où vous les avez reçus peut être retenu comme lieu des faits${NB}: souvent, le tribunal de votre ville ou de la ville la plus proche.`,
    en: 'That of the place of the offence or of the author’s home (the “Porter plainte” page of service-public.fr). For messages received online, the place where you received them may be taken as the place of the offence: often the tribunal of your town or the nearest one.',
  },
  place: { fr: 'Ville où vous signerez la lettre', en: 'Town where you will sign the letter' },
  civilParty: {
    fr: 'Je souhaite me constituer partie civile, pour demander réparation de mon préjudice',
    en: 'I wish to be a civil party, to claim compensation for my harm',
  },
  civilPartyHelp: {
    fr: 'La lettre le déclarera. Vous pouvez estimer votre préjudice dans la partie sur votre santé.',
    en: 'The letter will say so. You can estimate your harm in the part about your health.',
  },
  submit: { fr: 'Enregistrer pour la lettre', en: 'Save for the letter' },
  saved: { fr: 'Enregistré', en: 'Saved' },
  offencesTitle: {
    fr: 'Ce que les faits constituent',
    en: 'What the facts amount to',
  },
  offencesIntro: {
    fr: `Le harcèlement en ligne (article 222-33-2-2 du Code pénal) est toujours dans la plainte. Cochez ce que vous reconnaissez aussi dans ce que vous vivez${NB}: la lettre ne nommera que ces infractions, avec leurs articles. Nous avons coché ce que vos réponses suggèrent.`,
    en: 'Online harassment (article 222-33-2-2 of the Code pénal) is always in the complaint. Tick what you also recognise in what you live through: the letter will name only those offences, with their articles. We ticked what your answers suggest.',
  },
  offencesLegend: { fr: 'Autres infractions', en: 'Other offences' },
  offencesSubmit: { fr: 'Confirmer cette liste', en: 'Confirm this list' },
  offencesConfirmed: { fr: 'Confirmé', en: 'Confirmed' },
  offences: Object.fromEntries(OTHER_OFFENCES.map((id) => [id, OFFENCE_LABEL[id]])) as Record<
    OtherOffence,
    Bilingual<string>
  >,
  missingTitle: {
    fr: 'Avant de préparer le dossier',
    en: 'Before preparing the file',
  },
  missingCount: {
    fr: (n: number) => (n === 1 ? '1 point à compléter' : `${n} points à compléter`),
    en: (n: number) => (n === 1 ? '1 thing to add' : `${n} things to add`),
  },
  missingIntro: {
    fr: `Votre plainte serait plus complète avec${NB}:`,
    en: 'Your complaint would be more complete with:',
  },
  nothingMissing: {
    fr: 'Votre dossier indique tout ce que demande la fiche «\u202fPorter plainte\u202f» de service-public.fr.',
    en: 'Your case states everything the “Porter plainte” page of service-public.fr asks for.',
  },
  missing: Object.fromEntries(
    MISSING_ITEMS.map((item) => [item, { fr: MISSING_TEXT.fr[item], en: MISSING_TEXT.en[item] }]),
  ) as Record<MissingItem, Bilingual<string>>,
});
