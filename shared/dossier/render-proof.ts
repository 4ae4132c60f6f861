import type { DossierEvidence } from './dossier-input.js';
import { COLORS, type Pen } from './layout.js';
import { bothTimes } from './time.js';

/** What the PDF prints of the dossier's proof (see `proveDossier`). */
export interface ProofSummary {
  readonly manifestSha256: string;
  readonly keyFingerprint: string;
  readonly manifestTimestampedAt?: string;
  readonly exhibitTimestamps: ReadonlyMap<string, string>;
  readonly eventCount: number;
}

type Locale = 'fr' | 'en';

/** The cover's proof block: the manifest's hash, the key, the time, and what they prove. */
export function writeProofOnCover(pen: Pen, proof: ProofSummary, locale: Locale): void {
  const t = PROOF_TEXTS[locale];
  pen.heading(t.heading, 2);
  writeFigures(pen, proof, locale);
  pen.text(t.proves, { size: 8.5, after: 2 });
  pen.text(t.provesNot, { size: 8.5, color: COLORS.grey, after: 12 });
}

/** The custody pages' proof: the same figures, and each exhibit's timestamp. */
export function writeProofInCustody(
  pen: Pen,
  proof: ProofSummary,
  evidence: readonly DossierEvidence[],
  locale: Locale,
): void {
  const t = PROOF_TEXTS[locale];
  pen.heading(t.heading, 2);
  pen.text(t.custodyIntro(proof.eventCount), { size: 9, after: 4 });
  writeFigures(pen, proof, locale);
  for (const e of evidence) {
    if (e.kind === 'link') continue;
    const at = proof.exhibitTimestamps.get(e.evidenceId);
    pen.bullet(`${t.exhibit(e.number)}${t.colon}${at ? bothTimes(at, locale) : t.waiting}`, {
      size: 8.5,
    });
  }
  pen.text(t.proves, { size: 8.5, after: 2 });
  pen.text(t.provesNot, { size: 8.5, color: COLORS.grey, after: 12 });
}

function writeFigures(pen: Pen, proof: ProofSummary, locale: Locale) {
  const t = PROOF_TEXTS[locale];
  pen.text(`${t.manifestHash}${t.colon}`, { size: 8.5, face: 'bold', after: 0 });
  pen.text(proof.manifestSha256, { size: 8, face: 'mono', indent: 12, after: 2 });
  pen.text(`${t.keyFingerprint}${t.colon}`, { size: 8.5, face: 'bold', after: 0 });
  pen.text(proof.keyFingerprint, { size: 8, face: 'mono', indent: 12, after: 2 });
  pen.text(
    `${t.manifestTime}${t.colon}${
      proof.manifestTimestampedAt ? bothTimes(proof.manifestTimestampedAt, locale) : t.noTimestamp
    }`,
    { size: 8.5, after: 4 },
  );
}

const PROOF_TEXTS = {
  fr: {
    colon: '\u00a0: ',
    heading: 'Preuve d’intégrité',
    manifestHash: 'Empreinte SHA-256 du manifeste (manifest.json)',
    keyFingerprint: 'Empreinte de la clé de signature (SHA-256 de la clé publique)',
    manifestTime: 'Horodatage du manifeste par l’autorité d’horodatage',
    noTimestamp: 'non obtenu (autorité d’horodatage indisponible lors de la compilation)',
    waiting: 'en attente d’horodatage',
    exhibit: (n: number) => `Pièce n°\u00a0${n}, horodatée à sa réception`,
    custodyIntro: (events: number) =>
      `Le manifeste signé de l’archive ZIP contient l’empreinte de chaque pièce et celle des ${events} événements du journal ci-dessous, tels qu’enregistrés. Le fichier VERIFIER.txt de l’archive donne les commandes openssl qui le vérifient.`,
    proves:
      'Ce que cela prouve\u00a0: chaque pièce n’a pas été modifiée depuis sa réception par le service, à la date de son horodatage, délivré par un tiers (l’autorité d’horodatage)\u00a0; le manifeste et le journal n’ont pas été modifiés depuis la compilation.',
    provesNot:
      'Ce que cela ne prouve pas\u00a0: qui a pris une capture d’écran, ni que ce qu’elle montre est authentique, ni ce qui s’est passé avant que le fichier ne parvienne au service.',
  },
  en: {
    colon: ': ',
    heading: 'Proof of integrity',
    manifestHash: 'SHA-256 of the manifest (manifest.json)',
    keyFingerprint: 'Signing key fingerprint (SHA-256 of the public key)',
    manifestTime: 'Manifest timestamped by the timestamp authority',
    noTimestamp: 'not obtained (timestamp authority unavailable at compilation)',
    waiting: 'waiting for a timestamp',
    exhibit: (n: number) => `Exhibit ${n}, timestamped on receipt`,
    custodyIntro: (events: number) =>
      `The signed manifest of the ZIP archive holds the SHA-256 of every exhibit and of the ${events} events of the log below, as recorded. The archive's VERIFY.txt gives the openssl commands that check it.`,
    proves:
      'What this proves: each exhibit has not changed since the service received it, at the time of its timestamp, issued by a third party (the timestamp authority); the manifest and the log have not changed since the dossier was compiled.',
    provesNot:
      'What it does not prove: who took a screenshot, that what it shows is genuine, or what happened before the file reached the service.',
  },
} as const;
