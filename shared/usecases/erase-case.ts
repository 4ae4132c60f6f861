import { casePrefix } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { unindexCaseEmail } from '../email-index.js';
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
 * every object under the case, every version and delete marker included (the bucket is
 * versioned on AWS), and its entry in the address index (removed even where the caller
 * does not write the index: a hash of the address must not outlive the case). Resolves
 * once a listing finds nothing left.
 */
export async function eraseCase(
  deps: EraseCaseDeps,
  state: CaseState,
  cause = 'case erased by its owner',
): Promise<void> {
  const { caseId } = state;
  if (state.workflow.executionId) {
    await deps.workflow.stop(state.workflow.executionId, cause);
  }
  await unindexCaseEmail(deps.store, state.email, caseId);
  const prefix = casePrefix(caseId);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const versions = await deps.store.listVersions(prefix);
    if (versions) {
      if (versions.length === 0) return erased(deps, caseId);
      await deps.store.deleteVersions(versions);
    } else {
      const keys = await deps.store.list(prefix);
      if (keys.length === 0) return erased(deps, caseId);
      await deps.store.delete(keys);
    }
  }
  throw new Error('objects kept appearing while erasing the case');
}

function erased(deps: EraseCaseDeps, caseId: string): void {
  deps.log.forget(caseId);
  deps.logger.info('case erased', { caseId });
}
