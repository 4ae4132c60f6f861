import { Readable } from 'node:stream';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3BlobStore, UPLOAD_PART_BYTES } from '../../../shared/ports/blob-store-s3-adapter.js';

const s3Mock = mockClient(S3Client);

/** The part of an SDK stream body the adapter reads. */
function streamOf(text: string) {
  return { transformToByteArray: async () => new TextEncoder().encode(text) } as never;
}
const s3Error = (name: string, status: number) =>
  new S3ServiceException({
    name,
    message: name,
    $fault: status < 500 ? 'client' : 'server',
    $metadata: { httpStatusCode: status },
  });

const client = new S3Client({
  region: 'eu-west-3',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const store = new S3BlobStore(client, 'case-bucket');

describe('S3BlobStore', () => {
  beforeEach(() => s3Mock.reset());

  it('puts an object under its exact key', async () => {
    // Prepare
    s3Mock.on(PutObjectCommand).resolves({});

    // Act
    await store.put('cases/A/events/B.json', '{}', { contentType: 'application/json' });

    // Assess
    expect(s3Mock).toReceiveCommandWith(PutObjectCommand, {
      Bucket: 'case-bucket',
      Key: 'cases/A/events/B.json',
      Body: '{}',
      ContentType: 'application/json',
    });
  });

  it('writes only an absent key, and tells when it was taken', async () => {
    // Prepare
    s3Mock
      .on(PutObjectCommand, { Key: 'free' })
      .resolves({})
      .on(PutObjectCommand, { Key: 'taken' })
      .rejects(s3Error('PreconditionFailed', 412));

    // Act
    const free = await store.putIfAbsent('free', '');
    const taken = await store.putIfAbsent('taken', '');

    // Assess
    expect([free, taken]).toEqual([true, false]);
    expect(s3Mock).toReceiveCommandWith(PutObjectCommand, {
      Bucket: 'case-bucket',
      Key: 'free',
      IfNoneMatch: '*',
    });
  });

  it('asks again when S3 reports a conditional write racing another (409)', async () => {
    // Prepare
    s3Mock
      .on(PutObjectCommand)
      .rejectsOnce(s3Error('ConditionalRequestConflict', 409))
      .rejectsOnce(s3Error('PreconditionFailed', 412));

    // Act
    const written = await store.putIfAbsent('contended', '');

    // Assess
    expect(written).toBe(false);
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 2);
  });

  it('lets other failures of a conditional write through', async () => {
    s3Mock.on(PutObjectCommand).rejects(s3Error('InternalError', 500));

    await expect(store.putIfAbsent('key', '')).rejects.toThrow(S3ServiceException);
  });

  it('reads an object, and answers undefined for a missing key', async () => {
    s3Mock
      .on(GetObjectCommand, { Key: 'here' })
      .resolves({ Body: streamOf('hello') })
      .on(GetObjectCommand, { Key: 'gone' })
      .rejects(new NoSuchKey({ message: 'no', $metadata: {} }));

    expect(new TextDecoder().decode(await store.get('here'))).toBe('hello');
    expect(await store.get('gone')).toBeUndefined();
  });

  it('lists every page of keys, starting after a watermark', async () => {
    s3Mock
      .on(ListObjectsV2Command, { ContinuationToken: undefined })
      .resolves({ Contents: [{ Key: 'p/2' }], IsTruncated: true, NextContinuationToken: 'next' })
      .on(ListObjectsV2Command, { ContinuationToken: 'next' })
      .resolves({ Contents: [{ Key: 'p/3' }], IsTruncated: false });

    const keys = await store.list('p/', { startAfter: 'p/1' });

    expect(keys).toEqual(['p/2', 'p/3']);
    expect(s3Mock).toReceiveCommandTimes(ListObjectsV2Command, 2);
    expect(s3Mock).toReceiveNthCommandWith(ListObjectsV2Command, 1, {
      Bucket: 'case-bucket',
      Prefix: 'p/',
      StartAfter: 'p/1',
    });
    expect(s3Mock).toReceiveNthCommandWith(ListObjectsV2Command, 2, { ContinuationToken: 'next' });
  });

  it('lists the folders under a prefix with a delimiter, every page', async () => {
    // Prepare
    s3Mock
      .on(ListObjectsV2Command, { ContinuationToken: undefined })
      .resolves({
        Contents: [{ Key: 'cases/top.json' }],
        CommonPrefixes: [{ Prefix: 'cases/A/' }, { Prefix: 'cases/B/' }],
        IsTruncated: true,
        NextContinuationToken: 'next',
      })
      .on(ListObjectsV2Command, { ContinuationToken: 'next' })
      .resolves({ CommonPrefixes: [{ Prefix: 'cases/by-email/' }], IsTruncated: false });

    // Act
    const folders = await store.listFolders('cases/');

    // Assess
    expect(folders).toEqual(['A', 'B', 'by-email']);
    expect(s3Mock).toReceiveCommandTimes(ListObjectsV2Command, 2);
    expect(s3Mock).toReceiveNthCommandWith(ListObjectsV2Command, 1, {
      Bucket: 'case-bucket',
      Prefix: 'cases/',
      Delimiter: '/',
    });
    expect(s3Mock).toReceiveNthCommandWith(ListObjectsV2Command, 2, {
      Delimiter: '/',
      ContinuationToken: 'next',
    });
  });

  it('deletes in batches of 1000 and fails loudly on a partial delete', async () => {
    s3Mock.on(DeleteObjectsCommand).resolves({});
    const keys = Array.from({ length: 1500 }, (_, i) => `k/${i}`);

    await store.delete(keys);

    expect(s3Mock).toReceiveCommandTimes(DeleteObjectsCommand, 2);
    s3Mock.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: 'k/1', Code: 'AccessDenied' }] });
    await expect(store.delete(['k/1'])).rejects.toThrow(/AccessDenied/);
  });

  it('presigns a POST bound to one key, one content type and a size range', async () => {
    const post = await store.presignPost('cases/A/evidence/E', {
      contentType: 'image/png',
      maxBytes: 20_000_000,
      expiresSeconds: 300,
    });

    const policy = JSON.parse(Buffer.from(post.fields.Policy ?? '', 'base64').toString('utf8'));
    expect(post.fields.key).toBe('cases/A/evidence/E');
    expect(post.fields['Content-Type']).toBe('image/png');
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, 20_000_000],
        ['eq', '$Content-Type', 'image/png'],
        { key: 'cases/A/evidence/E' },
      ]),
    );
  });

  it('presigns a short GET with the download name', async () => {
    const url = new URL(
      await store.presignGet('cases/A/dossier.pdf', {
        expiresSeconds: 60,
        fileName: 'dossier é.pdf',
      }),
    );

    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      "attachment; filename*=UTF-8''dossier%20%C3%A9.pdf",
    );
  });
});

describe('S3BlobStore streams', () => {
  beforeEach(() => s3Mock.reset());

  it('writes a large stream as a multipart upload, part by part', async () => {
    // Prepare
    s3Mock
      .on(CreateMultipartUploadCommand)
      .resolves({ UploadId: 'up-1' })
      .on(UploadPartCommand)
      .resolves({ ETag: '"etag"' })
      .on(CompleteMultipartUploadCommand)
      .resolves({});
    const part = Buffer.alloc(1024 * 1024, 7);
    const parts = Math.ceil((UPLOAD_PART_BYTES * 2.5) / part.length);
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < parts; i++) yield part;
      })(),
    );

    // Act
    await store.putStream('cases/A/dossiers/1/dossier.zip', body, {
      contentType: 'application/zip',
    });

    // Assess
    expect(s3Mock).toReceiveCommandWith(CreateMultipartUploadCommand, {
      Bucket: 'case-bucket',
      Key: 'cases/A/dossiers/1/dossier.zip',
      ContentType: 'application/zip',
    });
    expect(s3Mock).toReceiveCommandTimes(UploadPartCommand, 3);
    expect(s3Mock).toReceiveCommandWith(UploadPartCommand, { UploadId: 'up-1', PartNumber: 3 });
    expect(s3Mock).toReceiveCommandWith(CompleteMultipartUploadCommand, {
      UploadId: 'up-1',
      Key: 'cases/A/dossiers/1/dossier.zip',
    });
    expect(s3Mock).not.toReceiveCommand(PutObjectCommand);
  });

  it('writes a small stream with one PutObject', async () => {
    s3Mock.on(PutObjectCommand).resolves({});

    await store.putStream('small', Readable.from([Buffer.from('tiny')]), {
      contentType: 'text/plain',
    });

    expect(s3Mock).toReceiveCommandWith(PutObjectCommand, {
      Bucket: 'case-bucket',
      Key: 'small',
      ContentType: 'text/plain',
    });
  });
});
