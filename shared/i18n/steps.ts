import type { Locale } from '../domain/locale.js';
import type { StepId } from '../domain/steps.js';
import { typesetTable } from './typography.js';

export interface StepText {
  readonly title: string;
  readonly advice: string;
}

/** The advice page's steps, in the product's own words. */
const asWritten: Readonly<Record<Locale, Readonly<Record<StepId, StepText>>>> = {
  fr: {
    'stop-contact': {
      title: 'Ne pas répondre aux auteurs',
      advice: 'Répondre ne ferait qu’alimenter le harcèlement. Vous ne leur devez aucune réponse.',
    },
    'report-content': {
      title: 'Signaler les messages à chaque site',
      advice:
        'Sur le forum jeuxvideo.com, si vous y avez un compte, utilisez l’icône « ! » rouge présente sur chaque message ; avec ou sans compte, écrivez à la modération par le formulaire de contact (champ Forum / Modération). Ailleurs, utilisez l’outil de signalement de chaque site ou réseau social. Notez la date et la référence de chaque signalement.',
    },
    'lock-accounts': {
      title: 'Verrouiller vos réseaux sociaux',
      advice:
        'Réservez l’accès à vos comptes personnels aux amis que vous connaissez vraiment, dans la vie de tous les jours.',
    },
    'collect-evidence': {
      title: 'Garder les captures d’écran et les liens',
      advice:
        'Faites des captures d’écran des messages et notez l’adresse (le lien) de chaque page. Elles servent aux signalements et à votre plainte.',
    },
    'seek-support': {
      title: 'En parler à quelqu’un',
      advice:
        'Ne restez pas seul·e : parlez-en à une personne de confiance. Le 3018 est gratuit, anonyme et confidentiel, spécialisé dans le harcèlement en ligne, et vous aide aussi si vous êtes majeur·e.',
    },
    'medical-certificate': {
      title: 'Consulter un médecin',
      advice:
        'Demandez un certificat médical qui décrit précisément les effets sur votre vie de tous les jours : sommeil, alimentation, craintes, sorties, vie sociale, médicaments.',
    },
    'file-complaint': {
      title: 'Porter plainte',
      advice:
        'Au commissariat ou à la gendarmerie la plus proche, demandez à déposer une plainte (et non une main courante), avec le certificat, les liens et les captures d’écran. Ils doivent l’enregistrer et vous remettre un récépissé.',
    },
    'write-prosecutor': {
      title: 'En cas de refus : écrire au Procureur de la République',
      advice:
        'Si la plainte est refusée, écrivez au Procureur de la République du tribunal judiciaire, avec une lettre qui explique le harcèlement, le certificat médical et les captures d’écran.',
    },
    // CPP art. 85 and 40-3: sources in shared/domain/follow-up.ts.
    'follow-up': {
      title: 'Après la plainte : où en est-elle ?',
      advice:
        'Trois mois après la plainte, dites-nous ce qu’il en est : pas de nouvelles, classement sans suite, enquête ou poursuites en cours, ou date d’audience. Sans nouvelles ou après un classement, vous pouvez saisir le doyen des juges d’instruction par une plainte avec constitution de partie civile ; après un classement, vous pouvez aussi former un recours auprès du procureur général.',
    },
  },
  en: {
    'stop-contact': {
      title: 'Do not answer the people harassing you',
      advice: 'Answering only feeds the harassment. You owe them no reply.',
    },
    'report-content': {
      title: 'Report the messages to each site',
      advice:
        'On the jeuxvideo.com forum, if you have an account there, use the red “!” icon on each message; with or without an account, write to the moderators through the contact form (field Forum / Modération). Elsewhere, use each site’s or network’s own reporting tool. Note the date and reference of each report.',
    },
    'lock-accounts': {
      title: 'Lock your social accounts',
      advice: 'Keep your personal accounts for the friends you really know, in everyday life.',
    },
    'collect-evidence': {
      title: 'Keep screenshots and links',
      advice:
        'Take screenshots of the messages and note the address (link) of each page. You need them to report the messages and for your complaint.',
    },
    'seek-support': {
      title: 'Talk to someone',
      advice:
        'Do not keep it to yourself: talk to someone you trust. 3018 is free, anonymous and confidential, specialised in online harassment, and helps adults too.',
    },
    'medical-certificate': {
      title: 'See a doctor',
      advice:
        'Ask for a medical certificate that describes precisely how it affects your daily life: sleep, eating, fears, going out, social life, medication.',
    },
    'file-complaint': {
      title: 'File a complaint',
      advice:
        'At the nearest police station or gendarmerie, ask to file a complaint (a “plainte”, not a “main courante”), with the certificate, the links and the screenshots. They must take it and give you a receipt.',
    },
    'write-prosecutor': {
      title: 'If they refuse: write to the public prosecutor',
      advice:
        'If your complaint is refused, write to the Procureur de la République at the tribunal judiciaire, with a letter explaining the harassment, the medical certificate and the screenshots.',
    },
    'follow-up': {
      title: 'After the complaint: where does it stand?',
      advice:
        'Three months after the complaint, tell us where it stands: no news, dismissed (classement sans suite), investigation or prosecution under way, or a hearing date. With no news or after a dismissal, you can go to the senior investigating judge (doyen des juges d’instruction) with a civil-party complaint; after a dismissal, you can also appeal to the procureur général.',
    },
  },
};

/** The French side set in French typography (no-break spaces), once, here. */
export const STEP_TEXT = typesetTable(asWritten);
