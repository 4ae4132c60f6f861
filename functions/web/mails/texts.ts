import { catalogue } from '../catalogue.js';

/** The page a mail's "stop these mails" link opens. */
export const mailsTexts = catalogue({
  title: {
    fr: 'Ne plus recevoir de messages sur ce dossier',
    en: 'No more mail about this case',
  },
  intro: {
    fr: 'Un dossier d’aide aux victimes de harcèlement en ligne a été ouvert avec votre adresse e-mail. Si ce n’est pas vous, ou si vous ne voulez plus de messages à son sujet, appuyez sur le bouton.',
    en: 'A case for victims of online harassment was opened with your email address. If it was not you, or if you want no more mail about it, press the button.',
  },
  what: {
    fr: 'Nous n’enverrons plus aucun message à cette adresse, ni sur ce dossier ni sur un autre ouvert avec elle, même plus tard : ni rappel, ni lien de connexion, ni avertissement avant un effacement. Le dossier n’est ni modifié ni effacé. Vous pourrez recevoir à nouveau nos messages en le confirmant depuis cette boîte e-mail.',
    en: 'We will send no more mail to this address, about this case or any other opened with it, even later: no reminder, no sign-in link, no warning before an erasure. The case is neither changed nor erased. You can receive our mails again by confirming it from this mailbox.',
  },
  button: {
    fr: 'Ne plus recevoir de messages',
    en: 'Stop these mails',
  },
  eraseInstead: {
    fr: 'Pour faire effacer ce dossier, faites-le avant d’arrêter les messages : demandez un lien de connexion à cette adresse, il ouvre le dossier, que vous pourrez alors effacer.',
    en: 'To have this case erased, do it before stopping the mails: ask for a sign-in link at this address; it opens the case, which you can then erase.',
  },
  eraseLink: {
    fr: 'Recevoir un lien de connexion',
    en: 'Get a sign-in link',
  },
  doneTitle: {
    fr: 'Les messages sont arrêtés',
    en: 'The mails are stopped',
  },
  done: {
    fr: 'Nous n’enverrons plus de message à cette adresse.',
    en: 'We will send no more mail to this address.',
  },

  /** Receiving the mails again: asked for here, confirmed from the mailbox. */
  resumeTitle: {
    fr: 'Recevoir à nouveau nos messages',
    en: 'Receive our mails again',
  },
  resumeHere: {
    fr: 'Vous avez arrêté nos messages et souhaitez les recevoir à nouveau ? Nous enverrons à cette adresse un message de confirmation : ouvrez son lien, puis appuyez sur le bouton de la page qui s’affiche. Seule la personne qui lit cette boîte e-mail peut réactiver les messages.',
    en: 'You stopped our mails and want to receive them again? We will send this address a confirmation: open its link, then press the button on the page it shows. Only whoever reads that mailbox can turn the mails back on.',
  },
  resumeButton: {
    fr: 'Envoyer un message de confirmation',
    en: 'Send a confirmation',
  },
  resumeIntro: {
    fr: 'Si vous avez arrêté nos messages depuis le lien au bas de l’un d’eux, saisissez votre adresse e-mail : nous y enverrons un message de confirmation. Ouvrez son lien, puis appuyez sur le bouton de la page qui s’affiche. Seule la personne qui lit cette boîte e-mail peut réactiver les messages.',
    en: 'If you stopped our mails from the link at the bottom of one of them, type your email address: we will send it a confirmation. Open its link, then press the button on the page it shows. Only whoever reads that mailbox can turn the mails back on.',
  },
  email: {
    fr: 'Votre adresse e-mail',
    en: 'Your email address',
  },
  askedTitle: {
    fr: 'Regardez votre boîte e-mail',
    en: 'Check your mailbox',
  },
  asked: {
    fr: 'Si cette adresse a arrêté nos messages, nous venons de lui envoyer un message de confirmation. Ouvrez son lien dans les 24 heures, puis appuyez sur le bouton de la page qui s’affiche. Sans cela, les messages restent arrêtés.',
    en: 'If this address stopped our mails, we have just sent it a confirmation. Open its link within 24 hours, then press the button on the page it shows. Until then, the mails stay stopped.',
  },
  confirmIntro: {
    fr: 'Appuyez sur le bouton pour que cette adresse reçoive à nouveau nos messages : rappels, liens de connexion, avertissement avant l’effacement d’un dossier.',
    en: 'Press the button for this address to receive our mails again: reminders, sign-in links, the warning before a case is erased.',
  },
  confirmButton: {
    fr: 'Recevoir à nouveau les messages',
    en: 'Receive mails again',
  },
  invalidTitle: {
    fr: 'Ce lien ne fonctionne plus',
    en: 'This link no longer works',
  },
  invalid: {
    fr: 'Il a déjà servi, a expiré (il fonctionne 24 heures) ou est incomplet. Les messages restent arrêtés ; vous pouvez demander un nouveau message de confirmation.',
    en: 'It was already used, has expired (it works for 24 hours) or is incomplete. The mails stay stopped; you can ask for a new confirmation.',
  },
  liftedTitle: {
    fr: 'Vous recevrez à nouveau nos messages',
    en: 'You will receive our mails again',
  },
  lifted: {
    fr: 'Cette adresse recevra à nouveau nos messages. Pour ouvrir votre dossier sur cet appareil, demandez un lien de connexion.',
    en: 'This address will receive our mails again. To open your case on this device, ask for a sign-in link.',
  },
  signInLink: {
    fr: 'Recevoir un lien de connexion',
    en: 'Get a sign-in link',
  },
});
