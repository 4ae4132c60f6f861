import { dossierClaimKey } from '../bucket-keys.js';
import type { CaseState } from '../domain/fold.js';
import type { BlobStore } from '../ports/blob-store.js';
import { nextDossierVersion } from './status.js';

/** Far more than two compilations (the workflow's and the victim's button) ever race. */
const MAX_CLAIM_ATTEMPTS = 20;

/**
 * The version a new compilation writes, owned by it alone. The workflow and the case
 * page's button may start compilations at the same moment, both reading the same log:
 * each claims the next version with a write-if-absent, and the loser takes the one after,
 * so two compilations never write the same version's files.
 */
export async function claimDossierVersion(store: BlobStore, state: CaseState): Promise<number> {
  const first = nextDossierVersion(state);
  for (let version = first; version < first + MAX_CLAIM_ATTEMPTS; version++) {
    if (await store.putIfAbsent(dossierClaimKey(state.caseId, version), '')) return version;
  }
  throw new Error(`dossier versions ${first} to ${first + MAX_CLAIM_ATTEMPTS - 1} all claimed`);
}
