/**
 * Signs a dossier's `manifest.json` with an asymmetric key that never leaves its keeper:
 * ECDSA P-256 with SHA-256, the signature DER-encoded, as
 * `openssl dgst -sha256 -verify signing-key.pem -signature manifest.json.sig manifest.json`
 * checks it. On AWS a KMS key only the compile function may use; locally a key file in
 * the data folder.
 */
export interface ManifestSigner {
  /** A DER ECDSA P-256/SHA-256 signature over these exact bytes. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /** The public key, DER SubjectPublicKeyInfo (`signing-key.pem` once armoured). */
  publicKey(): Promise<Uint8Array>;
}
