import type { Locale } from '../domain/locale.js';

/**
 * Every word of the mails, French and English side by side per key: a key missing one
 * language fails `tsc` (see `satisfies` below). Plain text with no typography: the layout
 * puts the French no-break spaces in (`shared/i18n/typography.ts`).
 *
 * Nothing anyone typed goes into a mail (no name, no receipt number): anyone can open a
 * case for any address, and could otherwise write to a victim through us.
 */
export const MAIL_TEXT = {
  hello: { fr: 'Bonjour,', en: 'Hello,' },
  openCase: { fr: 'Ouvrir mon dossier', en: 'Open my case' },
  /** Heads the help lines of each mail (`help.ts`). */
  notAlone: { fr: 'Vous n’êtes pas seul·e.', en: 'You are not alone.' },
  cnil: {
    fr: 'La CNIL propose aussi des conseils aux victimes de harcèlement en ligne.',
    en: 'The CNIL also offers advice to victims of online harassment.',
  },
  /** "Étape 4 sur 8": the case page's numbering. */
  stepOf: {
    fr: (n: number, total: number) => `Étape ${n} sur ${total}`,
    en: (n: number, total: number) => `Step ${n} of ${total}`,
  },

  welcomeSubject: { fr: 'Votre dossier est ouvert', en: 'Your case is open' },
  welcomeIntro: {
    fr: 'Votre dossier est ouvert. Il vous guide pas à pas et garde vos preuves en lieu sûr. Voici les étapes conseillées face au harcèlement en ligne ; votre dossier rassemble ce qu’il faut pour la plainte.',
    en: 'Your case is open. It guides you step by step and keeps your evidence safe. Here are the recommended steps against online harassment; your case gathers what the complaint needs.',
  },

  reminderSubject: {
    fr: (step: string) => `Rappel – ${step}`,
    en: (step: string) => `Reminder – ${step}`,
  },
  reminderIntro: {
    fr: (step: string) => `Petit rappel : l’${step.toLowerCase()} de votre dossier attend encore.`,
    en: (step: string) => `A gentle reminder: ${step.toLowerCase()} of your case is still waiting.`,
  },
  reminderLast: {
    fr: 'C’est notre dernier rappel pour cette étape. Rien ne presse davantage : votre dossier reste ouvert.',
    en: 'This is our last reminder for this step. There is no more hurry than before: your case stays open.',
  },
  reminderOthers: {
    fr: (count: number) =>
      count === 1
        ? 'Une autre étape vous attend aussi ; toutes sont sur votre page.'
        : `${count} autres étapes vous attendent aussi ; toutes sont sur votre page.`,
    en: (count: number) =>
      count === 1
        ? 'One other step is waiting too; every step is on your page.'
        : `${count} other steps are waiting too; every step is on your page.`,
  },

  stalledSubject: { fr: 'Nous arrêtons les rappels', en: 'We are stopping the reminders' },
  stalledIntro: {
    fr: 'Nous ne vous enverrons plus de rappels. Votre dossier reste ouvert et rien n’est perdu : reprenez-le quand vous serez prêt·e, depuis votre page.',
    en: 'We will not send you more reminders. Your case stays open and nothing is lost: pick it up again when you are ready, from your page.',
  },

  dossierSubject: {
    fr: 'Votre dossier de plainte est prêt',
    en: 'Your complaint dossier is ready',
  },
  dossierIntro: {
    fr: 'Votre dossier est prêt : un PDF à imprimer et une archive ZIP de vos preuves originales, à télécharger depuis votre page.',
    en: 'Your dossier is ready: a PDF to print and a ZIP archive of your original evidence, to download from your page.',
  },
  dossierHow: {
    fr: [
      'Allez au commissariat ou à la gendarmerie la plus proche de chez vous avec le dossier imprimé, votre certificat médical et une pièce d’identité.',
      'Demandez à déposer une plainte, et non une main courante. Les policiers et gendarmes sont tenus de recevoir votre plainte (article 15-3 du Code de procédure pénale) et de vous remettre un récépissé.',
      'Vous pouvez demander une copie du procès-verbal de votre plainte.',
      'Ensuite, indiquez sur votre page si la plainte a été enregistrée (avec le numéro du récépissé) ou refusée.',
    ],
    en: [
      'Go to the police station or gendarmerie nearest to your home with the printed dossier, your medical certificate and an ID.',
      'Ask to file a complaint (a “plainte”), not a “main courante”. The police must take your complaint (article 15-3 of the Code de procédure pénale) and give you a receipt.',
      'You may ask for a copy of the report of your complaint.',
      'Then say on your page whether the complaint was filed (with the receipt number) or refused.',
    ],
  },

  filedSubject: { fr: 'Votre plainte est enregistrée', en: 'Your complaint is filed' },
  filedIntro: {
    fr: 'Votre plainte est enregistrée. Gardez le récépissé précieusement.',
    en: 'Your complaint is filed. Keep the receipt safe.',
  },
  filedNext: {
    fr: [
      'Vous pouvez demander une copie du procès-verbal de votre plainte.',
      'Le procureur de la République décide de la suite ; vous pourrez être recontacté·e.',
      'Si le harcèlement continue, continuez à garder les captures d’écran et les liens : votre dossier reste ouvert pour les ajouter.',
    ],
    en: [
      'You may ask for a copy of the report of your complaint.',
      'The public prosecutor decides what happens next; you may be contacted.',
      'If the harassment goes on, keep taking screenshots and links: your case stays open to add them.',
    ],
  },

  /** How the PDF comes with the mail: see `PdfAttachment` in `templates.ts`. */
  attached: {
    fr: 'Le dossier PDF est joint à ce message, sans mot de passe, comme vous l’avez choisi.',
    en: 'The PDF dossier is attached to this message, with no password, as you chose.',
  },
  attachedProtected: {
    fr: 'Le dossier PDF est joint à ce message, protégé par le mot de passe que vous avez choisi. Nous ne l’avons pas gardé : si vous l’oubliez, demandez un nouvel envoi depuis votre page, avec un nouveau mot de passe.',
    en: 'The PDF dossier is attached to this message, protected by the password you chose. We did not keep it: if you forget it, ask for a new copy from your page, with a new password.',
  },
  tooLarge: {
    fr: 'Le dossier PDF est trop volumineux pour être joint : téléchargez-le depuis votre page.',
    en: 'The PDF dossier is too large to attach: download it from your page.',
  },
  notConfirmed: {
    fr: 'Téléchargez le dossier PDF depuis votre page. Nous ne le joignons à nos messages qu’une fois cette adresse confirmée, c’est-à-dire après l’ouverture d’un lien de connexion reçu ici.',
    en: 'Download the PDF dossier from your page. We attach it to our messages only once this address is confirmed, that is after a sign-in link received here has been opened.',
  },
  notChosen: {
    fr: 'Le dossier PDF n’est pas joint. Il contient votre identité, votre santé et vos preuves : choisissez sur votre page comment le recevoir par e-mail (protégé par un mot de passe que vous choisissez, sans protection, ou pas du tout). Jusque-là, nous ne le joignons jamais.',
    en: 'The PDF dossier is not attached. It holds your identity, your health and your evidence: choose on your page how to receive it by mail (protected by a password you choose, unprotected, or not at all). Until then, we never attach it.',
  },
  notWanted: {
    fr: 'Comme vous l’avez choisi, le dossier PDF n’est pas joint : téléchargez-le depuis votre page.',
    en: 'As you chose, the PDF dossier is not attached: download it from your page.',
  },
  protectedOnRequest: {
    fr: 'Vous avez choisi de recevoir le dossier PDF protégé par un mot de passe. Nous ne gardons pas ce mot de passe : pour recevoir ce nouveau dossier, demandez-le depuis votre page en saisissant un mot de passe.',
    en: 'You chose to receive the PDF dossier protected by a password. We do not keep that password: to receive this new dossier, ask for it from your page and type a password.',
  },

  letterSubject: {
    fr: 'Écrire au Procureur de la République',
    en: 'Write to the public prosecutor',
  },
  letterIntro: {
    fr: 'La plainte a été refusée. Vous pouvez écrire directement au Procureur de la République : votre lettre est prête sur votre page.',
    en: 'The complaint was refused. You can write directly to the Procureur de la République: your letter is ready on your page.',
  },
  letterHow: {
    fr: [
      'Adressez-la au Procureur de la République du tribunal judiciaire de votre domicile ou du lieu des faits.',
      'Joignez la lettre, le certificat médical et les captures d’écran (le dossier PDF les contient).',
      'Envoyez le tout en lettre recommandée avec accusé de réception et gardez une copie et le reçu.',
      'Ensuite, indiquez sur votre page que le courrier est envoyé.',
    ],
    en: [
      'Address it to the Procureur de la République at the tribunal judiciaire where you live or where the acts took place.',
      'Enclose the letter, the medical certificate and the screenshots (the PDF dossier holds them).',
      'Send it all by registered letter with acknowledgement of receipt, and keep a copy and the receipt.',
      'Then say on your page that the letter is sent.',
    ],
  },

  closedSubject: { fr: 'Votre dossier est complet', en: 'Your case is complete' },
  followUpLettersSubject: {
    fr: 'Vos courriers pour la suite de la plainte sont prêts',
    en: 'Your letters for what comes after the complaint are ready',
  },
  followUpLettersIntro: {
    fr: 'Vos courriers sont prêts sur votre page : la plainte avec constitution de partie civile au doyen des juges d’instruction et, après un classement sans suite, le recours au procureur général.',
    en: 'Your letters are ready on your page: the civil-party complaint to the senior investigating judge and, after a dismissal, the appeal to the procureur général.',
  },
  // CPP art. 88 (consignation, waived with aide juridictionnelle): see shared/domain/follow-up.ts.
  followUpLettersHow: {
    fr: [
      'Envoyez chaque courrier signé en lettre recommandée avec accusé de réception, avec le dossier PDF et la copie de votre plainte (et l’avis de classement s’il y en a un).',
      'Le juge peut demander une consignation, fixée selon vos ressources ; elle n’est pas demandée si vous avez l’aide juridictionnelle, que vous pouvez solliciter.',
      'Gardez une copie de chaque courrier et les accusés de réception.',
    ],
    en: [
      'Send each signed letter by registered post with acknowledgement of receipt, with the PDF dossier and the copy of your complaint (and the dismissal notice if there is one).',
      'The judge may ask for a deposit (consignation) set according to your means; none is asked if you have legal aid (aide juridictionnelle), which you can apply for.',
      'Keep a copy of each letter and the acknowledgements of receipt.',
    ],
  },

  closedIntro: {
    fr: 'Toutes les étapes de votre dossier sont faites. Il reste disponible depuis votre page : vous pouvez encore y ajouter des preuves si cela continue.',
    en: 'Every step of your case is done. It stays available from your page: you can still add evidence if it goes on.',
  },

  signInSubject: {
    fr: 'Votre lien pour ouvrir votre dossier',
    en: 'Your link to open your case',
  },
  /** The lost-link form: whoever reads this may be on another device than whoever asked. */
  signInIntro: {
    fr: 'Un lien pour ouvrir votre dossier a été demandé. Ouvrez le lien ci-dessous, puis appuyez sur le bouton « Me connecter » de la page qui s’affiche.',
    en: 'A link to open your case was asked for. Open the link below, then press the “Sign me in” button on the page it shows.',
  },

  // Loi du 29 juillet 1881, art. 65 (three months; only the parquet's réquisitions or a
  // civil-party complaint interrupt it) and CPP art. 85 (no three-month wait for these
  // offences): sources in shared/domain/deadlines.ts and shared/domain/follow-up.ts.
  countdownSubject: {
    fr: (days: number) => `Injure ou diffamation publique : plus que ${days} jours pour agir`,
    en: (days: number) => `Public insult or defamation: ${days} days left to act`,
  },
  countdownIntro: {
    fr: (days: number, dueBy: string) =>
      `Pour un fait publié que vous avez noté, le délai de trois mois pour agir contre l’injure ou la diffamation publique se termine le ${dueBy}, dans ${days} jours (article 65 de la loi du 29 juillet 1881).`,
    en: (days: number, dueBy: string) =>
      `For a published fact you recorded, the three-month limit to act against public insult or defamation ends on ${dueBy}, in ${days} days (article 65 of the press law of 29 July 1881).`,
  },
  countdownHow: {
    fr: [
      'Une plainte simple n’interrompt pas ce délai. Une plainte avec constitution de partie civile devant le doyen des juges d’instruction l’interrompt, et elle est possible sans attendre trois mois pour ces faits (article 85 du Code de procédure pénale).',
      'Le harcèlement moral en ligne, lui, reste poursuivable six ans après le dernier acte.',
      'Vous pouvez arrêter ces décomptes depuis votre page, rubrique des messages.',
    ],
    en: [
      'A simple complaint does not stop this limit. A civil-party complaint to the senior investigating judge does, and for these offences it needs no three-month wait (article 85 of the Code de procédure pénale).',
      'Online harassment itself can still be prosecuted six years after the last act.',
      'You can turn these countdowns off from your page, in the mails section.',
    ],
  },

  retentionSubject: {
    fr: 'Votre dossier sera bientôt effacé',
    en: 'Your case will soon be erased',
  },
  retentionIntro: {
    fr: (date: string) =>
      `Il ne s’est rien passé dans votre dossier depuis longtemps. Pour protéger vos données, il sera effacé le ${date}, avec toutes vos preuves et vos dossiers de plainte. Cet effacement est définitif.`,
    en: (date: string) =>
      `Nothing has happened in your case for a long time. To protect your data, it will be erased on ${date}, with all your evidence and complaint dossiers. This cannot be undone.`,
  },
  retentionKeep: {
    fr: [
      'Pour le garder, ouvrez votre dossier et ajoutez-y quelque chose (un fait, une preuve, une étape) avant cette date.',
      'Si vous n’en avez plus besoin, vous n’avez rien à faire. Pensez à télécharger votre dossier de plainte et vos preuves si vous souhaitez en garder une copie.',
    ],
    en: [
      'To keep it, open your case and add something to it (a fact, a piece of evidence, a step) before that date.',
      'If you no longer need it, there is nothing to do. Download your complaint dossier and your evidence first if you want to keep a copy.',
    ],
  },

  /**
   * The confirmation that lifts an address's stop. Anyone may ask for it on our pages, so
   * it says what it is, acts only from this mailbox, and costs nothing to ignore.
   */
  liftSubject: {
    fr: 'Recevoir à nouveau les messages de votre dossier',
    en: 'Receive the mails about your case again',
  },
  liftIntro: {
    fr: 'Cette adresse a demandé à ne plus recevoir nos messages, depuis le lien au bas de l’un d’eux. Quelqu’un vient de demander qu’elle les reçoive à nouveau. Si c’est vous, ouvrez le lien ci-dessous, puis appuyez sur le bouton « Recevoir à nouveau les messages » de la page qui s’affiche.',
    en: 'This address asked for no more of our mails, from the link at the bottom of one of them. Someone has just asked for it to receive them again. If it was you, open the link below, then press the “Receive mails again” button on the page it shows.',
  },
  liftLink: { fr: 'Recevoir à nouveau les messages', en: 'Receive mails again' },
  liftFooter: {
    fr: 'Ce lien fonctionne une seule fois, pendant 24 heures, et n’agit qu’après un appui sur « Recevoir à nouveau les messages ». Ne le transférez pas. Si vous n’avez rien demandé, ignorez ce message : les messages restent arrêtés.',
    en: 'This link works once, for 24 hours, and only acts after you press “Receive mails again”. Do not forward it. If you did not ask for it, ignore this message: the mails stay stopped.',
  },

  footer: {
    fr: 'Vous recevez ce message parce qu’un dossier a été ouvert avec cette adresse. Ce message ne contient aucun lien de connexion : ouvrez votre dossier depuis la page ci-dessus.',
    en: 'You receive this message because a case was opened with this address. It holds no sign-in link: open your case from the page above.',
  },
  /** For mails that carry a sign-in link: what it does, and what to do if it was not you. */
  signInFooter: {
    fr: 'Le lien ci-dessus est un lien de connexion personnel : il fonctionne une seule fois, pendant 24 heures, et ne donne accès qu’après un appui sur « Me connecter ». Ne le transférez pas. Si vous n’avez rien demandé, ignorez ce message.',
    en: 'The link above is a personal sign-in link: it works once, for 24 hours, and only opens your case after you press “Sign me in”. Do not forward it. If you did not ask for it, ignore this message.',
  },
  /** Under every mail: a link that stops all mail about the case, for whoever reads it. */
  stopQuestion: {
    fr: 'Vous n’avez pas ouvert ce dossier, ou ne voulez plus recevoir de messages à son sujet ?',
    en: 'You did not open this case, or want no more mail about it?',
  },
  stopLink: { fr: 'Ne plus recevoir ces messages', en: 'Stop these mails' },

  /** The PDF's file name when attached. */
  attachmentName: {
    fr: {
      complaint: 'dossier-plainte',
      'prosecutor-letter': 'lettre-procureur',
      'civil-party': 'plainte-partie-civile',
    },
    en: {
      complaint: 'complaint-dossier',
      'prosecutor-letter': 'letter-to-the-prosecutor',
      'civil-party': 'civil-party-complaint',
    },
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, unknown>>>>;

/**
 * Discreet mode (on by default, see `shared/domain/discretion.ts`): what shows in a
 * mailbox's list, a phone's notification and a file's name says nothing of harassment, a
 * complaint or the police, so that someone reading the victim's mailbox over her shoulder
 * (or the harasser, who often does) does not recognise the product.
 */
export const DISCREET_TEXT = {
  /** Sender name, with the operator's configured address. */
  senderName: { fr: 'Mon espace', en: 'My space' },
  welcome: { fr: 'Votre espace est ouvert', en: 'Your space is open' },
  'sign-in': { fr: 'Votre lien de connexion', en: 'Your sign-in link' },
  reminder: { fr: 'Rappel', en: 'Reminder' },
  stalled: { fr: 'Nous arrêtons les rappels', en: 'We are stopping the reminders' },
  'dossier-ready': { fr: 'Votre document est prêt', en: 'Your document is ready' },
  'complaint-filed': { fr: 'C’est enregistré', en: 'It is recorded' },
  'prosecutor-letter': { fr: 'Votre courrier est prêt', en: 'Your letter is ready' },
  'case-closed': { fr: 'Toutes les étapes sont faites', en: 'Every step is done' },
  'follow-up-letters': { fr: 'Vos courriers sont prêts', en: 'Your letters are ready' },
  'follow-up-again': { fr: 'Un petit suivi', en: 'A quick follow-up' },
  'hearing-reminder': { fr: 'Une date approche', en: 'A date is coming up' },
  countdown: { fr: 'Une date approche', en: 'A date is coming up' },
  'retention-warning': {
    fr: 'Votre espace sera bientôt effacé',
    en: 'Your space will soon be erased',
  },
  'platform-answer-reminder': { fr: 'Un petit suivi', en: 'A quick follow-up' },
  'stop-lift': { fr: 'Confirmez votre demande', en: 'Confirm your request' },
  attachmentName: { fr: 'document', en: 'document' },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, unknown>>>>;
