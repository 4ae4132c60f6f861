import type { HarassmentKind } from '../../../shared/domain/harassment-kinds.js';
import { type Bilingual, catalogue } from '../catalogue.js';

/** The home page: advice, and the form that opens a case. */
export const homeTexts = catalogue({
  /** After signing out (`?ok=signed-out`). */
  signedOut: {
    fr: 'Vous êtes déconnecté·e de cet appareil.',
    en: 'You are signed out of this device.',
  },
  title: {
    fr: 'Harcèlement en ligne : vous n’êtes pas seul·e',
    en: 'Online harassment: you are not alone',
  },
  intro: {
    fr: 'Ce service gratuit vous guide pas à pas face au harcèlement en ligne. Il garde vos preuves en sécurité et prépare votre dossier pour porter plainte.',
    en: 'This free service guides you step by step through online harassment. It keeps your evidence safe and prepares your file for a complaint.',
  },
  adviceTitle: {
    fr: 'Ce qu’il faut faire',
    en: 'What to do',
  },
  advice: {
    fr: [
      'Ne répondez pas aux auteurs : cela ne ferait qu’amplifier le harcèlement.',
      'Signalez les messages à chaque site ou réseau social qui les héberge.',
      'Verrouillez vos réseaux sociaux pour les réserver aux amis que vous connaissez vraiment.',
      'Faites des captures d’écran et gardez les liens des pages.',
      'Parlez-en à une personne de confiance. Le 3018 est gratuit, anonyme et confidentiel, aussi pour les adultes.',
      'Consultez un médecin : le certificat médical décrit les effets sur votre vie de tous les jours.',
      'Portez plainte au commissariat ou à la gendarmerie : une plainte, et non une main courante.',
      'Si la plainte est refusée, écrivez au Procureur de la République.',
    ],
    en: [
      'Do not answer the people harassing you: it only makes it worse.',
      'Report the messages to each site or social network hosting them.',
      'Lock your social accounts so only friends you really know can see them.',
      'Take screenshots and keep the links of the pages.',
      'Talk to someone you trust. 3018 is free, anonymous and confidential, for adults too.',
      'See a doctor: the medical certificate describes the effects on your daily life.',
      'File a complaint at the police station or gendarmerie: a “plainte”, not a “main courante”.',
      'If the complaint is refused, write to the Procureur de la République (public prosecutor).',
    ],
  },
  call3018: {
    fr: 'Appeler le 3018',
    en: 'Call 3018',
  },
  cnil: {
    fr: 'La CNIL propose aussi des conseils aux victimes de harcèlement en ligne.',
    en: 'The CNIL (French data protection authority) also has advice for victims of online harassment.',
  },
  cnilLink: {
    fr: 'Les conseils de la CNIL',
    en: 'The CNIL’s advice',
  },
  formTitle: {
    fr: 'Ouvrir mon dossier',
    en: 'Open my case',
  },
  formIntro: {
    fr: 'Quelques informations suffisent. Vous pourrez tout compléter plus tard, à votre rythme.',
    en: 'A few details are enough. You can add everything else later, at your own pace.',
  },
  email: {
    fr: 'Votre adresse e-mail',
    en: 'Your email address',
  },
  emailHint: {
    fr: 'Nous n’écrivons qu’à cette adresse. Choisissez une adresse que la personne qui vous harcèle ne peut pas lire.',
    en: 'We only write to this address. Choose one the person harassing you cannot read.',
  },
  locale: {
    fr: 'Langue de votre dossier',
    en: 'Language of your case',
  },
  kinds: {
    fr: 'Ce que vous subissez (facultatif)',
    en: 'What is happening to you (optional)',
  },
  kindsHint: {
    fr: 'Cochez tout ce qui correspond.',
    en: 'Tick everything that applies.',
  },
  summary: {
    fr: 'En quelques mots, ce qui se passe (facultatif)',
    en: 'In a few words, what is happening (optional)',
  },
  summaryHint: {
    fr: 'Vous pourrez ajouter les faits en détail ensuite.',
    en: 'You can add the facts in detail afterwards.',
  },
  submit: {
    fr: 'Ouvrir mon dossier',
    en: 'Open my case',
  },
  privacy: {
    fr: 'Vos informations ne servent qu’à votre dossier. Vous pouvez l’effacer entièrement à tout moment.',
    en: 'Your details are only used for your case. You can erase it completely at any time.',
  },
  already: {
    fr: 'Vous avez déjà un dossier ?',
    en: 'Already have a case?',
  },
  lostLink: {
    fr: 'Recevoir un lien de connexion',
    en: 'Get a sign-in link',
  },
  kindNames: {
    rumours: {
      fr: 'Propagation de rumeurs',
      en: 'Rumours spread about me',
    },
    'threats-insults': {
      fr: 'Menaces, insultes',
      en: 'Threats, insults',
    },
    'message-flooding': {
      fr: 'Messages incessants visant une même personne',
      en: 'Incessant messages aimed at me',
    },
    'humiliating-media': {
      fr: 'Photos ou vidéos humiliantes',
      en: 'Humiliating photos or videos',
    },
    'fake-profile': {
      fr: 'Page ou faux profil contre moi',
      en: 'A page or fake profile against me',
    },
    'orders-in-my-name': {
      fr: 'Commandes passées à mon nom avec mes données',
      en: 'Goods or services ordered in my name with my data',
    },
  } satisfies Record<HarassmentKind, Bilingual<string>>,
});
