import type { BlobStore, PresignedPost } from '../../shared/ports/blob-store.js';

/**
 * An in-memory BlobStore for unit tests of use cases and routes. Tests of the real
 * adapter run against the local S3 stand-in instead.
 */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, Uint8Array>();

  async put(key: string, body: string | Uint8Array): Promise<void> {
    this.objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.objects.get(key);
  }

  async list(prefix: string, options: { startAfter?: string } = {}): Promise<string[]> {
    return [...this.objects.keys()]
      .filter((key) => key.startsWith(prefix) && (!options.startAfter || key > options.startAfter))
      .sort();
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.objects.delete(key);
  }

  async presignPost(key: string): Promise<PresignedPost> {
    return { url: 'memory://upload', fields: { key } };
  }

  async presignGet(key: string): Promise<string> {
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
