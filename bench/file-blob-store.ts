import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type BlobStore, foldersIn, type PresignedPost } from '../shared/ports/blob-store.js';

/** A BlobStore on a folder, for the benchmark: files stream from and to disk like S3 objects. */
export class FileBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private path(key: string) {
    return join(this.root, key);
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    await mkdir(dirname(this.path(key)), { recursive: true });
    await writeFile(this.path(key), body);
  }

  async putIfAbsent(key: string, body: string | Uint8Array): Promise<boolean> {
    await mkdir(dirname(this.path(key)), { recursive: true });
    return writeFile(this.path(key), body, { flag: 'wx' }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return readFile(this.path(key)).catch(() => undefined);
  }

  async stream(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const exists = await stat(this.path(key)).catch(() => undefined);
    return exists ? createReadStream(this.path(key), { highWaterMark: 256 * 1024 }) : undefined;
  }

  async putStream(key: string, body: Readable): Promise<void> {
    await mkdir(dirname(this.path(key)), { recursive: true });
    await pipeline(body, createWriteStream(this.path(key)));
  }

  async list(prefix: string, options: { startAfter?: string } = {}): Promise<string[]> {
    const files = await readdir(this.root, { recursive: true, withFileTypes: true });
    return files
      .filter((f) => f.isFile())
      .map((f) => relative(this.root, join(f.parentPath, f.name)))
      .filter((key) => key.startsWith(prefix) && (!options.startAfter || key > options.startAfter))
      .sort();
  }
  async listFolders(prefix: string): Promise<string[]> {
    return foldersIn(await this.list(prefix), prefix);
  }

  async deleteOne(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /** Keeps no versions. */
  async listVersions(): Promise<undefined> {
    return undefined;
  }

  async deleteVersions(): Promise<void> {
    throw new Error('the file store keeps no versions');
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) await rm(this.path(key), { force: true });
  }

  async presignPost(): Promise<PresignedPost> {
    throw new Error('not in the benchmark');
  }

  async presignGet(): Promise<string> {
    throw new Error('not in the benchmark');
  }
}
