import { catalogue } from '../../catalogue.js';

/** The victim's side of a witness's own attestation: asking for it, following it, reading it. */
export const witnessLinkTexts = catalogue({
  askTitle: {
    fr: 'Lui demander son attestation écrite',
    en: 'Ask them for their own written statement',
  },
  askIntro: {
    fr: 'Un tribunal attend l’attestation du témoin lui-même (article 202 du Code de procédure civile). Nous pouvons lui envoyer un lien : il la remplit, la signe et joint la copie d’une pièce d’identité, sans créer de compte. Vous pourrez la lire, pas la modifier.',
    en: 'A court expects the witness’s own statement (article 202 of the French Code of civil procedure). We can mail them a link: they fill it in, sign it and attach a copy of an identity document, with no account. You will be able to read it, not change it.',
  },
  askPrivacy: {
    fr: 'Son adresse ne sert qu’à envoyer ce seul message : nous ne la gardons pas et ne l’écrivons dans aucun journal. Le message ne vous nomme pas : prévenez-le vous-même avant.',
    en: 'Their address is used to send this one message only: we do not keep it and write it in no log. The message does not name you: tell them yourself beforehand.',
  },
  email: { fr: 'Son adresse e-mail', en: 'Their email address' },
  language: { fr: 'Langue du message et de sa page', en: 'Language of the message and its page' },
  send: { fr: 'Lui envoyer le lien', en: 'Send them the link' },
  linkOut: {
    fr: (until: string) => `Un lien lui a été envoyé ; il fonctionne une fois, jusqu’au ${until}.`,
    en: (until: string) => `A link was sent to them; it works once, until ${until}.`,
  },
  cancel: { fr: 'Annuler ce lien', en: 'Cancel this link' },
  inProgress: {
    fr: 'Le témoin a ouvert le lien : son attestation n’est pas encore envoyée.',
    en: 'The witness opened the link: their statement is not sent yet.',
  },
  withdrawn: {
    fr: 'Le témoin a retiré son attestation. Vous pouvez lui demander à nouveau.',
    en: 'The witness withdrew their statement. You may ask them again.',
  },
  sentTitle: { fr: 'Son attestation', en: 'Their statement' },
  sentOn: {
    fr: (day: string) => `Envoyée et datée du ${day}. Vous pouvez la lire, pas la modifier.`,
    en: (day: string) => `Sent and dated ${day}. You can read it, not change it.`,
  },
  notYetIncluded: {
    fr: 'Elle ira dans le prochain dossier préparé ; jusque-là, le témoin peut la retirer.',
    en: 'It goes into the next dossier prepared; until then, the witness may withdraw it.',
  },
  includedIn: {
    fr: (version: number) =>
      `Elle figure dans le dossier n° ${version} : elle ne peut plus être retirée.`,
    en: (version: number) => `It is in dossier no. ${version}: it can no longer be withdrawn.`,
  },
  fields: {
    name: { fr: 'Nom et prénoms', en: 'Name and first names' },
    born: { fr: 'Né(e) le, à', en: 'Born on, in' },
    address: { fr: 'Adresse', en: 'Address' },
    occupation: { fr: 'Profession', en: 'Occupation' },
    ties: { fr: 'Lien avec les parties', en: 'Tie to the parties' },
    noTie: { fr: 'Aucun', en: 'None' },
    facts: { fr: 'Faits relatés', en: 'Facts stated' },
    files: {
      fr: 'Copie de la pièce d’identité et signature reçues',
      en: 'Identity document copy and signature received',
    },
    identityFile: {
      fr: 'Ouvrir la copie de sa pièce d’identité',
      en: 'Open the copy of their identity document',
    },
    signatureFile: { fr: 'Ouvrir sa signature', en: 'Open their signature' },
  },
  errors: {
    'link-out': {
      fr: 'Un lien est déjà envoyé à ce témoin : annulez-le d’abord.',
      en: 'A link is already out for this witness: cancel it first.',
    },
    attested: {
      fr: 'Ce témoin a déjà envoyé son attestation.',
      en: 'This witness already sent their statement.',
    },
    'case-limit': {
      fr: 'Vous avez envoyé 10 liens aujourd’hui : réessayez demain.',
      en: 'You sent 10 links today: try again tomorrow.',
    },
    'address-limit': {
      fr: 'Cette adresse ne peut plus recevoir de lien aujourd’hui : réessayez demain.',
      en: 'This address cannot receive another link today: try again tomorrow.',
    },
    'not-sent': {
      fr: 'Le message n’a pas pu partir ; rien n’est envoyé. Réessayez plus tard.',
      en: 'The message could not go; nothing was sent. Try again later.',
    },
  },
});

export const TIE_LABELS = catalogue({
  family: { fr: 'Parenté ou alliance', en: 'Family or marriage' },
  subordination: { fr: 'Subordination', en: 'Subordination (employer, employee)' },
  collaboration: { fr: 'Collaboration', en: 'Work together' },
  'common-interest': { fr: 'Communauté d’intérêts', en: 'Common interests' },
});
