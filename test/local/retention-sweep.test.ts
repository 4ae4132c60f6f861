import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import {
  createRetentionSweepHandler,
  SWEEP_STOP_WITH_MS_LEFT,
} from '../../functions/retention-sweep.js';
import type { RunningEmulator } from '../../local/emulators.js';
import { SWEEP_CURSOR_KEY } from '../../shared/bucket-keys.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { startTestS3, TEST_BUCKET } from '../support/local-s3.js';

let s3: RunningEmulator;

beforeAll(async () => {
  s3 = await startTestS3('retention-sweep');
});
afterAll(() => s3.close());

/** Lambda's context, its remaining time read from `left` at each call. */
const contextWith = (left: () => number) => ({ getRemainingTimeInMillis: left });

describe('the retention sweep function on the local S3', () => {
  it('finds every case, stops in time, and goes on at its next run', async () => {
    // Prepare: three cases opened as the API opens them (address index included). The
    // cases are new: the sweep keeps them all, which is all this test needs.
    const logger = capturingLogger();
    const runtime = awsRuntime(
      {
        BUCKET_NAME: TEST_BUCKET,
        AWS_ENDPOINT_URL_S3: s3.url,
        MAIL_FROM: 'dossier@example.org',
        PUBLIC_BASE_URL: 'https://dossier.example.org',
      },
      logger,
    );
    // The executions run (the workflow is not what this test is about).
    const workflow = new RecordingWorkflow();
    const opened = [];
    for (let i = 0; i < 3; i++) {
      opened.push(
        await openCase(
          {
            log: runtime.log,
            store: runtime.store,
            emailIndex: true,
            workflow,
            timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
            logger,
          },
          { email: 'victim@example.org', locale: 'fr', harassmentKinds: ['rumours'] },
        ),
      );
    }
    const handler = createRetentionSweepHandler({ ...runtime, workflow: () => workflow });
    // Time for one case, then the margin is reached.
    let asked = 0;
    const nearlyOut = contextWith(() => (asked++ === 0 ? 900_000 : SWEEP_STOP_WITH_MS_LEFT - 1));

    // Act
    const first = await handler({}, nearlyOut);
    const cursor = await runtime.store.get(SWEEP_CURSOR_KEY);
    const second = await handler(
      {},
      contextWith(() => 900_000),
    );

    // Assess
    expect(first).toEqual({
      scanned: 1,
      warned: 0,
      erased: 0,
      resumed: 0,
      failed: 0,
      complete: false,
    });
    const inIdOrder = opened.map((o) => o.caseId).sort();
    expect(JSON.parse(new TextDecoder().decode(cursor))).toEqual({ after: inIdOrder[0] });
    expect(second).toEqual({
      scanned: 2,
      warned: 0,
      erased: 0,
      resumed: 0,
      failed: 0,
      complete: true,
    });
    expect(await runtime.store.get(SWEEP_CURSOR_KEY)).toBeUndefined();
    const lines = logger.lines.join('\n');
    expect(lines).toContain('retention sweep ran out of time');
    expect(lines).not.toContain('objects without a case');
  });
});
