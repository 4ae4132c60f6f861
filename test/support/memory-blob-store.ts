import type { Readable } from 'node:stream';
import {
  type BlobStore,
  foldersIn,
  type PresignedPost,
  type PresignGetOptions,
  type PresignPostOptions,
  type PutOptions,
  type StoredStream,
} from '../../shared/ports/blob-store.js';

/**
 * An in-memory BlobStore for unit tests of use cases and routes. Tests of the real
 * adapter run against the local S3 stand-in instead.
 */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, Uint8Array>();

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<void> {
    this.objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
    if (options.contentType) this.contentTypes.set(key, options.contentType);
    else this.contentTypes.delete(key);
  }

  async putIfAbsent(key: string, body: string | Uint8Array): Promise<boolean> {
    if (this.objects.has(key)) return false;
    await this.put(key, body);
    return true;
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.objects.get(key);
  }

  /** Content types given to `put` and `putStream`, by key. */
  readonly contentTypes = new Map<string, string>();
  /** Keys written through `putStream`, in order. */
  readonly streamed: string[] = [];

  async putStream(key: string, body: Readable, options: PutOptions = {}): Promise<void> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(chunk as Uint8Array);
    this.objects.set(key, Buffer.concat(chunks));
    if (options.contentType) this.contentTypes.set(key, options.contentType);
    this.streamed.push(key);
  }

  async list(prefix: string, options: { startAfter?: string } = {}): Promise<string[]> {
    return [...this.objects.keys()]
      .filter((key) => key.startsWith(prefix) && (!options.startAfter || key > options.startAfter))
      .sort();
  }
  async listFolders(prefix: string): Promise<string[]> {
    return foldersIn(await this.list(prefix), prefix);
  }

  /** Keeps no versions, like the local S3. */
  async listVersions(): Promise<undefined> {
    return undefined;
  }

  async deleteVersions(): Promise<void> {
    throw new Error('the memory store keeps no versions');
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.objects.delete(key);
  }

  async stream(key: string): Promise<StoredStream | undefined> {
    const body = this.objects.get(key);
    if (!body) return undefined;
    // In 64 KiB pieces, as a network stream would deliver them.
    const chunks = (async function* () {
      for (let i = 0; i < body.length; i += 65536) yield body.subarray(i, i + 65536);
    })();
    return { contentType: this.contentTypes.get(key), [Symbol.asyncIterator]: () => chunks };
  }

  async deleteOne(key: string): Promise<void> {
    this.objects.delete(key);
  }

  /** The last options each presign was asked with, for assertions. */
  readonly presigned: { key: string; options: PresignPostOptions | PresignGetOptions }[] = [];

  async presignPost(key: string, options: PresignPostOptions): Promise<PresignedPost> {
    this.presigned.push({ key, options });
    return {
      url: 'memory://upload',
      fields: { key, 'Content-Type': options.contentType },
    };
  }

  async presignGet(key: string, options: PresignGetOptions): Promise<string> {
    this.presigned.push({ key, options });
    return `memory://${key}`;
  }

  /** Every stored object parsed as JSON, for assertions on the event log. */
  json(prefix = ''): unknown[] {
    return [...this.objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, body]) => JSON.parse(new TextDecoder().decode(body)));
  }
}
