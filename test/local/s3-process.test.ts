import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../local/emulators.js';
import { startLocalS3Process } from '../../local/s3-process.js';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';

vi.setConfig({ testTimeout: RUNTIME_START_MS, hookTimeout: RUNTIME_START_MS });

const BUCKET = 'cases-bucket';
const running: RunningEmulator[] = [];
afterEach(async () => {
  for (const s3 of running.splice(0)) await s3.close();
});

function client(endpoint: string) {
  return new S3Client({
    endpoint,
    region: 'eu-west-3',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

describe('the local S3 in a process of its own', () => {
  it('serves S3, sends its object events to the runtime, and ends when closed', async () => {
    // Prepare
    const s3 = await startLocalS3Process({
      host: '127.0.0.1',
      port: 0,
      directory: mkdtempSync(join(tmpdir(), 's3-process-')),
      bucket: BUCKET,
      corsOrigins: ['http://localhost:3000'],
    });
    running.push(s3);
    const events: S3Event[] = [];
    s3.events.on('event', (event: S3Event) => events.push(event));
    const key = 'cases/01JB0000000000000000000001/events/01JB0000000000000000000002.json';

    // Act
    await client(s3.url).send(
      new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: '{"a":1}', IfNoneMatch: '*' }),
    );
    const read = await client(s3.url).send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    // The local checks run there too: a second conditional write is refused.
    const again = await client(s3.url)
      .send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: '{}', IfNoneMatch: '*' }))
      .catch((error: { $metadata?: { httpStatusCode?: number } }) => error.$metadata);
    await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
    await s3.close();
    running.pop();
    const afterClose = await fetch(s3.url).catch((error: Error) => error);

    // Assess
    expect(await read.Body?.transformToString()).toBe('{"a":1}');
    expect(again).toMatchObject({ httpStatusCode: 412 });
    expect(events[0]?.Records[0]).toMatchObject({
      eventName: expect.stringMatching(/^ObjectCreated:/),
      s3: { object: { key } },
    });
    expect(afterClose).toBeInstanceOf(Error);
  });
});
