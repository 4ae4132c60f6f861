import { catalogue } from '../catalogue.js';

/** Signing in on a device: the mailed link's page, the lost-link form, a case page without a session. */
export const signInTexts = catalogue({
  email: {
    fr: 'Votre adresse e-mail',
    en: 'Your email address',
  },
  title: {
    fr: 'Ouvrir votre dossier sur cet appareil',
    en: 'Open your case on this device',
  },
  intro: {
    fr: 'Appuyez sur le bouton pour ouvrir votre dossier. Si vous utilisez un appareil partagé, pensez à vous déconnecter à la fin.',
    en: 'Press the button to open your case. On a shared device, remember to sign out when you leave.',
  },
  button: {
    fr: 'Me connecter',
    en: 'Sign me in',
  },
  invalidTitle: {
    fr: 'Ce lien ne fonctionne plus',
    en: 'This link no longer works',
  },
  invalid: {
    fr: 'Un lien de connexion ne sert qu’une fois et reste valable 24 heures. Demandez-en un nouveau : il arrivera dans votre boîte e-mail.',
    en: 'A sign-in link works once and for 24 hours. Ask for a new one: it will arrive in your mailbox.',
  },
  lostTitle: {
    fr: 'Recevoir un lien de connexion',
    en: 'Get a sign-in link',
  },
  lostIntro: {
    fr: 'Indiquez l’adresse e-mail de votre dossier. Nous y enverrons un lien pour l’ouvrir, sur l’appareil où vous lirez cet e-mail.',
    en: 'Enter the email address of your case. We will send a link there to open it, on the device where you read that mail.',
  },
  lostSubmit: {
    fr: 'Envoyer le lien',
    en: 'Send the link',
  },
  sentTitle: {
    fr: 'Regardez votre boîte e-mail',
    en: 'Check your mailbox',
  },
  sent: {
    fr: 'Si un dossier correspond, un lien de connexion vient d’être envoyé. Il fonctionne une seule fois, pendant 24 heures. Pensez à regarder dans les courriers indésirables.',
    en: 'If a case matches, a sign-in link is on its way. It works once, for 24 hours. Check your spam folder too.',
  },
  signedOutTitle: {
    fr: 'Ouvrir ce dossier',
    en: 'Open this case',
  },
  signedOut: {
    fr: 'Pour protéger votre dossier, il ne s’ouvre qu’avec un lien de connexion envoyé à son adresse e-mail.',
    en: 'To protect your case, it only opens with a sign-in link sent to its email address.',
  },
  sendLink: {
    fr: 'M’envoyer un lien de connexion',
    en: 'Email me a sign-in link',
  },
});
