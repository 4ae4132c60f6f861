import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import type { RunningEmulator } from '../../local/emulators.js';
import { fold } from '../../shared/domain/fold.js';
import { claimDossierVersion } from '../../shared/dossier/claim-version.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { startTestS3, TEST_BUCKET } from '../support/local-s3.js';

let s3: RunningEmulator;
let store: BlobStore;

beforeAll(async () => {
  s3 = await startTestS3('conditional-writes');
  store = awsRuntime({ BUCKET_NAME: TEST_BUCKET, AWS_ENDPOINT_URL_S3: s3.url }).store;
});
afterAll(() => s3.close());

describe('conditional writes on the local S3, as on S3', () => {
  it('write an absent key once: of concurrent writers exactly one wins', async () => {
    // Act
    const first = await store.putIfAbsent('cases/A/claim', 'first');
    const again = await store.putIfAbsent('cases/A/claim', 'again');
    const racing = await Promise.all(
      Array.from({ length: 6 }, (_, i) => store.putIfAbsent('cases/B/claim', `writer ${i}`)),
    );

    // Assess
    expect([first, again]).toEqual([true, false]);
    expect(new TextDecoder().decode(await store.get('cases/A/claim'))).toBe('first');
    expect(racing.filter(Boolean)).toHaveLength(1);
  });

  it('give two compilations started from the same log two different dossier versions', async () => {
    // Prepare: the workflow and the case page's button both read the log before either
    // compilation has written anything.
    const { log } = awsRuntime({ BUCKET_NAME: TEST_BUCKET, AWS_ENDPOINT_URL_S3: s3.url });
    const { caseId } = await openCase(
      {
        log,
        workflow: new RecordingWorkflow(),
        timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
        logger: capturingLogger(),
      },
      { email: 'victim@example.org', locale: 'fr', harassmentKinds: ['rumours'] },
    );
    const state = fold(await log.read(caseId));
    if (!state) throw new Error('the case was not opened');

    // Act
    const versions = await Promise.all([
      claimDossierVersion(store, state),
      claimDossierVersion(store, state),
    ]);

    // Assess
    expect(versions.sort()).toEqual([1, 2]);
  });
});
