import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { DOSSIER_FILES, dossierKey } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import type { DossierPurpose, DossierStage } from '../domain/dossier-events.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import { type DossierProof, type ProofDeps, proveDossier } from '../usecases/prove-dossier.js';
import { archiveTexts, manifestOf, sha256SumsOf } from './archive.js';
import { attestationJson, attestationOriginals, attestationPaths } from './attestations.js';
import { deferred, hashing, write } from './byte-streams.js';
import { type DossierEvidence, DossierInput, type DossierInputDraft } from './dossier-input.js';
import {
  EvidenceMissingError,
  IntegrityError,
  prepareEvidence,
  readAll,
  sha256Hex,
  streamOf,
} from './evidence-facts.js';
import { annexManifest, investigatorAnnex } from './investigator-annex.js';
import { writePdf } from './pdf-stream-writer.js';
import { type EvidenceFacts, renderDossierPdf } from './render-pdf.js';
import { verifyInstructions, verifyInstructionsName } from './verify-texts.js';
import { type ZipEntryData, type ZipEntryOptions, ZipWriter } from './zip-writer.js';

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
  readonly purpose: DossierPurpose;
  readonly version: number;
}

export interface CompiledDossier {
  readonly version: number;
  readonly files: { name: string; sha256: string; size: number }[];
  readonly pages: number;
}

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
    const facts = new Map<string, EvidenceFacts>();
    for (const e of evidence.filter((e) => e.storageKey))
      facts.set(e.evidenceId, await prepareEvidence(deps.store, e, input.locale));
    // Witnesses' files are read, checked and archived as exhibits are, in their own folder.
    const witnessFiles = attestationOriginals(input.attestations, input.locale);
    for (const { evidence: e, zipName } of witnessFiles)
      facts.set(e.evidenceId, { ...(await prepareEvidence(deps.store, e, input.locale)), zipName });
    const files = [...evidence.filter((e) => e.storageKey), ...witnessFiles.map((w) => w.evidence)];

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
    const zipBody = new PassThrough();
    const pdfHash = hashing();
    const zipHash = hashing();
    const failures: unknown[] = [];
    const fail = (error: unknown) => {
      failures.push(error);
      for (const stream of [pdfBody, pdfInZip, zipBody]) stream.destroy(error as Error);
    };
    const uploads = Promise.all([
      deps.store.putStream(pdfKey, pdfBody, { contentType: 'application/pdf' }),
      deps.store.putStream(zipKey, zipBody, { contentType: 'application/zip' }),
    ]);
    uploads.catch(fail);
    const zip = new ZipWriter(async (chunk) => {
      if (failures.length) throw failures[0];
      zipHash.update(chunk);
      await write(zipBody, chunk);
    });

    // ZIP entries, in order, each read when the archive reaches it.
    const pdfResult = deferred<{ sha256: string; size: number }>();
    const sums: { path: string; sha256: string; size: number }[] = [];
    const originals = new Map<string, { path: string; sha256: string; size: number }>();
    const entries: {
      name: string;
      options?: ZipEntryOptions;
      data: () => ZipEntryData | Promise<ZipEntryData>;
    }[] = [{ name: 'dossier.pdf', options: { store: true }, data: () => pdfInZip }];
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
        name: f.zipName,
        options: {
          // Already-compressed media are stored; anything else is deflated.
          store: /^(image|video|audio)\/|^application\/(pdf|zip)/.test(e.contentType ?? ''),
          date: new Date(e.uploadedAt ?? input.compiledAt),
        },
        data: source,
      });
    }
    const textEntry = (name: string, make: () => Promise<string | Uint8Array>) => ({
      name,
      data: async () => {
        const body = Buffer.from(await make());
        if (name !== 'SHA256SUMS')
          sums.push({ path: name, sha256: sha256Hex(body), size: body.length });
        return body;
      },
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
              annexManifest(investigatorAnnex(input)),
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
      ...input.attestations.map((a, i) =>
        textEntry(attestationPaths(a, i + 1, input.locale).json, async () =>
          attestationJson(a, i + 1, input.locale),
        ),
      ),
      // The read-me, the full journal, the victim-only list of what is missing.
      ...archiveTexts(input, version).map(({ name, body }) => textEntry(name, async () => body)),
      // The investigators' annex: facts and evidence as CSV and JSON, a note per platform.
      ...investigatorAnnex(input).map(({ name, body }) => textEntry(name, async () => body)),
      textEntry('SHA256SUMS', async () =>
        sha256SumsOf([
          { path: 'dossier.pdf', ...(await pdfResult.promise) },
          ...[...originals.values()].sort((a, b) => a.path.localeCompare(b.path)),
          ...sums,
        ]),
      ),
    );
    const archiving = (async () => {
      for (const entry of entries) await zip.add(entry.name, await entry.data(), entry.options);
      await zip.finish();
      zipBody.end();
    })();
    archiving.catch(fail);

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
    await Promise.race([archiving, uploads]);
    await uploads;
    if (failures.length) throw failures[0];
    const zipFile = zipHash.result();

    const compiled: CompiledDossier = {
      version,
      pages: rendered.pageCount,
      files: [
        { name: 'dossier.pdf', ...pdf },
        { name: 'dossier.zip', ...zipFile },
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

export { EvidenceMissingError, IntegrityError };
