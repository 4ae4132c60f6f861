import { type Bilingual, catalogue } from '../catalogue.js';

/** Notices shown on the case page after a form (`?ok=` code): codes only, never user data in URLs. */
export const NOTICE_CODES = [
  'step',
  'fact',
  'link',
  'upload',
  'dossier-requested',
  'dossier-unavailable',
  'delivery-chosen',
  'protected-sent',
  'protected-unconfirmed',
  'protected-not-sent',
  'already-complete',
  'mails-stopped',
  'mails-resumed',
  'mails-not-resumed',
  'discreet-on',
  'discreet-off',
  'countdowns-on',
  'countdowns-off',
  'shared-on',
  'shared-off',
  'identity',
  'harm',
  'witness-added',
  'witness-removed',
  'witness-link-sent',
  'witness-link-cancelled',
  'letter',
  'offences',
  'fact-edited',
  'fact-withdrawn',
  'evidence-described',
  'evidence-withdrawn',
  'platform-answer',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** The case page's frame: its title, what to do now, the time limits, and the notices after a form. */
export const caseTexts = catalogue({
  title: {
    fr: 'Votre dossier',
    en: 'Your case',
  },
  reference: {
    fr: 'Référence',
    en: 'Reference',
  },
  openedOn: {
    fr: 'Ouvert le',
    en: 'Opened on',
  },
  progress: {
    fr: 'Vos étapes',
    en: 'Your steps',
  },
  now: {
    fr: 'À faire maintenant',
    en: 'What to do now',
  },
  nowStep: {
    fr: (n: number, total: number) => `Étape ${n} sur ${total}`,
    en: (n: number, total: number) => `Step ${n} of ${total}`,
  },
  nowGo: {
    fr: 'Voir cette étape',
    en: 'Go to this step',
  },
  allDone: {
    fr: 'Toutes les étapes sont faites. Votre dossier reste ouvert pour ajouter des preuves.',
    en: 'Every step is done. Your case stays open so you can add evidence.',
  },
  welcomeTitle: {
    fr: 'Votre dossier est ouvert',
    en: 'Your case is open',
  },
  welcomeLink: {
    fr: (email: string) =>
      `Nous envoyons à ${email} un lien pour rouvrir ce dossier depuis un autre appareil : gardez ce message, ou supprimez-le si quelqu’un d’autre lit votre boîte.`,
    en: (email: string) =>
      `We are sending ${email} a link to reopen this case from another device: keep that mail, or delete it if someone else reads your mailbox.`,
  },
  welcomeStay: {
    // SESSION_TTL_MS (shared/domain/sign-in.ts): the cookie of this browser lives 7 days.
    fr: 'Ce navigateur reste connecté à votre dossier pendant 7 jours.',
    en: 'This browser stays signed in to your case for 7 days.',
  },
  welcomeLeave: {
    fr: 'Pour partir vite, appuyez sur « Quitter vite » en haut de l’écran (ou sur Échap). Sur un téléphone partagé, cochez « Cet appareil est partagé » :',
    en: 'To leave quickly, press “Quick exit” at the top of the screen (or Escape). On a shared phone, tick “This device is shared”:',
  },
  welcomeLeaveLink: {
    fr: 'réglages de sécurité',
    en: 'safety settings',
  },
  deadlinesTitle: {
    fr: 'Délais à connaître',
    en: 'Time limits to know',
  },
  notices: {
    step: {
      fr: 'C’est enregistré.',
      en: 'Saved.',
    },
    fact: {
      fr: 'Le fait est enregistré.',
      en: 'The fact is saved.',
    },
    link: {
      fr: 'Le lien est ajouté à vos preuves.',
      en: 'The link is added to your evidence.',
    },
    upload: {
      fr: 'Fichier reçu. Il est en cours de vérification et apparaîtra dans vos preuves dans quelques secondes.',
      en: 'File received. It is being checked and will appear in your evidence in a few seconds.',
    },
    'dossier-requested': {
      fr: 'Demande enregistrée : votre dossier sera préparé avec vos preuves actuelles.',
      en: 'Request saved: your file will be prepared with your current evidence.',
    },
    'dossier-unavailable': {
      fr: 'Le dossier ne peut pas être préparé pour le moment. Rien n’est perdu : réessayez un peu plus tard.',
      en: 'The file cannot be prepared right now. Nothing is lost: please try again a little later.',
    },
    'delivery-chosen': {
      fr: 'Votre choix est enregistré : nos prochains e-mails le suivront.',
      en: 'Your choice is saved: our next mails will follow it.',
    },
    'protected-sent': {
      fr: 'Votre choix est enregistré, et le dernier dossier vous est envoyé par e-mail, protégé par votre mot de passe.',
      en: 'Your choice is saved, and the latest file is on its way by mail, protected by your password.',
    },
    'protected-unconfirmed': {
      fr: 'Votre choix est enregistré, mais rien n’est envoyé : cette adresse n’est pas encore confirmée. Ouvrez d’abord un lien de connexion reçu par e-mail.',
      en: 'Your choice is saved, but nothing was sent: this address is not confirmed yet. First open a sign-in link you received by mail.',
    },
    'protected-not-sent': {
      fr: 'Votre choix est enregistré, mais le dossier n’a pas pu être envoyé (pas encore de dossier, dossier trop volumineux ou e-mails arrêtés). Vous pouvez le télécharger sur cette page.',
      en: 'Your choice is saved, but the file could not be sent (no file yet, file too large or mails stopped). You can download it from this page.',
    },
    'already-complete': {
      fr: 'C’était déjà enregistré.',
      en: 'That was already saved.',
    },
    'mails-stopped': {
      fr: 'Les messages sont arrêtés.',
      en: 'The mails are stopped.',
    },
    'discreet-on': {
      fr: 'Mode discret activé.',
      en: 'Discreet mode is on.',
    },
    'discreet-off': {
      fr: 'Mode discret désactivé.',
      en: 'Discreet mode is off.',
    },
    'countdowns-on': {
      fr: 'Les décomptes avant la fin des délais sont activés.',
      en: 'The countdowns before time limits end are on.',
    },
    'countdowns-off': {
      fr: 'Les décomptes avant la fin des délais sont désactivés.',
      en: 'The countdowns before time limits end are off.',
    },
    'shared-on': {
      fr: 'Appareil partagé : « Quitter vite » vous déconnectera aussi.',
      en: 'Shared device: “Quick exit” will also sign you out.',
    },
    'shared-off': {
      fr: 'C’est noté : « Quitter vite » ne vous déconnectera pas.',
      en: 'Noted: “Quick exit” will not sign you out.',
    },
    'mails-resumed': {
      fr: 'Les messages sont réactivés.',
      en: 'The mails are back on.',
    },
    'mails-not-resumed': {
      fr: 'Les messages n’ont pas été réactivés : ils ont été arrêtés depuis l’un d’eux, et seul un appareil connecté par un lien reçu à cette adresse peut les réactiver.',
      en: 'The mails were not turned back on: they were stopped from one of them, and only a device signed in with a link received at that address can turn them back on.',
    },
    identity: {
      fr: 'Vos coordonnées sont enregistrées. Elles figureront dans le prochain dossier préparé.',
      en: 'Your details are saved. They will appear in the next dossier prepared.',
    },
    harm: {
      fr: 'C’est enregistré. Ce sera dans le prochain dossier préparé.',
      en: 'Saved. It will be in the next dossier prepared.',
    },
    'witness-added': {
      fr: 'Le témoin est ajouté. Il sera nommé dans le prochain dossier préparé.',
      en: 'The witness is added. They will be named in the next dossier prepared.',
    },
    'witness-removed': {
      fr: 'Le témoin est retiré.',
      en: 'The witness is removed.',
    },
    'witness-link-sent': {
      fr: 'Le lien est envoyé. Son adresse n’est gardée nulle part.',
      en: 'The link is sent. Their address is kept nowhere.',
    },
    'witness-link-cancelled': {
      fr: 'Le lien est annulé : il n’ouvre plus rien.',
      en: 'The link is cancelled: it opens nothing any more.',
    },
    letter: {
      fr: 'C’est enregistré. La lettre au Procureur du prochain dossier préparé en tiendra compte.',
      en: 'Saved. The letter to the Procureur in the next file prepared will follow it.',
    },
    offences: {
      fr: 'Votre liste est enregistrée. Le prochain dossier préparé ne nommera que ces infractions.',
      en: 'Your list is saved. The next file prepared will name only these offences.',
    },
    'fact-edited': {
      fr: 'Le fait est corrigé. Le prochain dossier préparé en tiendra compte.',
      en: 'The fact is corrected. The next dossier prepared will follow it.',
    },
    'fact-withdrawn': {
      fr: 'Le fait est retiré. Il ne figurera pas dans le prochain dossier préparé.',
      en: 'The fact is withdrawn. It will not be in the next dossier prepared.',
    },
    'evidence-described': {
      fr: 'La description est enregistrée. Elle figurera dans le prochain dossier préparé.',
      en: 'The description is saved. It will be in the next dossier prepared.',
    },
    'evidence-withdrawn': {
      fr: 'La pièce est retirée, et son fichier supprimé. Elle ne figurera pas dans le prochain dossier préparé.',
      en: 'The item is withdrawn, and its file deleted. It will not be in the next dossier prepared.',
    },
    'platform-answer': {
      fr: 'La réponse de la plateforme est enregistrée.',
      en: 'The platform’s answer is saved.',
    },
  } satisfies Record<NoticeCode, Bilingual<string>>,
});
