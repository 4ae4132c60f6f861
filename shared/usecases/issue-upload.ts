import { evidenceKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import type { HelperActor } from '../domain/actor.js';
import {
  MAX_BYTES_PER_CASE,
  MAX_EVIDENCE_PER_CASE,
  PAGE_UPLOAD_EXPIRY_SECONDS,
  UPLOAD_EXPIRY_SECONDS,
  UPLOAD_RULES,
  type UploadKind,
  type UploadRequest,
} from '../domain/evidence.js';
import { type IssuedUpload, pendingUploads } from '../domain/evidence-fold.js';
import type { CaseState } from '../domain/fold.js';
import type { Logger } from '../logger.js';
import type { BlobStore, PresignedPost } from '../ports/blob-store.js';

export interface IssueUploadDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
}

export function evidenceCount(state: CaseState, now: number): number {
  return state.evidence.items.length + pendingUploads(state.evidence, now).length;
}

export function evidenceBytes(state: CaseState, now: number): number {
  const sum = (sizes: (number | undefined)[]) =>
    sizes.reduce<number>((total, size) => total + (size ?? 0), 0);
  return (
    sum(state.evidence.items.map((item) => item.size)) +
    sum(pendingUploads(state.evidence, now).map((upload) => upload.size))
  );
}

export type PageUploadForm =
  | {
      readonly ok: true;
      readonly evidenceId: string;
      readonly upload: PresignedPost;
      readonly maxBytes: number;
    }
  | { readonly ok: false; readonly reason: 'evidence-limit' | 'storage-limit' };

export type IssuedUploadForm =
  | {
      readonly ok: true;
      readonly evidenceId: string;
      readonly upload: PresignedPost;
      readonly expiresAt: string;
      readonly maxBytes: number;
    }
  | { readonly ok: false; readonly reason: 'evidence-limit' | 'storage-limit' };

/**
 * An upload form for a file whose size and type the browser declared (the API, and the
 * pages' script): S3 holds the browser to that exact size, for 10 minutes.
 */
export async function issueUpload(
  deps: IssueUploadDeps,
  state: CaseState,
  request: UploadRequest,
  options: { now: Date; nextId: (time: number) => string; by?: HelperActor },
): Promise<IssuedUploadForm> {
  const now = options.now.getTime();
  if (evidenceCount(state, now) >= MAX_EVIDENCE_PER_CASE)
    return { ok: false, reason: 'evidence-limit' };
  if (evidenceBytes(state, now) + request.size > MAX_BYTES_PER_CASE)
    return { ok: false, reason: 'storage-limit' };
  const evidenceId = options.nextId(now);
  const expiresAt = new Date(now + UPLOAD_EXPIRY_SECONDS * 1000).toISOString();
  const upload = await deps.store.presignPost(evidenceKey(state.caseId, evidenceId), {
    contentType: request.contentType,
    minBytes: request.size,
    maxBytes: request.size,
    expiresSeconds: UPLOAD_EXPIRY_SECONDS,
  });
  await deps.log.append({
    type: 'upload-requested',
    caseId: state.caseId,
    evidenceId,
    ...request,
    expiresAt,
    ...(options.by ? { by: options.by } : {}),
  });
  deps.logger.info('upload issued', {
    caseId: state.caseId,
    evidenceId,
    eventType: 'upload-requested',
  });
  return { ok: true, evidenceId, upload, expiresAt, maxBytes: UPLOAD_RULES[request.kind].maxBytes };
}

/** A page form is reused while it has this long left, so showing a page rarely writes. */
const REUSE_MARGIN_MS = 20 * 60 * 1000;

/**
 * The upload form a web page shows for one kind of file, for browsers without
 * JavaScript: bound to one key, any size up to the kind's limit (an HTML form cannot
 * know it), and `success_action_redirect` back to the page. A still-fresh form of the
 * same kind is re-signed rather than issued again, so reloading a page does not grow the
 * log; ingestion checks the kind, the sniffed type and the kind's size limit.
 */
export async function pageUploadForm(
  deps: IssueUploadDeps,
  state: CaseState,
  kind: UploadKind,
  options: {
    successRedirect: string;
    now: Date;
    nextId: (time: number) => string;
    /** A helper's form: never the victim's form reused, nor hers theirs. */
    by?: HelperActor;
  },
): Promise<PageUploadForm> {
  const now = options.now.getTime();
  const maxBytes = UPLOAD_RULES[kind].maxBytes;
  const pending = pendingUploads(state.evidence, now);
  let reusable: IssuedUpload | undefined;
  for (const upload of pending) {
    if (
      upload.kind === kind &&
      upload.size === undefined &&
      upload.addedBy === options.by?.id &&
      Date.parse(upload.expiresAt) - now > REUSE_MARGIN_MS
    )
      reusable = upload;
  }
  let evidenceId: string;
  let expiresAt: string;
  if (reusable) {
    evidenceId = reusable.evidenceId;
    expiresAt = reusable.expiresAt;
  } else {
    if (evidenceCount(state, now) >= MAX_EVIDENCE_PER_CASE)
      return { ok: false, reason: 'evidence-limit' };
    if (evidenceBytes(state, now) >= MAX_BYTES_PER_CASE)
      return { ok: false, reason: 'storage-limit' };
    evidenceId = options.nextId(now);
    expiresAt = new Date(now + PAGE_UPLOAD_EXPIRY_SECONDS * 1000).toISOString();
    await deps.log.append({
      type: 'upload-requested',
      caseId: state.caseId,
      evidenceId,
      kind,
      fileName: kind,
      // Only a label: a page form cannot know the type; ingestion sniffs the bytes.
      contentType: 'application/octet-stream',
      expiresAt,
      ...(options.by ? { by: options.by } : {}),
    });
    deps.logger.info('page upload form issued', {
      caseId: state.caseId,
      evidenceId,
      eventType: 'upload-requested',
    });
  }
  const upload = await deps.store.presignPost(evidenceKey(state.caseId, evidenceId), {
    contentType: 'application/octet-stream',
    minBytes: 1,
    maxBytes,
    expiresSeconds: Math.max(60, Math.floor((Date.parse(expiresAt) - now) / 1000)),
    successRedirect: options.successRedirect,
  });
  return { ok: true, evidenceId, upload, maxBytes };
}
