import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseLog } from '../../shared/case-log.js';
import { SfnWorkflow } from '../../shared/ports/workflow-sfn-adapter.js';
import { sweepRetention } from '../../shared/usecases/retention-sweep.js';
import { capturingLogger, RecordingMailer } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const sfnMock = mockClient(SFNClient);
const ARN = 'arn:aws:states:eu-west-3:123456789012:stateMachine:CaseWorkflow';
const EXECUTIONS = 'arn:aws:states:eu-west-3:123456789012:execution:CaseWorkflow';
const CASE = '01JB0000000000000000000AAA';
const POLICY = { retentionDays: 365, warningDays: 30 };
const TIMING = { stepTimeoutSeconds: 259_200, maxReminders: 4, followUpWaitSeconds: 7_948_800 };

/** A case whose first follow-up answer was "investigation": its execution waits to ask again. */
async function caseInItsSecondRound() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const caseId = CASE;
  for (const event of [
    {
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    },
    { type: 'workflow-started', caseId, executionId: `${EXECUTIONS}:${caseId}-1` },
    { type: 'mail-sent', caseId, mail: 'welcome', messageId: 'm1' },
    { type: 'step-updated', caseId, stepId: 'collect-evidence', status: 'done' },
    { type: 'step-updated', caseId, stepId: 'medical-certificate', status: 'skipped' },
    { type: 'dossier-compiled', caseId, version: 1, purpose: 'complaint', files: [] },
    { type: 'complaint-outcome-recorded', caseId, outcome: 'filed', reference: 'PV-1' },
    { type: 'mail-sent', caseId, mail: 'complaint-filed', messageId: 'm2' },
    { type: 'follow-up-recorded', caseId, answer: 'investigation' },
  ] as const) {
    await log.append(event as Parameters<CaseLog['append']>[0]);
  }
  const deps = {
    log,
    store,
    workflow: new SfnWorkflow(new SFNClient({ region: 'eu-west-3' }), ARN),
    mailer: new RecordingMailer(),
    mail: { publicBaseUrl: 'https://dossier.example.org' },
    timing: TIMING,
    logger: capturingLogger(),
  };
  return { log, deps };
}

describe('the retention sweep and an execution past the one-year limit', () => {
  beforeEach(() => sfnMock.reset());

  it('starts a new execution where the log says the case stands when the last one timed out', async () => {
    // Prepare
    const { log, deps } = await caseInItsSecondRound();
    sfnMock
      .on(DescribeExecutionCommand)
      .resolves({ status: 'TIMED_OUT' })
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${EXECUTIONS}:${CASE}-2`, startDate: new Date() });

    // Act
    const result = await sweepRetention(deps, POLICY);

    // Assess
    expect(result).toMatchObject({ scanned: 1, resumed: 1, failed: 0, complete: true });
    expect(sfnMock).toReceiveCommandWith(DescribeExecutionCommand, {
      executionArn: `${EXECUTIONS}:${CASE}-1`,
    });
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 1);
    const start = sfnMock.commandCalls(StartExecutionCommand)[0]?.args[0].input;
    expect(start?.name).toBe(`${CASE}-2`);
    expect(JSON.parse(start?.input ?? '{}')).toEqual({
      caseId: CASE,
      timing: TIMING,
      resumeAt: 'follow-up-again',
    });
    const state = await log.load(CASE);
    expect(state?.workflow).toMatchObject({
      status: 'running',
      executionId: `${EXECUTIONS}:${CASE}-2`,
      executions: 2,
    });
  });

  it('leaves a running execution alone', async () => {
    const { log, deps } = await caseInItsSecondRound();
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' });

    const result = await sweepRetention(deps, POLICY);

    expect(result).toMatchObject({ scanned: 1, resumed: 0, failed: 0 });
    expect(sfnMock).toReceiveCommandTimes(DescribeExecutionCommand, 1);
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 0);
    expect((await log.load(CASE))?.workflow.executions).toBe(1);
  });

  it('does not restart an execution that failed (a bug would fail and mail again every day)', async () => {
    // Prepare
    const { log, deps } = await caseInItsSecondRound();
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'FAILED' });

    // Act
    const result = await sweepRetention(deps, POLICY);

    // Assess
    expect(result).toMatchObject({ scanned: 1, resumed: 0, failed: 0 });
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 0);
    expect(deps.logger.lines.join('\n')).toContain('workflow execution failed: not resumed');
    expect((await log.load(CASE))?.workflow.executions).toBe(1);
  });

  it('starts a new execution when the engine no longer knows the last one', async () => {
    // Prepare
    const { deps } = await caseInItsSecondRound();
    sfnMock
      .on(DescribeExecutionCommand)
      .rejects(Object.assign(new Error('gone'), { name: 'ExecutionDoesNotExist' }))
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${EXECUTIONS}:${CASE}-2`, startDate: new Date() });

    // Act
    const result = await sweepRetention(deps, POLICY);

    // Assess
    expect(result).toMatchObject({ scanned: 1, resumed: 1, failed: 0 });
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 1);
  });

  it('leaves a stalled case to its owner, whatever its execution', async () => {
    const { log, deps } = await caseInItsSecondRound();
    await log.append({ type: 'case-stalled', caseId: CASE, stepId: 'follow-up' });
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'SUCCEEDED' });

    const result = await sweepRetention(deps, POLICY);

    expect(result).toMatchObject({ scanned: 1, resumed: 0, failed: 0 });
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 0);
  });
});
