import { HARM_POINT_TEXT } from '../../../../shared/i18n/harm.js';
import { catalogue } from '../../catalogue.js';

/** What the complaint needs beyond the facts: identity, harm, witnesses. */
export const detailsTexts = catalogue({
  saved: {
    fr: 'Enregistré',
    en: 'Saved',
  },
  identityTitle: {
    fr: 'Vos coordonnées pour la plainte',
    en: 'Your details for the complaint',
  },
  identityIntro: {
    fr: 'Facultatif. Elles sont imprimées sur votre dossier et sur la lettre au Procureur de la République, qui en a besoin pour vous répondre. Elles ne servent qu’à cela. Nos e-mails ne les contiennent jamais, sauf dans le dossier PDF joint si vous choisissez de le recevoir ainsi (voir «\u202fRecevoir le dossier par e-mail\u202f»). Laissez vide ce que vous préférez écrire à la main.',
    en: 'Optional. They are printed on your dossier and on the letter to the Procureur de la République, who needs them to answer you. They are used for nothing else. Our mails never hold them, except in the PDF file attached if you choose to receive it that way (see “Getting the file by mail”). Leave blank what you would rather write by hand.',
  },
  identityCivility: {
    fr: 'Pour que la lettre s’accorde avec vous',
    en: 'So that the French letter agrees with you',
  },
  identityCivilityOption: {
    madame: { fr: 'Madame («\u202fJe soussignée\u202f»)', en: 'Madame (Ms)' },
    monsieur: { fr: 'Monsieur («\u202fJe soussigné\u202f»)', en: 'Monsieur (Mr)' },
    none: { fr: 'Ne pas préciser (une tournure neutre)', en: 'Rather not say (a neutral wording)' },
  },
  identityFullName: {
    fr: 'Nom et prénoms (comme sur votre pièce d’identité)',
    en: 'Full name (as on your ID)',
  },
  identityDateOfBirth: {
    fr: 'Date de naissance',
    en: 'Date of birth',
  },
  identityPlaceOfBirth: {
    fr: 'Lieu de naissance',
    en: 'Place of birth',
  },
  identityAddress: {
    fr: 'Adresse postale',
    en: 'Postal address',
  },
  identityPhone: {
    fr: 'Téléphone',
    en: 'Phone',
  },
  identitySubmit: {
    fr: 'Enregistrer mes coordonnées',
    en: 'Save my details',
  },
  harmTitle: {
    fr: 'Ce que dit votre certificat médical',
    en: 'What your medical certificate says',
  },
  harmIntro: {
    fr: 'Facultatif. Recopiez ce que le médecin a écrit des effets du harcèlement sur votre vie\u202f: la lettre de votre prochain dossier les décrira. Le certificat lui-même y est joint s’il est parmi vos preuves.',
    en: 'Optional. Copy what the doctor wrote about the effects of the harassment on your life: the letter of your next dossier will describe them. The certificate itself is attached if it is among your evidence.',
  },
  harmPoints: {
    fr: HARM_POINT_TEXT.fr,
    en: HARM_POINT_TEXT.en,
  },
  harmItt: {
    fr: 'ITT (incapacité totale de travail), en jours, si le médecin en a fixé une',
    en: 'ITT (total incapacity for work), in days, if the doctor set one',
  },
  harmEstimate: {
    fr: 'Votre estimation du préjudice (facultatif, provisoire si besoin)\u202f: frais engagés, jours d’arrêt, préjudice moral…',
    en: 'Your estimate of the harm (optional, provisional if need be): costs, days off work, moral harm…',
  },
  harmDoctor: {
    fr: 'Nom du médecin',
    en: 'Doctor’s name',
  },
  harmDate: {
    fr: 'Date du certificat',
    en: 'Date of the certificate',
  },
  harmSubmit: {
    fr: 'Enregistrer',
    en: 'Save',
  },
  witnessesTitle: {
    fr: 'Témoins',
    en: 'Witnesses',
  },
  witnessesIntro: {
    fr: 'Facultatif. Les personnes qui ont vu le harcèlement et pourraient en témoigner. Elles seront nommées dans la lettre de votre prochain dossier\u202f: demandez-leur d’abord leur accord.',
    en: 'Optional. People who saw the harassment and could testify. They will be named in the letter of your next dossier: ask for their consent first.',
  },
  witnessName: {
    fr: 'Nom',
    en: 'Name',
  },
  witnessContact: {
    fr: 'Comment joindre cette personne (téléphone, e-mail)',
    en: 'How to reach this person (phone, email)',
  },
  witnessStatement: {
    fr: 'Ce que cette personne a vu',
    en: 'What this person saw',
  },
  witnessAdd: {
    fr: 'Ajouter ce témoin',
    en: 'Add this witness',
  },
  witnessRemove: {
    fr: 'Retirer',
    en: 'Remove',
  },
});
