import {
  DeleteObjectsCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseLog } from '../../shared/case-log.js';
import type { CaseEvent } from '../../shared/domain/events.js';
import { fold } from '../../shared/domain/fold.js';
import { S3BlobStore } from '../../shared/ports/blob-store-s3-adapter.js';
import { withdrawEvidence } from '../../shared/usecases/put-right-evidence.js';
import { capturingLogger } from '../support/fakes.js';

const s3Mock = mockClient(S3Client);
const store = new S3BlobStore(
  new S3Client({ region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  'case-bucket',
);
const caseId = '0123456789ABCDEFGHJKMNPQRS';
const evidenceId = '01JB0000000000000000000009';
const key = `cases/${caseId}/evidence/${evidenceId}`;
const events: CaseEvent[] = [
  {
    id: '01JB0000000000000000000001',
    caseId,
    at: '2026-11-01T10:00:00.000Z',
    type: 'case-opened',
    email: 'victim@example.org',
    locale: 'fr',
    harassmentKinds: [],
    accessTokenHash: 'a'.repeat(64),
  },
  {
    id: '01JB0000000000000000000002',
    caseId,
    at: '2026-11-01T10:01:00.000Z',
    type: 'evidence-uploaded',
    evidenceId,
    kind: 'screenshot',
    sha256: 'c'.repeat(64),
    size: 2048,
    contentType: 'image/jpeg',
    fileName: 'IMG_0042.jpg',
    uploadedAt: '2026-11-01T10:01:00.000Z',
    versionId: 'v1',
  },
];

describe('withdrawEvidence on a versioned bucket', () => {
  beforeEach(() => s3Mock.reset());

  it('deletes every version and delete marker of the file, then logs the withdrawal', async () => {
    // Prepare: two versions and a delete marker of the file.
    s3Mock.on(ListObjectVersionsCommand).resolves({
      Versions: [
        { Key: key, VersionId: 'v1' },
        { Key: key, VersionId: 'v2' },
      ],
      DeleteMarkers: [{ Key: key, VersionId: 'm1' }],
      IsTruncated: false,
    });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    s3Mock.on(PutObjectCommand).resolves({});

    // Act
    const result = await withdrawEvidence(
      { log: new CaseLog(store), store, logger: capturingLogger() },
      fold(events) as never,
      evidenceId,
    );

    // Assess
    expect(result).toEqual({ ok: true });
    expect(s3Mock).toReceiveCommandWith(ListObjectVersionsCommand, {
      Bucket: 'case-bucket',
      Prefix: key,
    });
    expect(s3Mock).toReceiveCommandTimes(DeleteObjectsCommand, 1);
    expect(s3Mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Bucket: 'case-bucket',
      Delete: {
        Objects: [
          { Key: key, VersionId: 'v1' },
          { Key: key, VersionId: 'v2' },
          { Key: key, VersionId: 'm1' },
        ],
        Quiet: true,
      },
    });
    // The log is written after the bytes are gone: a failed delete leaves the item listed.
    const calls = s3Mock.calls().map((call) => call.args[0].constructor.name);
    expect(calls.indexOf('DeleteObjectsCommand')).toBeLessThan(
      calls.lastIndexOf('PutObjectCommand'),
    );
    const put = s3Mock.commandCalls(PutObjectCommand).at(-1)?.args[0].input;
    expect(put?.Key).toMatch(new RegExp(`^cases/${caseId}/events/`));
    expect(JSON.parse(String(put?.Body))).toMatchObject({
      type: 'evidence-withdrawn',
      evidenceId,
      kind: 'screenshot',
      sha256: 'c'.repeat(64),
    });
  });

  it('logs nothing when a version could not be deleted', async () => {
    s3Mock.on(ListObjectVersionsCommand).resolves({ Versions: [{ Key: key, VersionId: 'v1' }] });
    s3Mock
      .on(DeleteObjectsCommand)
      .resolves({ Errors: [{ Key: key, VersionId: 'v1', Code: 'AccessDenied' }] });

    await expect(
      withdrawEvidence(
        { log: new CaseLog(store), store, logger: capturingLogger() },
        fold(events) as never,
        evidenceId,
      ),
    ).rejects.toThrow(/could not delete/);
    expect(s3Mock).toReceiveCommandTimes(PutObjectCommand, 0);
  });
});
