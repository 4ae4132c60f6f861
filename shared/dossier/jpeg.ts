import { asOrientation, type Orientation } from './orientation.js';
import { concat } from './png.js';

export interface JpegHeader {
  readonly width: number;
  readonly height: number;
  /** 1 gray, 3 YCbCr/RGB, 4 CMYK. */
  readonly components: number;
  readonly bitsPerComponent: number;
  /** From the EXIF segment, 1 (as stored) without one. */
  readonly orientation: Orientation;
}

/** Start-of-frame markers: every SOFn but DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** APP1, where EXIF (and XMP) live: at most 64 KiB, so it is buffered whole. */
const APP1 = 0xe1;
const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
const ORIENTATION_TAG = 0x0112;

/**
 * The Orientation tag of an APP1 segment's payload, if it is EXIF: a TIFF header, then
 * the first image directory's 12-byte entries. Anything malformed reads as undefined.
 */
function exifOrientation(payload: Uint8Array): Orientation | undefined {
  if (payload.length < 14 || EXIF_ID.some((byte, i) => payload[i] !== byte)) return undefined;
  const tiff = new DataView(payload.buffer, payload.byteOffset + 6, payload.length - 6);
  const order = tiff.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const little = order === 0x4949;
  const directory = tiff.getUint32(4, little);
  if (directory + 2 > tiff.byteLength) return undefined;
  const entries = tiff.getUint16(directory, little);
  for (let i = 0; i < entries; i++) {
    const at = directory + 2 + i * 12;
    if (at + 12 > tiff.byteLength) return undefined;
    if (tiff.getUint16(at, little) === ORIENTATION_TAG)
      return asOrientation(tiff.getUint16(at + 8, little));
  }
  return undefined;
}

/**
 * Finds a JPEG's frame header as its bytes arrive (reading the EXIF orientation on the
 * way, skipping other segments) and stops reading there: the image itself goes into the
 * PDF untouched (DCTDecode).
 */
export async function readJpegHeader(source: AsyncIterable<Uint8Array>): Promise<JpegHeader> {
  let buffer: Uint8Array = new Uint8Array(0);
  let skip = 0;
  let started = false;
  let orientation: Orientation | undefined;
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
          orientation: orientation ?? 1,
        };
      }
      if (marker === 0xda || marker === 0xd9) throw new Error('JPEG without frame header');
      const next = 2 + ((buffer[2] as number) << 8) + (buffer[3] as number);
      if (marker === APP1 && orientation === undefined) {
        if (next > buffer.length) break;
        orientation = exifOrientation(buffer.subarray(4, next));
      } else if (next > buffer.length) {
        skip = next - buffer.length;
        buffer = new Uint8Array(0);
        break;
      }
      buffer = buffer.subarray(next);
    }
  }
  throw new Error('JPEG ended before its frame header');
}
