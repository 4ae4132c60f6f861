import type { StepStatus } from '../../../../shared/domain/steps.js';
import { type Bilingual, catalogue } from '../../catalogue.js';

/** The steps of the victim's path, each with its form. */
export const stepsTexts = catalogue({
  status: {
    pending: {
      fr: 'À faire',
      en: 'To do',
    },
    awaiting: {
      fr: 'À faire',
      en: 'To do',
    },
    done: {
      fr: 'Fait',
      en: 'Done',
    },
    skipped: {
      fr: 'Passée',
      en: 'Skipped',
    },
    'not-applicable': {
      fr: 'Sans objet',
      en: 'Not needed',
    },
  } satisfies Record<StepStatus, Bilingual<string>>,
  letterReady: {
    fr: 'Votre dossier contient la lettre au Procureur de la République, prête à signer. Avant de l’imprimer, indiquez le tribunal et la ville où vous la signerez\u202f:',
    en: 'Your file holds the letter to the Procureur de la République, ready to sign. Before printing it, give the tribunal and the town where you will sign it:',
  },
  letterDetails: {
    fr: 'ce que la lettre demande',
    en: 'what the letter needs',
  },
  current: {
    fr: 'Étape en cours',
    en: 'Current step',
  },
  done: {
    fr: 'C’est fait',
    en: 'Done',
  },
  skipStep: {
    fr: 'Passer cette étape',
    en: 'Skip this step',
  },
  stepDoneOn: {
    fr: 'Fait le',
    en: 'Done on',
  },
  reportSite: {
    fr: 'Site ou réseau social',
    en: 'Site or social network',
  },
  reportDate: {
    fr: 'Date du signalement',
    en: 'Date of the report',
  },
  reportReference: {
    fr: 'Référence du signalement (facultatif)',
    en: 'Reference of the report (optional)',
  },
  reportSubmit: {
    fr: 'Enregistrer ce signalement',
    en: 'Save this report',
  },
  reportsTitle: {
    fr: 'Vos signalements',
    en: 'Your reports',
  },
  reportedOn: {
    fr: 'signalé le',
    en: 'reported on',
  },
  evidenceComplete: {
    fr: 'Mes preuves sont rassemblées',
    en: 'My evidence is gathered',
  },
  evidenceNeeded: {
    fr: 'Ajoutez au moins une capture d’écran ou un lien ci-dessous.',
    en: 'Add at least one screenshot or link below.',
  },
  certificateUpload: {
    fr: 'Envoyer le certificat médical',
    en: 'Send the medical certificate',
  },
  complaintOutcome: {
    fr: 'Comment s’est passé le dépôt de plainte ?',
    en: 'How did filing the complaint go?',
  },
  filed: {
    fr: 'Ma plainte a été enregistrée',
    en: 'My complaint was filed',
  },
  refused: {
    fr: 'On a refusé de prendre ma plainte',
    en: 'They refused to take my complaint',
  },
  receipt: {
    fr: 'Numéro du récépissé (si la plainte est enregistrée)',
    en: 'Receipt number (if the complaint was filed)',
  },
  station: {
    fr: 'Commissariat ou gendarmerie (facultatif)',
    en: 'Police station or gendarmerie (optional)',
  },
  complaintDate: {
    fr: 'Date (facultatif)',
    en: 'Date (optional)',
  },
  complaintSubmit: {
    fr: 'Enregistrer',
    en: 'Save',
  },
  complaintFiled: {
    fr: (ref: string) => `Plainte enregistrée, récépissé n° ${ref}.`,
    en: (ref: string) => `Complaint filed, receipt no. ${ref}.`,
  },
  complaintRefused: {
    fr: 'Plainte refusée. Vous pouvez écrire au Procureur de la République : c’est l’étape suivante.',
    en: 'Complaint refused. You can write to the Procureur de la République: that is the next step.',
  },
  letterSent: {
    fr: 'Date d’envoi (facultatif)',
    en: 'Date sent (optional)',
  },
  tracking: {
    fr: 'Numéro de la lettre recommandée (facultatif)',
    en: 'Registered letter number (optional)',
  },
  letterSubmit: {
    fr: 'Ma lettre est envoyée',
    en: 'My letter is sent',
  },
  letterOnlyIfRefused: {
    fr: 'Cette étape ne sert que si la plainte est refusée.',
    en: 'This step is only needed if the complaint is refused.',
  },
  call3018: {
    fr: 'Appeler le 3018',
    en: 'Call 3018',
  },
});
