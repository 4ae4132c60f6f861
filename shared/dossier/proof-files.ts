/**
 * Names of the proof files in a dossier ZIP and of the event objects copied beside them.
 * A timestamp response sits beside its file: `pieces/003-capture.png.tsr`.
 */
export const PROOF_FILES = {
  signature: 'manifest.json.sig',
  publicKey: 'signing-key.pem',
  manifestTimestamp: 'manifest.json.tsr',
  chain: 'tsa-chain.pem',
} as const;

export function timestampFileOf(path: string): string {
  return `${path}.tsr`;
}

/** The folder of the case's event objects, byte for byte as stored. */
export function eventLogFolder(locale: 'fr' | 'en'): string {
  return locale === 'fr' ? 'journal-evenements' : 'event-log';
}

export function verifyFileName(locale: 'fr' | 'en'): string {
  return locale === 'fr' ? 'VERIFIER.txt' : 'VERIFY.txt';
}
