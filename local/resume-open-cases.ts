import { errorName } from '../shared/logger.js';
import type { BlobStore } from '../shared/ports/blob-store.js';
import { type ResumeCaseDeps, resumeCase } from '../shared/usecases/resume-case.js';

const CASE_KEY = /^cases\/([0-9A-HJKMNP-TV-Z]{26})\//;

/**
 * Local executions live in memory and end with the process. At start-up, every case
 * whose workflow was running continues at the step its event log gives. Stalled and
 * closed cases stay as they are: their owner resumes them.
 */
export async function resumeOpenCases(
  deps: ResumeCaseDeps & { store: BlobStore },
): Promise<number> {
  const caseIds = new Set<string>();
  for (const key of await deps.store.list('cases/')) {
    const id = key.match(CASE_KEY)?.[1];
    if (id) caseIds.add(id);
  }
  let resumed = 0;
  for (const caseId of caseIds) {
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
