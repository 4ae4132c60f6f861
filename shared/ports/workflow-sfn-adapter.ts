import type { SFNClient } from '@aws-sdk/client-sfn';
import { type ClientSource, clientAtFirstUse } from './sdk-client.js';
import type { ExecutionStatus, Workflow } from './workflow.js';

type Sfn = typeof import('@aws-sdk/client-sfn');

/** Errors Step Functions answers for a token whose task is over (completed, timed out, stopped). */
const STALE_TOKEN_ERRORS = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

export class SfnWorkflow implements Workflow {
  private readonly client: () => Promise<SFNClient>;

  constructor(
    sfn: ClientSource<SFNClient>,
    /** Needed to start executions only; task callbacks carry their own token. */
    private readonly stateMachineArn?: string,
  ) {
    this.client = clientAtFirstUse(sfn);
  }

  /** The client and the package's commands, both loaded at the first call. */
  private async sfn(): Promise<{ client: SFNClient; commands: Sfn }> {
    const [client, commands] = await Promise.all([this.client(), import('@aws-sdk/client-sfn')]);
    return { client, commands };
  }

  async start(name: string, input: unknown): Promise<{ executionId: string }> {
    if (!this.stateMachineArn) throw new Error('no state machine to start');
    const { client, commands } = await this.sfn();
    const out = await client.send(
      new commands.StartExecutionCommand({
        stateMachineArn: this.stateMachineArn,
        name,
        input: JSON.stringify(input),
      }),
    );
    return { executionId: out.executionArn ?? '' };
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<boolean> {
    const { client, commands } = await this.sfn();
    return this.ifTokenValid(() =>
      client.send(
        new commands.SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }),
      ),
    );
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<boolean> {
    const { client, commands } = await this.sfn();
    return this.ifTokenValid(() =>
      client.send(new commands.SendTaskFailureCommand({ taskToken, error, cause })),
    );
  }

  async stop(executionId: string, cause: string): Promise<void> {
    const { client, commands } = await this.sfn();
    try {
      await client.send(new commands.StopExecutionCommand({ executionArn: executionId, cause }));
    } catch (error) {
      if ((error as { name?: string }).name !== 'ExecutionDoesNotExist') throw error;
    }
  }

  async isRunning(executionId: string): Promise<boolean> {
    return (await this.executionStatus(executionId)) === 'running';
  }

  async executionStatus(executionId: string): Promise<ExecutionStatus> {
    const { client, commands } = await this.sfn();
    try {
      const out = await client.send(
        new commands.DescribeExecutionCommand({ executionArn: executionId }),
      );
      if (out.status === 'RUNNING') return 'running';
      return out.status === 'FAILED' ? 'failed' : 'ended';
    } catch (error) {
      if ((error as { name?: string }).name === 'ExecutionDoesNotExist') return 'unknown';
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
