import { randomBytes } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';

/**
 * The dossier PDF encrypted with the victim's password: the standard security handler of
 * PDF 2.0 (ISO 32000-2, 7.6.4), revision 6, AES-256 for every string and stream, which any
 * current PDF reader opens with the password. The file encryption key is random (Web
 * Crypto); the password is used here and nowhere kept.
 *
 * The owner password is random and thrown away: nobody can lift the protection, and the
 * reader who has her password may still print and copy (she brings the dossier to the
 * police). `@cantoo/pdf-lib` (a maintained fork of pdf-lib) does the encryption.
 */
export async function protectPdf(pdf: Uint8Array, password: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.encrypt({
    algorithm: 'AES-256',
    userPassword: password,
    ownerPassword: randomBytes(32).toString('base64url'),
    permissions: {
      printing: 'highResolution',
      copying: true,
      contentAccessibility: true,
      modifying: false,
      annotating: false,
      fillingForms: false,
      documentAssembly: false,
    },
  });
  return document.save({ useObjectStreams: false });
}
