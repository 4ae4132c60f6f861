import type { CompileDossierTask } from '../domain/workflow-messages.js';

/** Starts a dossier compilation without waiting for it (`POST …/dossier`). */
export interface DossierCompiler {
  start(task: CompileDossierTask): Promise<void>;
}
