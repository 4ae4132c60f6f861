import type { Readable } from 'node:stream';

/** Object storage for the case event log, evidence and dossiers. */
export interface BlobStore {
  put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<void>;
  /**
   * Writes only if no object has this key, atomically: of concurrent writers exactly one
   * gets `true`. `false` when the key was taken.
   */
  putIfAbsent(key: string, body: string | Uint8Array): Promise<boolean>;
  /** The object's bytes, or `undefined` when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /**
   * Writes a body of unknown length as it is produced (a multipart upload on S3), never
   * holding it whole. Resolves once the object is stored.
   */
  putStream(key: string, body: Readable, options?: PutOptions): Promise<void>;
  /** Keys under `prefix` in key order, optionally only those after `startAfter`. */
  list(prefix: string, options?: { startAfter?: string }): Promise<string[]>;
  /**
   * The names of the folders directly under `prefix` (keys grouped at their next `/`), in
   * key order: a thousand folders a request, however many objects each one holds.
   */
  listFolders(prefix: string): Promise<string[]>;
  delete(keys: readonly string[]): Promise<void>;
  /**
   * Streams one object (or one version of it), so a large file is read once without
   * holding it in memory. `undefined` when there is no such key or version.
   */
  stream(key: string, options?: VersionOptions): Promise<StoredStream | undefined>;
  /**
   * Deletes one object; with a `versionId`, that version for good (on a versioned bucket a
   * plain delete only hides the bytes behind a delete marker).
   */
  deleteOne(key: string, options?: VersionOptions): Promise<void>;
  /**
   * Every version and delete marker under `prefix`, or `undefined` when the store keeps
   * no versions (the local S3): then `list` and `delete` are the whole story.
   */
  listVersions(prefix: string): Promise<ObjectVersion[] | undefined>;
  /** Deletes these versions for good. */
  deleteVersions(versions: readonly ObjectVersion[]): Promise<void>;
  /** A form a browser posts a file with, straight to storage. */
  presignPost(key: string, options: PresignPostOptions): Promise<PresignedPost>;
  /** A short-lived download link; made when the owner asks, never mailed. */
  presignGet(key: string, options: PresignGetOptions): Promise<string>;
}

/** The folders `listFolders` gives, from a listing of every key under `prefix`. */
export function foldersIn(keys: readonly string[], prefix: string): string[] {
  const folders = new Set<string>();
  for (const key of keys) {
    const end = key.indexOf('/', prefix.length);
    if (key.startsWith(prefix) && end >= 0) folders.add(key.slice(prefix.length, end));
  }
  return [...folders];
}

/** An object's bytes as they arrive, with the Content-Type it was stored under. */
export interface StoredStream extends AsyncIterable<Uint8Array> {
  readonly contentType?: string;
}

export interface ObjectVersion {
  readonly key: string;
  readonly versionId: string;
}

export interface PutOptions {
  readonly contentType?: string;
}

export interface VersionOptions {
  readonly versionId?: string;
}

export interface PresignPostOptions {
  readonly contentType: string;
  /** @default 1 */
  readonly minBytes?: number;
  readonly maxBytes: number;
  readonly expiresSeconds: number;
  /** Where the browser goes after a successful upload (`success_action_redirect`). */
  readonly successRedirect?: string;
}

export interface PresignedPost {
  readonly url: string;
  readonly fields: Record<string, string>;
}

export interface PresignGetOptions {
  readonly expiresSeconds: number;
  /** Suggested file name for the download (`Content-Disposition`). */
  readonly fileName?: string;
  /** `Content-Type` of the response, overriding the one stored with the object. */
  readonly contentType?: string;
}
