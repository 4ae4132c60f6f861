import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { unindexCaseEmail } from '../email-index.js';
import { markCaseErased, sweepCase } from '../erased-cases.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Workflow } from '../ports/workflow.js';

export interface EraseCaseDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly logger: Logger;
  /** The time the tombstone keeps. @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * Erases a case: leaves its tombstone first (a writer still running, such as a dossier
 * compiler whose execution is stopped, checks it after writing and sweeps again), stops its
 * workflow (so nothing new is started), then deletes every object under the case, every
 * version and delete marker included, and its entry in the address index (removed even
 * where the caller does not write the index: a hash of the address must not outlive the
 * case). Resolves once a listing finds nothing left.
 */
export async function eraseCase(
  deps: EraseCaseDeps,
  state: CaseState,
  cause = 'case erased by its owner',
): Promise<void> {
  const { caseId } = state;
  await markCaseErased(deps.store, caseId, deps.now?.());
  if (state.workflow.executionId) {
    await deps.workflow.stop(state.workflow.executionId, cause);
  }
  await unindexCaseEmail(deps.store, state.email, caseId);
  await sweepCase(deps.store, caseId);
  deps.log.forget(caseId);
  deps.logger.info('case erased', { caseId });
}
