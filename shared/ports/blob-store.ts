import type { Readable } from 'node:stream';

/** Object storage for the case event log, evidence and dossiers. */
export interface BlobStore {
  put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<void>;
  /** The object's bytes, or `undefined` when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /**
   * The object's bytes as they arrive, or `undefined` when there is no such key: for
   * files too large to hold (evidence, dossiers). Destroy the stream to stop early.
   */
  getStream(key: string): Promise<Readable | undefined>;
  /**
   * Writes a body of unknown length as it is produced (a multipart upload on S3), never
   * holding it whole. Resolves once the object is stored.
   */
  putStream(key: string, body: Readable, options?: PutOptions): Promise<void>;
  /** Keys under `prefix` in key order, optionally only those after `startAfter`. */
  list(prefix: string, options?: { startAfter?: string }): Promise<string[]>;
  delete(keys: readonly string[]): Promise<void>;
  /** A form a browser posts a file with, straight to storage. */
  presignPost(key: string, options: PresignPostOptions): Promise<PresignedPost>;
  /** A short-lived download link; made when the owner asks, never mailed. */
  presignGet(key: string, options: PresignGetOptions): Promise<string>;
}

export interface PutOptions {
  readonly contentType?: string;
}

export interface PresignPostOptions {
  readonly contentType: string;
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
}
