import { evidenceKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import type { AttestationRequest, WitnessFileRole } from '../domain/attestation.js';
import { PAGE_UPLOAD_EXPIRY_SECONDS, UPLOAD_RULES } from '../domain/evidence.js';
import type { CaseState } from '../domain/fold.js';
import type { Witness } from '../domain/witnesses.js';
import type { Logger } from '../logger.js';
import type { BlobStore, PresignedPost } from '../ports/blob-store.js';
import { endWitnessAccess } from './witness-link.js';

/**
 * What a witness does on their page: write the text (changeable until sent), upload the
 * copy of an identity document and the signature (the same presigned forms and the same
 * ingestion as evidence), send it, and withdraw it until a dossier carries it. The victim
 * has no use case here: she reads it and cannot change it.
 */
export interface WitnessDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
}

/** The kind whose rules (types, size) the witness's files follow: PDF, PNG or JPEG, 20 MB. */
export const WITNESS_FILE_KIND = 'document' as const;
const REUSE_MARGIN_MS = 20 * 60 * 1000;

export async function saveStatement(
  deps: WitnessDeps,
  state: CaseState,
  witness: Witness,
  request: AttestationRequest,
): Promise<'saved' | 'already-sent'> {
  if (witness.attestation?.submitted) return 'already-sent';
  const { aware: _aware, ...statement } = request;
  await deps.log.append({
    type: 'witness-statement-drafted',
    caseId: state.caseId,
    witnessId: witness.witnessId,
    ...statement,
  });
  deps.logger.info('witness statement saved', {
    caseId: state.caseId,
    eventType: 'witness-statement-drafted',
  });
  return 'saved';
}

/**
 * The upload form of one of the witness's files, for the page (with or without script): a
 * key under the case's evidence folder, so the bucket's rule runs the same ingestion; a
 * still-fresh form of the same role is re-signed rather than issued again.
 */
export async function witnessUploadForm(
  deps: WitnessDeps,
  state: CaseState,
  witness: Witness,
  role: WitnessFileRole,
  options: { successRedirect: string; now: Date; nextId: (time: number) => string },
): Promise<{ fileId: string; upload: PresignedPost; maxBytes: number }> {
  const now = options.now.getTime();
  const maxBytes = UPLOAD_RULES[WITNESS_FILE_KIND].maxBytes;
  const fresh = Object.entries(witness.attestation?.uploads ?? {}).findLast(
    ([, u]) => u.role === role && Date.parse(u.expiresAt) - now > REUSE_MARGIN_MS,
  );
  let fileId = fresh?.[0];
  let expiresAt = fresh?.[1].expiresAt;
  if (!fileId || !expiresAt) {
    fileId = options.nextId(now);
    expiresAt = new Date(now + PAGE_UPLOAD_EXPIRY_SECONDS * 1000).toISOString();
    await deps.log.append({
      type: 'witness-upload-requested',
      caseId: state.caseId,
      witnessId: witness.witnessId,
      fileId,
      role,
      expiresAt,
    });
  }
  const upload = await deps.store.presignPost(evidenceKey(state.caseId, fileId), {
    contentType: 'application/octet-stream',
    minBytes: 1,
    maxBytes,
    expiresSeconds: Math.max(60, Math.floor((Date.parse(expiresAt) - now) / 1000)),
    successRedirect: options.successRedirect,
  });
  return { fileId, upload, maxBytes };
}

/** The day in Paris, `YYYY-MM-DD`: the date the attestation bears. */
function parisDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * Sends the attestation as it stands (text, identity copy, signature): frozen from now
 * on. Refused while a part is missing.
 */
export async function submitAttestation(
  deps: WitnessDeps,
  state: CaseState,
  witness: Witness,
  now: Date,
): Promise<'sent' | 'incomplete' | 'already-sent'> {
  const a = witness.attestation;
  if (a?.submitted) return 'already-sent';
  if (!a?.draft || !a.files.identity || !a.files.signature) return 'incomplete';
  const file = ({ fileId, sha256, size, contentType }: NonNullable<typeof a.files.identity>) => ({
    fileId,
    sha256,
    size,
    contentType,
  });
  await deps.log.append({
    type: 'witness-attestation-submitted',
    caseId: state.caseId,
    witnessId: witness.witnessId,
    ...a.draft,
    signedOn: parisDay(now),
    identityFile: file(a.files.identity),
    signatureFile: file(a.files.signature),
  });
  deps.logger.info('witness attestation sent', {
    caseId: state.caseId,
    eventType: 'witness-attestation-submitted',
  });
  return 'sent';
}

/**
 * The witness takes it back, until a dossier carries it: the attestation, its files and
 * the witness's access end (the link cannot be used again).
 */
export async function withdrawAttestation(
  deps: WitnessDeps,
  state: CaseState,
  witness: Witness,
): Promise<'withdrawn' | 'included' | 'nothing-sent'> {
  const sent = witness.attestation?.submitted;
  if (!sent) return 'nothing-sent';
  if (sent.includedIn) return 'included';
  await deps.log.append({
    type: 'witness-attestation-withdrawn',
    caseId: state.caseId,
    witnessId: witness.witnessId,
  });
  await endWitnessAccess(deps, state, witness.witnessId, 'withdrawn');
  // The copy of an identity document is not kept once its attestation is gone.
  const keys = Object.keys(witness.attestation?.uploads ?? {}).map((id) =>
    evidenceKey(state.caseId, id),
  );
  await deps.store.delete(keys).catch(() => undefined);
  deps.logger.info('witness attestation withdrawn', {
    caseId: state.caseId,
    eventType: 'witness-attestation-withdrawn',
  });
  return 'withdrawn';
}

/** The sent attestations a dossier compiled now carries. */
export function attestationsToInclude(state: CaseState): Witness[] {
  return state.witnesses.filter((w) => w.attestation?.submitted);
}

/** Records that a dossier version carries these attestations: none can be withdrawn now. */
export async function markAttestationsIncluded(
  deps: { readonly log: CaseLog },
  state: CaseState,
  version: number,
): Promise<void> {
  const witnessIds = attestationsToInclude(state)
    .filter((w) => !w.attestation?.submitted?.includedIn)
    .map((w) => w.witnessId);
  if (!witnessIds.length) return;
  await deps.log.append({
    type: 'attestations-included',
    caseId: state.caseId,
    version,
    witnessIds,
  });
}
