import { hiddenIn } from './hidden-content.js';
import type { Finding, Parser } from './scan.js';

/** Extensions whose data is read whole and searched: comment, plain text, application. */
const COMMENT = 0xfe;
const PLAIN_TEXT = 0x01;
const APPLICATION = 0xff;
const MAX_EXTENSION_BYTES = 8 * 1000 * 1000;

const polyglot = (detail: string): Finding => ({ reason: 'polyglot', detail });

/**
 * Walks a GIF block by block: nothing after the trailer (0x3B), no markup or archive in
 * comments, plain-text or application extensions. Image data is counted, not kept.
 */
export function* scanGif(): Parser {
  const header = yield { take: 13 };
  if (!header) return polyglot('truncated GIF');
  yield* skipColorTable(header[10] ?? 0);
  for (;;) {
    const block = yield { take: 1 };
    if (!block) return polyglot('GIF without trailer');
    switch (block[0]) {
      case 0x3b:
        return (yield { take: 1 }) ? polyglot('data after the GIF trailer') : undefined;
      case 0x21: {
        const label = (yield { take: 1 })?.[0];
        const kept = label === COMMENT || label === PLAIN_TEXT || label === APPLICATION;
        const data = yield* subBlocks(kept);
        if (!data) return polyglot('truncated GIF');
        const hidden = kept ? hiddenIn(data, label === APPLICATION ? 'binary' : 'text') : undefined;
        if (hidden) return polyglot(`${hidden} in a GIF extension`);
        break;
      }
      case 0x2c: {
        const descriptor = yield { take: 9 };
        if (!descriptor) return polyglot('truncated GIF');
        yield* skipColorTable(descriptor[8] ?? 0);
        if (!(yield { take: 1 }) || !(yield* subBlocks(false))) return polyglot('truncated GIF');
        break;
      }
      default:
        return polyglot('unknown GIF block');
    }
  }
}

function* skipColorTable(flags: number): Generator<{ skip: number }, void, Uint8Array | null> {
  if (flags & 0x80) yield { skip: 3 * 2 ** ((flags & 7) + 1) };
}

/**
 * Reads data sub-blocks up to their terminator: their bytes joined when `keep` (at most
 * `MAX_EXTENSION_BYTES`, `undefined` beyond), an empty array otherwise; `undefined` when
 * the file ends first.
 */
function* subBlocks(
  keep: boolean,
): Generator<{ take: number } | { skip: number }, Uint8Array | undefined, Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const size = (yield { take: 1 })?.[0];
    if (size === undefined) return undefined;
    if (size === 0) break;
    const data = keep ? yield { take: size } : yield { skip: size };
    if (!data) return undefined;
    if (keep) {
      parts.push(data);
      total += size;
      if (total > MAX_EXTENSION_BYTES) return undefined;
    }
  }
  return Buffer.concat(parts);
}
