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
