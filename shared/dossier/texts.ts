import type { HarassmentKind } from '../domain/harassment-kinds.js';
import type { Locale } from '../domain/locale.js';
import { HARM_POINT_TEXT, type HarmPoint } from '../i18n/harm.js';
import type { EvidenceKind } from './dossier-input.js';

/** Every word the dossier prints, in French and English. */
export interface DossierTexts {
  readonly title: { complaint: string; 'prosecutor-letter': string };
  readonly subtitle: string;
  readonly caseReference: string;
  readonly version: string;
  readonly compiledAt: string;
  readonly identity: string;
  readonly fields: {
    fullName: string;
    displayName: string;
    dateOfBirth: string;
    placeOfBirth: string;
    address: string;
    phone: string;
    email: string;
  };
  readonly notGiven: string;
  readonly contents: string;
  readonly sections: {
    letter: { complaint: string; 'prosecutor-letter': string };
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
  readonly harassmentKinds: Readonly<Record<HarassmentKind, string>>;
  readonly exhibit: (n: number) => string;
  readonly captured: string;
  readonly uploaded: string;
  readonly platform: string;
  readonly url: string;
  readonly author: string;
  readonly file: string;
  readonly size: string;
  readonly sha256: string;
  readonly description: string;
  readonly inZip: string;
  readonly notRendered: string;
  readonly hashMismatch: string;
  readonly noneRecorded: string;
  readonly reference: string;
  readonly reportedAt: string;
  readonly page: (n: number, total: number) => string;
  readonly letter: LetterTexts;
  readonly legal: readonly { heading: string; body: string }[];
  readonly deadlines: string;
  readonly qualification: string;
  readonly custodyIntro: string;
  readonly indexIntro: string;
  readonly zipIntro: string;
}

export interface LetterTexts {
  readonly prosecutorAddressee: string;
  readonly tribunal: (town: string | undefined) => string;
  readonly registered: string;
  readonly placeDate: (date: string) => string;
  readonly subject: { complaint: string; 'prosecutor-letter': string };
  readonly salutation: { complaint: string; 'prosecutor-letter': string };
  readonly opening: (who: string, against: string) => string;
  readonly openingComplaint: (who: string, against: string) => string;
  readonly againstX: string;
  readonly againstNamed: (names: string) => string;
  readonly refused: (station: string | undefined, date: string | undefined) => string;
  readonly kindsIntro: string;
  readonly summaryIntro: string;
  readonly factsIntro: string;
  readonly noFacts: string;
  readonly authorsIntro: string;
  readonly pseudonyms: string;
  readonly profiles: string;
  readonly witnessesIntro: string;
  readonly noWitness: string;
  readonly harmIntro: string;
  readonly harmPoints: Readonly<Record<HarmPoint, string>>;
  readonly itt: (days: number) => string;
  readonly certificateBy: (doctor: string | undefined, date: string | undefined) => string;
  readonly noHarm: string;
  readonly reportsIntro: string;
  readonly attachmentsIntro: string;
  readonly attachmentLine: (n: number, kind: string, what: string) => string;
  readonly acknowledgement: { complaint: string; 'prosecutor-letter': string };
  readonly closing: { complaint: string; 'prosecutor-letter': string };
  readonly signature: string;
}

const fr: DossierTexts = {
  title: {
    complaint: 'Dossier de plainte – harcèlement en ligne',
    'prosecutor-letter': 'Plainte adressée au Procureur de la République – harcèlement en ligne',
  },
  subtitle:
    'Document établi à partir du dossier tenu par la victime : faits datés, pièces et empreintes SHA-256, journal de conservation.',
  caseReference: 'Référence du dossier',
  version: 'Version',
  compiledAt: 'Établi le',
  identity: 'Identité de la victime (telle que déclarée)',
  fields: {
    fullName: 'Nom et prénoms',
    displayName: 'Nom d’usage dans le service',
    dateOfBirth: 'Date de naissance',
    placeOfBirth: 'Lieu de naissance',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'Courriel',
  },
  notGiven: '(non renseigné)',
  contents: 'Sommaire',
  sections: {
    letter: {
      complaint: 'Résumé de la plainte',
      'prosecutor-letter': 'Lettre au Procureur de la République',
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
  harassmentKinds: {
    rumours: 'propagation de rumeurs',
    'threats-insults': 'messages menaçants, insultes',
    'message-flooding': 'envoi incessant de messages ciblant la victime',
    'humiliating-media': 'publication de photos ou de vidéos humiliantes',
    'fake-profile': 'création d’une page ou d’un faux profil à l’encontre de la victime',
    'orders-in-my-name':
      'commandes de biens ou de services avec les données personnelles de la victime',
  },
  exhibit: (n) => `Pièce n° ${n}`,
  captured: 'Capturé le',
  uploaded: 'Déposé le',
  platform: 'Plateforme',
  url: 'Adresse (URL)',
  author: 'Auteur (pseudonyme)',
  file: 'Fichier',
  size: 'Taille',
  sha256: 'SHA-256',
  description: 'Description',
  inZip: 'Fichier original dans l’archive ZIP du dossier.',
  notRendered: 'Ce fichier ne peut pas être reproduit ici ; l’original est dans l’archive ZIP.',
  hashMismatch:
    'ATTENTION : l’empreinte de ce fichier ne correspond plus à celle relevée au dépôt.',
  noneRecorded: 'Aucun élément enregistré.',
  reference: 'Référence',
  reportedAt: 'Signalé le',
  page: (n, total) => `Page ${n} / ${total}`,
  letter: {
    prosecutorAddressee: 'Madame, Monsieur le Procureur de la République',
    tribunal: (town) =>
      town ? `Tribunal judiciaire de ${town}` : 'Tribunal judiciaire de ………………………',
    registered: 'Lettre recommandée avec demande d’avis de réception',
    placeDate: (date) => `Fait à ………………………, le ${date}`,
    subject: {
      complaint:
        'Objet : plainte pour harcèlement moral en ligne (article 222-33-2-2 du Code pénal)',
      'prosecutor-letter':
        'Objet : plainte pour harcèlement moral en ligne (article 222-33-2-2 du Code pénal)',
    },
    salutation: {
      complaint: 'Madame, Monsieur,',
      'prosecutor-letter': 'Madame, Monsieur le Procureur de la République,',
    },
    opening: (who, against) =>
      `Je soussigné·e ${who}, ai l’honneur de porter plainte ${against} pour des faits de harcèlement moral commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2 du Code pénal).`,
    openingComplaint: (who, against) =>
      `Je soussigné·e ${who}, souhaite déposer plainte ${against} — et non une main courante — pour des faits de harcèlement moral commis par l’utilisation d’un service de communication au public en ligne (article 222-33-2-2 du Code pénal). Les services de police et de gendarmerie sont tenus de recevoir les plaintes et d’en délivrer un récépissé (article 15-3 du Code de procédure pénale).`,
    againstX: 'contre X',
    againstNamed: (names) =>
      `contre ${names}, et contre toute autre personne que l’enquête révélerait`,
    refused: (station, date) =>
      `J’ai voulu déposer plainte${station ? ` auprès de ${station}` : ''}${date ? ` le ${date}` : ''}, mais ma plainte n’a pas été enregistrée. C’est pourquoi je m’adresse directement à vous, comme le permet l’article 40 du Code de procédure pénale.`,
    kindsIntro: 'Le harcèlement dont je suis victime prend les formes suivantes :',
    summaryIntro: 'En résumé :',
    factsIntro: 'Les faits, dans l’ordre chronologique :',
    noFacts: 'Les faits datés sont décrits dans les pièces jointes.',
    authorsIntro: 'Les auteurs se présentent sous les identités suivantes :',
    pseudonyms: 'Pseudonymes',
    profiles: 'Profils',
    witnessesIntro: 'Les personnes suivantes ont été témoins des faits :',
    noWitness: 'Je n’ai pas de témoin à citer à ce jour.',
    harmIntro:
      'Ces faits ont dégradé mes conditions de vie et altéré ma santé, comme le constate le certificat médical joint :',
    harmPoints: HARM_POINT_TEXT.fr,
    itt: (days) => `Incapacité totale de travail (ITT) : ${days} jour${days > 1 ? 's' : ''}.`,
    certificateBy: (doctor, date) =>
      `Certificat médical${doctor ? ` établi par ${doctor}` : ''}${date ? ` le ${date}` : ''}.`,
    noHarm: 'Les conséquences sur ma santé sont décrites dans le certificat médical joint.',
    reportsIntro: 'J’ai signalé les contenus aux sites qui les hébergent :',
    attachmentsIntro:
      'Pièces jointes (reproduites dans ce dossier, originaux dans l’archive ZIP) :',
    attachmentLine: (n, kind, what) => `Pièce n° ${n} – ${kind}${what ? ` – ${what}` : ''}`,
    acknowledgement: {
      complaint:
        'Je vous remercie de bien vouloir enregistrer ma plainte, de m’en remettre un récépissé et, à ma demande, une copie du procès-verbal.',
      'prosecutor-letter':
        'Je vous remercie de bien vouloir m’accuser réception de la présente plainte et de m’informer des suites qui lui seront données. Cette lettre vous est adressée par lettre recommandée avec demande d’avis de réception.',
    },
    closing: {
      complaint: 'Je me tiens à votre disposition pour tout renseignement complémentaire.',
      'prosecutor-letter':
        'Je vous prie d’agréer, Madame, Monsieur le Procureur de la République, l’expression de ma considération distinguée.',
    },
    signature: 'Signature :',
  },
  legal: [
    {
      heading: 'Article 222-33-2-2 du Code pénal – harcèlement moral',
      body: 'Le fait de harceler une personne par des propos ou comportements répétés ayant pour objet ou pour effet une dégradation de ses conditions de vie se traduisant par une altération de sa santé physique ou mentale est un délit. L’infraction est aussi constituée lorsque ces propos ou comportements sont imposés à une même victime par plusieurs personnes, de manière concertée ou successivement, alors même que chacune n’a pas agi de façon répétée.',
    },
    {
      heading: 'Circonstance aggravante : le support en ligne',
      body: 'Les peines sont aggravées lorsque les faits ont été commis par l’utilisation d’un service de communication au public en ligne ou par le biais d’un support numérique ou électronique (article 222-33-2-2, 4°). Elles le sont aussi lorsque les faits ont causé une incapacité totale de travail supérieure à huit jours.',
    },
    {
      heading: 'Le droit de porter plainte',
      body: 'Les officiers et agents de police judiciaire sont tenus de recevoir les plaintes déposées par les victimes et d’en délivrer un récépissé (article 15-3 du Code de procédure pénale). La victime peut aussi porter plainte directement auprès du Procureur de la République (article 40 du même code).',
    },
  ],
  deadlines: 'Délais de prescription',
  qualification:
    'La qualification des faits relève de l’autorité judiciaire ; d’autres infractions (menaces, injures ou diffamation publiques, usurpation d’identité) peuvent être en cause.',
  custodyIntro:
    'Chaque opération sur le dossier est un événement daté d’un journal en ajout seul : rien n’y est modifié ni effacé. Heures en UTC et à Paris.',
  indexIntro:
    'Chaque pièce est identifiée par son empreinte SHA-256, calculée au dépôt et vérifiée lors de l’établissement de ce dossier. L’archive ZIP contient les originaux octet pour octet et un fichier SHA256SUMS (vérification : sha256sum -c SHA256SUMS).',
  zipIntro:
    'Dossier établi par le service d’aide aux victimes de harcèlement en ligne. Vérifier les fichiers : sha256sum -c SHA256SUMS',
};

const en: DossierTexts = {
  title: {
    complaint: 'Complaint dossier – online harassment',
    'prosecutor-letter': 'Complaint to the Procureur de la République – online harassment',
  },
  subtitle:
    'Compiled from the case kept by the victim: dated facts, exhibits with their SHA-256 hashes, chain-of-custody log.',
  caseReference: 'Case reference',
  version: 'Version',
  compiledAt: 'Compiled on',
  identity: 'The victim (as entered)',
  fields: {
    fullName: 'Full name',
    displayName: 'Name used in the service',
    dateOfBirth: 'Date of birth',
    placeOfBirth: 'Place of birth',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
  },
  notGiven: '(not given)',
  contents: 'Contents',
  sections: {
    letter: {
      complaint: 'Summary of the complaint',
      'prosecutor-letter': 'Letter to the Procureur de la République',
    },
    legal: 'Legal basis',
    chronology: 'Chronology of the facts',
    index: 'Index of exhibits',
    screenshots: 'Screenshots',
    links: 'Links to the pages',
    certificate: 'Medical certificate',
    otherFiles: 'Videos and other files',
    reports: 'Reports to the platforms',
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
    'message-flooding': 'incessant messages aimed at the victim',
    'humiliating-media': 'humiliating photos or videos published',
    'fake-profile': 'a page or fake profile set up against the victim',
    'orders-in-my-name': 'goods or services ordered with the victim’s personal data',
  },
  exhibit: (n) => `Exhibit ${n}`,
  captured: 'Captured',
  uploaded: 'Uploaded',
  platform: 'Platform',
  url: 'Address (URL)',
  author: 'Author (pseudonym)',
  file: 'File',
  size: 'Size',
  sha256: 'SHA-256',
  description: 'Description',
  inZip: 'Original file in the dossier’s ZIP archive.',
  notRendered: 'This file cannot be reproduced here; the original is in the ZIP archive.',
  hashMismatch: 'WARNING: this file’s hash no longer matches the one taken at upload.',
  noneRecorded: 'Nothing recorded.',
  reference: 'Reference',
  reportedAt: 'Reported',
  page: (n, total) => `Page ${n} / ${total}`,
  letter: {
    prosecutorAddressee: 'Procureur de la République',
    tribunal: (town) =>
      town ? `Tribunal judiciaire de ${town}` : 'Tribunal judiciaire de ………………………',
    registered: 'Registered letter with acknowledgement of receipt',
    placeDate: (date) => `Written at ………………………, on ${date}`,
    subject: {
      complaint: 'Subject: complaint for online harassment (article 222-33-2-2 of the Code pénal)',
      'prosecutor-letter':
        'Subject: complaint for online harassment (article 222-33-2-2 of the Code pénal)',
    },
    salutation: {
      complaint: 'Dear Sir or Madam,',
      'prosecutor-letter': 'Dear Procureur de la République,',
    },
    opening: (who, against) =>
      `I, the undersigned ${who}, hereby file a complaint ${against} for moral harassment committed through an online public communication service (article 222-33-2-2 of the Code pénal).`,
    openingComplaint: (who, against) =>
      `I, the undersigned ${who}, wish to file a complaint ${against} — a plainte, not a main courante — for moral harassment committed through an online public communication service (article 222-33-2-2 of the Code pénal). Police and gendarmerie must take complaints and give a receipt (article 15-3 of the Code de procédure pénale).`,
    againstX: 'against X (person or persons unknown)',
    againstNamed: (names) => `against ${names}, and anyone else the investigation may identify`,
    refused: (station, date) =>
      `I tried to file a complaint${station ? ` at ${station}` : ''}${date ? ` on ${date}` : ''}, but it was not taken. I am therefore writing to you directly, as article 40 of the Code de procédure pénale allows.`,
    kindsIntro: 'The harassment I suffer takes these forms:',
    summaryIntro: 'In short:',
    factsIntro: 'The facts, in date order:',
    noFacts: 'The dated facts are described in the attached exhibits.',
    authorsIntro: 'The authors present themselves as follows:',
    pseudonyms: 'Pseudonyms',
    profiles: 'Profiles',
    witnessesIntro: 'These people witnessed the facts:',
    noWitness: 'I have no witness to name so far.',
    harmIntro:
      'These acts have degraded my living conditions and harmed my health, as the attached medical certificate records:',
    harmPoints: HARM_POINT_TEXT.en,
    itt: (days) => `Total incapacity for work (ITT): ${days} day${days > 1 ? 's' : ''}.`,
    certificateBy: (doctor, date) =>
      `Medical certificate${doctor ? ` by ${doctor}` : ''}${date ? ` dated ${date}` : ''}.`,
    noHarm: 'The effects on my health are described in the attached medical certificate.',
    reportsIntro: 'I reported the content to the sites hosting it:',
    attachmentsIntro: 'Attachments (reproduced in this dossier, originals in the ZIP archive):',
    attachmentLine: (n, kind, what) => `Exhibit ${n} – ${kind}${what ? ` – ${what}` : ''}`,
    acknowledgement: {
      complaint:
        'Please record my complaint, give me a receipt and, on request, a copy of the report (procès-verbal).',
      'prosecutor-letter':
        'Please acknowledge receipt of this complaint and let me know what action is taken on it. This letter is sent by registered post with acknowledgement of receipt.',
    },
    closing: {
      complaint: 'I remain available for any further information.',
      'prosecutor-letter': 'Yours faithfully,',
    },
    signature: 'Signature:',
  },
  legal: [
    {
      heading: 'Article 222-33-2-2 of the Code pénal – moral harassment',
      body: 'Harassing a person through repeated words or behaviour whose purpose or effect is a degradation of their living conditions, resulting in harm to their physical or mental health, is a délit. The offence is also made out when such words or behaviour are imposed on the same victim by several people, in concert or one after another, even if none of them acted repeatedly.',
    },
    {
      heading: 'Aggravating circumstance: the online medium',
      body: 'Penalties are higher when the acts were committed through an online public communication service or by digital or electronic means (article 222-33-2-2, 4°), and when they caused a total incapacity for work of more than eight days.',
    },
    {
      heading: 'The right to file a complaint',
      body: 'Police officers must take the complaints of victims and give them a receipt (article 15-3 of the Code de procédure pénale). A victim may also complain directly to the Procureur de la République (article 40 of the same code).',
    },
  ],
  deadlines: 'Time limits',
  qualification:
    'The legal characterisation of the facts is for the judicial authority; other offences (threats, public insult or defamation, identity theft) may be involved.',
  custodyIntro:
    'Every operation on the case is a dated event of an append-only log: nothing in it is changed or deleted. Times in UTC and in Paris.',
  indexIntro:
    'Each exhibit is identified by its SHA-256 hash, taken at upload and checked when this dossier was compiled. The ZIP archive holds the originals byte for byte and a SHA256SUMS file (check with: sha256sum -c SHA256SUMS).',
  zipIntro:
    'Compiled by the support service for victims of online harassment. Check the files with: sha256sum -c SHA256SUMS',
};

export const DOSSIER_TEXTS: Readonly<Record<Locale, DossierTexts>> = { fr, en };
