import { inflateSync } from 'node:zlib';

/**
 * Markup a browser runs if these bytes are ever read as a web page (an image saved or
 * served as `.html`). Not `<?xml`: image metadata (XMP) legitimately holds XML.
 */
const ACTIVE_MARKUP =
  /<(?:!doctype|html|head|body|script|iframe|frame|frameset|svg|math|object|embed|applet|meta|base|form|style|img|a\s+href)\b/i;

/**
 * Archive signatures: a file that is also a ZIP (an `evil.html` inside a JPEG), RAR or
 * 7-Zip. At least 4 bytes, so compressed binary metadata (EXIF, ICC) does not hit them by
 * chance (about once in 4·10⁹ positions).
 */
const ARCHIVES = ['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08', 'Rar!\x1a\x07', '7z\xbc\xaf\x27\x1c'];
/** gzip's 3-byte signature: only looked for in text, where it has no business at all. */
const GZIP = '\x1f\x8b\x08';

const latin1 = new TextDecoder('latin1');

/**
 * What is hidden in a piece of metadata: markup or an archive. `text` is what a text
 * field or comment holds (any signature counts); `binary` is a binary segment (EXIF,
 * ICC), held to signatures long enough not to occur by chance.
 */
export function hiddenIn(bytes: Uint8Array, kind: 'text' | 'binary'): string | undefined {
  const text = latin1.decode(bytes);
  if (ACTIVE_MARKUP.test(text)) return 'markup';
  if (ARCHIVES.some((signature) => text.includes(signature))) return 'archive';
  if (kind === 'text' && text.includes(GZIP)) return 'archive';
  return undefined;
}

/** Decompressed text chunks and comments stop here: a bigger one is refused, not read. */
export const MAX_INFLATED_BYTES = 8 * 1000 * 1000;

/** zlib data inflated up to `MAX_INFLATED_BYTES`; `undefined` when corrupt or bigger. */
export function inflateBounded(
  bytes: Uint8Array,
  maxBytes = MAX_INFLATED_BYTES,
): Uint8Array | undefined {
  try {
    return inflateSync(bytes, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
}

/**
 * Markup a browser would run, searched in every raw byte of an image as it streams:
 * only tags long enough (7 bytes and more) never to appear in compressed pixels by chance.
 */
const RAW_MARKUP = /<(?:script|iframe|!doctype)/i;
const RAW_OVERLAP = 16;

/** Looks for `RAW_MARKUP` in a stream of chunks, across chunk boundaries. */
export class RawMarkupScan {
  private carry = '';
  found = false;

  write(chunk: Uint8Array): void {
    if (this.found) return;
    const text = this.carry + latin1.decode(chunk);
    this.found = RAW_MARKUP.test(text);
    this.carry = text.slice(-RAW_OVERLAP);
  }
}
