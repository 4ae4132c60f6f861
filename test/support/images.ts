import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/** One PNG chunk: length, type, data and its CRC-32. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A pixel's channels, 0–255, for the given position. */
export type Painter = (x: number, y: number) => readonly number[];

/**
 * A minimal PNG encoder (8-bit, no interlace): gray (0), RGB (2), palette (3, `palette`
 * as RGB triplets), gray+alpha (4) or RGBA (6). Rows use the Sub filter.
 */
export function encodePng(
  width: number,
  height: number,
  colorType: 0 | 2 | 3 | 4 | 6,
  paint: Painter,
  options: { palette?: Uint8Array; level?: number } = {},
): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  const stride = width * channels + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 1; // Sub
    for (let x = 0; x < width; x++) {
      const pixel = paint(x, y);
      for (let c = 0; c < channels; c++) {
        const at = y * stride + 1 + x * channels + c;
        const left = x > 0 ? (pixel === undefined ? 0 : (paint(x - 1, y)[c] ?? 0)) : 0;
        raw[at] = ((pixel[c] ?? 0) - left) & 255;
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
  ];
  if (colorType === 3) parts.push(pngChunk('PLTE', options.palette ?? new Uint8Array(3)));
  const data = deflateSync(raw, { level: options.level ?? 6 });
  // Several IDAT chunks, as real encoders write them.
  for (let at = 0; at < data.length; at += 8192)
    parts.push(pngChunk('IDAT', data.subarray(at, at + 8192)));
  parts.push(pngChunk('IEND', new Uint8Array(0)));
  return Buffer.concat(parts);
}

/** A baseline JPEG (jpeg-js), RGB. */
export function encodeJpeg(width: number, height: number, paint: Painter, quality = 85): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r = 0, g = 0, b = 0] = paint(x, y);
      const at = (y * width + x) * 4;
      data[at] = r;
      data[at + 1] = g;
      data[at + 2] = b;
      data[at + 3] = 255;
    }
  return jpeg.encode({ data, width, height }, quality).data;
}

/**
 * `jpeg` with an EXIF segment (APP1) right after its start marker, as cameras write it:
 * a Model tag, then Orientation, in the given byte order.
 */
export function withExifOrientation(
  jpegBytes: Uint8Array,
  orientation: number,
  byteOrder: 'II' | 'MM' = 'II',
): Buffer {
  const little = byteOrder === 'II';
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4);
  const u16 = (value: number, at: number) =>
    little ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at);
  const u32 = (value: number, at: number) =>
    little ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at);
  tiff.write(byteOrder, 0, 'latin1');
  u16(42, 2);
  u32(8, 4); // the first directory follows the header
  u16(2, 8);
  u16(0x0110, 10); // Model, ASCII, 4 bytes held in the entry itself
  u16(2, 12);
  u32(4, 14);
  tiff.write('Pix\0', 18, 'latin1');
  u16(0x0112, 22); // Orientation, SHORT
  u16(3, 24);
  u32(1, 26);
  u16(orientation, 30);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), length, payload]);
  return Buffer.concat([jpegBytes.subarray(0, 2), app1, jpegBytes.subarray(2)]);
}

/** An XMP segment (also APP1), which carries no orientation the reader should take. */
export function withXmpSegment(jpegBytes: Uint8Array): Buffer {
  const payload = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>', 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), length, payload]);
  return Buffer.concat([jpegBytes.subarray(0, 2), app1, jpegBytes.subarray(2)]);
}
