import { Readable } from 'node:stream';
import { createDeflate, createInflate } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA. */
  readonly colorType: number;
  readonly interlaced: boolean;
  /** RGB triplets of a palette image. */
  readonly palette?: Uint8Array;
}

interface PngChunk {
  readonly type: string;
  readonly data: Uint8Array;
}

/**
 * Walks the chunks of a PNG as its bytes arrive, without holding the file: yields each
 * chunk's type and data. IDAT data is yielded in pieces as it streams (several
 * `IDAT` items per chunk); other chunks whole (they are small before the image data).
 */
export async function* pngChunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<PngChunk> {
  let pending: Uint8Array = new Uint8Array(0);
  let offset = 0;
  let state = 'signature' as 'signature' | 'header' | 'data' | 'crc';
  let remaining = 0;
  let type = '';
  let whole: Uint8Array[] = [];
  const take = (n: number): Uint8Array | undefined => {
    if (pending.length - offset < n) return undefined;
    const out = pending.subarray(offset, offset + n);
    offset += n;
    return out;
  };
  for await (const piece of source) {
    pending = offset < pending.length ? concat([pending.subarray(offset), piece]) : piece;
    offset = 0;
    for (;;) {
      if (state === 'signature') {
        const sig = take(8);
        if (!sig) break;
        if (!SIGNATURE.every((b, i) => sig[i] === b)) throw new Error('not a PNG');
        state = 'header';
      } else if (state === 'header') {
        const head = take(8);
        if (!head) break;
        remaining = readUint32(head, 0);
        type = String.fromCharCode(head[4] ?? 0, head[5] ?? 0, head[6] ?? 0, head[7] ?? 0);
        whole = [];
        state = 'data';
        if (type === 'IEND') return;
      } else if (state === 'data') {
        if (remaining === 0) {
          if (type !== 'IDAT') yield { type, data: concat(whole) };
          state = 'crc';
          continue;
        }
        const available = Math.min(remaining, pending.length - offset);
        if (available === 0) break;
        const part = pending.subarray(offset, offset + available);
        offset += available;
        remaining -= available;
        if (type === 'IDAT') yield { type, data: part };
        else if (whole.length < 4096) whole.push(part);
      } else {
        if (!take(4)) break;
        state = 'header';
      }
    }
  }
  if (state !== 'header') throw new Error('truncated PNG');
}

/** Reads the header chunks of a PNG, up to its first image data. */
export async function readPngHeader(source: AsyncIterable<Uint8Array>): Promise<PngHeader> {
  let header: Omit<PngHeader, 'palette'> | undefined;
  let palette: Uint8Array | undefined;
  for await (const chunk of pngChunks(source)) {
    if (chunk.type === 'IHDR') {
      header = {
        width: readUint32(chunk.data, 0),
        height: readUint32(chunk.data, 4),
        bitDepth: chunk.data[8] ?? 0,
        colorType: chunk.data[9] ?? 0,
        interlaced: chunk.data[12] === 1,
      };
    } else if (chunk.type === 'PLTE') {
      palette = chunk.data.slice();
    } else if (chunk.type === 'IDAT') {
      break;
    }
  }
  if (!header || header.width === 0 || header.height === 0) throw new Error('PNG without IHDR');
  return { ...header, palette };
}

/** The compressed image data of a PNG (its IDAT chunks, joined), as it streams. */
export async function* pngImageData(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of pngChunks(source)) if (chunk.type === 'IDAT') yield chunk.data;
}

/** True when the PNG's data can go into a PDF as is (FlateDecode with the PNG predictor). */
export function pngPassesThrough(header: PngHeader): boolean {
  return !header.interlaced && [0, 2, 3].includes(header.colorType);
}

/** True when the PNG has an alpha channel the compiler flattens onto white as it streams. */
export function pngFlattens(header: PngHeader): boolean {
  return !header.interlaced && header.bitDepth === 8 && [4, 6].includes(header.colorType);
}

/**
 * An 8-bit gray+alpha or RGBA PNG, flattened onto white (as paper shows it) and
 * deflated again, row by row: never the whole bitmap in memory. Output is gray or RGB,
 * 8 bits, no predictor.
 */
export function flattenedPngData(
  source: AsyncIterable<Uint8Array>,
  header: PngHeader,
): AsyncIterable<Uint8Array> {
  const channels = header.colorType === 6 ? 4 : 2;
  const rowBytes = header.width * channels;
  const inflated = Readable.from(pngImageData(source)).pipe(createInflate());
  async function* rows(): AsyncGenerator<Uint8Array> {
    let previous = new Uint8Array(rowBytes);
    let current = new Uint8Array(rowBytes);
    let filter = -1;
    let filled = 0;
    let row = 0;
    for await (const piece of inflated as AsyncIterable<Uint8Array>) {
      let i = 0;
      const out: Uint8Array[] = [];
      while (i < piece.length && row < header.height) {
        if (filter < 0) {
          filter = piece[i++] as number;
          continue;
        }
        const n = Math.min(rowBytes - filled, piece.length - i);
        current.set(piece.subarray(i, i + n), filled);
        filled += n;
        i += n;
        if (filled === rowBytes) {
          unfilter(filter, current, previous, channels);
          out.push(flattenRow(current, channels));
          [previous, current] = [current, previous];
          filter = -1;
          filled = 0;
          row++;
        }
      }
      if (out.length) yield concat(out);
    }
    if (row < header.height) throw new Error('truncated PNG data');
  }
  return Readable.from(rows()).pipe(createDeflate({ level: 6 }));
}

function unfilter(filter: number, row: Uint8Array, prior: Uint8Array, bpp: number): void {
  const n = row.length;
  switch (filter) {
    case 0:
      return;
    case 1:
      for (let i = bpp; i < n; i++) row[i] = ((row[i] as number) + (row[i - bpp] as number)) & 255;
      return;
    case 2:
      for (let i = 0; i < n; i++) row[i] = ((row[i] as number) + (prior[i] as number)) & 255;
      return;
    case 3:
      for (let i = 0; i < n; i++) {
        const left = i >= bpp ? (row[i - bpp] as number) : 0;
        row[i] = ((row[i] as number) + ((left + (prior[i] as number)) >> 1)) & 255;
      }
      return;
    case 4:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? (row[i - bpp] as number) : 0;
        const b = prior[i] as number;
        const c = i >= bpp ? (prior[i - bpp] as number) : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        const predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        row[i] = ((row[i] as number) + predictor) & 255;
      }
      return;
    default:
      throw new Error(`bad PNG filter ${filter}`);
  }
}

function flattenRow(row: Uint8Array, channels: number): Uint8Array {
  const colors = channels - 1;
  const out = new Uint8Array((row.length / channels) * colors);
  for (let p = 0, o = 0; p < row.length; p += channels) {
    const alpha = row[p + colors] as number;
    for (let c = 0; c < colors; c++) {
      out[o++] = (255 - ((255 - (row[p + c] as number)) * alpha + 127) / 255) | 0;
    }
  }
  return out;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) >>> 0) +
    ((bytes[at + 1] as number) << 16) +
    ((bytes[at + 2] as number) << 8) +
    (bytes[at + 3] as number)
  );
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
