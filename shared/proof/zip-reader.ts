import { inflateRawSync } from 'node:zlib';

/**
 * The files of a ZIP archive, read from its central directory (stored or deflated entries,
 * ZIP64 sizes and offsets included): enough for the dossiers this app writes, for
 * `npm run verify`. Not for untrusted archives of any size: it holds the whole in memory.
 */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive (no end of central directory)');
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && buffer.readUInt32LE(locator) === 0x07064b50) {
    const zip64End = Number(buffer.readBigUInt64LE(locator + 8));
    count = Number(buffer.readBigUInt64LE(zip64End + 32));
    offset = Number(buffer.readBigUInt64LE(zip64End + 48));
  }
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('damaged central directory');
    const method = buffer.readUInt16LE(offset + 10);
    let compressed = buffer.readUInt32LE(offset + 20);
    let size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    let local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in order.
    let extra = offset + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = buffer.readUInt16LE(extra);
      const length = buffer.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let at = extra + 4;
        const next = () => {
          const value = Number(buffer.readBigUInt64LE(at));
          at += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressed === 0xffffffff) compressed = next();
        if (local === 0xffffffff) local = next();
      }
      extra += 4 + length;
    }
    const dataStart =
      local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressed);
    if (!name.endsWith('/')) {
      if (method === 0) files.set(name, raw);
      else if (method === 8) files.set(name, inflateRawSync(raw));
      else throw new Error(`${name}: unsupported compression method ${method}`);
      if (files.get(name)?.length !== size) throw new Error(`${name}: size does not match`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
