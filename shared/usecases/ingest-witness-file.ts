import { evidenceKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import { UPLOAD_EXPIRY_GRACE_MS, UPLOAD_RULES } from '../domain/evidence.js';
import type { RejectionReason } from '../domain/evidence-events.js';
import type { CaseState } from '../domain/fold.js';
import type { Witness } from '../domain/witnesses.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import { checkContent, measure } from './inspect-object.js';
import { WITNESS_FILE_KIND } from './witness-attestation.js';

/** The witness's upload form this key belongs to, if it is one. */
export function witnessUploadOf(state: CaseState, fileId: string) {
  for (const witness of state.witnesses) {
    const upload = witness.attestation?.uploads[fileId];
    if (upload) return { witness, upload };
  }
  return undefined;
}

export type WitnessFileOutcome =
  | { readonly outcome: 'witness-file-accepted'; readonly sha256: string }
  | { readonly outcome: 'duplicate' }
  | { readonly outcome: 'rejected'; readonly reason: RejectionReason }
  | { readonly outcome: 'gone' };

/**
 * A witness's file (identity copy or signature) that landed under the case's evidence
 * folder: the checks evidence gets (size, type sniffed from the bytes, structure walked
 * whole, nothing hidden), then recorded for that witness, never as the victim's evidence.
 * The file it replaces is deleted; a refused one is deleted and the refusal recorded.
 */
export async function ingestWitnessFile(
  deps: { readonly log: CaseLog; readonly store: BlobStore; readonly logger: Logger },
  state: CaseState,
  object: { key: string; eventTime: string; versionId?: string },
  fileId: string,
  found: { witness: Witness; upload: { role: 'identity' | 'signature'; expiresAt: string } },
): Promise<WitnessFileOutcome> {
  const { witness, upload } = found;
  const { caseId } = state;
  const version = object.versionId ? { versionId: object.versionId } : {};
  const current = witness.attestation?.files[upload.role];
  if (current?.fileId === fileId) return { outcome: 'duplicate' };
  const reject = async (reason: RejectionReason): Promise<WitnessFileOutcome> => {
    await deps.store.deleteOne(object.key, version);
    await deps.log.append({
      type: 'witness-file-rejected',
      caseId,
      witnessId: witness.witnessId,
      fileId,
      role: upload.role,
      reason,
    });
    deps.logger.warn('witness file rejected', { caseId, code: reason });
    return { outcome: 'rejected', reason };
  };
  // A sent attestation is frozen: nothing replaces its files.
  if (witness.attestation?.submitted) return reject('not-issued');
  if (Date.parse(object.eventTime) > Date.parse(upload.expiresAt) + UPLOAD_EXPIRY_GRACE_MS)
    return reject('expired');
  const body = await deps.store.stream(object.key, version);
  if (!body) return { outcome: 'gone' };
  const measured = await measure(body, UPLOAD_RULES[WITNESS_FILE_KIND].maxBytes);
  if (measured.truncated) return reject('too-large');
  if (measured.size === 0) return reject('empty');
  const verdict = await checkContent(WITNESS_FILE_KIND, measured);
  if (!verdict.ok) return reject(verdict.reason);
  await deps.log.append({
    type: 'witness-file-received',
    caseId,
    witnessId: witness.witnessId,
    fileId,
    role: upload.role,
    sha256: measured.sha256,
    size: measured.size,
    contentType: verdict.contentType,
    receivedAt: new Date(object.eventTime).toISOString(),
  });
  if (current)
    await deps.store.delete([evidenceKey(caseId, current.fileId)]).catch(() => undefined);
  deps.logger.info('witness file accepted', { caseId, eventType: 'witness-file-received' });
  return { outcome: 'witness-file-accepted', sha256: measured.sha256 };
}
