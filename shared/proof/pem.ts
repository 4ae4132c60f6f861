import { createHash } from 'node:crypto';

/** PEM armour around DER bytes (RFC 7468), 64 characters a line. */
export function derToPem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER bytes of the first PEM block. */
export function pemToDer(pem: string): Uint8Array {
  return pemBlocks(pem)[0] ?? new Uint8Array();
}

/** The DER bytes of every PEM block, in order. */
export function pemBlocks(pem: string): Uint8Array[] {
  const blocks = pem.match(/-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g) ?? [];
  return blocks.map((block) =>
    Uint8Array.from(Buffer.from(block.replace(/-----[^-]+-----|\s+/g, ''), 'base64')),
  );
}

/**
 * A public key's fingerprint: SHA-256 of its DER SubjectPublicKeyInfo, in hex pairs. The
 * same as `openssl pkey -pubin -in signing-key.pem -outform DER | sha256sum`.
 */
export function keyFingerprint(spkiDer: Uint8Array): string {
  return createHash('sha256').update(spkiDer).digest('hex');
}
