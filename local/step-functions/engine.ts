import '../polyfills.js';
import { randomBytes } from 'node:crypto';
import { type RunOptions, StateMachine } from 'aws-local-stepfunctions';
import { type AslDefinition, type AslState, adaptForLocalEngine, allStates } from './asl.js';

/** A Lambda handler, called with the task's payload. */
export type TaskHandler = (payload: unknown) => Promise<unknown>;

/** An error the Step Functions API would answer, with its API error code as `name`. */
export class StepFunctionsError extends Error {
  constructor(
    override readonly name:
      | 'ExecutionAlreadyExists'
      | 'ExecutionDoesNotExist'
      | 'TaskDoesNotExist'
      | 'TaskTimedOut'
      | 'InvalidToken',
    message: string,
  ) {
    super(message);
  }
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface LocalExecution {
  readonly executionArn: string;
  readonly name: string;
  readonly input: string;
  readonly startDate: Date;
  status: ExecutionStatus;
  stopDate?: Date;
  output?: unknown;
  error?: string;
  /** Settles when the execution ends, whatever its status. */
  readonly done: Promise<void>;
  readonly abort: () => void;
}

export interface LocalStepFunctionsOptions {
  readonly definition: AslDefinition;
  readonly stateMachineArn: string;
  /** The handler a Lambda function ARN stands for. */
  readonly handlerFor: (functionArn: string) => TaskHandler;
  /** Pause before each retry, in ms, instead of the definition's backoff (tests). */
  readonly retryPauseMs?: number;
}

interface PendingTask {
  readonly executionArn: string;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/** Stands in for `$$.Task.Token`, which the library does not provide; replaced per task. */
const TOKEN_PLACEHOLDER = '__local_task_token__';
const WAIT_FOR_TASK_TOKEN = /^arn:[^:]+:states:::lambda:invoke\.waitForTaskToken$/;
const REQUEST_RESPONSE = /^arn:[^:]+:states:::lambda:invoke$/;

/**
 * Runs the synthesized state machine with aws-local-stepfunctions, routing each Lambda
 * task to the handler that Lambda runs. Supplies what the library lacks: task tokens
 * for `.waitForTaskToken`, their expiry, execution names and stop.
 */
export class LocalStepFunctions {
  private readonly machine: StateMachine;
  private readonly definition: AslDefinition;
  private readonly executions = new Map<string, LocalExecution>();
  private readonly pending = new Map<string, PendingTask>();
  private readonly expired = new Set<string>();

  constructor(private readonly options: LocalStepFunctionsOptions) {
    this.definition = adaptForLocalEngine(options.definition);
    this.machine = new StateMachine(this.definition as never, {
      validationOptions: { checkArn: true, checkPaths: true },
    });
  }

  get stateMachineArn(): string {
    return this.options.stateMachineArn;
  }

  startExecution(name: string, input: string): LocalExecution {
    const executionArn = `${this.options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      // As on AWS: the same name and input is idempotent while running.
      if (existing.status === 'RUNNING' && existing.input === input) return existing;
      throw new StepFunctionsError(
        'ExecutionAlreadyExists',
        `Execution already exists: '${executionArn}'`,
      );
    }
    const startDate = new Date();
    const run = this.machine.run(JSON.parse(input), {
      noThrowOnAbort: true,
      context: {
        Execution: {
          Id: executionArn,
          Name: name,
          Input: JSON.parse(input),
          StartTime: startDate.toISOString(),
        },
        StateMachine: {
          Id: this.options.stateMachineArn,
          Name: this.options.stateMachineArn.split(':').pop(),
        },
        Task: { Token: TOKEN_PLACEHOLDER },
      } as never,
      overrides: {
        taskResourceLocalHandlers: this.taskHandlers(executionArn),
        ...(this.options.retryPauseMs !== undefined
          ? { retryIntervalOverrides: this.retryOverrides(this.options.retryPauseMs) }
          : {}),
      },
    });
    const execution: LocalExecution = {
      executionArn,
      name,
      input,
      startDate,
      status: 'RUNNING',
      abort: run.abort,
      done: run.result
        .then(
          (output) => {
            if (execution.status === 'RUNNING') {
              execution.status = 'SUCCEEDED';
              execution.output = output;
            }
          },
          (error: Error) => {
            execution.status = error.name === 'ExecutionTimeoutError' ? 'TIMED_OUT' : 'FAILED';
            execution.error = error.message;
          },
        )
        .finally(() => {
          execution.stopDate ??= new Date();
          this.dropTokensOf(executionArn);
        }),
    };
    this.executions.set(executionArn, execution);
    return execution;
  }

  describeExecution(executionArn: string): LocalExecution {
    const execution = this.executions.get(executionArn);
    if (!execution) {
      throw new StepFunctionsError(
        'ExecutionDoesNotExist',
        `Execution does not exist: '${executionArn}'`,
      );
    }
    return execution;
  }

  listExecutions(): LocalExecution[] {
    return [...this.executions.values()];
  }

  stopExecution(executionArn: string): Date {
    const execution = this.describeExecution(executionArn);
    if (execution.status === 'RUNNING') {
      execution.status = 'ABORTED';
      execution.stopDate = new Date();
      execution.abort();
      this.dropTokensOf(executionArn);
    }
    return execution.stopDate ?? new Date();
  }

  sendTaskSuccess(taskToken: string, output: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(output);
    } catch {
      throw new StepFunctionsError('InvalidToken', 'output is not valid JSON');
    }
    this.takePending(taskToken).resolve(parsed);
  }

  sendTaskFailure(taskToken: string, error: string, cause: string): void {
    const failure = new Error(cause);
    failure.name = error || 'TaskFailed';
    this.takePending(taskToken).reject(failure);
  }

  /** Stops every execution; for shutting down. */
  stopAll(): void {
    for (const execution of this.executions.values()) {
      if (execution.status === 'RUNNING') this.stopExecution(execution.executionArn);
    }
  }

  private takePending(taskToken: string): PendingTask {
    const task = this.pending.get(taskToken);
    if (!task) {
      if (this.expired.has(taskToken))
        throw new StepFunctionsError('TaskTimedOut', 'Task Timed Out');
      throw new StepFunctionsError('TaskDoesNotExist', 'Task does not exist anymore');
    }
    clearTimeout(task.timer);
    this.pending.delete(taskToken);
    this.expired.add(taskToken);
    return task;
  }

  private dropTokensOf(executionArn: string): void {
    for (const [token, task] of this.pending) {
      if (task.executionArn !== executionArn) continue;
      clearTimeout(task.timer);
      this.pending.delete(token);
      this.expired.add(token);
    }
  }

  private taskHandlers(executionArn: string): LocalHandlers {
    const handlers: LocalHandlers = {};
    for (const [stateName, state] of allStates(this.definition)) {
      if (state.Type !== 'Task') continue;
      const resource = state.Resource ?? '';
      if (WAIT_FOR_TASK_TOKEN.test(resource)) {
        handlers[stateName] = lambdaTask((input) =>
          this.invokeWithToken(executionArn, state, input),
        );
      } else if (REQUEST_RESPONSE.test(resource)) {
        handlers[stateName] = lambdaTask(async (input) => ({
          ExecutedVersion: '$LATEST',
          StatusCode: 200,
          Payload: (await this.options.handlerFor(input.FunctionName)(input.Payload)) ?? null,
        }));
      } else {
        throw new Error(`state "${stateName}": resource ${resource} is not supported locally`);
      }
    }
    return handlers;
  }

  private async invokeWithToken(
    executionArn: string,
    state: AslState,
    input: LambdaParameters,
  ): Promise<unknown> {
    const taskToken = randomBytes(32).toString('base64url');
    const result = new Promise<unknown>((resolve, reject) => {
      const task: PendingTask = { executionArn, resolve, reject };
      // Mirrors the task timeout the library applies, so a late callback is refused as
      // on AWS (the adapted definition keeps the timeout inside the payload).
      const seconds =
        state.TimeoutSeconds ??
        (state.TimeoutSecondsPath ? readPath(input, state.TimeoutSecondsPath) : undefined) ??
        60;
      task.timer = setTimeout(() => {
        this.pending.delete(taskToken);
        this.expired.add(taskToken);
      }, seconds * 1000);
      this.pending.set(taskToken, task);
    });
    const payload = JSON.parse(
      JSON.stringify(input.Payload).replaceAll(TOKEN_PLACEHOLDER, taskToken),
    );
    try {
      await this.options.handlerFor(input.FunctionName)(payload);
    } catch (error) {
      this.takePending(taskToken);
      throw error;
    }
    return result;
  }

  private retryOverrides(pauseMs: number): Record<string, number> {
    const overrides: Record<string, number> = {};
    for (const [name, state] of allStates(this.definition))
      if (state.Retry) overrides[name] = pauseMs;
    return overrides;
  }
}

interface LambdaParameters {
  readonly FunctionName: string;
  readonly Payload: unknown;
}

type LocalHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;

/** A `lambda:invoke` task's parameters are `{FunctionName, Payload}`; results are JSON. */
function lambdaTask(run: (input: LambdaParameters) => Promise<unknown>): LocalHandlers[string] {
  return (input) => run(input as unknown as LambdaParameters) as ReturnType<LocalHandlers[string]>;
}

/** Reads a plain `$.a.b` path; the adapted definition uses no other kind here. */
function readPath(value: unknown, path: string): number | undefined {
  let node = value;
  for (const key of path.replace(/^\$\.?/, '').split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'number' ? node : undefined;
}
