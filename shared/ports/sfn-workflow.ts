import {
  DescribeExecutionCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { Workflow } from './workflow.js';

/** Errors Step Functions answers for a token whose task is over (completed, timed out, stopped). */
const STALE_TOKEN_ERRORS = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

export class SfnWorkflow implements Workflow {
  constructor(
    private readonly sfn: SFNClient,
    /** Needed to start executions only; task callbacks carry their own token. */
    private readonly stateMachineArn?: string,
  ) {}

  async start(name: string, input: unknown): Promise<{ executionId: string }> {
    if (!this.stateMachineArn) throw new Error('no state machine to start');
    const out = await this.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: this.stateMachineArn,
        name,
        input: JSON.stringify(input),
      }),
    );
    return { executionId: out.executionArn ?? '' };
  }

  sendTaskSuccess(taskToken: string, output: unknown): Promise<boolean> {
    return this.ifTokenValid(() =>
      this.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) })),
    );
  }

  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<boolean> {
    return this.ifTokenValid(() =>
      this.sfn.send(new SendTaskFailureCommand({ taskToken, error, cause })),
    );
  }

  async stop(executionId: string, cause: string): Promise<void> {
    try {
      await this.sfn.send(new StopExecutionCommand({ executionArn: executionId, cause }));
    } catch (error) {
      if ((error as { name?: string }).name !== 'ExecutionDoesNotExist') throw error;
    }
  }

  async isRunning(executionId: string): Promise<boolean> {
    try {
      const out = await this.sfn.send(new DescribeExecutionCommand({ executionArn: executionId }));
      return out.status === 'RUNNING';
    } catch (error) {
      if ((error as { name?: string }).name === 'ExecutionDoesNotExist') return false;
      throw error;
    }
  }

  private async ifTokenValid(send: () => Promise<unknown>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      if (STALE_TOKEN_ERRORS.has((error as { name?: string }).name ?? '')) return false;
      throw error;
    }
  }
}
