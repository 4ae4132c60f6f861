import type { Locale } from '../domain/locale.js';
import type { MissingItem } from '../domain/missing.js';
import { typesetTable } from './typography.js';

/**
 * What is still missing, said to the victim (case page and the victim-only page of the
 * dossier's ZIP), after service-public F1435's list of what a complaint states (letter to
 * the tribunal judiciaire "du lieu de l'infraction ou du domicile de l'auteur"). That the
 * place where online messages are received counts as a place of the offence was not found
 * in F1435's text: the tribunal line says "peut être retenu".
 */
const asWritten: Readonly<Record<Locale, Readonly<Record<MissingItem, string>>>> = {
  fr: {
    'identity.civility':
      'Votre civilité (madame ou monsieur), pour que la lettre dise « Je soussignée » ou « Je soussigné ».',
    'identity.fullName': 'Vos nom et prénoms, tels qu’ils figurent sur vos papiers d’identité.',
    'identity.dateOfBirth': 'Votre date de naissance.',
    'identity.placeOfBirth': 'Votre lieu de naissance.',
    'identity.address': 'Votre adresse postale, où le tribunal vous écrira.',
    'identity.phone': 'Un numéro de téléphone où vous joindre.',
    'letter.tribunal':
      'La ville du tribunal judiciaire à qui écrire : celui du lieu des faits ou celui du domicile de l’auteur ; pour des messages reçus en ligne, le lieu où vous les avez reçus peut être retenu comme lieu des faits.',
    'letter.place': 'La ville où vous signerez la lettre.',
    facts: 'Les faits, datés : au moins un message ou une publication, avec sa date.',
    'facts.places':
      'Le lieu de chaque fait : le site, le réseau ou la messagerie où il s’est produit, ou son adresse (URL).',
    authors:
      'Les auteurs : leur nom si vous le connaissez, sinon leurs pseudonymes (la plainte est alors portée contre X).',
    witnesses: 'Les témoins éventuels, avec un moyen de les joindre.',
    harm: 'Les conséquences sur votre vie et votre santé, comme les décrit le certificat médical.',
    'harm.estimate':
      'Une estimation de votre préjudice (provisoire si besoin) : frais engagés, arrêt de travail, préjudice moral.',
    evidence: 'Les preuves : captures d’écran, liens des pages, certificat médical.',
    offences:
      'Les infractions que vous reconnaissez dans ce que vous vivez (menaces, injures, faux profil…) : confirmez la liste proposée.',
    'civil-party':
      'Si vous souhaitez vous constituer partie civile, pour demander réparation de votre préjudice.',
  },
  en: {
    'identity.civility':
      'How to address you (madame or monsieur), so that the French letter agrees with you.',
    'identity.fullName': 'Your full name, as on your identity documents.',
    'identity.dateOfBirth': 'Your date of birth.',
    'identity.placeOfBirth': 'Your place of birth.',
    'identity.address': 'Your postal address, where the court will write to you.',
    'identity.phone': 'A phone number where you can be reached.',
    'letter.tribunal':
      'The town of the tribunal judiciaire to write to: that of the place of the offence or that of the author’s home; for messages received online, the place where you received them may be taken as the place of the offence.',
    'letter.place': 'The town where you will sign the letter.',
    facts: 'The facts, dated: at least one message or post, with its date.',
    'facts.places':
      'Where each fact took place: the site, network or messaging app, or its address (URL).',
    authors:
      'The authors: their name if you know it, else their pseudonyms (the complaint is then against X).',
    witnesses: 'Any witnesses, with a way to reach them.',
    harm: 'How this affects your life and health, as the medical certificate describes it.',
    'harm.estimate':
      'An estimate of your harm (provisional if need be): costs, time off work, moral harm.',
    evidence: 'The evidence: screenshots, links to the pages, medical certificate.',
    offences:
      'The offences you recognise in what you live through (threats, insults, fake profile…): confirm the list suggested.',
    'civil-party': 'Whether you wish to be a civil party, to claim compensation for your harm.',
  },
};

/** The French side set in French typography (no-break spaces), once, here. */
export const MISSING_TEXT = typesetTable(asWritten);
