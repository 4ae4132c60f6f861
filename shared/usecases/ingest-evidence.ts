import { type ParsedEvidenceKey, parseEvidenceKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import { extensionOf, UPLOAD_EXPIRY_GRACE_MS, UPLOAD_RULES } from '../domain/evidence.js';
import type { RejectionReason } from '../domain/evidence-events.js';
import type { CaseState } from '../domain/fold.js';
import { sweepIfErased } from '../erased-cases.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { TimestampAuthority } from '../ports/timestamp-authority.js';
import type { Workflow } from '../ports/workflow.js';
import { completeStep } from './complete-step.js';
import {
  ingestWitnessFile,
  type WitnessFileOutcome,
  witnessUploadOf,
} from './ingest-witness-file.js';
import { checkContent, measure } from './inspect-object.js';
import { timestampEvidence } from './timestamp-evidence.js';

export interface IngestEvidenceDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly logger: Logger;
  /** Timestamps each accepted file (RFC 3161); without it, none is asked for. */
  readonly authority?: TimestampAuthority;
}

/** An object-created notification, its key already URL-decoded. */
export interface StoredObject {
  readonly key: string;
  /** When storage received the object (ISO 8601). */
  readonly eventTime: string;
  readonly versionId?: string;
}

export type IngestResult =
  | { readonly outcome: 'ignored' }
  | { readonly outcome: 'accepted'; readonly evidenceId: string; readonly sha256: string }
  | { readonly outcome: 'duplicate'; readonly evidenceId: string }
  | { readonly outcome: 'rejected'; readonly reason: RejectionReason }
  /** The key names no case: deleted, nothing to record it in. */
  | { readonly outcome: 'orphan-deleted' }
  /** The object is gone already (deleted, or a notification for an old version). */
  | { readonly outcome: 'gone' }
  /** A witness's identity copy or signature, checked the same way (`ingest-witness-file.ts`). */
  | WitnessFileOutcome;

/**
 * Checks an object that landed under `cases/{caseId}/evidence/`, then records it as
 * evidence or deletes it and records why. Only keys the API issued are accepted, within
 * their form's lifetime, at the declared size, and with bytes of a type allowed for the
 * kind: the local S3 enforces none of the form's conditions, so this does. Safe to run
 * twice on the same object: the second run changes nothing. An upload in flight may be
 * ingested while its case is erased: once done, the case is swept again if it was.
 */
export async function ingestEvidence(
  deps: IngestEvidenceDeps,
  object: StoredObject,
): Promise<IngestResult> {
  const parsed = parseEvidenceKey(object.key);
  if (parsed.kind === 'other') return { outcome: 'ignored' };
  try {
    return await ingestObject(deps, object, parsed);
  } finally {
    if (parsed.caseId) await sweepIfErased(deps.store, parsed.caseId);
  }
}

async function ingestObject(
  deps: IngestEvidenceDeps,
  object: StoredObject,
  parsed: Exclude<ParsedEvidenceKey, { kind: 'other' }>,
): Promise<IngestResult> {
  const version = object.versionId ? { versionId: object.versionId } : {};

  const state = parsed.caseId ? await deps.log.load(parsed.caseId) : undefined;
  if (!state) {
    await deps.store.deleteOne(object.key, version);
    deps.logger.warn('upload outside any case deleted', { code: 'not-issued' });
    return { outcome: 'orphan-deleted' };
  }
  const { caseId } = state;
  const evidenceId = parsed.kind === 'evidence' ? parsed.evidenceId : undefined;
  const upload = evidenceId ? state.evidence.uploads[evidenceId] : undefined;

  const reject = async (
    reason: RejectionReason,
    facts: { size?: number; sha256?: string; detectedType?: string } = {},
  ): Promise<IngestResult> => {
    await deps.store.deleteOne(object.key, version);
    await deps.log.append({ type: 'evidence-rejected', caseId, evidenceId, reason, ...facts });
    deps.logger.warn('upload rejected', {
      caseId,
      evidenceId,
      code: reason,
      eventType: 'evidence-rejected',
    });
    return { outcome: 'rejected', reason };
  };

  const forWitness = evidenceId && !upload ? witnessUploadOf(state, evidenceId) : undefined;
  if (evidenceId && forWitness)
    return ingestWitnessFile(deps, state, object, evidenceId, forWitness);
  if (!evidenceId || !upload) return reject('not-issued');
  const accepted = state.evidence.items.find((item) => item.evidenceId === evidenceId);
  if (
    !accepted &&
    Date.parse(object.eventTime) > Date.parse(upload.expiresAt) + UPLOAD_EXPIRY_GRACE_MS
  )
    return reject('expired');

  const maxBytes = UPLOAD_RULES[upload.kind].maxBytes;
  const body = await deps.store.stream(object.key, version);
  if (!body) return { outcome: 'gone' };
  const measured = await measure(body, maxBytes);

  if (accepted) {
    if (measured.sha256 === accepted.sha256) {
      deps.logger.info('evidence already recorded', { caseId, evidenceId, code: 'duplicate' });
      // Another delivery of the upload: the time to try again for a missing timestamp.
      if (!accepted.timestampedAt) await timestampAccepted(deps, caseId, accepted);
      return { outcome: 'duplicate', evidenceId };
    }
    // The same form posted again with other bytes. With a version id the new version is
    // deleted and the recorded one stays current; without (the local S3) it cannot be
    // told apart from the original, so it stays and the rejection says what happened.
    if (object.versionId) return reject('already-uploaded', { size: measured.size });
    await deps.log.append({
      type: 'evidence-rejected',
      caseId,
      evidenceId,
      reason: 'already-uploaded',
      size: measured.size,
      sha256: measured.sha256 || undefined,
    });
    deps.logger.error('accepted evidence overwritten', {
      caseId,
      evidenceId,
      code: 'already-uploaded',
    });
    return { outcome: 'rejected', reason: 'already-uploaded' };
  }

  if (measured.truncated) return reject('too-large', { size: measured.size });
  if (measured.size === 0) return reject('empty', { size: 0 });
  const facts = { size: measured.size, sha256: measured.sha256 };
  // The form binds the Content-Type; an object stored under another one did not come
  // through it (or storage did not hold it to the form), and would be served so.
  if (!sameType(body.contentType, upload.contentType))
    return reject('content-type-mismatch', facts);
  // A web page's form declares no size: the kind's limit (checked above) is the bound.
  if (upload.size !== undefined && measured.size !== upload.size)
    return reject('size-mismatch', facts);
  const verdict = await checkContent(upload.kind, measured);
  if (!verdict.ok) return reject(verdict.reason, { ...facts, detectedType: verdict.detectedType });

  await deps.log.append({
    type: 'evidence-uploaded',
    caseId,
    evidenceId,
    kind: upload.kind,
    sha256: measured.sha256,
    size: measured.size,
    contentType: verdict.contentType,
    fileName:
      upload.size === undefined
        ? `${upload.fileName}.${extensionOf(verdict.contentType)}`
        : upload.fileName,
    uploadedAt: new Date(object.eventTime).toISOString(),
    ...version,
  });
  deps.logger.info('evidence accepted', { caseId, evidenceId, eventType: 'evidence-uploaded' });
  await timestampAccepted(deps, caseId, { evidenceId, sha256: measured.sha256 });

  if (upload.kind === 'medical-certificate') await completeCertificateStep(deps, state);
  return { outcome: 'accepted', evidenceId, sha256: measured.sha256 };
}

/**
 * The evidence is recorded before its timestamp is asked for: an authority that is down
 * or unset never loses or blocks it (the item waits, and the case view says so).
 */
async function timestampAccepted(
  deps: IngestEvidenceDeps,
  caseId: string,
  item: { evidenceId: string; sha256?: string },
) {
  if (!deps.authority || !item.sha256) return;
  const { authority } = deps;
  await timestampEvidence({ ...deps, authority }, caseId, {
    evidenceId: item.evidenceId,
    sha256: item.sha256,
  });
}

const sameType = (stored: string | undefined, issued: string) =>
  stored?.trim().toLowerCase() === issued.trim().toLowerCase();

/** A certificate received completes its step, resuming the workflow if it waits on it. */
async function completeCertificateStep(deps: IngestEvidenceDeps, state: CaseState) {
  // Read again: the step needs the certificate just recorded.
  const withCertificate = (await deps.log.load(state.caseId)) ?? state;
  await completeStep(deps, withCertificate, {
    stepId: 'medical-certificate',
    body: { status: 'done' },
  });
}
