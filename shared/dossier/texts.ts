import type { DossierPurpose } from '../domain/dossier-events.js';
import type { Civility } from '../domain/identity.js';
import type { Locale } from '../domain/locale.js';
import { HARM_POINT_TEXT, type HarmPoint } from '../i18n/harm.js';
import type { CustodyAction, EvidenceKind, HelperStepDone } from './dossier-input.js';
import { typesetAll } from './typography.js';

/** How the opening sentence names the victim, agreeing with her civility when known. */
export interface Signatory {
  readonly name: string;
  readonly civility?: Civility;
  /** Written out: "4 juillet 1998". */
  readonly born?: string;
  readonly bornIn?: string;
  /** The postal address on one line. */
  readonly address?: string;
}

/** Every word the dossier prints, in French and English. */
export interface DossierTexts {
  readonly title: Readonly<Record<DossierPurpose, string>>;
  readonly subtitle: string;
  readonly caseReference: string;
  readonly version: string;
  readonly compiledAt: string;
  readonly identity: string;
  readonly fields: {
    civility: string;
    fullName: string;
    displayName: string;
    dateOfBirth: string;
    placeOfBirth: string;
    address: string;
    phone: string;
    email: string;
  };
  readonly civility: Readonly<Record<Civility, string>>;
  /** A field the victim did not fill: a neutral dash. */
  readonly notGiven: string;
  readonly contents: string;
  readonly sections: {
    letter: Readonly<Record<DossierPurpose, string>>;
    legal: string;
    chronology: string;
    index: string;
    screenshots: string;
    links: string;
    certificate: string;
    otherFiles: string;
    reports: string;
    custody: string;
  };
  readonly kinds: Readonly<Record<EvidenceKind, string>>;
  readonly harassmentKinds: Readonly<Record<string, string>>;
  readonly exhibit: (n: number) => string;
  /** What an exhibit shows, for its caption: platform, description or author, date. */
  readonly messageBy: (author: string) => string;
  readonly capturedOn: (date: string) => string;
  readonly receivedOn: (date: string) => string;
  readonly captured: string;
  readonly uploaded: string;
  readonly linkSaved: string;
  readonly platform: string;
  readonly url: string;
  readonly author: string;
  readonly file: string;
  readonly size: string;
  readonly sha256: string;
  readonly description: string;
  readonly published: string;
  readonly inZip: string;
  readonly notRendered: string;
  readonly hashMismatch: string;
  readonly noneRecorded: string;
  readonly reference: string;
  /** Who brought a fact, an exhibit or a report, when not the victim herself. */
  readonly source: string;
  readonly helperSource: (name: string) => string;
  readonly reportedAt: string;
  readonly page: (n: number, total: number) => string;
  readonly letter: LetterTexts;
  readonly deadlines: DeadlineTexts;
  readonly qualification: string;
  readonly custody: CustodyTexts;
  readonly indexIntro: string;
  readonly zip: ZipTexts;
}

export interface LetterTexts {
  readonly prosecutorAddressee: string;
  readonly tribunal: string;
  readonly fillIn: string;
  readonly registered: string;
  readonly placeDate: (place: string, date: string) => string;
  readonly place: string;
  readonly date: string;
  readonly subject: Readonly<Record<DossierPurpose, string>>;
  readonly salutation: Readonly<Record<DossierPurpose, string>>;
  readonly opening: (who: Signatory, against: string) => string;
  readonly openingComplaint: (who: Signatory, against: string) => string;
  readonly againstX: string;
  readonly againstNamed: (names: string) => string;
  readonly refused: (station: string | undefined, date: string | undefined) => string;
  readonly refusedRight: string;
  readonly kindsIntro: string;
  readonly summaryIntro: string;
  readonly factsHeading: string;
  readonly factsIntro: string;
  readonly noFacts: string;
  readonly publicFact: (date: string) => string;
  readonly authorsHeading: string;
  readonly authorsUnknown: string;
  readonly authorsIntro: string;
  readonly pseudonyms: string;
  readonly profiles: string;
  readonly seenOn: string;
  readonly witnessesHeading: string;
  readonly witnessesIntro: string;
  readonly noWitness: string;
  readonly harmHeading: string;
  readonly harmIntro: string;
  readonly harmPoints: Readonly<Record<HarmPoint, string>>;
  readonly itt: (days: number) => string;
  readonly certificateBy: (doctor: string | undefined, date: string | undefined) => string;
  readonly noHarm: string;
  readonly estimate: (text: string) => string;
  readonly offencesHeading: string;
  readonly civilParty: string;
  readonly reportsHeading: string;
  readonly reportsIntro: string;
  readonly attachmentsHeading: string;
  readonly attachmentsIntro: string;
  readonly acknowledgement: Readonly<Record<DossierPurpose, string>>;
  readonly closing: Readonly<Record<DossierPurpose, string>>;
  readonly signature: string;
}

export interface DeadlineTexts {
  readonly heading: string;
  readonly pressRule: string;
  readonly pressNoDate: string;
  readonly pressFact: (published: string, dueBy: string, dueByIfDiscriminatory: string) => string;
  readonly pressPassed: (published: string, dueByIfDiscriminatory: string | undefined) => string;
  readonly pressWhatRemains: string;
  readonly harassment: (lastAct: string, dueBy: string) => string;
  readonly harassmentNoDate: string;
  readonly harassmentPassed: (lastAct: string, dueBy: string) => string;
}

export interface CustodyTexts {
  readonly intro: string;
  readonly actions: Readonly<Record<CustodyAction, string>>;
  /** The steps a helper may mark done (`step-done`), as a reader of the dossier says them. */
  readonly steps: Readonly<Record<HelperStepDone, string>>;
  readonly by: { victim: string; helper: string };
  /** A helper the victim invited, by the name she gave them (never their address). */
  readonly byHelper: (name: string) => string;
  readonly compiled: (version: number, purpose: string) => string;
  readonly bytes: (size: string, type: string) => string;
}

export interface ZipTexts {
  readonly intro: string;
  readonly journal: string;
  readonly victimOnlyFile: string;
  readonly victimOnly: string;
  readonly victimOnlyTitle: string;
  readonly victimOnlyIntro: string;
  readonly nothingMissing: string;
  readonly victimOnlyOutro: string;
}

const fr: DossierTexts = {
  title: {
    complaint: 'Dossier de plainte – harcèlement en ligne',
    'prosecutor-letter': 'Plainte adressée au Procureur de la République – harcèlement en ligne',
    'civil-party': 'Plainte avec constitution de partie civile – harcèlement en ligne',
  },
  subtitle:
    'Document établi à partir du dossier tenu par la victime : faits datés, pièces et empreintes SHA-256, journal de conservation.',
  caseReference: 'Référence du dossier',
  version: 'Version',
  compiledAt: 'Établi le',
  identity: 'Identité de la victime (telle que déclarée)',
  fields: {
    civility: 'Civilité',
    fullName: 'Nom et prénoms',
    displayName: 'Prénom ou pseudonyme donné à l’ouverture du dossier',
    dateOfBirth: 'Date de naissance',
    placeOfBirth: 'Lieu de naissance',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'Courriel',
  },
  civility: { madame: 'Madame', monsieur: 'Monsieur' },
  notGiven: '—',
  contents: 'Sommaire',
  sections: {
    letter: {
      complaint: 'Résumé de la plainte',
      'prosecutor-letter': 'Lettre au Procureur de la République',
      'civil-party': 'Plainte avec constitution de partie civile',
    },
    legal: 'Fondement juridique',
    chronology: 'Chronologie des faits',
    index: 'Index des pièces',
    screenshots: 'Captures d’écran',
    links: 'Liens des pages',
    certificate: 'Certificat médical',
    otherFiles: 'Vidéos et autres fichiers',
    reports: 'Signalements aux plateformes',
    custody: 'Journal de conservation des preuves',
  },
  kinds: {
    screenshot: 'Capture d’écran',
    video: 'Vidéo',
    document: 'Document',
    'medical-certificate': 'Certificat médical',
    link: 'Lien',
  },
  // The letter's first person: "Le harcèlement dont je suis victime prend les formes…".
  harassmentKinds: {
    rumours: 'propagation de rumeurs',
    'threats-insults': 'messages menaçants, insultes',
    'message-flooding': 'envoi incessant de messages me visant',
    'humiliating-media': 'publication de photos ou de vidéos humiliantes',
    'fake-profile': 'création d’une page ou d’un faux profil à mon encontre',
    'orders-in-my-name': 'commandes de biens ou de services passées avec mes données personnelles',
  },
  exhibit: (n) => `Pièce n° ${n}`,
  messageBy: (author) => `message de ${author}`,
  capturedOn: (date) => date,
  receivedOn: (date) => `déposée le ${date}`,
  captured: 'Capturé le',
  uploaded: 'Déposé le',
  linkSaved: 'Enregistré le',
  platform: 'Plateforme',
  url: 'Adresse (URL)',
  author: 'Auteur (pseudonyme)',
  file: 'Fichier',
  size: 'Taille',
  sha256: 'SHA-256',
  description: 'Description',
  published: 'Publié le',
  inZip: 'Fichier original dans l’archive ZIP du dossier.',
  notRendered: 'Ce fichier ne peut pas être reproduit ici ; l’original est dans l’archive ZIP.',
  hashMismatch:
    'ATTENTION : l’empreinte de ce fichier ne correspond plus à celle relevée au dépôt.',
  noneRecorded: 'Aucun élément enregistré.',
  reference: 'Référence',
  source: 'Origine',
  helperSource: (name) => `${name}, personne de confiance invitée par la victime`,
  reportedAt: 'Signalé le',
  page: (n, total) => `Page ${n} / ${total}`,
  letter: {
    prosecutorAddressee: 'Madame, Monsieur le Procureur de la République',
    tribunal: 'Tribunal judiciaire de',
    fillIn: '(à compléter à la main)',
    registered: 'Lettre recommandée avec demande d’avis de réception',
    placeDate: (place, date) => `Fait à ${place}, le ${date}`,
    place: 'Fait à',
    date: 'Le',
    subject: {
      complaint:
        'Objet : plainte pour harcèlement moral en ligne (article 222-33-2-2 du Code pénal)',
      'prosecutor-letter':
        'Objet : plainte pour harcèlement moral en ligne (article 222-33-2-2 du Code pénal)',
      'civil-party':
        'Objet : plainte avec constitution de partie civile pour harcèlement moral en ligne (article 85 du Code de procédure pénale ; article 222-33-2-2 du Code pénal)',
    },
    salutation: {
      complaint: 'Madame, Monsieur,',
      'prosecutor-letter': 'Madame, Monsieur le Procureur de la République,',
      'civil-party': 'Madame, Monsieur le Doyen des juges d’instruction,',
    },
    opening: (who, against) =>
      `${signatory(who)}, ai l’honneur de porter plainte ${against} pour des faits de harcèlement moral commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2 du Code pénal).`,
    openingComplaint: (who, against) =>
      `${signatory(who)}, souhaite déposer plainte ${against} — et non une main courante — pour des faits de harcèlement moral commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2 du Code pénal). Les services de police et de gendarmerie sont tenus de recevoir les plaintes, même lorsqu’ils ne sont pas territorialement compétents, et d’en délivrer un récépissé (article 15-3 du Code de procédure pénale).`,
    againstX: 'contre X',
    againstNamed: (names) =>
      `contre ${names}, et contre toute autre personne que l’enquête révélerait`,
    refused: (station, date) =>
      `J’ai voulu déposer plainte${station ? ` auprès ${withArticle(station)}` : ''}${date ? ` le ${date}` : ''}, mais ma plainte n’a pas été enregistrée. C’est pourquoi je m’adresse directement à vous, comme le permet l’article 40 du Code de procédure pénale.`,
    refusedRight:
      'Je rappelle que l’article 15-3 du Code de procédure pénale oblige les officiers et agents de police judiciaire à recevoir les plaintes des victimes, y compris lorsque le service n’est pas territorialement compétent.',
    kindsIntro: 'Le harcèlement dont je suis victime prend les formes suivantes :',
    summaryIntro: 'En résumé :',
    factsHeading: 'Les faits',
    factsIntro: 'Les faits, dans l’ordre chronologique :',
    noFacts: 'Les faits datés sont décrits dans les pièces jointes.',
    publicFact: (date) => `publié pour tous le ${date}`,
    authorsHeading: 'Les auteurs',
    authorsUnknown: 'Les auteurs ne sont pas identifiés : la plainte est portée contre X.',
    authorsIntro: 'Les auteurs se présentent sous les identités suivantes :',
    pseudonyms: 'Pseudonymes',
    profiles: 'Profils',
    seenOn: 'vu sur',
    witnessesHeading: 'Témoins',
    witnessesIntro: 'Les personnes suivantes ont été témoins des faits :',
    noWitness: 'Je n’ai pas de témoin à citer à ce jour.',
    harmHeading: 'Conséquences sur ma santé et préjudice',
    harmIntro:
      'Ces faits ont dégradé mes conditions de vie et altéré ma santé, comme le constate le certificat médical joint :',
    harmPoints: HARM_POINT_TEXT.fr,
    itt: (days) => `Incapacité totale de travail (ITT) : ${days} jour${days > 1 ? 's' : ''}.`,
    certificateBy: (doctor, date) =>
      `Certificat médical${doctor ? ` établi par ${doctor}` : ''}${date ? ` le ${date}` : ''}.`,
    noHarm: 'Les conséquences sur ma santé sont décrites dans le certificat médical joint.',
    estimate: (text) => `J’estime mon préjudice ainsi : ${text}`,
    offencesHeading: 'Qualification des faits',
    civilParty:
      'Je déclare vouloir me constituer partie civile afin d’obtenir réparation de mon préjudice.',
    reportsHeading: 'Signalements',
    reportsIntro: 'J’ai signalé les contenus aux sites qui les hébergent :',
    attachmentsHeading: 'Pièces jointes',
    attachmentsIntro:
      'Pièces jointes (reproduites dans ce dossier, originaux dans l’archive ZIP) :',
    acknowledgement: {
      complaint:
        'Je vous remercie de bien vouloir enregistrer ma plainte, de m’en remettre un récépissé et, à ma demande, une copie du procès-verbal.',
      'prosecutor-letter':
        'Je vous remercie de bien vouloir m’accuser réception de la présente plainte et de m’informer des suites qui lui seront données. Cette lettre vous est adressée par lettre recommandée avec demande d’avis de réception.',
      'civil-party':
        'Je vous remercie de bien vouloir enregistrer la présente plainte avec constitution de partie civile et me faire connaître, le cas échéant, le montant et le délai de la consignation. Cette lettre vous est adressée par lettre recommandée avec demande d’avis de réception.',
    },
    closing: {
      complaint: 'Je me tiens à votre disposition pour tout renseignement complémentaire.',
      'prosecutor-letter':
        'Je vous prie d’agréer, Madame, Monsieur le Procureur de la République, l’expression de ma considération distinguée.',
      'civil-party':
        'Je vous prie d’agréer, Madame, Monsieur le Doyen des juges d’instruction, l’expression de ma considération distinguée.',
    },
    signature: 'Signature :',
  },
  deadlines: {
    heading: 'Délais de prescription',
    // Loi du 29 juillet 1881, art. 65 (3 months from the day of the act; before prosecution
    // only the parquet's "réquisitions aux fins d'enquête" interrupt it) and 65-3 (1 year for
    // discriminatory ones); CPP art. 85 (no 3-month wait for a plainte avec constitution de
    // partie civile for these offences).
    pressRule:
      'Injure et diffamation publiques : l’action se prescrit par trois mois à compter de chaque publication (un an lorsqu’elles sont discriminatoires) – articles 65 et 65-3 de la loi du 29 juillet 1881. Une plainte simple n’interrompt pas ce délai : avant l’engagement des poursuites, seules les réquisitions d’enquête du parquet l’interrompent. Il faut donc agir dans les premières semaines ; une plainte avec constitution de partie civile devant le doyen des juges d’instruction, possible sans délai d’attente pour ces infractions (article 85 du Code de procédure pénale), engage les poursuites et interrompt la prescription.',
    pressNoDate:
      'Aucun fait n’est encore marqué comme public : le délai court de la date de chaque publication.',
    pressFact: (published, dueBy, dueByIfDiscriminatory) =>
      `Publication du ${published} : jusqu’au ${dueBy} (${dueByIfDiscriminatory} si elle est discriminatoire).`,
    pressPassed: (published, dueByIfDiscriminatory) =>
      `Publication du ${published} : délai dépassé pour l’injure ou la diffamation${dueByIfDiscriminatory ? ` (sauf si elle est discriminatoire : jusqu’au ${dueByIfDiscriminatory})` : ''} ; ce fait reste un élément du harcèlement, poursuivable dans le délai de six ans.`,
    pressWhatRemains:
      'Un délai dépassé n’efface pas les faits : ils restent des actes de harcèlement moral (article 222-33-2-2 du Code pénal), soumis au délai de six ans.',
    // CPP art. 8: "six années révolues à compter du jour où l'infraction a été commise"; for
    // harassment, made of repeated acts, from the last one.
    harassment: (lastAct, dueBy) =>
      `Harcèlement moral (délit) : six ans à compter du dernier acte (article 8 du Code de procédure pénale) – dernier acte le ${lastAct}, jusqu’au ${dueBy}.`,
    harassmentNoDate:
      'Harcèlement moral (délit) : six ans à compter du dernier acte (article 8 du Code de procédure pénale) – date du dernier acte à préciser.',
    harassmentPassed: (lastAct, dueBy) =>
      `Harcèlement moral (délit) : dernier acte le ${lastAct} ; délai de six ans dépassé depuis le ${dueBy}, sauf acte plus récent.`,
  },
  qualification:
    'La qualification des faits relève de l’autorité judiciaire ; les infractions ci-dessus sont celles que la victime reconnaît dans les faits qu’elle décrit.',
  custody: {
    intro:
      'Chaque opération sur le dossier est un événement daté d’un journal en ajout seul : rien n’y est modifié ni effacé. Heures en UTC et à Paris. Le journal technique complet est le fichier journal.json de l’archive ZIP.',
    actions: {
      'case-opened': 'Ouverture du dossier',
      'evidence-received': 'Pièce reçue',
      'link-saved': 'Lien enregistré',
      'evidence-described': 'Pièce décrite',
      'evidence-withdrawn': 'Pièce retirée',
      'evidence-replaced': 'Pièce remplacée',
      'dossier-compiled': 'Dossier établi',
      'step-done': 'Étape marquée faite',
    },
    steps: {
      'lock-accounts': 'comptes de la victime restreints à ses proches',
      'collect-evidence': 'captures et liens déclarés complets',
    },
    by: { victim: 'par la victime', helper: 'par une personne aidant la victime' },
    byHelper: (name) => `par ${name}, personne de confiance invitée par la victime`,
    compiled: (version, purpose) => `version ${version} (${purpose})`,
    bytes: (size, type) => `${size}, ${type}`,
  },
  indexIntro:
    'Chaque pièce est identifiée par son empreinte SHA-256, calculée au dépôt et vérifiée lors de l’établissement de ce dossier. L’archive ZIP contient les originaux octet pour octet et un fichier SHA256SUMS (vérification : sha256sum -c SHA256SUMS).',
  zip: {
    intro:
      'Dossier établi par le service d’aide aux victimes de harcèlement en ligne. Vérifier les fichiers : sha256sum -c SHA256SUMS',
    journal:
      'journal.json : le journal complet du dossier, un événement par ligne du tableau, dans l’ordre ; « at » est l’heure UTC, « type » la nature de l’événement (les jetons d’accès en sont retirés).',
    victimOnlyFile: 'pour-vous-seulement-a-completer.txt',
    victimOnly:
      'pour-vous-seulement-a-completer.txt : pour la victime seulement, ce qui manque encore ; à retirer de l’archive avant de l’envoyer.',
    victimOnlyTitle: 'Pour vous seulement – à retirer avant d’envoyer l’archive',
    victimOnlyIntro:
      'Voici ce que la plainte devrait encore indiquer (d’après la fiche « Porter plainte » de service-public.fr) :',
    nothingMissing: 'Rien ne manque : votre dossier indique tout ce que demande la fiche.',
    victimOnlyOutro:
      'Complétez-le sur la page de votre dossier puis établissez une nouvelle version, ou écrivez-le à la main sur la lettre imprimée.',
  },
};

const en: DossierTexts = {
  title: {
    complaint: 'Complaint dossier – online harassment',
    'prosecutor-letter': 'Complaint to the Procureur de la République – online harassment',
    'civil-party':
      'Civil-party complaint (plainte avec constitution de partie civile) – online harassment',
  },
  subtitle:
    'Compiled from the case kept by the victim: dated facts, exhibits with their SHA-256 hashes, chain-of-custody log.',
  caseReference: 'Case reference',
  version: 'Version',
  compiledAt: 'Compiled on',
  identity: 'The victim (as entered)',
  fields: {
    civility: 'Title',
    fullName: 'Full name',
    displayName: 'First name or pseudonym given when opening the case',
    dateOfBirth: 'Date of birth',
    placeOfBirth: 'Place of birth',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
  },
  civility: { madame: 'Madame (Ms)', monsieur: 'Monsieur (Mr)' },
  notGiven: '—',
  contents: 'Contents',
  sections: {
    letter: {
      complaint: 'Summary of the complaint',
      'prosecutor-letter': 'Letter to the Procureur de la République',
      'civil-party': 'Civil-party complaint to the senior investigating judge',
    },
    legal: 'Legal basis',
    chronology: 'Chronology of the facts',
    index: 'Index of exhibits',
    screenshots: 'Screenshots',
    links: 'Links to the pages',
    certificate: 'Medical certificate',
    otherFiles: 'Videos and other files',
    reports: 'Reports to platforms',
    custody: 'Chain-of-custody log',
  },
  kinds: {
    screenshot: 'Screenshot',
    video: 'Video',
    document: 'Document',
    'medical-certificate': 'Medical certificate',
    link: 'Link',
  },
  harassmentKinds: {
    rumours: 'spreading rumours',
    'threats-insults': 'threatening messages, insults',
    'message-flooding': 'incessant messages aimed at me',
    'humiliating-media': 'humiliating photos or videos published',
    'fake-profile': 'a page or fake profile set up against me',
    'orders-in-my-name': 'goods or services ordered with my personal data',
  },
  exhibit: (n) => `Exhibit ${n}`,
  messageBy: (author) => `message from ${author}`,
  capturedOn: (date) => date,
  receivedOn: (date) => `uploaded on ${date}`,
  captured: 'Captured',
  uploaded: 'Uploaded',
  linkSaved: 'Saved',
  platform: 'Platform',
  url: 'Address (URL)',
  author: 'Author (pseudonym)',
  file: 'File',
  size: 'Size',
  sha256: 'SHA-256',
  description: 'Description',
  published: 'Published',
  inZip: 'Original file in the dossier’s ZIP archive.',
  notRendered: 'This file cannot be reproduced here; the original is in the ZIP archive.',
  hashMismatch: 'WARNING: this file’s hash no longer matches the one taken at upload.',
  noneRecorded: 'Nothing recorded.',
  reference: 'Reference',
  source: 'Source',
  helperSource: (name) => `${name}, a trusted helper the victim invited`,
  reportedAt: 'Reported',
  page: (n, total) => `Page ${n} / ${total}`,
  letter: {
    prosecutorAddressee: 'Procureur de la République',
    tribunal: 'Tribunal judiciaire de',
    fillIn: '(to fill in by hand)',
    registered: 'Registered letter with acknowledgement of receipt',
    placeDate: (place, date) => `Written at ${place}, on ${date}`,
    place: 'Written at',
    date: 'On',
    subject: {
      complaint: 'Subject: complaint for online harassment (article 222-33-2-2 of the Code pénal)',
      'prosecutor-letter':
        'Subject: complaint for online harassment (article 222-33-2-2 of the Code pénal)',
      'civil-party':
        'Subject: civil-party complaint for online harassment (article 85 of the Code de procédure pénale; article 222-33-2-2 of the Code pénal)',
    },
    salutation: {
      complaint: 'Dear Sir or Madam,',
      'prosecutor-letter': 'Dear Procureur de la République,',
      'civil-party': 'Dear Doyen des juges d’instruction,',
    },
    opening: (who, against) =>
      `I, the undersigned ${signatoryEn(who)}, hereby file a complaint ${against} for moral harassment committed through an online public communication service (article 222-33-2-2 of the Code pénal).`,
    openingComplaint: (who, against) =>
      `I, the undersigned ${signatoryEn(who)}, wish to file a complaint ${against} — a plainte, not a main courante — for moral harassment committed through an online public communication service (article 222-33-2-2 of the Code pénal). Police and gendarmerie must take complaints, even where they are not territorially competent, and give a receipt (article 15-3 of the Code de procédure pénale).`,
    againstX: 'against X (person or persons unknown)',
    againstNamed: (names) => `against ${names}, and anyone else the investigation may identify`,
    refused: (station, date) =>
      `I tried to file a complaint${station ? ` at ${station}` : ''}${date ? ` on ${date}` : ''}, but it was not taken. I am therefore writing to you directly, as article 40 of the Code de procédure pénale allows.`,
    refusedRight:
      'Article 15-3 of the Code de procédure pénale obliges police officers to take victims’ complaints, even where their station is not territorially competent.',
    kindsIntro: 'The harassment I suffer takes these forms:',
    summaryIntro: 'In short:',
    factsHeading: 'The facts',
    factsIntro: 'The facts, in date order:',
    noFacts: 'The dated facts are described in the attached exhibits.',
    publicFact: (date) => `published for anyone to read on ${date}`,
    authorsHeading: 'The authors',
    authorsUnknown: 'The authors are not identified: the complaint is against X.',
    authorsIntro: 'The authors present themselves as follows:',
    pseudonyms: 'Pseudonyms',
    profiles: 'Profiles',
    seenOn: 'seen on',
    witnessesHeading: 'Witnesses',
    witnessesIntro: 'These people witnessed the facts:',
    noWitness: 'I have no witness to name so far.',
    harmHeading: 'Effects on my health and harm suffered',
    harmIntro:
      'These acts have degraded my living conditions and harmed my health, as the attached medical certificate records:',
    harmPoints: HARM_POINT_TEXT.en,
    itt: (days) => `Total incapacity for work (ITT): ${days} day${days > 1 ? 's' : ''}.`,
    certificateBy: (doctor, date) =>
      `Medical certificate${doctor ? ` by ${doctor}` : ''}${date ? ` dated ${date}` : ''}.`,
    noHarm: 'The effects on my health are described in the attached medical certificate.',
    estimate: (text) => `I estimate the harm I suffered as follows: ${text}`,
    offencesHeading: 'Offences',
    civilParty: 'I declare that I wish to be a civil party, to obtain compensation for my harm.',
    reportsHeading: 'Reports',
    reportsIntro: 'I reported the content to the sites hosting it:',
    attachmentsHeading: 'Attachments',
    attachmentsIntro: 'Attachments (reproduced in this dossier, originals in the ZIP archive):',
    acknowledgement: {
      complaint:
        'Please record my complaint, give me a receipt and, on request, a copy of the report (procès-verbal).',
      'prosecutor-letter':
        'Please acknowledge receipt of this complaint and let me know what action is taken on it. This letter is sent by registered post with acknowledgement of receipt.',
      'civil-party':
        'Please record this civil-party complaint and let me know, where applicable, the amount of the deposit (consignation) and the time to pay it. This letter is sent by registered post with acknowledgement of receipt.',
    },
    closing: {
      complaint: 'I remain available for any further information.',
      'prosecutor-letter': 'Yours faithfully,',
      'civil-party': 'Yours faithfully,',
    },
    signature: 'Signature:',
  },
  deadlines: {
    heading: 'Time limits',
    pressRule:
      'Public insult and defamation: prosecution is time-barred three months after each publication (one year when discriminatory) – articles 65 and 65-3 of the loi du 29 juillet 1881. A simple complaint does not stop that clock: before prosecution starts, only the prosecutor’s requests for an investigation do. Act in the first weeks; a complaint as a civil party before the senior investigating judge, possible without the usual wait for these offences (article 85 of the Code de procédure pénale), starts the prosecution and stops the clock.',
    pressNoDate:
      'No fact is marked as public yet: the limit runs from the date of each publication.',
    pressFact: (published, dueBy, dueByIfDiscriminatory) =>
      `Published on ${published}: until ${dueBy} (${dueByIfDiscriminatory} if discriminatory).`,
    pressPassed: (published, dueByIfDiscriminatory) =>
      `Published on ${published}: time limit passed for insult or defamation${dueByIfDiscriminatory ? ` (unless discriminatory: until ${dueByIfDiscriminatory})` : ''}; the fact remains part of the harassment, which can be prosecuted within six years.`,
    pressWhatRemains:
      'A passed limit does not erase the facts: they remain acts of moral harassment (article 222-33-2-2 of the Code pénal), with a six-year limit.',
    harassment: (lastAct, dueBy) =>
      `Moral harassment (délit): six years from the last act (article 8 of the Code de procédure pénale) – last act on ${lastAct}, until ${dueBy}.`,
    harassmentNoDate:
      'Moral harassment (délit): six years from the last act (article 8 of the Code de procédure pénale) – date of the last act to be given.',
    harassmentPassed: (lastAct, dueBy) =>
      `Moral harassment (délit): last act on ${lastAct}; the six-year limit passed on ${dueBy}, unless there is a later act.`,
  },
  qualification:
    'The legal characterisation of the facts is for the judicial authority; the offences above are those the victim recognises in the facts she describes.',
  custody: {
    intro:
      'Every operation on the case is a dated event of an append-only log: nothing in it is changed or deleted. Times in UTC and in Paris. The full technical log is journal.json in the ZIP archive.',
    actions: {
      'case-opened': 'Case opened',
      'evidence-received': 'Exhibit received',
      'link-saved': 'Link saved',
      'evidence-described': 'Exhibit described',
      'evidence-withdrawn': 'Exhibit withdrawn',
      'evidence-replaced': 'Exhibit replaced',
      'dossier-compiled': 'Dossier compiled',
      'step-done': 'Step marked done',
    },
    steps: {
      'lock-accounts': 'the victim’s accounts restricted to people she knows',
      'collect-evidence': 'screenshots and links declared complete',
    },
    by: { victim: 'by the victim', helper: 'by someone helping the victim' },
    byHelper: (name) => `by ${name}, a trusted helper the victim invited`,
    compiled: (version, purpose) => `version ${version} (${purpose})`,
    bytes: (size, type) => `${size}, ${type}`,
  },
  indexIntro:
    'Each exhibit is identified by its SHA-256 hash, taken at upload and checked when this dossier was compiled. The ZIP archive holds the originals byte for byte and a SHA256SUMS file (check with: sha256sum -c SHA256SUMS).',
  zip: {
    intro:
      'Compiled by the support service for victims of online harassment. Check the files with: sha256sum -c SHA256SUMS',
    journal:
      'journal.json: the full log of the case, one event per array item, in order; "at" is the UTC time, "type" what happened (access tokens are taken out).',
    victimOnlyFile: 'for-you-only-to-complete.txt',
    victimOnly:
      'for-you-only-to-complete.txt: for the victim only, what is still missing; take it out of the archive before sending it.',
    victimOnlyTitle: 'For you only – take this out before sending the archive',
    victimOnlyIntro:
      'This is what the complaint should still state (after the “Porter plainte” page of service-public.fr):',
    nothingMissing: 'Nothing is missing: your dossier states everything the page asks for.',
    victimOnlyOutro:
      'Complete it on your case page and compile a new version, or write it by hand on the printed letter.',
  },
};

/** "Je soussignée Zoé Martin, née le …" or, with no civility, a neutral sentence. */
export function signatory(who: Signatory): string {
  const born = [who.born && `le ${who.born}`, who.bornIn && `à ${who.bornIn}`]
    .filter(Boolean)
    .join(' ');
  if (who.civility) {
    const e = who.civility === 'madame' ? 'e' : '';
    return [
      `Je soussigné${e} ${who.name}`,
      born && `né${e} ${born}`,
      who.address && `demeurant ${who.address}`,
    ]
      .filter(Boolean)
      .join(', ');
  }
  const details = [
    who.born && `date de naissance : ${who.born}`,
    who.bornIn && `lieu de naissance : ${who.bornIn}`,
    who.address && `adresse : ${who.address}`,
  ].filter(Boolean);
  return `Je, ${who.name}${details.length ? ` (${details.join(' ; ')})` : ''}`;
}

export function signatoryEn(who: Signatory): string {
  return [
    who.name,
    who.born && `born on ${who.born}${who.bornIn ? ` in ${who.bornIn}` : ''}`,
    !who.born && who.bornIn && `born in ${who.bornIn}`,
    who.address && `living at ${who.address}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "auprès du commissariat de Lyon 3e", "de la gendarmerie de …", whatever the victim typed
 * ("Commissariat de …", "le commissariat …"); a name without a known noun stays as typed.
 */
export function withArticle(place: string): string {
  const typed = place.trim();
  const article = /^(le|la|les|l’|l')\s*/i.exec(typed);
  const rest = article ? typed.slice(article[0].length) : typed;
  const noun =
    /^(commissariat|gendarmerie|brigade|poste|hôtel de police|bureau|compagnie|unité)\b/i.exec(
      rest,
    )?.[1];
  if (!noun) return `de ${typed}`;
  const lowered = noun.toLowerCase() + rest.slice(noun.length);
  const feminine = /^(gendarmerie|brigade|compagnie|unité)/.test(lowered);
  const vowel = /^[aeiouhéèêâô]/.test(lowered);
  return vowel ? `de l’${lowered}` : feminine ? `de la ${lowered}` : `du ${lowered}`;
}

export const DOSSIER_TEXTS: Readonly<Record<Locale, DossierTexts>> = { fr: typesetAll(fr), en };
