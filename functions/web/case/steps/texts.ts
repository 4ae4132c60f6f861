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
  letterIsReady: {
    fr: (version: number, at: string) =>
      `Votre lettre au Procureur de la République est prête, à imprimer et signer (version\u00a0${version}, du ${at}).`,
    en: (version: number, at: string) =>
      `Your letter to the Procureur de la République is ready to print and sign (version ${version}, of ${at}).`,
  },
  letterPreparing: {
    fr: 'Votre lettre au Procureur de la République se prépare\u202f: elle apparaîtra ici dans un instant.',
    en: 'Your letter to the Procureur de la République is being prepared: it will appear here in a moment.',
  },
  letterNeeds: {
    fr: 'Ce que la lettre ne dit pas encore (touchez une ligne pour le compléter)\u202f:',
    en: 'What the letter does not say yet (tap a line to complete it):',
  },
  letterAgain: {
    fr: 'Une fois ces informations ajoutées, préparez la lettre à nouveau pour qu’elle les contienne.',
    en: 'Once you have added them, prepare the letter again so that it holds them.',
  },
  letterPrepare: {
    fr: 'Préparer la lettre à nouveau',
    en: 'Prepare the letter again',
  },
  doItAbove: {
    fr: 'C’est l’étape à faire maintenant\u202f: elle vous attend en haut de la page.',
    en: 'This is the step to do now: it is waiting for you at the top of the page.',
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
  byHelper: {
    fr: 'fait par {name}, personne de confiance',
    en: 'done by {name}, a trusted person',
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
    fr: 'Ajoutez au moins une capture d’écran ou un lien.',
    en: 'Add at least one screenshot or link.',
  },
  evidenceListed: {
    fr: 'Ce que vous avez envoyé est gardé et vérifié.',
    en: 'What you sent is kept and checked.',
  },
  evidenceList: {
    fr: 'Voir la liste de vos preuves',
    en: 'See the list of your evidence',
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
