import { hiddenIn } from './hidden-content.js';
import type { Finding, Need, Parser } from './scan.js';
import { u16 } from './scan.js';

const SOS = 0xda;
const EOI = 0xd9;
const COM = 0xfe;
const isApp = (marker: number) => marker >= 0xe0 && marker <= 0xef;
/** Markers without a length: RSTn, TEM (SOI only starts the file). */
const standalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
const MPF_ID = [0x4d, 0x50, 0x46, 0]; // "MPF\0", an APP2 multi-picture index

const polyglot = (detail: string): Finding => ({ reason: 'polyglot', detail });

/**
 * Walks a JPEG segment by segment to its end marker: no markup or archive in a comment
 * or an APPn segment, and nothing after EOI but zero padding, or the further images a
 * multi-picture index (MPF, the gain maps and depth maps of phone cameras) announced,
 * each walked the same way. Entropy-coded data is scanned for markers, not kept.
 */
export function* scanJpeg(): Parser {
  const soi = yield { take: 2 };
  if (soi?.[0] !== 0xff || soi[1] !== 0xd8) return polyglot('not a JPEG');
  const first = yield* scanImage();
  if (typeof first !== 'boolean') return first;
  let multiPicture = first;
  for (;;) {
    const next = yield { take: 1 };
    if (!next) return undefined;
    if (next[0] === 0) continue;
    const second = next[0] === 0xff ? yield { take: 1 } : null;
    if (!multiPicture || second?.[0] !== 0xd8) return polyglot('data after EOI');
    const more = yield* scanImage();
    if (typeof more !== 'boolean') return more;
    multiPicture ||= more;
  }
}

/**
 * One image, from after its SOI to its EOI: `true` when it carries a multi-picture
 * index, `false` when not, a finding when something is wrong.
 */
function* scanImage(): Generator<Need, Finding | boolean, Uint8Array | null> {
  let multiPicture = false;
  let marker = yield* nextMarker(false);
  for (;;) {
    if (marker === undefined) return polyglot('JPEG without EOI');
    if (marker < 0) return polyglot('bytes between JPEG segments');
    if (marker === EOI) return multiPicture;
    if (standalone(marker)) {
      marker = yield* nextMarker(false);
      continue;
    }
    const lengthBytes = yield { take: 2 };
    if (!lengthBytes) return polyglot('truncated JPEG');
    const length = u16(lengthBytes, 0) - 2;
    if (length < 0) return polyglot('malformed JPEG segment');
    if (isApp(marker) || marker === COM) {
      const data = yield { take: length };
      if (!data) return polyglot('truncated JPEG');
      const hidden = hiddenIn(data, marker === COM ? 'text' : 'binary');
      if (hidden)
        return polyglot(`${hidden} in a JPEG ${marker === COM ? 'comment' : 'APPn segment'}`);
      if (marker === 0xe2 && MPF_ID.every((byte, i) => data[i] === byte)) multiPicture = true;
    } else if (!(yield { skip: length })) return polyglot('truncated JPEG');
    marker = yield* nextMarker(marker === SOS);
  }
}

/**
 * The next marker's code. Between segments only fill bytes (0xFF) may come; after a
 * start of scan, entropy-coded data runs until a 0xFF that is neither stuffing (FF 00)
 * nor a restart marker.
 */
function* nextMarker(
  entropyCoded: boolean,
): Generator<Need, number | undefined, Uint8Array | null> {
  for (;;) {
    const ff = entropyCoded ? yield { scanFor: 0xff } : yield { take: 1 };
    if (!ff) return undefined;
    if (ff[0] !== 0xff) return -1;
    let code: number | undefined;
    do code = (yield { take: 1 })?.[0];
    while (code === 0xff);
    if (code === undefined) return undefined;
    if (entropyCoded && (code === 0 || (code >= 0xd0 && code <= 0xd7))) continue;
    return code;
  }
}
