import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type {
  BlobStore,
  ObjectVersion,
  PresignedPost,
  PresignGetOptions,
  PresignPostOptions,
  PutOptions,
  StoredStream,
  VersionOptions,
} from './blob-store.js';

/** S3 answers `NoSuchKey` for a missing key, `NoSuchVersion` for a missing version. */
function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return error instanceof NoSuchKey || name === 'NoSuchKey' || name === 'NoSuchVersion';
}

/**
 * A body the SDK can measure: given an empty string it sends no length and warns of a
 * stream of unknown length on every put (address index entries, dossier claims).
 */
function sized(body: string | Uint8Array): string | Uint8Array {
  return body === '' ? new Uint8Array(0) : body;
}

/** S3 `DeleteObjects` takes at most this many keys a call. */
const DELETE_BATCH = 1000;

/** Tries of a conditional write that S3 keeps answering 409 (a concurrent write). */
const CONDITIONAL_WRITE_ATTEMPTS = 3;

/** Multipart parts of a streamed upload: 8 MiB, two in flight (16 MiB held at most). */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;
const UPLOAD_QUEUE = 2;

export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: sized(body),
        ContentType: options.contentType,
      }),
    );
  }

  async putIfAbsent(key: string, body: string | Uint8Array): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.s3.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: key,
            Body: sized(body),
            IfNoneMatch: '*',
          }),
        );
        return true;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
          ?.httpStatusCode;
        if (status === 412) return false;
        // S3 answers 409 to a conditional write racing another on the same key: asked
        // again, it answers 412 to the loser.
        if (status !== 409 || attempt >= CONDITIONAL_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  async stream(key: string, options: VersionOptions = {}): Promise<StoredStream | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId }),
      );
      const body = out.Body as unknown;
      const stored = (bytes: AsyncIterable<Uint8Array>): StoredStream => ({
        contentType: out.ContentType,
        [Symbol.asyncIterator]: () => bytes[Symbol.asyncIterator](),
      });
      if (!body) return stored((async function* () {})());
      if (typeof body === 'object' && Symbol.asyncIterator in body) {
        return stored(body as AsyncIterable<Uint8Array>);
      }
      // Outside Node the SDK hands a web stream; read it through its own reader.
      const web = (body as { transformToWebStream(): ReadableStream<Uint8Array> })
        .transformToWebStream()
        .getReader();
      return stored(
        (async function* () {
          try {
            for (;;) {
              const { done, value } = await web.read();
              if (done) return;
              yield value;
            }
          } finally {
            await web.cancel().catch(() => undefined);
          }
        })(),
      );
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async listVersions(prefix: string): Promise<ObjectVersion[] | undefined> {
    const versions: ObjectVersion[] = [];
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      let page: ListObjectVersionsCommandOutput;
      try {
        page = await this.s3.send(
          new ListObjectVersionsCommand({
            Bucket: this.bucket,
            Prefix: prefix,
            KeyMarker: keyMarker,
            VersionIdMarker: versionIdMarker,
          }),
        );
      } catch (error) {
        // The local stand-in answers 405: it keeps no versions.
        if (
          (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 405
        ) {
          return undefined;
        }
        throw error;
      }
      for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
        if (entry.Key && entry.VersionId)
          versions.push({ key: entry.Key, versionId: entry.VersionId });
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker);
    return versions;
  }

  async deleteVersions(versions: readonly ObjectVersion[]): Promise<void> {
    for (let i = 0; i < versions.length; i += DELETE_BATCH) {
      const batch = versions.slice(i, i + DELETE_BATCH);
      const out = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: {
            Objects: batch.map((v) => ({ Key: v.key, VersionId: v.versionId })),
            Quiet: true,
          },
        }),
      );
      if (out.Errors?.length) {
        throw new Error(`could not delete ${out.Errors.length} version(s): ${out.Errors[0]?.Code}`);
      }
    }
  }

  async deleteOne(key: string, options: VersionOptions = {}): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId }),
    );
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async putStream(key: string, body: Readable, options: PutOptions = {}): Promise<void> {
    // Loaded at first use, like the presigners: the case view needs none of them.
    const { Upload } = await import('@aws-sdk/lib-storage');
    const upload = new Upload({
      client: this.s3,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: options.contentType },
      partSize: UPLOAD_PART_BYTES,
      queueSize: UPLOAD_QUEUE,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async list(prefix: string, options: { startAfter?: string } = {}): Promise<string[]> {
    const keys: string[] = [];
    for await (const page of this.listPages(prefix, options))
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    return keys;
  }

  async listFolders(prefix: string): Promise<string[]> {
    const folders: string[] = [];
    for await (const page of this.listPages(prefix, { delimiter: '/' }))
      for (const common of page.CommonPrefixes ?? [])
        if (common.Prefix) folders.push(common.Prefix.slice(prefix.length, -1));
    return folders;
  }

  /** Every page of a listing, following S3's continuation tokens. */
  private async *listPages(prefix: string, options: { startAfter?: string; delimiter?: string }) {
    let continuationToken: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          Delimiter: options.delimiter,
          StartAfter: continuationToken ? undefined : options.startAfter,
          ContinuationToken: continuationToken,
        }),
      );
      yield page;
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      const out = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      if (out.Errors?.length) {
        throw new Error(`could not delete ${out.Errors.length} object(s): ${out.Errors[0]?.Code}`);
      }
    }
  }

  async presignPost(key: string, options: PresignPostOptions): Promise<PresignedPost> {
    const fields: Record<string, string> = { 'Content-Type': options.contentType };
    if (options.successRedirect) fields.success_action_redirect = options.successRedirect;
    const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
    const { url, fields: signed } = await createPresignedPost(this.s3, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', options.minBytes ?? 1, options.maxBytes],
        ['eq', '$Content-Type', options.contentType],
        ...(options.successRedirect
          ? [['eq', '$success_action_redirect', options.successRedirect] as ['eq', string, string]]
          : []),
      ],
      Fields: fields,
      Expires: options.expiresSeconds,
    });
    return { url, fields: signed };
  }

  async presignGet(key: string, options: PresignGetOptions): Promise<string> {
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: options.fileName
          ? `attachment; filename*=UTF-8''${encodeURIComponent(options.fileName)}`
          : undefined,
        ResponseContentType: options.contentType,
      }),
      { expiresIn: options.expiresSeconds },
    );
  }
}
