import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

/*
 * A streaming ZIP writer for the dossier: entries written one after the other, each read
 * from its source once, sizes and CRC-32 in a data descriptor after the data, so nothing
 * is held in memory. CRC-32 is zlib's own (`zlib.crc32`, Node ≥ 20.15): computed in
 * JavaScript (as archiver did) it took 40 % of a 100-screenshot dossier's compile time.
 * ZIP64 records are written when the central directory lies beyond 4 GiB or holds more
 * than 65 535 entries; a single entry must stay under 4 GiB (a case holds at most 2 GB
 * of evidence).
 */

/** zlib's CRC-32 where Node has it; the table-driven one otherwise (Node 20 before 20.15). */
const crc32: (data: Uint8Array, value: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (zlib as unknown as { crc32: (data: Uint8Array, value: number) => number }).crc32
    : tableCrc32;

let table: Uint32Array | undefined;
function tableCrc32(data: Uint8Array, value: number): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++)
    c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

export { tableCrc32 as crc32InJavaScript };

/** An entry's bytes: streamed, or whole. */
export type ZipEntryData = AsyncIterable<Uint8Array> | Uint8Array;

export interface ZipEntryOptions {
  /** Stored as is (already-compressed media); deflated otherwise. */
  readonly store?: boolean;
  /** The entry's modification time (its local date and time, as ZIP tools read it). */
  readonly date?: Date;
}

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

const UINT32 = 0xffffffff;
const FLAGS = 0x0808; // sizes in a data descriptor; names in UTF-8
const FILE_MODE = (0o100644 << 16) >>> 0;

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];

  /** `sink` receives the archive's bytes in order; its promise is the backpressure. */
  constructor(private readonly sink: (chunk: Uint8Array) => Promise<void>) {}

  private async emit(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    await this.sink(chunk);
  }

  async add(name: string, source: ZipEntryData, options: ZipEntryOptions = {}): Promise<void> {
    const encodedName = Buffer.from(name);
    const method = options.store ? 0 : 8;
    const { time, date } = dosDateTime(options.date ?? new Date());
    const offset = this.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(encodedName.length, 26);
    await this.emit(Buffer.concat([local, encodedName]));

    let crc = 0;
    let size = 0;
    const data = source instanceof Uint8Array ? [source] : source;
    const counted = async function* () {
      for await (const chunk of data) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    };
    const start = this.offset;
    if (method === 0) for await (const chunk of counted()) await this.emit(chunk);
    else {
      const deflated = Readable.from(counted()).pipe(zlib.createDeflateRaw({ level: 6 }));
      for await (const chunk of deflated) await this.emit(chunk as Buffer);
    }
    const compressed = this.offset - start;
    if (size >= UINT32 || compressed >= UINT32) throw new Error(`${name}: entry over 4 GiB`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.entries.push({ name: encodedName, method, time, date, crc, compressed, size, offset });
  }

  /** Writes the central directory; the archive is complete when it resolves. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const zip64 = e.offset >= UINT32;
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE((3 << 8) | 45, 4); // made on Unix, ZIP 4.5
      header.writeUInt16LE(zip64 ? 45 : 20, 6);
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(e.time, 12);
      header.writeUInt16LE(e.date, 14);
      header.writeUInt32LE(e.crc >>> 0, 16);
      header.writeUInt32LE(e.compressed, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt16LE(zip64 ? 12 : 0, 30);
      header.writeUInt32LE(FILE_MODE, 38);
      header.writeUInt32LE(zip64 ? UINT32 : e.offset, 42);
      const extra = Buffer.alloc(zip64 ? 12 : 0);
      if (zip64) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(8, 2);
        extra.writeBigUInt64LE(BigInt(e.offset), 4);
      }
      await this.emit(Buffer.concat([header, e.name, extra]));
    }
    const size = this.offset - start;
    const count = this.entries.length;
    const zip64 = start >= UINT32 || size >= UINT32 || count >= 0xffff;
    if (zip64) {
      const end64At = this.offset;
      const end64 = Buffer.alloc(56 + 20);
      end64.writeUInt32LE(0x06064b50, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE((3 << 8) | 45, 12);
      end64.writeUInt16LE(45, 14);
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
      end64.writeBigUInt64LE(BigInt(size), 40);
      end64.writeBigUInt64LE(BigInt(start), 48);
      end64.writeUInt32LE(0x07064b50, 56);
      end64.writeBigUInt64LE(BigInt(end64At), 64);
      end64.writeUInt32LE(1, 72);
      await this.emit(end64);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(size, UINT32), 12);
    end.writeUInt32LE(Math.min(start, UINT32), 16);
    await this.emit(end);
  }
}

/** MS-DOS date and time, local as ZIP tools read them; 1980 at the earliest. */
function dosDateTime(at: Date): { time: number; date: number } {
  const d = at.getFullYear() < 1980 ? new Date(1980, 0, 1) : at;
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
