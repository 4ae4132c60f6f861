import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { capturingLogger } from '../support/fakes.js';
import { RUNTIME_START_MS, RUNTIME_TEST_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// The test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const running: LocalRuntime[] = [];
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop();
});

describe('the retention sweep with npm start', () => {
  it('resumes a case whose execution ended while its log says the workflow runs', async () => {
    // Prepare: a case opened through the API, its execution then ended behind the log's
    // back (as the one-year limit ends one on AWS). The sweep runs every 300 ms here.
    const runtime = await startLocalRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'sweep-resume-')),
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      logger: capturingLogger(),
      retentionSweepMs: 300,
    });
    running.push(runtime);
    const opened = await fetch(`${runtime.apiUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr', harassmentKinds: [] }),
    });
    const { caseId } = (await opened.json()) as { caseId: string };
    const { log, workflow: sfn } = awsRuntime(runtime.environment, capturingLogger());
    const workflow = sfn();
    const first = (await log.load(caseId))?.workflow.executionId ?? '';
    expect(await workflow.isRunning(first)).toBe(true);

    // Act
    await workflow.stop(first, 'ended as by the one-year limit');

    // Assess: a second execution runs, recorded in the log.
    await waitFor(async () => (await log.load(caseId))?.workflow.executions === 2, {
      what: 'the case resumed by the sweep',
    });
    const state = await log.load(caseId);
    expect(state?.workflow.status).toBe('running');
    expect(state?.workflow.executionId).not.toBe(first);
    expect(await workflow.isRunning(state?.workflow.executionId ?? '')).toBe(true);
  });
});
