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
    fr: 'Nous n’enverrons plus aucun message sur ce dossier à cette adresse : ni rappel, ni lien de connexion, ni avertissement avant son effacement. Le dossier n’est ni modifié ni effacé ; la personne qui l’a ouvert peut réactiver les messages depuis sa page.',
    en: 'We will send no more mail about this case to this address: no reminder, no sign-in link, no warning before it is erased. The case is neither changed nor erased; whoever opened it can turn the mails back on from its page.',
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
    fr: 'Nous n’enverrons plus de message sur ce dossier à cette adresse.',
    en: 'We will send no more mail about this case to this address.',
  },
});
