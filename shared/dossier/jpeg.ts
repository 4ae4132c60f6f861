import { concat } from './png.js';

export interface JpegHeader {
  readonly width: number;
  readonly height: number;
  /** 1 gray, 3 YCbCr/RGB, 4 CMYK. */
  readonly components: number;
  readonly bitsPerComponent: number;
}

/** Start-of-frame markers: every SOFn but DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Finds a JPEG's frame header as its bytes arrive (after any EXIF or XMP segments) and
 * stops reading there: the image itself goes into the PDF untouched (DCTDecode).
 */
export async function readJpegHeader(source: AsyncIterable<Uint8Array>): Promise<JpegHeader> {
  let buffer: Uint8Array = new Uint8Array(0);
  let skip = 0;
  let started = false;
  for await (const piece of source) {
    if (skip >= piece.length) {
      skip -= piece.length;
      continue;
    }
    buffer = concat([buffer, piece.subarray(skip)]);
    skip = 0;
    if (!started) {
      if (buffer.length < 2) continue;
      if (buffer[0] !== 0xff || buffer[1] !== 0xd8) throw new Error('not a JPEG');
      buffer = buffer.subarray(2);
      started = true;
    }
    for (;;) {
      if (buffer.length < 4) break;
      if (buffer[0] !== 0xff) throw new Error('bad JPEG marker');
      const marker = buffer[1] as number;
      if (marker === 0xff) {
        buffer = buffer.subarray(1);
        continue;
      }
      if (isStartOfFrame(marker)) {
        if (buffer.length < 10) break;
        return {
          bitsPerComponent: buffer[4] as number,
          height: ((buffer[5] as number) << 8) + (buffer[6] as number),
          width: ((buffer[7] as number) << 8) + (buffer[8] as number),
          components: buffer[9] as number,
        };
      }
      if (marker === 0xda || marker === 0xd9) throw new Error('JPEG without frame header');
      const next = 2 + ((buffer[2] as number) << 8) + (buffer[3] as number);
      if (next > buffer.length) {
        skip = next - buffer.length;
        buffer = new Uint8Array(0);
        break;
      }
      buffer = buffer.subarray(next);
    }
  }
  throw new Error('JPEG ended before its frame header');
}
