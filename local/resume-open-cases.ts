import { storedCaseIds } from '../shared/case-log.js';
import { errorName } from '../shared/logger.js';
import type { BlobStore } from '../shared/ports/blob-store.js';
import { type ResumeCaseDeps, resumeCase } from '../shared/usecases/resume-case.js';

/**
 * Local executions live in memory and end with the process. At start-up, every case
 * whose workflow was running continues at the step its event log gives. Stalled and
 * closed cases stay as they are: their owner resumes them.
 */
export async function resumeOpenCases(
  deps: ResumeCaseDeps & { store: BlobStore },
): Promise<number> {
  let resumed = 0;
  for (const caseId of await storedCaseIds(deps.store)) {
    try {
      const state = await deps.log.load(caseId);
      if (!state || (state.workflow.status !== 'running' && state.workflow.status !== 'starting'))
        continue;
      if ((await resumeCase(deps, state)).outcome === 'resumed') resumed++;
    } catch (error) {
      deps.logger.error('could not resume case', { caseId, errorName: errorName(error) });
    }
  }
  return resumed;
}
