import { evidenceKey } from '../bucket-keys.js';
import type { EvidenceDetailsRequest, FactRequest } from '../domain/evidence.js';
import type { CaseState } from '../domain/fold.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { RecordEvidenceDeps } from './record-evidence.js';

/**
 * Mistakes put right: the victim edits or withdraws a fact, describes an item again, or
 * withdraws an item given by mistake (a private photo sent instead of a screenshot).
 */
export interface WithdrawEvidenceDeps extends RecordEvidenceDeps {
  readonly store: BlobStore;
}

export type PutRightResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'not-found' }
  /** The fact cites ids that are no evidence of this case: their indexes in the list. */
  | {
      readonly ok: false;
      readonly reason: 'unknown-evidence';
      readonly unknown: readonly number[];
    };

const done: PutRightResult = { ok: true };
const notFound: PutRightResult = { ok: false, reason: 'not-found' };

/** Replaces an item's details (capture time, platform, author, address, description). */
export async function describeEvidence(
  deps: RecordEvidenceDeps,
  state: CaseState,
  evidenceId: string,
  described: EvidenceDetailsRequest,
): Promise<PutRightResult> {
  if (!state.evidence.items.some((item) => item.evidenceId === evidenceId)) return notFound;
  await deps.log.append({
    type: 'evidence-described',
    caseId: state.caseId,
    evidenceId,
    ...described,
  });
  deps.logger.info('evidence described', {
    caseId: state.caseId,
    evidenceId,
    eventType: 'evidence-described',
  });
  return done;
}

/**
 * Withdraws an item: its file is deleted first, every version of it (a plain delete on a
 * versioned bucket only hides the bytes), then the log records the withdrawal with the
 * file's hash. A retried request after a failure deletes what is left and records once.
 */
export async function withdrawEvidence(
  deps: WithdrawEvidenceDeps,
  state: CaseState,
  evidenceId: string,
): Promise<PutRightResult> {
  if (state.evidence.withdrawn.some((item) => item.evidenceId === evidenceId)) return done;
  const item = state.evidence.items.find((candidate) => candidate.evidenceId === evidenceId);
  if (!item) return notFound;
  if (item.kind !== 'link')
    await deleteEveryVersion(deps.store, evidenceKey(state.caseId, evidenceId));
  await deps.log.append({
    type: 'evidence-withdrawn',
    caseId: state.caseId,
    evidenceId,
    kind: item.kind,
    ...(item.sha256 ? { sha256: item.sha256 } : {}),
    ...(item.size ? { size: item.size } : {}),
  });
  deps.logger.info('evidence withdrawn', {
    caseId: state.caseId,
    evidenceId,
    eventType: 'evidence-withdrawn',
  });
  return done;
}

async function deleteEveryVersion(store: BlobStore, key: string): Promise<void> {
  const versions = await store.listVersions(key);
  if (!versions) return store.delete([key]);
  const ofKey = versions.filter((version) => version.key === key);
  if (ofKey.length) await store.deleteVersions(ofKey);
}

/** Replaces a fact with the version the victim corrected, citing only this case's evidence. */
export async function editFact(
  deps: RecordEvidenceDeps,
  state: CaseState,
  factId: string,
  fact: FactRequest,
): Promise<PutRightResult> {
  if (!state.evidence.facts.some((candidate) => candidate.factId === factId)) return notFound;
  const known = new Set([
    ...state.evidence.items.map((item) => item.evidenceId),
    ...Object.keys(state.evidence.uploads).filter(
      (id) => !state.evidence.withdrawn.some((item) => item.evidenceId === id),
    ),
  ]);
  const unknown = fact.evidenceIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (unknown.length) return { ok: false, reason: 'unknown-evidence', unknown };
  await deps.log.append({ type: 'fact-edited', caseId: state.caseId, factId, ...fact });
  deps.logger.info('fact edited', { caseId: state.caseId, eventType: 'fact-edited' });
  return done;
}

/** Withdraws a fact; withdrawing it again changes nothing. */
export async function withdrawFact(
  deps: RecordEvidenceDeps,
  state: CaseState,
  factId: string,
): Promise<PutRightResult> {
  if (state.evidence.withdrawnFacts.includes(factId)) return done;
  if (!state.evidence.facts.some((fact) => fact.factId === factId)) return notFound;
  await deps.log.append({ type: 'fact-withdrawn', caseId: state.caseId, factId });
  deps.logger.info('fact withdrawn', { caseId: state.caseId, eventType: 'fact-withdrawn' });
  return done;
}
