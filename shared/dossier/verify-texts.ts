import type { DossierProof } from '../usecases/prove-dossier.js';
import { PROOF_FILES, verifyFileName } from './proof-files.js';

export { verifyFileName as verifyInstructionsName };

/** A path as one shell word: single-quoted, a quote inside closed, escaped and reopened. */
export function shellWord(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * `VERIFIER.txt` / `VERIFY.txt`: the exact commands that check the dossier with stock
 * tools (openssl, sha256sum), run from the folder the ZIP was extracted to, what each one
 * must print, and what a success proves and does not.
 */
export function verifyInstructions(locale: 'fr' | 'en', proof: DossierProof): string {
  const names = new Set(proof.files.map((file) => file.path));
  const hasChain = names.has(PROOF_FILES.chain);
  const exhibits = [...names]
    .filter((path) => path.endsWith('.tsr') && path !== PROOF_FILES.manifestTimestamp)
    .sort()
    .map((tsr) => ({ tsr, data: tsr.slice(0, -'.tsr'.length) }));
  const tsVerify = (tsr: string, data: string) =>
    `openssl ts -verify -in ${shellWord(tsr)} -data ${shellWord(data)} -CAfile ${PROOF_FILES.chain}`;
  const t = TEXTS[locale];
  const lines = [
    t.title,
    '',
    t.intro,
    '',
    `1. ${t.signature}`,
    `openssl dgst -sha256 -verify ${PROOF_FILES.publicKey} -signature ${PROOF_FILES.signature} manifest.json`,
    `   → Verified OK`,
    '',
    `2. ${t.fingerprint}`,
    `openssl pkey -pubin -in ${PROOF_FILES.publicKey} -outform DER | sha256sum`,
    `   → ${proof.keyFingerprint}  -`,
    '',
  ];
  if (names.has(PROOF_FILES.manifestTimestamp) && hasChain)
    lines.push(
      `3. ${t.manifestTimestamp}`,
      tsVerify(PROOF_FILES.manifestTimestamp, 'manifest.json'),
      `   → Verification: OK`,
      `openssl ts -reply -in ${PROOF_FILES.manifestTimestamp} -text`,
      `   → ${t.readTime}`,
      '',
    );
  else lines.push(`3. ${t.noManifestTimestamp}`, '');
  if (exhibits.length && hasChain) {
    lines.push(`4. ${t.exhibitTimestamps}`);
    for (const { tsr, data } of exhibits) lines.push(tsVerify(tsr, data));
    lines.push(`   → Verification: OK ${t.eachTime}`, '');
  } else lines.push(`4. ${t.noExhibitTimestamps}`, '');
  lines.push(
    `5. ${t.sums}`,
    'sha256sum -c SHA256SUMS',
    `   → ${t.sumsOk}`,
    '',
    t.proves,
    '',
    t.eventCopies,
    '',
    t.provesNot,
    '',
    t.tool,
    '',
  );
  return lines.join('\n');
}

const TEXTS = {
  fr: {
    title: 'Vérifier ce dossier',
    intro:
      'Chaque commande se lance dans le dossier où l’archive a été décompressée, avec les outils courants openssl et sha256sum. Sous chaque commande figure ce qu’elle doit afficher.',
    signature:
      'La signature du manifeste (manifest.json liste chaque pièce avec son empreinte SHA-256 et l’empreinte de chaque événement du journal)\u00a0:',
    fingerprint:
      'L’empreinte de la clé publique, à comparer avec celle imprimée dans le PDF et publiée par le service\u00a0:',
    manifestTimestamp:
      'L’horodatage du manifeste par l’autorité d’horodatage (RFC 3161)\u00a0; la seconde commande en affiche la date (Time stamp)\u00a0:',
    noManifestTimestamp:
      'Le manifeste n’a pas pu être horodaté lors de la compilation (autorité d’horodatage indisponible)\u00a0: seule sa signature le protège.',
    readTime: 'la date de l’horodatage, ligne «\u00a0Time stamp\u00a0»',
    exhibitTimestamps:
      'L’horodatage de chaque pièce, obtenu à sa réception, sur ses octets tels qu’ils sont dans cette archive\u00a0:',
    eachTime: '(pour chaque commande)',
    noExhibitTimestamps:
      'Aucune pièce n’a encore d’horodatage (autorité d’horodatage indisponible ou non configurée).',
    sums: 'L’intégrité de chaque fichier de l’archive\u00a0:',
    sumsOk: 'une ligne «\u00a0OK\u00a0» (ou «\u00a0Réussi\u00a0») par fichier, aucun échec',
    proves:
      'Ce que cela prouve\u00a0: chaque pièce est identique, à l’octet près, au fichier reçu par le service à la date de son horodatage, et le journal des événements n’a pas été modifié depuis la compilation du dossier. L’horodatage est délivré par un tiers, l’autorité d’horodatage\u00a0; la signature, par la clé du service.',
    eventCopies:
      'Les événements du journal qui contenaient un secret (empreinte d’un jeton d’accès, d’un lien de connexion ou d’une session, jeton interne au suivi des étapes) figurent dans l’archive sans ce secret\u00a0: manifest.json donne l’empreinte de la copie et celle de l’événement conservé par le service («\u00a0stored\u00a0»).',
    provesNot:
      'Ce que cela ne prouve pas\u00a0: qui a pris une capture d’écran, ni que ce qu’elle montre est authentique, ni ce qui s’est passé avant que le fichier ne parvienne au service.',
    tool: 'Les mêmes vérifications existent dans le projet\u00a0: npm run verify -- dossier.zip',
  },
  en: {
    title: 'Checking this dossier',
    intro:
      'Run each command in the folder the archive was extracted to, with the common tools openssl and sha256sum. Under each command is what it must print.',
    signature:
      'The signature of the manifest (manifest.json lists every exhibit with its SHA-256 and the SHA-256 of every event of the log):',
    fingerprint:
      'The public key’s fingerprint, to compare with the one printed in the PDF and published by the service:',
    manifestTimestamp:
      'The manifest’s timestamp by the timestamp authority (RFC 3161); the second command prints its time (Time stamp):',
    noManifestTimestamp:
      'The manifest could not be timestamped when the dossier was compiled (timestamp authority unavailable): only its signature protects it.',
    readTime: 'the timestamp’s time, line "Time stamp"',
    exhibitTimestamps:
      'Each exhibit’s timestamp, obtained when it was received, over its bytes as they are in this archive:',
    eachTime: '(for each command)',
    noExhibitTimestamps:
      'No exhibit has a timestamp yet (timestamp authority unavailable or not configured).',
    sums: 'The integrity of every file of the archive:',
    sumsOk: 'one "OK" line per file, no failure',
    proves:
      'What this proves: each exhibit is identical, byte for byte, to the file the service received at the time of its timestamp, and the event log has not changed since the dossier was compiled. The timestamp comes from a third party, the timestamp authority; the signature from the service’s key.',
    eventCopies:
      'Events of the log that held a secret (the hash of an access token, a sign-in link or a session, an internal token of the steps’ workflow) are in the archive without it: manifest.json gives the SHA-256 of the copy and of the event the service keeps ("stored").',
    provesNot:
      'What it does not prove: who took a screenshot, that what it shows is genuine, or what happened before the file reached the service.',
    tool: 'The project runs the same checks: npm run verify -- dossier.zip',
  },
} as const;
