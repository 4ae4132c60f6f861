import { createHash } from 'node:crypto';
import { evidenceTimestampKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import { awaitingTimestamp } from '../domain/evidence-fold.js';
import type { CaseState } from '../domain/fold.js';
import { sweepIfErased } from '../erased-cases.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import {
  type TimestampAuthority,
  type TimestampFailure,
  TimestampUnavailableError,
} from '../ports/timestamp-authority.js';

export interface TimestampEvidenceDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly authority: TimestampAuthority;
  readonly logger: Logger;
}

export type TimestampOutcome =
  | { readonly outcome: 'timestamped'; readonly genTime: string }
  | { readonly outcome: 'waiting'; readonly reason: TimestampFailure };

/**
 * Asks the timestamp authority to vouch for an accepted item's SHA-256, keeps its response
 * beside the case's objects and records `evidence-timestamped`. Never throws: a failure is
 * recorded as `evidence-timestamp-failed`, the evidence stays as it is and the item waits
 * for the next attempt (another delivery of its upload, the next dossier compilation).
 * Two runs at once keep one response: the first stored wins, the other records it.
 * The daily retry or an ingestion may outlive an erase of the case: once written, it
 * sweeps the case again if it was erased meanwhile (and throws only if that sweep fails).
 */
export async function timestampEvidence(
  deps: TimestampEvidenceDeps,
  caseId: string,
  item: { readonly evidenceId: string; readonly sha256: string },
): Promise<TimestampOutcome> {
  const outcome = await requestAndRecord(deps, caseId, item);
  await sweepIfErased(deps.store, caseId);
  return outcome;
}

async function requestAndRecord(
  deps: TimestampEvidenceDeps,
  caseId: string,
  item: { readonly evidenceId: string; readonly sha256: string },
): Promise<TimestampOutcome> {
  const { evidenceId, sha256 } = item;
  const key = evidenceTimestampKey(caseId, evidenceId);
  try {
    let stored = await deps.store.get(key);
    let facts: { genTime: string; serialNumber: string; policy: string } | undefined;
    if (!stored) {
      const timestamp = await deps.authority.timestamp(sha256);
      if (await deps.store.putIfAbsent(key, timestamp.response)) {
        stored = timestamp.response;
        facts = timestamp;
      } else stored = await deps.store.get(key);
    }
    if (!stored) throw new TimestampUnavailableError('unavailable');
    if (!facts) {
      // A response stored by an earlier run that could not record it.
      const { readTimestampResponse } = await import('../proof/rfc3161.js');
      const token = await readTimestampResponse(stored, { sha256 });
      facts = token;
    }
    await deps.log.append({
      type: 'evidence-timestamped',
      caseId,
      evidenceId,
      sha256,
      genTime: facts.genTime,
      serialNumber: facts.serialNumber,
      policy: facts.policy,
      responseSha256: createHash('sha256').update(stored).digest('hex'),
    });
    deps.logger.info('evidence timestamped', {
      caseId,
      evidenceId,
      eventType: 'evidence-timestamped',
    });
    return { outcome: 'timestamped', genTime: facts.genTime };
  } catch (error) {
    const reason: TimestampFailure =
      error instanceof TimestampUnavailableError ? error.reason : 'invalid-response';
    deps.logger.warn('evidence waits for a timestamp', {
      caseId,
      evidenceId,
      code: reason,
      errorName: errorName(error),
    });
    await deps.log
      .append({ type: 'evidence-timestamp-failed', caseId, evidenceId, reason })
      .catch(() => undefined);
    return { outcome: 'waiting', reason };
  }
}

/** Tries again for every accepted file of the case that still waits for a timestamp. */
export async function timestampWaitingEvidence(
  deps: TimestampEvidenceDeps,
  state: CaseState,
): Promise<number> {
  let timestamped = 0;
  for (const item of awaitingTimestamp(state.evidence)) {
    const result = await timestampEvidence(deps, state.caseId, {
      evidenceId: item.evidenceId,
      sha256: item.sha256 as string,
    });
    if (result.outcome === 'timestamped') timestamped++;
  }
  return timestamped;
}
