import { catalogue } from '../catalogue.js';

/*
 * Art. 441-7 du Code pénal: « Indépendamment des cas prévus au présent chapitre, est puni
 * d'un an d'emprisonnement et de 15 000 euros d'amende le fait : 1° D'établir une
 * attestation ou un certificat faisant état de faits matériellement inexacts ; 2° De
 * falsifier une attestation ou un certificat originairement sincère ; 3° De faire usage
 * d'une attestation ou d'un certificat inexact ou falsifié. » (modifié par la loi
 * n° 2018-778 du 10 septembre 2018, art. 39). Source: Légifrance (DILA), Code pénal,
 * art. 441-7, as reproduced by code-penal.fr and kohenavocats.com, checked 2026-12-01.
 * The statement the witness ticks is art. 202 CPC's (see shared/domain/attestation.ts).
 */

/** The witness's pages: the link's landing, the attestation, its files, sending, withdrawing. */
export const witnessTexts = catalogue({
  landingTitle: { fr: 'Une demande de témoignage', en: 'A request to testify' },
  landingIntro: {
    fr: 'Une personne victime de harcèlement en ligne vous demande une attestation de témoin : le récit écrit de ce que vous avez vu ou entendu vous-même. Aucun compte à créer.',
    en: 'Someone who is being harassed online asks you for a witness statement: a written account of what you saw or heard yourself. No account to create.',
  },
  landingOnce: {
    fr: 'Ce lien ne sert qu’une fois : le bouton ouvre votre attestation sur cet appareil, pour 30 jours.',
    en: 'This link works once: the button opens your statement on this device, for 30 days.',
  },
  start: { fr: 'Écrire mon attestation', en: 'Write my statement' },
  pageTitle: { fr: 'Mon attestation de témoin', en: 'My witness statement' },
  continue: { fr: 'Continuer', en: 'Continue' },
  pageIntro: {
    fr: 'Écrivez seulement ce que vous avez vu ou entendu vous-même, avec les dates si vous les savez. La personne qui vous l’a demandée pourra la lire, pas la modifier. Vous pourrez la retirer tant qu’elle n’est pas dans un dossier.',
    en: 'Write only what you saw or heard yourself, with dates if you know them. The person who asked can read it, not change it. You can withdraw it as long as it is not in a dossier.',
  },
  penalty: {
    fr: 'Attention : établir une attestation faisant état de faits matériellement inexacts est puni d’un an d’emprisonnement et de 15 000 euros d’amende (article 441-7 du Code pénal).',
    en: 'Beware: making a statement of facts that are materially untrue is punished by one year of imprisonment and a 15,000 euro fine (article 441-7 of the French Penal Code).',
  },
  partStatement: { fr: '1. Votre identité et les faits', en: '1. Who you are and the facts' },
  lastName: { fr: 'Nom', en: 'Last name' },
  firstNames: { fr: 'Prénoms', en: 'First names' },
  dateOfBirth: { fr: 'Date de naissance', en: 'Date of birth' },
  placeOfBirth: { fr: 'Lieu de naissance', en: 'Place of birth' },
  address: { fr: 'Adresse', en: 'Address' },
  occupation: { fr: 'Profession', en: 'Occupation' },
  ties: {
    fr: 'Avez-vous un lien avec l’une des parties (la victime ou l’auteur) ?',
    en: 'Are you tied to either party (the victim or the author)?',
  },
  tiesHint: {
    fr: 'Cochez ce qui s’applique ; rien si aucun lien.',
    en: 'Tick what applies; nothing if none.',
  },
  tieDetails: {
    fr: 'Lequel, avec qui (par exemple : « sœur de la victime »)',
    en: 'Which, with whom (for example: “the victim’s sister”)',
  },
  facts: {
    fr: 'Les faits que vous avez vus ou entendus vous-même',
    en: 'The facts you saw or heard yourself',
  },
  place: { fr: 'Fait à (ville)', en: 'Signed at (town)' },
  aware: {
    fr: 'Je sais que la présente attestation est établie en vue de sa production en justice et que toute fausse attestation de ma part m’expose à des sanctions pénales.',
    en: 'I know that this statement is made to be produced in court and that a false statement on my part exposes me to penal sanctions.',
  },
  save: { fr: 'Enregistrer', en: 'Save' },
  saved: { fr: 'Enregistré.', en: 'Saved.' },
  partIdentity: { fr: '2. Copie d’une pièce d’identité', en: '2. A copy of an identity document' },
  identityHint: {
    fr: 'Carte d’identité, passeport ou permis, où figure votre signature. PDF, PNG ou JPEG, 20 Mo au plus. Elle est vérifiée comme toute pièce.',
    en: 'Identity card, passport or driving licence bearing your signature. PDF, PNG or JPEG, at most 20 MB. It is checked like any evidence.',
  },
  partSignature: { fr: '3. Votre signature', en: '3. Your signature' },
  signatureDraw: {
    fr: 'Signez dans le cadre avec le doigt ou la souris.',
    en: 'Sign in the box with your finger or the mouse.',
  },
  signaturePad: { fr: 'Cadre de signature', en: 'Signature box' },
  signatureClear: { fr: 'Effacer', en: 'Clear' },
  signatureFile: {
    fr: 'Ou : imprimez cette page, signez-la à la main, puis envoyez-en une photo ou un scan (PDF, PNG ou JPEG).',
    en: 'Or: print this page, sign it by hand, then send a photo or scan of it (PDF, PNG or JPEG).',
  },
  file: { fr: 'Fichier', en: 'File' },
  sendFile: { fr: 'Envoyer', en: 'Send' },
  received: { fr: 'Reçu et vérifié.', en: 'Received and checked.' },
  checking: { fr: 'Vérification du fichier…', en: 'Checking the file…' },
  refused: {
    fr: 'Ce fichier a été refusé (type ou contenu non accepté). Essayez un autre fichier.',
    en: 'This file was refused (type or content not accepted). Try another file.',
  },
  partSend: { fr: '4. Envoyer', en: '4. Send' },
  sendHint: {
    fr: 'Une fois envoyée, l’attestation est datée d’aujourd’hui et ne peut plus être modifiée ; vous pourrez la retirer tant qu’elle n’est pas dans un dossier.',
    en: 'Once sent, the statement is dated today and can no longer be changed; you can withdraw it as long as it is not in a dossier.',
  },
  missing: {
    fr: 'Il manque encore : le texte enregistré, la pièce d’identité ou la signature.',
    en: 'Still missing: the saved text, the identity document or the signature.',
  },
  send: { fr: 'Envoyer mon attestation', en: 'Send my statement' },
  sentTitle: { fr: 'Votre attestation est envoyée', en: 'Your statement is sent' },
  sentOn: {
    fr: (day: string) => `Datée du ${day}. Elle ne peut plus être modifiée.`,
    en: (day: string) => `Dated ${day}. It can no longer be changed.`,
  },
  withdrawHint: {
    fr: 'Vous pouvez la retirer tant qu’elle n’est pas dans un dossier : elle et vos fichiers seront effacés.',
    en: 'You can withdraw it as long as it is not in a dossier: it and your files will be erased.',
  },
  withdraw: { fr: 'Retirer mon attestation', en: 'Withdraw my statement' },
  included: {
    fr: 'Elle figure désormais dans un dossier : elle ne peut plus être retirée ici. Pour toute rectification, adressez-vous à la personne qui vous l’a demandée.',
    en: 'It is now in a dossier: it can no longer be withdrawn here. For any correction, speak to the person who asked you.',
  },
  signOut: { fr: 'Me déconnecter de cet appareil', en: 'Sign out on this device' },
  signedOut: {
    title: { fr: 'Vous êtes déconnecté', en: 'You are signed out' },
    body: {
      fr: 'Cet appareil n’ouvre plus votre attestation. Ce que vous avez enregistré est gardé ; pour y revenir, demandez un nouveau lien à la personne qui vous l’a demandée.',
      en: 'This device no longer opens your statement. What you saved is kept; to come back to it, ask the person who asked you for a new link.',
    },
  },
  messages: {
    used: {
      title: { fr: 'Ce lien a déjà servi', en: 'This link was already used' },
      body: {
        fr: 'Ce lien ne fonctionne qu’une fois. Si c’est vous qui l’avez ouvert, continuez sur l’appareil où vous l’avez fait ; sinon, demandez un nouveau lien à la personne qui vous l’a envoyé.',
        en: 'This link works once. If you opened it, go on with the device you used; otherwise, ask the person who sent it for a new one.',
      },
    },
    expired: {
      title: { fr: 'Ce lien a expiré', en: 'This link has expired' },
      body: {
        fr: 'Un lien fonctionne 7 jours. Demandez-en un nouveau à la personne qui vous l’a envoyé.',
        en: 'A link works for 7 days. Ask the person who sent it for a new one.',
      },
    },
    withdrawn: {
      title: { fr: 'Attestation retirée', en: 'Statement withdrawn' },
      body: {
        fr: 'Votre attestation est retirée et vos fichiers effacés. Ce lien ne fonctionne plus ; si vous souhaitez témoigner à nouveau, demandez un nouveau lien.',
        en: 'Your statement is withdrawn and your files erased. This link no longer works; to testify again, ask for a new link.',
      },
    },
    cancelled: {
      title: { fr: 'Ce lien n’est plus valable', en: 'This link is no longer valid' },
      body: {
        fr: 'La personne qui vous l’a envoyé l’a annulé. Rien d’autre n’est à faire.',
        en: 'The person who sent it cancelled it. There is nothing else to do.',
      },
    },
    unknown: {
      title: { fr: 'Ce lien ne fonctionne pas', en: 'This link does not work' },
      body: {
        fr: 'Vérifiez qu’il est complet (copiez toute l’adresse du message), ou demandez-en un nouveau.',
        en: 'Check that it is complete (copy the whole address from the message), or ask for a new one.',
      },
    },
    incomplete: {
      title: { fr: 'Attestation incomplète', en: 'Statement incomplete' },
      body: {
        fr: 'Il manque encore le texte enregistré, la pièce d’identité ou la signature.',
        en: 'The saved text, the identity document or the signature is still missing.',
      },
    },
  },
});
