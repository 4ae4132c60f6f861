import { catalogue } from '../catalogue.js';

/** A trusted helper's pages: the invitation's landing, the helper's page, refusals. */
export const helperTexts = catalogue({
  landingTitle: { fr: 'Une invitation à aider', en: 'An invitation to help' },
  landingIntro: {
    fr: 'Une personne victime de harcèlement en ligne vous fait confiance pour l’aider à constituer son dossier de plainte. Aucun compte à créer.',
    en: 'Someone who is being harassed online trusts you to help them build their complaint file. No account to create.',
  },
  landingOnce: {
    fr: 'Ce lien ne sert qu’une fois : le bouton vous ouvre le dossier sur cet appareil, pour 30 jours, tant que cette personne ne vous retire pas l’accès. Elle voit tout ce que vous faites.',
    en: 'This link works once: the button opens the file for you on this device, for 30 days, as long as this person does not take your access away. They see everything you do.',
  },
  start: { fr: 'Accepter et ouvrir le dossier', en: 'Accept and open the file' },
  continue: { fr: 'Continuer', en: 'Continue' },
  pageTitle: { fr: 'Aider à constituer le dossier', en: 'Helping with the file' },
  pageIntro: {
    fr: 'Vous aidez en tant que « {name} ». Ce que vous ajoutez porte ce nom dans le dossier et dans son journal ; la personne que vous aidez voit chacune de vos actions.',
    en: 'You are helping as “{name}”. What you add carries this name in the file and its log; the person you help sees each of your actions.',
  },
  cannot: {
    fr: 'Vous ne pouvez ni supprimer le dossier, ni arrêter les messages, ni modifier l’identité de la personne, ni choisir comment le dossier lui parvient, ni inviter quelqu’un d’autre.',
    en: 'You cannot erase the file, stop the mails, change the person’s identity, choose how the dossier reaches them, or invite anyone else.',
  },
  evidenceTitle: { fr: 'Ajouter des preuves', en: 'Add evidence' },
  uploadTitle: { fr: 'Une capture d’écran', en: 'A screenshot' },
  uploadHint: {
    fr: 'Une image PNG, JPEG, WebP ou GIF. Le fichier est vérifié puis horodaté.',
    en: 'A PNG, JPEG, WebP or GIF image. The file is checked, then timestamped.',
  },
  chooseFile: { fr: 'Fichier', en: 'File' },
  send: { fr: 'Envoyer le fichier', en: 'Send the file' },
  uploaded: {
    fr: 'Fichier reçu : il apparaît ci-dessous une fois vérifié (rechargez la page dans un instant).',
    en: 'File received: it appears below once checked (reload the page in a moment).',
  },
  linkTitle: { fr: 'Le lien d’une page', en: 'The link of a page' },
  linkUrl: { fr: 'Adresse de la page (https://…)', en: 'Address of the page (https://…)' },
  linkDescription: { fr: 'Ce qu’on y voit (facultatif)', en: 'What it shows (optional)' },
  linkSubmit: { fr: 'Garder ce lien', en: 'Keep this link' },
  factTitle: { fr: 'Un fait daté', en: 'A dated fact' },
  factDate: { fr: 'Date', en: 'Date' },
  factTime: { fr: 'Heure (si vous la savez)', en: 'Time (if you know it)' },
  factDescription: { fr: 'Ce qui s’est passé', en: 'What happened' },
  factSubmit: { fr: 'Noter ce fait', en: 'Record this fact' },
  added: { fr: 'Ce que vous avez ajouté', en: 'What you added' },
  nothingAdded: { fr: 'Rien pour l’instant.', en: 'Nothing yet.' },
  stepsTitle: { fr: 'Les étapes', en: 'The steps' },
  stepsIntro: {
    fr: 'Chaque étape telle que la personne que vous aidez la lit. Vous pouvez noter les signalements faits aux sites, marquer ses comptes verrouillés et ses preuves complètes ; porter plainte, écrire au procureur, le certificat médical et le reste lui reviennent.',
    en: 'Each step as the person you help reads it. You can record the reports made to the sites, mark their accounts locked and their evidence complete; filing the complaint, writing to the prosecutor, the medical certificate and the rest are theirs to do.',
  },
  doneBy: { fr: 'fait par {name}', en: 'done by {name}' },
  markDone: { fr: 'C’est fait', en: 'It is done' },
  evidenceComplete: {
    fr: 'Les captures et les liens sont gardés',
    en: 'The screenshots and links are kept',
  },
  evidenceFirst: {
    fr: 'Ajoutez d’abord au moins une capture ou un lien.',
    en: 'First add at least one screenshot or link.',
  },
  reportSite: { fr: 'Site où le contenu a été signalé', en: 'Site where the content was reported' },
  reportDate: { fr: 'Date du signalement', en: 'Date of the report' },
  reportReference: {
    fr: 'Numéro ou référence du signalement (facultatif)',
    en: 'Number or reference of the report (optional)',
  },
  reportSubmit: { fr: 'Noter ce signalement', en: 'Record this report' },
  status: {
    pending: { fr: 'à faire', en: 'to do' },
    awaiting: { fr: 'en cours', en: 'in progress' },
    done: { fr: 'faite', en: 'done' },
    skipped: { fr: 'passée', en: 'skipped' },
    'not-applicable': { fr: 'sans objet', en: 'not needed' },
  },
  identityTitle: { fr: 'Son identité', en: 'Their identity' },
  identityNone: { fr: 'Pas encore indiquée.', en: 'Not given yet.' },
  identity: {
    fullName: { fr: 'Nom', en: 'Name' },
    dateOfBirth: { fr: 'Date de naissance', en: 'Date of birth' },
    placeOfBirth: { fr: 'Lieu de naissance', en: 'Place of birth' },
    address: { fr: 'Adresse', en: 'Address' },
    phone: { fr: 'Téléphone', en: 'Phone' },
  },
  harmTitle: { fr: 'Les conséquences sur sa vie', en: 'What it does to their life' },
  harmNone: { fr: 'Pas encore indiquées.', en: 'Not given yet.' },
  harm: {
    sleep: { fr: 'Sommeil', en: 'Sleep' },
    eating: { fr: 'Alimentation', en: 'Eating' },
    fears: { fr: 'Peurs', en: 'Fears' },
    goingOut: { fr: 'Sorties', en: 'Going out' },
    socialLife: { fr: 'Vie sociale', en: 'Social life' },
    medication: { fr: 'Médicaments', en: 'Medication' },
    other: { fr: 'Autre', en: 'Other' },
  },
  witnessesTitle: { fr: 'Les témoins', en: 'The witnesses' },
  witnessesNone: { fr: 'Aucun témoin pour l’instant.', en: 'No witness yet.' },
  signOut: { fr: 'Me déconnecter de cet appareil', en: 'Sign out on this device' },
  signedOut: {
    title: { fr: 'Vous êtes déconnecté', en: 'You are signed out' },
    body: {
      fr: 'Cet appareil n’ouvre plus le dossier. Pour revenir, il faudra une nouvelle invitation.',
      en: 'This device no longer opens the file. To come back, you will need a new invitation.',
    },
  },
  messages: {
    unknown: {
      title: { fr: 'Ce lien ne fonctionne pas', en: 'This link does not work' },
      body: {
        fr: 'Vérifiez que l’adresse est complète, ou demandez une nouvelle invitation à la personne qui vous l’a envoyée.',
        en: 'Check that the address is complete, or ask the person who sent it for a new invitation.',
      },
    },
    used: {
      title: { fr: 'Ce lien a déjà servi', en: 'This link was already used' },
      body: {
        fr: 'Une invitation ne sert qu’une fois. Sur l’appareil où vous l’avez acceptée, le dossier reste ouvert ; ailleurs, demandez une nouvelle invitation.',
        en: 'An invitation works once. On the device where you accepted it, the file stays open; elsewhere, ask for a new invitation.',
      },
    },
    expired: {
      title: { fr: 'Ce lien a expiré', en: 'This link has expired' },
      body: {
        fr: 'Une invitation vaut 7 jours. Demandez-en une nouvelle à la personne qui vous l’a envoyée.',
        en: 'An invitation lasts 7 days. Ask the person who sent it for a new one.',
      },
    },
    removed: {
      title: { fr: 'Votre accès a été retiré', en: 'Your access was taken away' },
      body: {
        fr: 'La personne que vous aidiez vous a retiré l’accès à son dossier. Ce que vous avez ajouté y reste.',
        en: 'The person you were helping took your access to their file away. What you added stays in it.',
      },
    },
  },
});

/** The victim's page of her helpers: invite, see each action, take one off. */
export const helpersPageTexts = catalogue({
  link: { fr: 'Personnes de confiance qui vous aident', en: 'Trusted people helping you' },
  title: { fr: 'Les personnes qui vous aident', en: 'The people helping you' },
  manage: {
    fr: 'Inviter une personne de confiance, voir ce qu’elle fait, lui retirer l’accès',
    en: 'Invite a trusted person, see what they do, take their access away',
  },
  back: { fr: 'Retour au dossier', en: 'Back to the case' },
  intro: {
    fr: 'Une personne de confiance peut porter une partie du travail : ajouter des captures, des liens et des faits datés, suivre les étapes. Vous choisissez ce qu’elle peut voir, vous voyez tout ce qu’elle fait, et vous lui retirez l’accès quand vous voulez, immédiatement.',
    en: 'A trusted person can carry part of the work: add screenshots, links and dated facts, follow the steps. You choose what they can see, you see everything they do, and you take their access away whenever you want, at once.',
  },
  never: {
    fr: 'Une personne qui vous aide ne peut jamais supprimer le dossier, arrêter les messages, modifier votre identité, choisir comment le dossier vous parvient, voir vos réglages de connexion, retirer vos pièces ni inviter quelqu’un.',
    en: 'Someone helping you can never erase the file, stop the mails, change your identity, choose how the dossier reaches you, see your sign-in settings, withdraw your items, or invite anyone.',
  },
  inviteTitle: { fr: 'Inviter une personne', en: 'Invite someone' },
  name: {
    fr: 'Son nom, tel qu’il apparaîtra dans le dossier',
    en: 'Their name, as the file will show it',
  },
  nameHint: {
    fr: 'Un prénom suffit. C’est ce nom, jamais son adresse, qui signe ce qu’elle ajoute.',
    en: 'A first name is enough. This name, never their address, marks what they add.',
  },
  email: { fr: 'Son adresse e-mail', en: 'Their e-mail address' },
  emailHint: {
    fr: 'Elle ne sert qu’à envoyer cette invitation : nous ne la gardons pas. Prévenez la personne : le message ne vous nomme pas.',
    en: 'It is used to send this invitation only: we do not keep it. Tell the person: the message does not name you.',
  },
  rolesTitle: { fr: 'Ce qu’elle peut faire et voir', en: 'What they can do and see' },
  role: {
    evidence: {
      fr: 'Ajouter des preuves, des liens et des faits',
      en: 'Add evidence, links and facts',
    },
    steps: { fr: 'Suivre les étapes', en: 'Follow the steps' },
    identity: {
      fr: 'Voir votre identité (nom, naissance, adresse)',
      en: 'See your identity (name, birth, address)',
    },
    harm: { fr: 'Voir les conséquences sur votre vie', en: 'See what it does to your life' },
    witnesses: { fr: 'Voir vos témoins', en: 'See your witnesses' },
  },
  invite: { fr: 'Envoyer l’invitation', en: 'Send the invitation' },
  none: { fr: 'Personne pour l’instant.', en: 'Nobody yet.' },
  listTitle: { fr: 'Vos personnes de confiance', en: 'Your trusted people' },
  invited: { fr: 'invitée, pas encore venue', en: 'invited, not come yet' },
  active: { fr: 'a accès', en: 'has access' },
  removed: { fr: 'accès retiré', en: 'access taken away' },
  canDo: { fr: 'Peut', en: 'Can' },
  actionsTitle: { fr: 'Ce qu’elle a fait', en: 'What they did' },
  noActions: { fr: 'Rien pour l’instant.', en: 'Nothing yet.' },
  action: {
    'signed-in': { fr: 'A accepté l’invitation', en: 'Accepted the invitation' },
    upload: { fr: 'A ajouté un fichier', en: 'Added a file' },
    link: { fr: 'A ajouté un lien', en: 'Added a link' },
    fact: { fr: 'A noté un fait', en: 'Recorded a fact' },
    step: { fr: 'A marqué une étape faite', en: 'Marked a step done' },
    report: { fr: 'A noté un signalement', en: 'Recorded a report' },
  },
  remove: { fr: 'Retirer l’accès maintenant', en: 'Take access away now' },
  notices: {
    invited: {
      fr: 'Invitation envoyée. Elle vaut 7 jours et ne sert qu’une fois.',
      en: 'Invitation sent. It lasts 7 days and works once.',
    },
    removed: {
      fr: 'Accès retiré : cette personne n’ouvre plus rien.',
      en: 'Access taken away: this person opens nothing any more.',
    },
  },
  refusals: {
    'helper-limit': {
      fr: 'Trois personnes au plus à la fois : retirez d’abord l’accès d’une autre.',
      en: 'Three people at most at a time: take someone’s access away first.',
    },
    'case-limit': {
      fr: 'Trop d’invitations et de liens envoyés aujourd’hui : réessayez demain.',
      en: 'Too many invitations and links sent today: try again tomorrow.',
    },
    'address-limit': {
      fr: 'Cette adresse ne peut plus recevoir d’invitation aujourd’hui.',
      en: 'This address cannot receive another invitation today.',
    },
    'not-sent': {
      fr: 'L’invitation n’a pas pu partir. Rien n’a été envoyé ; réessayez plus tard.',
      en: 'The invitation could not be sent. Nothing was sent; try again later.',
    },
  },
});
