import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import type { RunningEmulator } from '../../local/emulators.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import { startTestS3, TEST_BUCKET } from '../support/local-s3.js';

let s3: RunningEmulator;
let store: BlobStore;

beforeAll(async () => {
  s3 = await startTestS3('empty-object');
  store = awsRuntime({ BUCKET_NAME: TEST_BUCKET, AWS_ENDPOINT_URL_S3: s3.url }).store;
});
afterAll(() => s3.close());

describe('an empty object on the local S3', () => {
  it('is stored with its length, without the SDK warning of a stream (index entries, claims)', async () => {
    // Prepare
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    // Act
    await store.put('cases/by-email/0f3a/A', '');
    const claimed = await store.putIfAbsent('cases/A/dossiers/1/claim', '');

    // Assess
    expect(await store.get('cases/by-email/0f3a/A')).toEqual(new Uint8Array(0));
    expect(claimed).toBe(true);
    expect(await store.get('cases/A/dossiers/1/claim')).toEqual(new Uint8Array(0));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
