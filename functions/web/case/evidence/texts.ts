import type { EvidenceKind, UploadKind } from '../../../../shared/domain/evidence.js';
import { type Bilingual, catalogue } from '../../catalogue.js';

/** Evidence: upload forms, links, the list of what the case holds. */
export const evidenceTexts = catalogue({
  evidenceTitle: {
    fr: 'Vos preuves',
    en: 'Your evidence',
  },
  evidenceIntro: {
    fr: 'Chaque fichier reçu est vérifié, puis scellé par son empreinte SHA-256 : elle prouve qu’il n’a pas été modifié.',
    en: 'Every file received is checked, then sealed by its SHA-256 fingerprint: it proves the file was not changed.',
  },
  uploadTitle: {
    screenshot: {
      fr: 'Ajouter une capture d’écran',
      en: 'Add a screenshot',
    },
    video: {
      fr: 'Ajouter une vidéo',
      en: 'Add a video',
    },
    document: {
      fr: 'Ajouter un document (PDF, image)',
      en: 'Add a document (PDF, image)',
    },
    'medical-certificate': {
      fr: 'Envoyer le certificat médical',
      en: 'Send the medical certificate',
    },
  } satisfies Record<UploadKind, Bilingual<string>>,
  uploadHint: {
    screenshot: {
      fr: 'PNG, JPEG, WebP ou GIF, jusqu’à 20 Mo.',
      en: 'PNG, JPEG, WebP or GIF, up to 20 MB.',
    },
    video: {
      fr: 'MP4, WebM ou MOV, jusqu’à 500 Mo.',
      en: 'MP4, WebM or MOV, up to 500 MB.',
    },
    document: {
      fr: 'PDF, PNG ou JPEG, jusqu’à 20 Mo.',
      en: 'PDF, PNG or JPEG, up to 20 MB.',
    },
    'medical-certificate': {
      fr: 'PDF, PNG ou JPEG (une photo lisible suffit), jusqu’à 20 Mo.',
      en: 'PDF, PNG or JPEG (a clear photo will do), up to 20 MB.',
    },
  } satisfies Record<UploadKind, Bilingual<string>>,
  chooseFile: {
    fr: 'Fichier',
    en: 'File',
  },
  send: {
    fr: 'Envoyer',
    en: 'Send',
  },
  sending: {
    fr: 'Envoi en cours…',
    en: 'Sending…',
  },
  addInStep: {
    fr: (n: number, title: string) =>
      `Ajoutez vos captures d’écran, fichiers et liens à l’étape\u00a0${n}, «\u202f${title}\u202f».`,
    en: (n: number, title: string) =>
      `Add your screenshots, files and links in step ${n}, “${title}”.`,
  },
  otherFiles: {
    fr: 'Ajouter une vidéo ou un document',
    en: 'Add a video or a document',
  },
  linkTitle: {
    fr: 'Ajouter un lien',
    en: 'Add a link',
  },
  linkUrl: {
    fr: 'Adresse de la page (lien)',
    en: 'Address of the page (link)',
  },
  linkDescription: {
    fr: 'Ce qu’on y voit (facultatif)',
    en: 'What it shows (optional)',
  },
  linkSubmit: {
    fr: 'Ajouter le lien',
    en: 'Add the link',
  },
  noEvidence: {
    fr: 'Aucune preuve pour l’instant.',
    en: 'No evidence yet.',
  },
  kind: {
    screenshot: {
      fr: 'Capture d’écran',
      en: 'Screenshot',
    },
    video: {
      fr: 'Vidéo',
      en: 'Video',
    },
    document: {
      fr: 'Document',
      en: 'Document',
    },
    'medical-certificate': {
      fr: 'Certificat médical',
      en: 'Medical certificate',
    },
    link: {
      fr: 'Lien',
      en: 'Link',
    },
  } satisfies Record<EvidenceKind, Bilingual<string>>,
  received: {
    fr: 'Reçu le',
    en: 'Received on',
  },
  size: {
    fr: 'Taille',
    en: 'Size',
  },
  hash: {
    fr: 'Empreinte SHA-256',
    en: 'SHA-256 fingerprint',
  },
  timestamp: {
    fr: 'Horodatage',
    en: 'Timestamp',
  },
  timestampWaiting: {
    fr: 'en attente\u00a0: l’autorité d’horodatage n’a pas encore répondu. La pièce est bien reçue et conservée\u00a0; l’horodatage sera redemandé.',
    en: 'waiting: the timestamp authority has not answered yet. The file is received and kept; the timestamp will be asked for again.',
  },
  download: {
    fr: 'Télécharger',
    en: 'Download',
  },
  rejectedTitle: {
    fr: 'Fichiers refusés',
    en: 'Files refused',
  },
  uploadDone: {
    fr: 'Fichier reçu. Il est en cours de vérification et apparaîtra dans vos preuves ci-dessous dans quelques secondes. Vous pouvez en envoyer un autre.',
    en: 'File received. It is being checked and will appear in your evidence below in a few seconds. You can send another one.',
  },
  uploadsTitle: {
    fr: 'Vos envois',
    en: 'Your uploads',
  },
  lineReceived: {
    fr: 'Reçu, vérification en cours…',
    en: 'Received, being checked…',
  },
  /** `{n}`: the item's number in the list of evidence. */
  lineChecked: {
    fr: 'Vérifié : preuve n°\u00a0{n}',
    en: 'Checked: evidence no. {n}',
  },
  lineRefused: {
    fr: 'Refusé :',
    en: 'Refused:',
  },
  lineFailed: {
    fr: 'L’envoi a échoué (connexion coupée ?). Réessayez avec ce fichier.',
    en: 'The upload failed (connection lost?). Try again with this file.',
  },
  lineSlow: {
    fr: 'La vérification prend plus de temps que prévu. Le fichier apparaîtra dans vos preuves ; rechargez la page dans un moment.',
    en: 'The check is taking longer than expected. The file will appear in your evidence; reload the page in a moment.',
  },
  lineNotAccepted: {
    fr: 'Refusé : ce type ou cette taille de fichier n’est pas accepté ici.',
    en: 'Refused: this type or size of file is not accepted here.',
  },
  pictureAlt: {
    fr: (n: number) => `Aperçu de la preuve n°\u00a0${n}`,
    en: (n: number) => `Preview of evidence no. ${n}`,
  },
  pendingNote: {
    fr: 'Un fichier est en cours de vérification. Il apparaîtra ici dans quelques secondes ; rechargez la page.',
    en: 'A file is being checked. It will appear here in a few seconds; reload the page.',
  },
});
