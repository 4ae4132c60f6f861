import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32InJavaScript, ZipWriter } from '../../../shared/dossier/zip-writer.js';
import { readZip } from '../../../shared/proof/zip-reader.js';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });

async function archive(write: (zip: ZipWriter) => Promise<void>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter(async (chunk) => {
    chunks.push(Buffer.from(chunk));
  });
  await write(zip);
  await zip.finish();
  return Buffer.concat(chunks);
}

async function* inChunks(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('ZipWriter, checked with unzip', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zip-writer-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes stored, deflated, empty and UTF-8-named entries that unzip tests and extracts byte for byte', async () => {
    // Prepare
    const photo = randomBytes(300_000);
    const text = Buffer.from('Fait n° 1 : « menaces »\n'.repeat(5000));
    const at = new Date(2024, 4, 17, 13, 45, 22);
    // Act
    const bytes = await archive(async (zip) => {
      await zip.add('pièce 1 — capture.png', inChunks(photo, 65_536), { store: true, date: at });
      await zip.add('journal.json', text, { date: at });
      await zip.add('vide.txt', inChunks(Buffer.alloc(0), 1));
      await zip.add('streamed.txt', inChunks(text, 1000));
    });
    const path = join(dir, 'a.zip');
    await writeFile(path, bytes);
    // Assess
    expect(run('unzip', ['-t', path])).toContain('No errors detected');
    const listing = run('unzip', ['-Z', '-v', path]);
    expect(listing).toMatch(/pièce 1 — capture\.png[\s\S]*compression method:\s+none \(stored\)/);
    expect(listing).toMatch(/journal\.json[\s\S]*compression method:\s+deflated/);
    expect(run('unzip', ['-Z', '-T', path])).toContain('20240517.134522');
    const out = join(dir, 'out');
    run('unzip', ['-q', path, '-d', out]);
    expect((await readFile(join(out, 'pièce 1 — capture.png'))).equals(photo)).toBe(true);
    expect((await readFile(join(out, 'journal.json'))).equals(text)).toBe(true);
    expect((await readFile(join(out, 'streamed.txt'))).equals(text)).toBe(true);
    expect((await readFile(join(out, 'vide.txt'))).length).toBe(0);
    expect(bytes.length).toBeLessThan(photo.length + text.length);
  });

  it('writes ZIP64 end records past 65 535 entries, which unzip and our reader accept', async () => {
    // Prepare
    const count = 65_540;
    // Act
    const bytes = await archive(async (zip) => {
      for (let i = 0; i < count; i++)
        await zip.add(`${i}.txt`, Buffer.from(`${i}`), { store: true });
    });
    const path = join(dir, 'many.zip');
    await writeFile(path, bytes);
    // Assess
    expect(bytes.readUInt32LE(bytes.length - 22 - 20)).toBe(0x07064b50);
    expect(run('unzip', ['-t', '-qq', path])).toBe('');
    const files = readZip(bytes);
    expect(files.size).toBe(count);
    expect(Buffer.from(files.get('65539.txt') as Uint8Array).toString()).toBe('65539');
  }, 120_000);

  it('rejects when its source fails, and the fallback CRC-32 matches zlib’s', async () => {
    async function* failing() {
      yield Buffer.from('a');
      throw new Error('read failed');
    }
    await expect(archive((zip) => zip.add('x', failing(), { store: true }))).rejects.toThrow(
      'read failed',
    );
    const data = randomBytes(100_000);
    const split = crc32InJavaScript(
      data.subarray(60_000),
      crc32InJavaScript(data.subarray(0, 60_000), 0),
    );
    expect(split).toBe(zlib.crc32(data));
  });
});
