// s3rver ships no types; this is the part of its API the local runtime uses.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** A Koa middleware, on s3rver's Koa context. */
  type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  interface KoaContext {
    method: string;
    path: string;
    querystring: string;
    get(header: string): string;
    set(header: string, value: string): void;
    status: number;
    type: string;
    body: unknown;
    /** The request being read; replaced to hand s3rver a body already checked. */
    req: import('node:http').IncomingMessage;
    request: { req: import('node:http').IncomingMessage };
  }

  interface ListObjectsOptions {
    prefix?: string;
    delimiter?: string;
    startAfter?: string;
    maxKeys?: number;
  }

  interface ListObjectsResult {
    objects: { key: string }[];
    commonPrefixes: string[];
    isTruncated: boolean;
  }

  interface FilesystemStore {
    existsObject(bucket: string, key: string): Promise<boolean>;
    listObjects(bucket: string, options: ListObjectsOptions): Promise<ListObjectsResult>;
  }

  export type { FilesystemStore, KoaContext, ListObjectsOptions, ListObjectsResult, Middleware };

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    /** s3rver is a Koa app: its middleware stack, composed when it starts listening. */
    readonly middleware: Middleware[];
    readonly store: FilesystemStore;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
