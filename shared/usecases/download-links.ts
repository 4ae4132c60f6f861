import { DOSSIER_FILES, type DossierFileName, dossierKey, evidenceKey } from '../bucket-keys.js';
import type { WitnessFileRole } from '../domain/attestation.js';
import { DOWNLOAD_EXPIRY_SECONDS, nameForType } from '../domain/evidence.js';
import type { CaseState } from '../domain/fold.js';
import type { Logger } from '../logger.js';
import { attachmentFileName } from '../mail/dossier-mails.js';
import type { BlobStore } from '../ports/blob-store.js';

export interface DownloadLinkDeps {
  readonly store: BlobStore;
  readonly logger: Logger;
}

/**
 * A fresh short link to one of the case's files, made when its owner asks (a file may be
 * a 500 MB video, beyond what a Lambda answers); undefined when the case has no such file
 * (links have none).
 */
export async function evidenceDownload(
  deps: DownloadLinkDeps,
  state: CaseState,
  evidenceId: string,
): Promise<string | undefined> {
  const item = state.evidence.items.find((i) => i.evidenceId === evidenceId);
  if (!item || item.kind === 'link') return undefined;
  const url = await deps.store.presignGet(evidenceKey(state.caseId, item.evidenceId), {
    expiresSeconds: DOWNLOAD_EXPIRY_SECONDS,
    // Named after the sniffed type: a PNG uploaded as `x.html` downloads as `x.png`.
    fileName: nameForType(item.fileName ?? item.kind, item.contentType),
    contentType: item.contentType,
  });
  deps.logger.info('evidence download', { caseId: state.caseId, evidenceId: item.evidenceId });
  return url;
}

/**
 * A fresh short link to a file of a witness's sent attestation (the copy of their identity
 * document, or their signature), for the victim only: the API and her pages call this with
 * her credential, and no helper's or witness's route reaches it. A draft's files are not
 * hers to read; a withdrawn attestation has none.
 */
export async function witnessFileDownload(
  deps: DownloadLinkDeps,
  state: CaseState,
  witnessId: string,
  role: WitnessFileRole,
): Promise<string | undefined> {
  const sent = state.witnesses.find((w) => w.witnessId === witnessId)?.attestation?.submitted;
  if (!sent) return undefined;
  const file = role === 'identity' ? sent.identityFile : sent.signatureFile;
  const url = await deps.store.presignGet(evidenceKey(state.caseId, file.fileId), {
    expiresSeconds: DOWNLOAD_EXPIRY_SECONDS,
    // Named after the sniffed type, never after the witness: `attestation-identity.jpg`.
    fileName: nameForType(`attestation-${role}`, file.contentType),
    contentType: file.contentType,
  });
  deps.logger.info('witness file download', { caseId: state.caseId });
  return url;
}

/** Types a page may show as a picture (sniffed at ingestion, never the browser's word). */
const PICTURES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/**
 * The bytes of an accepted image, for the case page's thumbnail (served by the app under
 * the page's CSP: never a public or presigned address in a page). Undefined for anything
 * else.
 */
export async function evidencePicture(
  deps: Pick<DownloadLinkDeps, 'store'>,
  state: CaseState,
  evidenceId: string,
): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
  const item = state.evidence.items.find((i) => i.evidenceId === evidenceId);
  if (!item?.contentType || !PICTURES.includes(item.contentType)) return undefined;
  const bytes = await deps.store.get(evidenceKey(state.caseId, item.evidenceId));
  return bytes ? { contentType: item.contentType, bytes } : undefined;
}

/** A fresh short link to a file of a compiled dossier version; undefined when there is none. */
export async function dossierDownload(
  deps: DownloadLinkDeps,
  state: CaseState,
  version: number,
  name: string,
): Promise<string | undefined> {
  const dossier = state.dossiers.find((d) => d.version === version);
  if (!isDossierFile(name) || !dossier?.files.some((f) => f.name === name)) return undefined;
  const extension = name.slice(name.lastIndexOf('.'));
  // Named by what it is and its version, as its mail attachment is (dossier-plainte-v1.pdf,
  // lettre-procureur-v2.zip; neutral in discreet mode), never by the case's id.
  const url = await deps.store.presignGet(dossierKey(state.caseId, version, name), {
    expiresSeconds: DOWNLOAD_EXPIRY_SECONDS,
    fileName: attachmentFileName(state, dossier.purpose, version).replace(/\.pdf$/, extension),
  });
  deps.logger.info('dossier download', { caseId: state.caseId });
  return url;
}

function isDossierFile(name: string): name is DossierFileName {
  return (DOSSIER_FILES as readonly string[]).includes(name);
}
