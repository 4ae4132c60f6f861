import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import { errorName, type LogFields, type Logger } from '../logger.js';
import type { DossierCompiler } from './dossier-compiler.js';

export interface ChildProcessDossierCompilerOptions {
  /** The module each child process runs; it calls `serveCompilation`. */
  readonly entry: URL;
  /** Sent to the child with each task (as JSON): the compile function's variables. */
  readonly environment: unknown;
  readonly logger: Logger;
  /**
   * A compilation still running after this is killed, as Lambda ends an invocation.
   * @default 15 minutes (the compile function's timeout on AWS)
   */
  readonly timeoutMs?: number;
  /**
   * Largest JavaScript heap of a child, MB: a compilation that needs more fails alone.
   * @default 1536 (the compile function has 1769 MB on AWS)
   */
  readonly maxHeapMb?: number;
  /**
   * Compilations running at once; more wait their turn (Lambda's concurrency, locally).
   * @default 2
   */
  readonly maxConcurrent?: number;
}

/** What a child says to its parent. */
type FromChild =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'log';
      readonly level: keyof Logger;
      readonly message: string;
      readonly fields?: LogFields;
    }
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };

/** What a parent says to its child, once it is ready. */
interface ToChild {
  readonly kind: 'compile';
  readonly task: CompileDossierTask;
  readonly environment: unknown;
}

/** tsx, so that a child loads the TypeScript sources as `npm start` and vitest do. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Compiles each dossier in a child process of its own (the local runtime): a long
 * compilation, even a hostile one, takes none of the time of the process answering
 * requests, and one that runs out of memory or time ends alone, as on Lambda.
 */
export class ChildProcessDossierCompiler implements DossierCompiler {
  private readonly children = new Set<ChildProcess>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private stopped = false;

  constructor(private readonly options: ChildProcessDossierCompilerOptions) {}

  /** Starts a compilation in the background; a failure is logged (`POST …/dossier`). */
  async start(task: CompileDossierTask): Promise<void> {
    this.compile(task).catch((error) =>
      this.options.logger.error('background dossier compilation failed', {
        caseId: task.caseId,
        errorName: errorName(error),
      }),
    );
  }

  /** Compiles and answers the child's result (the workflow's compile task). */
  async compile(task: CompileDossierTask): Promise<unknown> {
    const release = await this.turn();
    try {
      return await this.inChild(task);
    } finally {
      release();
    }
  }

  /** Kills the compilations still running; those waiting never start. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.waiting.splice(0)) wake();
    for (const child of this.children) child.kill('SIGKILL');
  }

  private async turn(): Promise<() => void> {
    if (this.running < (this.options.maxConcurrent ?? 2)) this.running += 1;
    // The turn is handed over by the compilation that ends (running stays counted).
    else await new Promise<void>((wake) => this.waiting.push(wake));
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  private inChild(task: CompileDossierTask): Promise<unknown> {
    if (this.stopped) return Promise.reject(new Error('the dossier compiler is stopped'));
    const { logger, environment } = this.options;
    return new Promise((resolve, reject) => {
      const child = fork(fileURLToPath(this.options.entry), [], {
        execArgv: ['--import', TSX, `--max-old-space-size=${this.options.maxHeapMb ?? 1536}`],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.children.add(child);
      let settled = false;
      const settle = (error: Error | undefined, result?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) {
          child.kill('SIGKILL');
          reject(error);
        } else resolve(result);
      };
      const timer = setTimeout(
        () => settle(named('TimeoutError', 'the dossier compilation ran out of time')),
        this.options.timeoutMs ?? 15 * 60_000,
      );
      child.on('message', (message: FromChild) => {
        if (message.kind === 'ready') {
          child.send({ kind: 'compile', task, environment } satisfies ToChild);
        } else if (message.kind === 'log') logger[message.level](message.message, message.fields);
        else if (message.kind === 'done') settle(undefined, message.result);
        else if (message.kind === 'failed') settle(named(message.name, message.message));
      });
      child.on('error', (error) => settle(error));
      child.on('exit', (code, signal) => {
        this.children.delete(child);
        settle(
          named(
            'CompilationProcessExited',
            `the compilation process ended (${signal ?? `exit code ${code}`})`,
          ),
        );
      });
    });
  }
}

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * The child's side: waits for one task, compiles it with `compile`, answers, exits.
 * Its logs go to the parent's logger. It also ends when its parent is gone.
 */
export function serveCompilation(
  compile: (task: CompileDossierTask, environment: unknown, logger: Logger) => Promise<unknown>,
): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('serveCompilation runs in a process forked by its compiler');
  const say = (message: FromChild) =>
    new Promise<void>((resolve) => send(message, undefined, {}, () => resolve()));
  const log =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      void say({ kind: 'log', level, message, fields });
    };
  const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };
  process.once('disconnect', () => process.exit(1));
  process.once('message', async ({ task, environment }: ToChild) => {
    let answer: FromChild;
    try {
      answer = { kind: 'done', result: await compile(task, environment, logger) };
    } catch (error) {
      answer = {
        kind: 'failed',
        name: errorName(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
    await say(answer);
    process.exit(0);
  });
  void say({ kind: 'ready' });
}
