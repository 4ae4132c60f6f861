import type { LogFields, Logger } from '../../shared/logger.js';
import type { Mailer, MailMessage } from '../../shared/ports/mailer.js';
import type { ExecutionStatus, Workflow } from '../../shared/ports/workflow.js';

/** Keeps every mail; `failWith` makes the next sends throw, one error each. */
export class RecordingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  readonly failWith: Error[] = [];

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const failure = this.failWith.shift();
    if (failure) throw failure;
    this.sent.push(message);
    return { messageId: `message-${this.sent.length}` };
  }
}

/** Records what the app asks of the workflow engine. */
export class RecordingWorkflow implements Workflow {
  readonly started: { name: string; input: unknown }[] = [];
  readonly completed: { taskToken: string; output: unknown }[] = [];
  readonly failed: { taskToken: string; error: string }[] = [];
  startError?: Error;

  async start(name: string, input: unknown) {
    if (this.startError) throw this.startError;
    this.started.push({ name, input });
    this.running.add(`execution:${name}`);
    return { executionId: `execution:${name}` };
  }

  async sendTaskSuccess(taskToken: string, output: unknown) {
    this.completed.push({ taskToken, output });
    return true;
  }

  async sendTaskFailure(taskToken: string, error: string) {
    this.failed.push({ taskToken, error });
    return true;
  }

  readonly stopped: string[] = [];
  running = new Set<string>();

  async stop(executionId: string) {
    this.stopped.push(executionId);
    this.running.delete(executionId);
  }

  async isRunning(executionId: string) {
    return this.running.has(executionId);
  }

  async executionStatus(executionId: string): Promise<ExecutionStatus> {
    return this.running.has(executionId) ? 'running' : 'ended';
  }
}

/** A logger that keeps its lines, to assert what reaches (and never reaches) the logs. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log =
    (level: string) =>
    (message: string, fields: LogFields = {}) => {
      lines.push(JSON.stringify({ level, message, ...fields }));
    };
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}
