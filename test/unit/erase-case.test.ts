import { DeleteObjectsCommand, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { emailIndexKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { fold } from '../../shared/domain/fold.js';
import { S3BlobStore } from '../../shared/ports/blob-store-s3-adapter.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';

const s3Mock = mockClient(S3Client);
const store = new S3BlobStore(
  new S3Client({ region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  'case-bucket',
);
const caseId = '0123456789ABCDEFGHJKMNPQRS';
const state = fold([
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
    at: '2026-11-01T10:00:00.000Z',
    type: 'workflow-started',
    executionId: 'exec-1',
  },
]);

describe('eraseCase on a versioned bucket', () => {
  beforeEach(() => s3Mock.reset());

  it('stops the workflow, then deletes every version and delete marker until none is left', async () => {
    // Prepare: the address index entry; the case's two pages of versions, then (after the
    // delete) nothing.
    const indexKey = emailIndexKey('victim@example.org', caseId);
    s3Mock
      .on(ListObjectVersionsCommand, { Prefix: indexKey })
      .resolves({ Versions: [{ Key: indexKey, VersionId: 'i1' }], IsTruncated: false });
    s3Mock
      .on(ListObjectVersionsCommand, { Prefix: `cases/${caseId}/` })
      .resolvesOnce({
        Versions: [
          { Key: `cases/${caseId}/events/A.json`, VersionId: 'v1' },
          { Key: `cases/${caseId}/evidence/E`, VersionId: 'v2' },
        ],
        IsTruncated: true,
        NextKeyMarker: `cases/${caseId}/evidence/E`,
        NextVersionIdMarker: 'v2',
      })
      .resolvesOnce({
        DeleteMarkers: [{ Key: `cases/${caseId}/evidence/E`, VersionId: 'm1' }],
        IsTruncated: false,
      })
      .resolves({ IsTruncated: false });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    const workflow = new RecordingWorkflow();
    workflow.running.add('exec-1');

    // Act
    await eraseCase(
      { log: new CaseLog(store), store, workflow, logger: capturingLogger() },
      state as never,
    );

    // Assess
    expect(workflow.stopped).toEqual(['exec-1']);
    expect(s3Mock).toReceiveCommandWith(ListObjectVersionsCommand, {
      Bucket: 'case-bucket',
      Prefix: `cases/${caseId}/`,
    });
    expect(s3Mock).toReceiveNthCommandWith(ListObjectVersionsCommand, 1, { Prefix: indexKey });
    expect(s3Mock).toReceiveNthCommandWith(ListObjectVersionsCommand, 3, {
      KeyMarker: `cases/${caseId}/evidence/E`,
      VersionIdMarker: 'v2',
    });
    expect(s3Mock).toReceiveCommandTimes(DeleteObjectsCommand, 2);
    expect(s3Mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Bucket: 'case-bucket',
      Delete: { Objects: [{ Key: indexKey, VersionId: 'i1' }], Quiet: true },
    });
    expect(s3Mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Bucket: 'case-bucket',
      Delete: {
        Objects: [
          { Key: `cases/${caseId}/events/A.json`, VersionId: 'v1' },
          { Key: `cases/${caseId}/evidence/E`, VersionId: 'v2' },
          { Key: `cases/${caseId}/evidence/E`, VersionId: 'm1' },
        ],
        Quiet: true,
      },
    });
    // The last listing, after the delete, found nothing: that is when erase resolves.
    expect(s3Mock).toReceiveCommandTimes(ListObjectVersionsCommand, 1 + 3);
  });

  it('fails loudly when S3 refuses to delete a version', async () => {
    s3Mock
      .on(ListObjectVersionsCommand)
      .resolves({ Versions: [{ Key: `cases/${caseId}/x`, VersionId: 'v1' }] });
    s3Mock
      .on(DeleteObjectsCommand)
      .resolves({ Errors: [{ Key: `cases/${caseId}/x`, Code: 'AccessDenied' }] });

    await expect(
      eraseCase(
        {
          log: new CaseLog(store),
          store,
          workflow: new RecordingWorkflow(),
          logger: capturingLogger(),
        },
        state as never,
      ),
    ).rejects.toThrow(/AccessDenied/);
  });
});
