import { createHash } from 'node:crypto';
import type { BlobStore } from '../ports/blob-store.js';
import { zipNameOf } from './archive.js';
import type { DossierEvidence } from './dossier-input.js';
import { readJpegHeader } from './jpeg.js';
import { pngFlattens, pngPassesThrough, readPngHeader } from './png.js';
import type { EvidenceFacts, ImagePlan } from './render-pdf.js';

/* What the compiler learns of each evidence file before laying the PDF out, and reading
 * an exhibit's bytes from the store. */

/** Largest PDF (certificate, document) whose pages are copied in; larger ones stay in the ZIP. */
const MAX_COPIED_PDF_BYTES = 25 * 1024 * 1024;
/** Largest PNG decoded in memory when it cannot be streamed (interlaced). */
const MAX_DECODED_PNG_BYTES = 30 * 1024 * 1024;

/** The stored bytes of an exhibit no longer match the hash taken when it was uploaded. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(readonly evidenceId: string) {
    super(`evidence ${evidenceId} does not match its recorded hash`);
  }
}

/** The exhibit's object is gone from the store. */
export class EvidenceMissingError extends Error {
  override readonly name = 'EvidenceMissingError';
  constructor(readonly evidenceId: string) {
    super(`evidence ${evidenceId} is not in the store`);
  }
}

export async function* streamOf(store: BlobStore, e: DossierEvidence): AsyncGenerator<Uint8Array> {
  const body = await store.stream(e.storageKey as string);
  if (!body) throw new EvidenceMissingError(e.evidenceId);
  // Leaving the loop early returns the iterator, which closes the underlying stream.
  for await (const chunk of body) yield chunk;
}

/** Size, hash and how to reproduce one exhibit, reading as little as needed. */
/** Hashes an evidence file (unless its hash is known), reads a small PDF whole and plans its image. */
export async function prepareEvidence(
  store: BlobStore,
  e: DossierEvidence,
  locale: 'fr' | 'en',
): Promise<EvidenceFacts> {
  const zipName = zipNameOf(e, locale);
  let { sha256, size } = e;
  let pdf: Uint8Array | undefined;
  const type = e.contentType ?? '';
  const reproducible = e.kind !== 'video' && e.kind !== 'link';
  if (reproducible && type === 'application/pdf' && (size ?? 0) <= MAX_COPIED_PDF_BYTES) {
    pdf = await readAll(streamOf(store, e));
    size = pdf.length;
    sha256 = sha256Hex(pdf);
    if (e.sha256 && e.sha256 !== sha256) throw new IntegrityError(e.evidenceId);
  }
  if (sha256 === undefined || size === undefined) {
    const hash = createHash('sha256');
    size = 0;
    for await (const chunk of streamOf(store, e)) {
      hash.update(chunk);
      size += chunk.length;
    }
    sha256 = hash.digest('hex');
  }
  let image: ImagePlan | undefined;
  if (reproducible && (type === 'image/png' || type === 'image/jpeg')) {
    image = await planImage(store, e, type, size).catch(() => undefined);
  }
  return { sha256, size, zipName, image, pdf };
}

async function planImage(
  store: BlobStore,
  e: DossierEvidence,
  type: string,
  size: number,
): Promise<ImagePlan | undefined> {
  if (type === 'image/jpeg') {
    const header = await readJpegHeader(streamOf(store, e));
    return header.width > 0 && header.height > 0 ? { format: 'jpeg', header } : undefined;
  }
  const header = await readPngHeader(streamOf(store, e));
  if (pngPassesThrough(header)) return { format: 'png', header, mode: 'passthrough' };
  if (pngFlattens(header)) return { format: 'png', header, mode: 'flatten' };
  if (size <= MAX_DECODED_PNG_BYTES)
    return { format: 'png-decode', width: header.width, height: header.height };
  return undefined;
}

export async function readAll(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
