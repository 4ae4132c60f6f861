import { catalogue } from '../../catalogue.js';

/** What happened, fact by fact with its date. */
export const factsTexts = catalogue({
  factsTitle: {
    fr: 'Ce qui s’est passé',
    en: 'What happened',
  },
  factsIntro: {
    fr: 'Notez chaque fait avec sa date : la police et le Procureur en ont besoin, dans l’ordre.',
    en: 'Note each fact with its date: the police and the prosecutor need them, in order.',
  },
  factAdd: {
    fr: 'Noter un fait',
    en: 'Note a fact',
  },
  factDate: {
    fr: 'Date',
    en: 'Date',
  },
  factTime: {
    fr: 'Heure (facultatif)',
    en: 'Time (optional)',
  },
  factDescription: {
    fr: 'Ce qui s’est passé',
    en: 'What happened',
  },
  factPlatform: {
    fr: 'Site ou réseau social (facultatif)',
    en: 'Site or social network (optional)',
  },
  factAuthor: {
    fr: 'Pseudonyme de l’auteur (facultatif)',
    en: 'Pseudonym of the author (optional)',
  },
  factUrl: {
    fr: 'Lien (facultatif)',
    en: 'Link (optional)',
  },
  factPublic: {
    fr: 'Publié à la vue de tous (un message public, pas une conversation privée)\u202f: le délai pour agir contre une injure ou une diffamation publique court de sa publication',
    en: 'Published for anyone to see (a public post, not a private conversation): the time limit for public insult or defamation runs from its publication',
  },
  factSubmit: {
    fr: 'Enregistrer ce fait',
    en: 'Save this fact',
  },
  noFacts: {
    fr: 'Aucun fait noté pour l’instant.',
    en: 'No facts noted yet.',
  },
});
