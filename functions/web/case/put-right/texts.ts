import { catalogue } from '../../catalogue.js';

/** Putting a mistake right: edit or withdraw a fact, describe again or withdraw an item. */
export const putRightTexts = catalogue({
  correct: {
    fr: 'Corriger ou retirer',
    en: 'Correct or withdraw',
  },
  saveFact: {
    fr: 'Enregistrer la correction',
    en: 'Save the correction',
  },
  withdrawFact: {
    fr: 'Retirer ce fait',
    en: 'Withdraw this fact',
  },
  withdrawFactHint: {
    fr: 'Il disparaîtra de cette page et du prochain dossier préparé.',
    en: 'It will disappear from this page and from the next dossier prepared.',
  },
  saveItem: {
    fr: 'Enregistrer la description',
    en: 'Save the description',
  },
  withdrawItem: {
    fr: 'Retirer cette pièce',
    en: 'Withdraw this item',
  },
  withdrawFileHint: {
    fr: 'Le fichier sera supprimé pour de bon, et ne figurera pas dans le prochain dossier préparé. Le journal du dossier gardera seulement qu’une pièce a été retirée, quand, et son empreinte (une suite de chiffres qui ne montre rien de son contenu).',
    en: 'The file will be deleted for good, and will not be in the next dossier prepared. The case’s log keeps only that an item was withdrawn, when, and its fingerprint (a string of digits that shows nothing of its content).',
  },
  withdrawLinkHint: {
    fr: 'Le lien disparaîtra de cette page et du prochain dossier préparé.',
    en: 'The link will disappear from this page and from the next dossier prepared.',
  },
});
