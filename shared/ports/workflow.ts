/**
 * Where an execution stands: `failed` is an error inside the workflow (a bug, for the
 * operators' alarm); `ended` is any other end (succeeded, timed out, stopped); `unknown`
 * an execution the engine does not know (lost with a local restart, or never started).
 */
export type ExecutionStatus = 'running' | 'failed' | 'ended' | 'unknown';

/** The case workflow engine: Step Functions on AWS, aws-local-stepfunctions locally. */
export interface Workflow {
  /** Starts an execution; `name` makes the start idempotent. */
  start(name: string, input: unknown): Promise<{ executionId: string }>;
  /** Completes a waiting task. Resolves `false` when the token is no longer valid. */
  sendTaskSuccess(taskToken: string, output: unknown): Promise<boolean>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<boolean>;
  stop(executionId: string, cause: string): Promise<void>;
  /** Whether the execution still runs (false for an unknown one). */
  isRunning(executionId: string): Promise<boolean>;
  executionStatus(executionId: string): Promise<ExecutionStatus>;
}
