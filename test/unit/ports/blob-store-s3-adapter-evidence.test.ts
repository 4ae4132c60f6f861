import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../../shared/ports/blob-store-s3-adapter.js';

const s3Mock = mockClient(S3Client);
const client = new S3Client({
  region: 'eu-west-3',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const store = new S3BlobStore(client, 'case-bucket');

async function collect(stream: AsyncIterable<Uint8Array> | undefined) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream ?? []) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('S3BlobStore, for evidence', () => {
  beforeEach(() => s3Mock.reset());

  it('streams one version of an object, and answers undefined for a missing one', async () => {
    // Prepare
    s3Mock
      .on(GetObjectCommand, { Key: 'cases/A/evidence/E', VersionId: 'v1' })
      .resolves({
        Body: Readable.from([Buffer.from('he'), Buffer.from('llo')]) as never,
        ContentType: 'image/png',
      })
      .on(GetObjectCommand, { Key: 'cases/A/evidence/gone' })
      .rejects(Object.assign(new Error('no'), { name: 'NoSuchVersion' }));

    // Act
    const body = await store.stream('cases/A/evidence/E', { versionId: 'v1' });

    // Assess
    expect(await collect(body)).toBe('hello');
    // With the type it was stored under, which ingestion compares with the form's.
    expect(body?.contentType).toBe('image/png');
    expect(s3Mock).toReceiveCommandWith(GetObjectCommand, {
      Bucket: 'case-bucket',
      Key: 'cases/A/evidence/E',
      VersionId: 'v1',
    });
    expect(await store.stream('cases/A/evidence/gone')).toBeUndefined();
  });

  it('deletes one key, or one version of it for good', async () => {
    s3Mock.on(DeleteObjectCommand).resolves({});

    await store.deleteOne('cases/A/evidence/E');
    await store.deleteOne('cases/A/evidence/F', { versionId: 'v2' });

    expect(s3Mock).toReceiveNthCommandWith(DeleteObjectCommand, 1, {
      Bucket: 'case-bucket',
      Key: 'cases/A/evidence/E',
      VersionId: undefined,
    });
    expect(s3Mock).toReceiveNthCommandWith(DeleteObjectCommand, 2, {
      Bucket: 'case-bucket',
      Key: 'cases/A/evidence/F',
      VersionId: 'v2',
    });
  });

  it('presigns a POST for an exact size', async () => {
    const post = await store.presignPost('cases/A/evidence/E', {
      contentType: 'image/png',
      minBytes: 1234,
      maxBytes: 1234,
      expiresSeconds: 600,
    });

    const policy = JSON.parse(Buffer.from(post.fields.Policy ?? '', 'base64').toString('utf8'));
    expect(policy.conditions).toContainEqual(['content-length-range', 1234, 1234]);
  });

  it('presigns a GET answering with the recorded type', async () => {
    const url = new URL(
      await store.presignGet('cases/A/evidence/E', {
        expiresSeconds: 60,
        contentType: 'image/png',
      }),
    );

    expect(url.searchParams.get('response-content-type')).toBe('image/png');
  });
});
