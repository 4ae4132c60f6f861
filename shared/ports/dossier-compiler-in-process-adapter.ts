import type { CompileDossierTask } from '../domain/workflow-messages.js';
import { errorName, type Logger } from '../logger.js';
import type { DossierCompiler } from './dossier-compiler.js';

/**
 * Runs the compilation in this process, in the background (tests). The local runtime
 * uses `ChildProcessDossierCompiler`: a compilation must not share the process that
 * answers requests.
 */
export class InProcessDossierCompiler implements DossierCompiler {
  /** The compilations started and not finished, for tests to await. */
  readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly compile: (task: CompileDossierTask) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  async start(task: CompileDossierTask): Promise<void> {
    const run = this.compile(task)
      .catch((error) =>
        this.logger.error('background dossier compilation failed', {
          caseId: task.caseId,
          errorName: errorName(error),
        }),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }
}
