import type { DossierRecord } from '../../../../shared/domain/fold.js';
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
  } satisfies Record<DossierRecord['purpose'], Bilingual<string>>,
  dossierEmpty: {
    fr: 'Cette version ne contient aucun fichier. Préparez-en une nouvelle avec le bouton ci-dessous : vos preuves sont conservées.',
    en: 'This version holds no file. Prepare a new one with the button below: your evidence is kept safe.',
  },
  dossierRequest: {
    fr: 'Préparer mon dossier maintenant',
    en: 'Prepare my file now',
  },
  download: {
    fr: 'Télécharger',
    en: 'Download',
  },
});
