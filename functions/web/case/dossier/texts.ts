import type { DossierRecord } from '../../../../shared/domain/fold.js';
import type { DossierAttachment } from '../../../../shared/domain/mail-preferences.js';
import { type Bilingual, catalogue } from '../../catalogue.js';

/** The complaint dossier: its versions, downloads, and the button that prepares one. */
export const dossierTexts = catalogue({
  dossierTitle: {
    fr: 'Votre dossier de plainte',
    en: 'Your complaint file',
  },
  dossierIntro: {
    fr: 'Un PDF à imprimer, et une archive ZIP de vos fichiers originaux. Il se prépare tout seul après le certificat médical ; vous pouvez aussi le demander maintenant.',
    en: 'A PDF to print, and a ZIP archive of your original files. It is prepared by itself after the medical certificate; you can also ask for it now.',
  },
  dossierNone: {
    fr: 'Pas encore de dossier.',
    en: 'No file yet.',
  },
  dossierNoIdentity: {
    fr: 'Votre nom et votre adresse n’y figurent pas encore :',
    en: 'Your name and address are not in it yet:',
  },
  dossierAddIdentity: {
    fr: 'ajoutez vos coordonnées pour la plainte',
    en: 'add your details for the complaint',
  },
  dossierVersion: {
    fr: (n: number) => `Version ${n}`,
    en: (n: number) => `Version ${n}`,
  },
  dossierPurpose: {
    complaint: {
      fr: 'Dossier de plainte',
      en: 'Complaint file',
    },
    'prosecutor-letter': {
      fr: 'Lettre au Procureur de la République',
      en: 'Letter to the Procureur de la République',
    },
    'civil-party': {
      fr: 'Plainte avec constitution de partie civile',
      en: 'Civil-party complaint',
    },
  } satisfies Record<DossierRecord['purpose'], Bilingual<string>>,
  dossierEmpty: {
    fr: 'Cette version ne contient aucun fichier. Préparez-en une nouvelle avec le bouton ci-dessous : vos preuves sont conservées.',
    en: 'This version holds no file. Prepare a new one with the button below: your evidence is kept safe.',
  },
  progressCompiling: {
    fr: (stage: string, percent: number) =>
      `Votre dossier se prépare\u202f: ${stage} (${percent}\u00a0%).`,
    en: (stage: string, percent: number) => `Your file is being prepared: ${stage} (${percent}%).`,
  },
  progressStage: {
    queued: { fr: 'en attente de démarrage', en: 'waiting to start' },
    preparing: { fr: 'lecture de vos preuves', en: 'reading your evidence' },
    rendering: { fr: 'mise en page', en: 'laying out the pages' },
    writing: { fr: 'écriture du PDF et de l’archive', en: 'writing the PDF and the archive' },
    archiving: { fr: 'ajout de vos fichiers originaux', en: 'adding your original files' },
  },
  progressReady: {
    fr: 'Votre dossier est prêt\u202f: vous pouvez le télécharger ci-dessous.',
    en: 'Your file is ready: you can download it below.',
  },
  progressFailed: {
    fr: 'La préparation de votre dossier n’a pas abouti. Vos preuves sont intactes\u202f: relancez-la avec le bouton «\u202fPréparer mon dossier maintenant\u202f».',
    en: 'Preparing your file did not succeed. Your evidence is intact: start again with the “Prepare my file now” button.',
  },
  progressLabel: {
    fr: 'Préparation du dossier',
    en: 'Preparing the file',
  },
  progressLookAgain: {
    fr: 'Voir où en est la préparation',
    en: 'See how far it has got',
  },
  dossierRequest: {
    fr: 'Préparer mon dossier maintenant',
    en: 'Prepare my file now',
  },
  download: {
    fr: 'Télécharger',
    en: 'Download',
  },
  deliveryTitle: {
    fr: 'Recevoir le dossier par e-mail',
    en: 'Getting the file by mail',
  },
  deliveryIntro: {
    fr: 'Le dossier contient votre identité, votre santé et toutes vos preuves : si quelqu’un lit vos e-mails, il pourra le lire aussi. Choisissez comment nous vous l’envoyons ; vous pourrez changer d’avis.',
    en: 'The file holds your identity, your health and all your evidence: anyone who reads your mail could read it too. Choose how we send it to you; you can change your mind.',
  },
  deliveryNotChosen: {
    fr: 'Tant que vous n’avez pas choisi, nos e-mails ne contiennent pas le dossier.',
    en: 'Until you choose, our mails do not carry the file.',
  },
  deliveryCurrent: {
    protected: {
      fr: 'Votre choix : le dossier protégé par un mot de passe, envoyé quand vous le demandez ici.',
      en: 'Your choice: the file protected by a password, sent when you ask for it here.',
    },
    plain: {
      fr: 'Votre choix : le dossier joint à nos e-mails, sans protection.',
      en: 'Your choice: the file attached to our mails, unprotected.',
    },
    none: {
      fr: 'Votre choix : le dossier n’est jamais joint à nos e-mails ; téléchargez-le ici.',
      en: 'Your choice: the file is never attached to our mails; download it here.',
    },
  } satisfies Record<DossierAttachment, Bilingual<string>>,
  deliveryOption: {
    protected: {
      fr: 'Joint, protégé par un mot de passe que je choisis (conseillé)',
      en: 'Attached, protected by a password I choose (advised)',
    },
    plain: {
      fr: 'Joint, sans protection',
      en: 'Attached, unprotected',
    },
    none: {
      fr: 'Pas joint : je le télécharge sur cette page',
      en: 'Not attached: I download it from this page',
    },
  } satisfies Record<DossierAttachment, Bilingual<string>>,
  deliveryProtectedHint: {
    fr: 'Tout lecteur de PDF l’ouvre avec ce mot de passe. Nous ne le gardons pas : il sert à vous envoyer le dernier dossier maintenant, et vous le donnerez de nouveau pour un dossier suivant.',
    en: 'Any PDF reader opens it with this password. We do not keep it: it is used to send you the latest file now, and you give it again for a later file.',
  },
  deliveryPassword: {
    fr: 'Mot de passe du PDF (8 caractères au moins), seulement pour un envoi protégé',
    en: 'Password of the PDF (at least 8 characters), only for a protected copy',
  },
  deliveryPasswordHint: {
    fr: 'N’utilisez pas le mot de passe de votre messagerie.',
    en: 'Do not use the password of your mailbox.',
  },
  deliverySubmit: {
    fr: 'Enregistrer mon choix',
    en: 'Save my choice',
  },
  deliverySendProtected: {
    fr: 'Enregistrer et m’envoyer le dossier protégé',
    en: 'Save and send me the protected file',
  },
});
