import { hiddenIn, inflateBounded } from './hidden-content.js';
import type { Finding, Parser } from './scan.js';
import { u32 } from './scan.js';

const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt']);
/** Chunks of compressed pixels (APNG's frames too): only counted, never buffered. */
const PIXEL_CHUNKS = new Set(['IDAT', 'fdAT']);
/** Any other chunk is read whole to be searched; a bigger one is refused. */
const MAX_METADATA_CHUNK = 8 * 1000 * 1000;

const polyglot = (detail: string): Finding => ({ reason: 'polyglot', detail });
const latin1 = new TextDecoder('latin1');

/**
 * Walks a PNG chunk by chunk: nothing after IEND, no markup or archive in any chunk but
 * the pixels, text chunks (tEXt, zTXt, iTXt) searched once decompressed.
 */
export function* scanPng(): Parser {
  if (!(yield { take: 8 })) return polyglot('truncated PNG');
  for (;;) {
    const head = yield { take: 8 };
    if (!head) return polyglot('PNG without IEND');
    const length = u32(head, 0);
    const type = latin1.decode(head.subarray(4, 8));
    if (PIXEL_CHUNKS.has(type)) {
      if (!(yield { skip: length + 4 })) return polyglot('truncated PNG');
      continue;
    }
    if (length > MAX_METADATA_CHUNK) return polyglot(`oversized ${type} chunk`);
    const data = yield { take: length };
    if (!data || !(yield { take: 4 })) return polyglot('truncated PNG');
    const hidden =
      hiddenIn(data, 'binary') ?? (TEXT_CHUNKS.has(type) ? textHidden(type, data) : undefined);
    if (hidden) return polyglot(`${hidden} in ${type}`);
    if (type === 'IEND') return (yield { take: 1 }) ? polyglot('data after IEND') : undefined;
  }
}

/** The text of a text chunk, decompressed when it is, searched as text. */
function textHidden(type: string, data: Uint8Array): string | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 0) return 'malformed text';
  let text: Uint8Array | undefined = data.subarray(keywordEnd + 1);
  if (type === 'zTXt') text = inflateBounded(text.subarray(1));
  else if (type === 'iTXt') {
    const compressed = text[0] === 1;
    // Compression flag and method, then language tag and translated keyword, each ended by 0.
    const language = text.indexOf(0, 2);
    const translated = language < 0 ? -1 : text.indexOf(0, language + 1);
    if (translated < 0) return 'malformed text';
    text = text.subarray(translated + 1);
    if (compressed) text = inflateBounded(text);
  }
  if (!text) return 'undecodable text';
  return hiddenIn(text, 'text');
}
