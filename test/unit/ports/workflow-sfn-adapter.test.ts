import {
  ExecutionDoesNotExist,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SfnWorkflow } from '../../../shared/ports/workflow-sfn-adapter.js';

const sfnMock = mockClient(SFNClient);
const arn = 'arn:aws:states:eu-west-3:123456789012:stateMachine:CaseWorkflow';
const workflow = new SfnWorkflow(new SFNClient({ region: 'eu-west-3' }), arn);

describe('SfnWorkflow', () => {
  beforeEach(() => sfnMock.reset());

  it('starts a named execution with JSON input', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${arn}:case-1`, startDate: new Date() });

    const { executionId } = await workflow.start('case-1', { caseId: 'case-1' });

    expect(executionId).toBe(`${arn}:case-1`);
    expect(sfnMock).toReceiveCommandWith(StartExecutionCommand, {
      stateMachineArn: arn,
      name: 'case-1',
      input: '{"caseId":"case-1"}',
    });
  });

  it('completes a task, and answers false for a token that timed out', async () => {
    sfnMock
      .on(SendTaskSuccessCommand, { taskToken: 'live' })
      .resolves({})
      .on(SendTaskSuccessCommand, { taskToken: 'late' })
      .rejects(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }));

    expect(await workflow.sendTaskSuccess('live', { status: 'done' })).toBe(true);
    expect(await workflow.sendTaskSuccess('late', { status: 'done' })).toBe(false);
    expect(sfnMock).toReceiveCommandWith(SendTaskSuccessCommand, {
      taskToken: 'live',
      output: '{"status":"done"}',
    });
  });

  it('fails a task with an error and a cause', async () => {
    sfnMock.on(SendTaskFailureCommand).resolves({});

    await workflow.sendTaskFailure('t', 'CaseGone', 'erased');

    expect(sfnMock).toReceiveCommandWith(SendTaskFailureCommand, {
      taskToken: 't',
      error: 'CaseGone',
      cause: 'erased',
    });
  });

  it('stops an execution, and accepts one that no longer exists', async () => {
    sfnMock
      .on(StopExecutionCommand)
      .rejectsOnce(new ExecutionDoesNotExist({ message: 'x', $metadata: {} }));

    await expect(workflow.stop(`${arn}:gone`, 'erased')).resolves.toBeUndefined();
    expect(sfnMock).toReceiveCommandWith(StopExecutionCommand, {
      executionArn: `${arn}:gone`,
      cause: 'erased',
    });
  });

  it('lets other errors through', async () => {
    sfnMock.on(StartExecutionCommand).rejects(new Error('ServiceUnavailable'));

    await expect(workflow.start('case-2', {})).rejects.toThrow('ServiceUnavailable');
  });
});
