import { createHash } from 'node:crypto';
import { PassThrough, Readable, Transform } from 'node:stream';
import { ZipArchive } from 'archiver';
import { DOSSIER_FILES, dossierKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import type { DossierStage } from '../domain/dossier-events.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type DossierProof, type ProofDeps, proveDossier } from '../usecases/prove-dossier.js';
import { archiveTexts, manifestOf, sha256SumsOf, zipNameOf } from './archive.js';
import { type DossierEvidence, DossierInput, type DossierInputDraft } from './dossier-input.js';
import { readJpegHeader } from './jpeg.js';
import { writePdf } from './pdf-stream-writer.js';
import { pngFlattens, pngPassesThrough, readPngHeader } from './png.js';
import { type EvidenceFacts, type ImagePlan, renderDossierPdf } from './render-pdf.js';
import { verifyInstructions, verifyInstructionsName } from './verify-texts.js';

export interface WriteDossierVersionDeps {
  readonly store: BlobStore;
  readonly log: CaseLog;
  readonly logger: Logger;
  /** Signs and timestamps the manifest; without it the manifest is neither. */
  readonly proof?: ProofDeps;
}

/** A dossier version already claimed for the case (see `claimDossierVersion`). */
export interface ClaimedDossierVersion {
  readonly caseId: string;
  readonly purpose: 'complaint' | 'prosecutor-letter';
  readonly version: number;
}

export interface CompiledDossier {
  readonly version: number;
  readonly files: { name: string; sha256: string; size: number }[];
  readonly pages: number;
}

/** Largest PDF (certificate, document) whose pages are copied in; larger ones stay in the ZIP. */
const MAX_COPIED_PDF_BYTES = 25 * 1024 * 1024;
/** Largest PNG decoded in memory when it cannot be streamed (interlaced). */
const MAX_DECODED_PNG_BYTES = 30 * 1024 * 1024;

/**
 * Writes the files of a claimed dossier version from its input (the case already read and
 * mapped, see `compileCaseDossier`): `dossier.pdf` (letter, legal basis, chronology,
 * index, every exhibit reproduced, custody log) and `dossier.zip` (the PDF, the originals
 * byte for byte, `manifest.json`, `SHA256SUMS`), both streamed to the store, then records
 * `dossier-compiled`. Progress is recorded as `dossier-progress` events on the way.
 *
 * Memory stays flat as evidence grows: each original is read as a stream, twice (into
 * the PDF, into the ZIP); JPEGs go into the PDF as they are, PNGs as their compressed
 * data (alpha flattened row by row); the PDF is written object by object into both its
 * upload and the ZIP.
 */
export async function writeDossierVersion(
  deps: WriteDossierVersionDeps,
  task: ClaimedDossierVersion,
  draft: DossierInputDraft,
): Promise<CompiledDossier> {
  const input = DossierInput.parse(draft);
  const { caseId, version, purpose } = task;
  const started = Date.now();
  let lastProgress = -1;
  const progress = async (stage: DossierStage, value: number, force = false) => {
    if (!force && value - lastProgress < 0.1) return;
    lastProgress = value;
    await deps.log.append({
      type: 'dossier-progress',
      caseId,
      version,
      purpose,
      stage,
      progress: Math.round(value * 100) / 100,
    });
  };
  try {
    await progress('preparing', 0.02, true);
    const evidence = [...input.evidence].sort((a, b) => a.number - b.number);
    const files = evidence.filter((e) => e.storageKey);
    const facts = new Map<string, EvidenceFacts>();
    for (const e of files) facts.set(e.evidenceId, await prepare(deps.store, e, input.locale));

    // Signed and timestamped before the PDF is laid out: the PDF prints its hash.
    const proof: DossierProof | undefined = deps.proof
      ? await proveDossier({ store: deps.store, ...deps.proof }, input, version, facts)
      : undefined;

    await progress('rendering', 0.1, true);
    const open = (e: DossierEvidence) => streamOf(deps.store, e);
    const rendered = await renderDossierPdf(input, {
      facts,
      version,
      proof,
      open,
      load: async (e) => readAll(open(e)),
    });
    await rendered.doc.flush();

    await progress('writing', 0.15, true);
    const pdfKey = dossierKey(caseId, version, 'dossier.pdf');
    const zipKey = dossierKey(caseId, version, 'dossier.zip');
    const pdfBody = new PassThrough();
    const pdfInZip = new PassThrough();
    const pdfHash = hashing();
    const archive = new ZipArchive({ zlib: { level: 6 } });
    const zipHash = hashing();
    const failures: unknown[] = [];
    const fail = (error: unknown) => {
      failures.push(error);
      for (const stream of [pdfBody, pdfInZip, zipHash.stream]) stream.destroy(error as Error);
      archive.abort();
    };
    archive.on('error', fail);
    archive.on('warning', fail);
    archive.pipe(zipHash.stream);
    const uploads = Promise.all([
      deps.store.putStream(pdfKey, pdfBody, { contentType: 'application/pdf' }),
      deps.store.putStream(zipKey, zipHash.stream, { contentType: 'application/zip' }),
    ]);
    uploads.catch(fail);

    // ZIP entries, in order; each source is opened only when the archive reaches it.
    const pdfResult = deferred<{ sha256: string; size: number }>();
    const sums: { path: string; sha256: string; size: number }[] = [];
    const originals = new Map<string, { path: string; sha256: string; size: number }>();
    // Entries are appended one at a time, when the previous one is written: archiver
    // would otherwise start reading every source at once.
    const entries: {
      data: { name: string; store?: boolean; date?: Date };
      open: () => Readable;
    }[] = [{ data: { name: 'dossier.pdf', store: true }, open: () => pdfInZip }];
    let archived = 0;
    for (const e of files) {
      const f = facts.get(e.evidenceId) as EvidenceFacts;
      const source = async function* () {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of streamOf(deps.store, e)) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
        const sha256 = hash.digest('hex');
        // The bytes must be those hashed at upload, as the PDF states.
        if (sha256 !== f.sha256 || size !== f.size) throw new IntegrityError(e.evidenceId);
        originals.set(e.evidenceId, { path: f.zipName, sha256, size });
        archived++;
        await progress('archiving', 0.6 + (0.35 * archived) / files.length);
      };
      entries.push({
        data: {
          name: f.zipName,
          // Already-compressed media are stored; anything else is deflated.
          store: /^(image|video|audio)\/|^application\/(pdf|zip)/.test(e.contentType ?? ''),
          date: new Date(e.uploadedAt ?? input.compiledAt),
        },
        open: () => Readable.from(source()),
      });
    }
    const textEntry = (name: string, make: () => Promise<string | Uint8Array>) => ({
      data: { name },
      open: () =>
        Readable.from(
          (async function* () {
            const body = await make();
            if (name !== 'SHA256SUMS')
              sums.push({ path: name, sha256: sha256Hex(body), size: Buffer.byteLength(body) });
            yield Buffer.from(body);
          })(),
        ),
    });
    entries.push(
      textEntry('manifest.json', async () =>
        proof
          ? proof.manifest
          : manifestOf(
              input,
              version,
              { path: 'dossier.pdf', pages: rendered.pageCount, ...(await pdfResult.promise) },
              originals,
            ),
      ),
      ...(proof?.files ?? []).map((file) => textEntry(file.path, async () => file.bytes)),
      ...(proof
        ? [
            textEntry(verifyInstructionsName(input.locale), async () =>
              verifyInstructions(input.locale, proof),
            ),
          ]
        : []),
      // The read-me, the full journal, the victim-only list of what is missing.
      ...archiveTexts(input, version).map(({ name, body }) => textEntry(name, async () => body)),
      textEntry('SHA256SUMS', async () =>
        sha256SumsOf([
          { path: 'dossier.pdf', ...(await pdfResult.promise) },
          ...[...originals.values()].sort((a, b) => a.path.localeCompare(b.path)),
          ...sums,
        ]),
      ),
    );
    let next = 0;
    const finalized = deferred<void>();
    const appendNext = () => {
      const entry = entries[next++];
      if (entry) archive.append(entry.open().on('error', fail), entry.data);
      else archive.finalize().then(finalized.resolve, fail);
    };
    archive.on('entry', appendNext);
    appendNext();

    // The PDF, written once into its own upload and into the ZIP.
    const sink = async (chunk: Uint8Array) => {
      if (failures.length) throw failures[0];
      pdfHash.update(chunk);
      await Promise.all([write(pdfBody, chunk), write(pdfInZip, chunk)]);
    };
    const images = rendered.deferred.length;
    try {
      await writePdf(rendered.doc.context, rendered.deferred, sink, (index) =>
        progress('writing', 0.15 + (0.45 * (index + 1)) / Math.max(images, 1)),
      );
    } catch (error) {
      fail(error);
      throw error;
    }
    pdfBody.end();
    pdfInZip.end();
    const pdf = pdfHash.result();
    pdfResult.resolve(pdf);
    await Promise.race([finalized.promise, uploads]);
    await uploads;
    if (failures.length) throw failures[0];
    const zip = zipHash.result();

    const compiled: CompiledDossier = {
      version,
      pages: rendered.pageCount,
      files: [
        { name: 'dossier.pdf', ...pdf },
        { name: 'dossier.zip', ...zip },
      ],
    };
    await deps.log.append({
      type: 'dossier-compiled',
      caseId,
      version,
      purpose,
      files: compiled.files,
    });
    deps.logger.info('dossier compiled', {
      caseId,
      eventType: 'dossier-compiled',
      durationMs: Date.now() - started,
    });
    return compiled;
  } catch (error) {
    deps.logger.error('dossier compilation failed', { caseId, errorName: errorName(error) });
    await deps.log
      .append({
        type: 'dossier-progress',
        caseId,
        version,
        purpose,
        stage: 'failed',
        progress: Math.max(lastProgress, 0),
        errorName: errorName(error),
      })
      .catch(() => undefined);
    await deps.store
      .delete(DOSSIER_FILES.map((name) => dossierKey(caseId, version, name)))
      .catch(() => undefined);
    throw error;
  }
}

/** The stored bytes of an exhibit no longer match the hash taken when it was uploaded. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(readonly evidenceId: string) {
    super(`evidence ${evidenceId} does not match its recorded hash`);
  }
}

export class EvidenceMissingError extends Error {
  override readonly name = 'EvidenceMissingError';
  constructor(readonly evidenceId: string) {
    super(`evidence ${evidenceId} is not in the store`);
  }
}

async function* streamOf(store: BlobStore, e: DossierEvidence): AsyncGenerator<Uint8Array> {
  const body = await store.stream(e.storageKey as string);
  if (!body) throw new EvidenceMissingError(e.evidenceId);
  // Leaving the loop early returns the iterator, which closes the underlying stream.
  for await (const chunk of body) yield chunk;
}

/** Size, hash and how to reproduce one exhibit, reading as little as needed. */
async function prepare(
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

async function readAll(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A pass-through that hashes and counts what goes through it. */
function hashing() {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return {
    stream,
    update(chunk: Uint8Array) {
      hash.update(chunk);
      size += chunk.length;
    },
    result: () => ({ sha256: hash.digest('hex'), size }),
  };
}

function write(stream: PassThrough, chunk: Uint8Array): Promise<void> {
  if (stream.destroyed) return Promise.reject(new Error('stream closed'));
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('close', closed);
      error ? reject(error) : resolve();
    };
    const closed = () => done(new Error('stream closed'));
    stream.once('drain', done);
    stream.once('close', closed);
  });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
