import type { CaseLog } from '../case-log.js';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import type { Logger } from '../logger.js';

export interface CompileDossierDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

/**
 * PLACEHOLDER for the dossier compiler, which the dossier issue owns (the PDF, the ZIP
 * of originals, their hashes). It records a `dossier-compiled` event marked
 * `placeholder: true`, with no files, so the workflow can run its whole path until then.
 */
export async function compileDossierPlaceholder(
  deps: CompileDossierDeps,
  task: CompileDossierTask,
): Promise<{ version: number } | { version: null; reason: 'case-gone' }> {
  const state = await deps.log.load(task.caseId);
  if (!state) return { version: null, reason: 'case-gone' };
  const version = state.dossiers.length + 1;
  await deps.log.append({
    type: 'dossier-compiled',
    caseId: task.caseId,
    version,
    purpose: task.purpose,
    files: [],
    placeholder: true,
  });
  deps.logger.warn('placeholder dossier recorded', {
    caseId: task.caseId,
    eventType: 'dossier-compiled',
  });
  return { version };
}
