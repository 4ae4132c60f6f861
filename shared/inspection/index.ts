import { scanGif } from './gif-scan.js';
import { RawMarkupScan } from './hidden-content.js';
import { scanJpeg } from './jpeg-scan.js';
import { PdfInspector } from './pdf-scan.js';
import { scanPng } from './png-scan.js';
import { type Finding, type Inspector, ParserInspector } from './scan.js';

export type { Finding, Inspector } from './scan.js';

/** Formats whose structure is walked whole, by their first bytes. */
export type InspectedFormat = 'image/png' | 'image/jpeg' | 'image/gif' | 'application/pdf';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38]; // GIF8
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const RIFF = [0x52, 0x49, 0x46, 0x46]; // WebP's container

/** Bytes `inspectorFor` needs to tell the formats apart. */
export const SIGNATURE_BYTES = 8;

/**
 * The inspector for an object starting with `first` (at least `SIGNATURE_BYTES` of it,
 * unless it is shorter): its format's structure walk, and for an image a search of all
 * its bytes for script markup (videos are containers, PDFs are lexed). Type checks stay with the sniffer: this
 * only says what is hidden.
 */
export function inspectorFor(first: Uint8Array): Inspector & { readonly format?: InspectedFormat } {
  const format: InspectedFormat | undefined = startsWith(first, PNG)
    ? 'image/png'
    : startsWith(first, JPEG)
      ? 'image/jpeg'
      : startsWith(first, GIF)
        ? 'image/gif'
        : startsWith(first, PDF)
          ? 'application/pdf'
          : undefined;
  const structure =
    format === 'application/pdf'
      ? new PdfInspector()
      : format
        ? new ParserInspector(
            format === 'image/png' ? scanPng() : format === 'image/jpeg' ? scanJpeg() : scanGif(),
          )
        : undefined;
  const image = (format && format !== 'application/pdf') || startsWith(first, RIFF);
  const raw = image ? new RawMarkupScan() : undefined;
  return {
    format,
    write(chunk) {
      structure?.write(chunk);
      raw?.write(chunk);
    },
    end() {
      structure?.end();
    },
    get finding(): Finding | undefined {
      if (structure?.finding) return structure.finding;
      return raw?.found ? { reason: 'polyglot', detail: 'script markup in the bytes' } : undefined;
    },
  };
}
