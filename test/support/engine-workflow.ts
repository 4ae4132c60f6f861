import { type LocalStepFunctions, StepFunctionsError } from '../../local/step-functions/engine.js';
import type { ExecutionStatus, Workflow } from '../../shared/ports/workflow.js';

/** The Workflow port straight onto the local engine, for tests that skip the HTTP hop. */
export class EngineWorkflow implements Workflow {
  constructor(private readonly engine: LocalStepFunctions) {}

  async start(name: string, input: unknown) {
    return { executionId: this.engine.startExecution(name, JSON.stringify(input)).executionArn };
  }

  async sendTaskSuccess(taskToken: string, output: unknown) {
    return this.ifLive(() => this.engine.sendTaskSuccess(taskToken, JSON.stringify(output)));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string) {
    return this.ifLive(() => this.engine.sendTaskFailure(taskToken, error, cause));
  }

  async stop(executionId: string) {
    this.engine.stopExecution(executionId);
  }

  async isRunning(executionId: string) {
    return (await this.executionStatus(executionId)) === 'running';
  }

  async executionStatus(executionId: string): Promise<ExecutionStatus> {
    let status: string;
    try {
      status = this.engine.describeExecution(executionId).status;
    } catch {
      return 'unknown';
    }
    if (status === 'RUNNING') return 'running';
    return status === 'FAILED' ? 'failed' : 'ended';
  }

  private ifLive(send: () => void): boolean {
    try {
      send();
      return true;
    } catch (error) {
      if (error instanceof StepFunctionsError) return false;
      throw error;
    }
  }
}
