import { catalogue } from '../../catalogue.js';

/** Describing an item: at upload (folded, optional) or afterwards, from its line. */
export const describeTexts = catalogue({
  uploadSummary: {
    fr: 'Décrire ces fichiers (facultatif)',
    en: 'Describe these files (optional)',
  },
  uploadHint: {
    fr: 'Ce que vous indiquez ici vaut pour chaque fichier de cet envoi. Vous pourrez le changer ensuite, fichier par fichier.',
    en: 'What you give here applies to every file of this upload. You can change it afterwards, file by file.',
  },
  noScriptHint: {
    fr: 'Après l’envoi, vous pourrez décrire le fichier (date de la capture, site, auteur, adresse de la page).',
    en: 'After sending, you can describe the file (date of the capture, site, author, address of the page).',
  },
  itemSummary: {
    fr: 'Décrire, corriger ou retirer',
    en: 'Describe, correct or withdraw',
  },
  describeNow: {
    fr: 'Décrire ce fichier (date de la capture, site, auteur…)',
    en: 'Describe this file (date of the capture, site, author…)',
  },
  capturedDate: {
    fr: 'Date de la capture (facultatif)',
    en: 'Date of the capture (optional)',
  },
  capturedTime: {
    fr: 'Heure de la capture (facultatif)',
    en: 'Time of the capture (optional)',
  },
  capturedHint: {
    fr: 'Sans heure, seule la date figure au dossier.',
    en: 'Without a time, only the date goes into the dossier.',
  },
  platform: {
    fr: 'Site ou réseau social (facultatif)',
    en: 'Site or social network (optional)',
  },
  author: {
    fr: 'Pseudonyme de l’auteur (facultatif)',
    en: 'Pseudonym of the author (optional)',
  },
  pageUrl: {
    fr: 'Adresse de la page où vous l’avez vu (facultatif)',
    en: 'Address of the page where you saw it (optional)',
  },
  linkUrl: {
    fr: 'Adresse de la page',
    en: 'Address of the page',
  },
  description: {
    fr: 'Ce que montre cette pièce (facultatif)',
    en: 'What this item shows (optional)',
  },
  captured: {
    fr: 'Capturé le',
    en: 'Captured on',
  },
  platformShort: {
    fr: 'Site',
    en: 'Site',
  },
  authorShort: {
    fr: 'Auteur',
    en: 'Author',
  },
  urlShort: {
    fr: 'Adresse',
    en: 'Address',
  },
  timeWithoutDate: {
    fr: 'Indiquez aussi la date de la capture, ou effacez l’heure.',
    en: 'Also give the date of the capture, or clear the time.',
  },
  /** The line of an upload whose description has a mistake: nothing was sent. */
  lineCheck: {
    fr: 'Pas envoyé : vérifiez la description ci-dessus.',
    en: 'Not sent: check the description above.',
  },
});
