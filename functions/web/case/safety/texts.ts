import { catalogue } from '../../catalogue.js';

/** Signing out, stopping the mails, erasing the case. */
export const safetyTexts = catalogue({
  safetyTitle: {
    fr: 'Sécurité',
    en: 'Safety',
  },
  signOut: {
    fr: 'Me déconnecter de cet appareil',
    en: 'Sign out of this device',
  },
  signOutHint: {
    fr: 'Sur un appareil partagé, déconnectez-vous en partant.',
    en: 'On a shared device, sign out when you leave.',
  },
  sharedDevice: {
    fr: 'Cet appareil est partagé : me déconnecter quand je quitte vite',
    en: 'This device is shared: sign me out when I leave quickly',
  },
  sharedDeviceHint: {
    fr: 'Avec cette case cochée, « Quitter vite » (ou la touche Échap) ferme aussi votre session : personne ne pourra rouvrir votre dossier depuis cet appareil avec le bouton Retour. Il vous faudra un nouveau lien reçu par e-mail pour revenir.',
    en: 'With this box ticked, “Quick exit” (or the Escape key) also ends your session: nobody can reopen your case on this device with the Back button. You will need a new link from your mailbox to come back.',
  },
  sharedDeviceSave: {
    fr: 'Enregistrer pour cet appareil',
    en: 'Save for this device',
  },
  mailsTitle: {
    fr: 'Messages',
    en: 'Mails',
  },
  mailsOn: {
    fr: 'Nous vous écrivons à chaque étape : rappels, dossier prêt, liens de connexion. Si quelqu’un d’autre lit votre boîte e-mail, vous pouvez arrêter ces messages.',
    en: 'We write to you at each step: reminders, dossier ready, sign-in links. If someone else reads your mailbox, you can stop these mails.',
  },
  discreetOn: {
    fr: 'Mode discret activé : nos e-mails arrivent sous le nom « Mon espace », avec des objets qui ne parlent ni de harcèlement ni de plainte. Leur contenu, lui, reste explicite.',
    en: 'Discreet mode is on: our mails come as “My space”, with subjects that speak neither of harassment nor of a complaint. What they say inside stays plain.',
  },
  discreetOff: {
    fr: 'Mode discret désactivé : l’expéditeur et l’objet de nos e-mails disent de quoi il s’agit.',
    en: 'Discreet mode is off: the sender and subject of our mails say what they are about.',
  },
  // Loi du 29 juillet 1881, art. 65: see shared/domain/deadlines.ts.
  countdownsOn: {
    fr: 'Décomptes activés : pour chaque fait marqué public, nous vous écrivons 30, 14 et 7 jours avant la fin du délai de trois mois pour agir contre l’injure ou la diffamation publique.',
    en: 'Countdowns are on: for each fact marked public, we write to you 30, 14 and 7 days before the three-month limit to act against public insult or defamation ends.',
  },
  countdownsOff: {
    fr: 'Décomptes désactivés : nous ne vous écrivons pas avant la fin des délais de trois mois ; ils restent affichés dans votre dossier.',
    en: 'Countdowns are off: we do not write to you before the three-month limits end; they are still shown in your case.',
  },
  countdownsTurnOff: { fr: 'Désactiver les décomptes', en: 'Turn the countdowns off' },
  countdownsTurnOn: { fr: 'Activer les décomptes', en: 'Turn the countdowns on' },
  discreetTurnOff: {
    fr: 'Désactiver le mode discret',
    en: 'Turn discreet mode off',
  },
  discreetTurnOn: {
    fr: 'Activer le mode discret',
    en: 'Turn discreet mode on',
  },
  mailsStop: {
    fr: 'Arrêter les messages',
    en: 'Stop the mails',
  },
  mailsOff: {
    fr: (since: string) =>
      `Aucun message n’est envoyé sur ce dossier depuis le ${since} : ni rappel, ni lien de connexion, ni avertissement avant l’effacement. Si vous vous déconnectez de cet appareil, vous ne pourrez plus rouvrir votre dossier ailleurs.`,
    en: (since: string) =>
      `No mail about this case has been sent since ${since}: no reminder, no sign-in link, no warning before it is erased. If you sign out of this device, you will not be able to open your case anywhere else.`,
  },
  mailsResume: {
    fr: 'Réactiver les messages',
    en: 'Turn the mails back on',
  },
  mailsStoppedByRecipient: {
    fr: 'Ils ont été arrêtés pour cette adresse depuis le lien au bas de l’un d’eux. Pour protéger la personne qui lit cette boîte e-mail, elle seule peut les réactiver : nous pouvons lui envoyer un message de confirmation, dont le lien les réactive.',
    en: 'They were stopped for this address from the link at the bottom of one of them. To protect whoever reads that mailbox, only they can turn them back on: we can send it a confirmation, whose link turns them back on.',
  },
  mailsOffForAddress: {
    fr: 'Cette adresse a demandé à ne plus recevoir nos messages : nous n’envoyons rien sur ce dossier, ni rappel, ni lien de connexion, ni avertissement avant l’effacement.',
    en: 'This address asked for no more of our mails: we send nothing about this case, no reminder, no sign-in link, no warning before it is erased.',
  },
  eraseTitle: {
    fr: 'Effacer mon dossier',
    en: 'Erase my case',
  },
  eraseWarning: {
    fr: 'Tout sera supprimé définitivement : preuves, faits, dossier. Personne ne pourra les récupérer, pas même nous.',
    en: 'Everything will be deleted for good: evidence, facts, file. Nobody can get it back, not even us.',
  },
  eraseConfirm: {
    fr: 'Je comprends que tout sera effacé définitivement',
    en: 'I understand everything will be erased for good',
  },
  eraseButton: {
    fr: 'Effacer définitivement',
    en: 'Erase for good',
  },
  erasedTitle: {
    fr: 'Votre dossier est effacé',
    en: 'Your case is erased',
  },
  erased: {
    fr: 'Votre dossier, vos preuves et vos informations ont été supprimés. Prenez soin de vous. Le 3018 reste joignable, gratuitement et anonymement.',
    en: 'Your case, your evidence and your details have been deleted. Take care of yourself. 3018 is still there for you, free and anonymous.',
  },
});
