import { type CaseLog, casePrefix } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Workflow } from '../ports/workflow.js';

export interface EraseCaseDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

/** A task of a stopped execution may still land a write: list again until nothing is left. */
const MAX_SWEEPS = 5;

/**
 * Erases a case: stops its workflow first (so nothing new is written), then deletes
 * every object under the case. Resolves once the objects are gone.
 *
 * Noncurrent versions (the bucket is versioned on AWS) are removed by the erase of the
 * production-hardening work, which lists versions; the local S3 has no versioning.
 */
export async function eraseCase(deps: EraseCaseDeps, state: CaseState): Promise<void> {
  const { caseId } = state;
  if (state.workflow.executionId) {
    await deps.workflow.stop(state.workflow.executionId, 'case erased by its owner');
  }
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const keys = await deps.store.list(casePrefix(caseId));
    if (keys.length === 0) {
      deps.logger.info('case erased', { caseId });
      return;
    }
    await deps.store.delete(keys);
  }
  throw new Error('objects kept appearing while erasing the case');
}
