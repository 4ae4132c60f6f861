import { ListObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import type { RunningEmulator } from '../../local/emulators.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import { startTestS3, TEST_BUCKET } from '../support/local-s3.js';

let s3: RunningEmulator;
let store: BlobStore;
let client: S3Client;

beforeAll(async () => {
  s3 = await startTestS3('delimiter-listing');
  store = awsRuntime({ BUCKET_NAME: TEST_BUCKET, AWS_ENDPOINT_URL_S3: s3.url }).store;
  client = new S3Client({ endpoint: s3.url, forcePathStyle: true });
});
afterAll(() => s3.close());

describe('listings with a delimiter on the local S3, as on S3', () => {
  it('give every folder, however deep its objects sit', async () => {
    // Prepare: s3rver alone finds only B, whose folder holds an object directly.
    for (const key of [
      'cases/A/events/01.json',
      'cases/A/evidence/E/original',
      'cases/B/snapshot.json',
      'cases/by-email/0f3a/A',
      'cases/retention-sweep.json',
      'elsewhere/C/events/01.json',
    ])
      await store.put(key, '{}');

    // Act
    const folders = await store.listFolders('cases/');

    // Assess
    expect(folders).toEqual(['A', 'B', 'by-email']);
  });

  it('give each folder and object once across pages', async () => {
    // Prepare
    for (const key of ['p/a', 'p/b/1', 'p/c', 'p/d/1/2', 'p/d/3', 'p/e'])
      await store.put(key, '{}');

    // Act: one object a page. Version 1 of the listing: s3rver enciphers version 2's
    // continuation token with a cipher this Node only has under `npm start`'s flag.
    const pages: { objects: string[]; folders: string[] }[] = [];
    let marker: string | undefined;
    for (let more = true; more; ) {
      const page = await client.send(
        new ListObjectsCommand({
          Bucket: TEST_BUCKET,
          Prefix: 'p/',
          Delimiter: '/',
          MaxKeys: 1,
          Marker: marker,
        }),
      );
      pages.push({
        objects: (page.Contents ?? []).map((o) => o.Key as string),
        folders: (page.CommonPrefixes ?? []).map((p) => p.Prefix as string),
      });
      marker = page.NextMarker;
      more = page.IsTruncated === true;
    }

    // Assess
    expect(pages.flatMap((p) => p.objects)).toEqual(['p/a', 'p/c', 'p/e']);
    expect(pages.flatMap((p) => p.folders)).toEqual(['p/b/', 'p/d/']);
  });

  it('leave listings without a delimiter as they were', async () => {
    for (const key of ['q/x/y', 'q/z']) await store.put(key, '{}');

    expect(await store.list('q/')).toEqual(['q/x/y', 'q/z']);
  });
});
