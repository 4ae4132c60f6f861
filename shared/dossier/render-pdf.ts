import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { attestationSectionTitle, writeAttestations } from './attestation-section.js';
import { exhibitCaption } from './captions.js';
import { writeCustody } from './custody-section.js';
import type { DossierEvidence, DossierInput } from './dossier-input.js';
import { writeRecoursLetter } from './follow-up-letters.js';
import { FOLLOW_UP_LETTER_TEXT } from './follow-up-texts.js';
import { copyInertPages } from './inert-pages.js';
import { COLORS, CONTENT_WIDTH, MARGIN, Pen } from './layout.js';
import { writeLegal } from './legal-section.js';
import { numbersOf, writeLetter } from './letter.js';
import { finishDocument } from './pdf-finish.js';
import { embedFonts } from './pdf-fonts.js';
import { type ImagePlan, placeImage } from './pdf-images.js';
import type { DeferredStream } from './pdf-stream-writer.js';
import { writePlatformReports } from './platform-reports-section.js';
import { drawQr } from './qr-code.js';
import { type ProofSummary, writeProofInCustody, writeProofOnCover } from './render-proof.js';
import { DOSSIER_TEXTS } from './texts.js';
import { bothTimes, byteSize, calendarDate, dayOrTimes } from './time.js';

export type { ImagePlan } from './pdf-images.js';

/** What the compiler learned about an evidence file before laying the PDF out. */
export interface EvidenceFacts {
  readonly sha256: string;
  readonly size: number;
  /** Name of the original in the ZIP. */
  readonly zipName: string;
  readonly image?: ImagePlan;
  /** A PDF whose pages are copied into the dossier (certificate, document). */
  readonly pdf?: Uint8Array;
}

export interface RenderSources {
  readonly facts: ReadonlyMap<string, EvidenceFacts>;
  /** The original's bytes, read again when the image is written. */
  readonly open: (evidence: DossierEvidence) => AsyncIterable<Uint8Array>;
  /** Whole bytes of an image pdf-lib must decode (`png-decode`). */
  readonly load: (evidence: DossierEvidence) => Promise<Uint8Array>;
  readonly version: number;
  /** The signed manifest's figures, printed on the cover and the custody pages. */
  readonly proof?: ProofSummary;
}

export interface RenderedPdf {
  readonly doc: PDFDocument;
  /** Image streams written when the document is serialized. */
  readonly deferred: DeferredStream[];
  readonly pageCount: number;
}

/** Lays the whole dossier out; images are deferred, read only when written. */
export async function renderDossierPdf(
  input: DossierInput,
  sources: RenderSources,
): Promise<RenderedPdf> {
  const t = DOSSIER_TEXTS[input.locale];
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = await embedFonts(doc, input);
  const pen = new Pen(doc, fonts);
  // French typography is in the texts themselves (DOSSIER_TEXTS, set once): the victim's
  // own words (facts, descriptions, names, addresses) are evidence and print exactly as
  // typed, plain spaces included; the pen only keeps a mark off the start of a line.
  // A no-break space before the colon, in French.
  const colon = input.locale === 'fr' ? '\u202f: ' : ': ';
  const field = (label: string, value: string, style = {}) =>
    pen.text(`${label}${colon}${value}`, { after: 2, ...style });
  const deferred: DeferredStream[] = [];
  const sections: { title: string; page: number }[] = [];
  const section = (title: string) => {
    pen.newPage();
    sections.push({ title, page: doc.getPageCount() });
    pen.heading(title);
  };
  const evidence = [...input.evidence].sort((a, b) => a.number - b.number);
  const factsOf = (e: DossierEvidence) => sources.facts.get(e.evidenceId);
  const caption = (e: DossierEvidence) => exhibitCaption(e, t, input.locale);
  /** When the victim captured it (only if she said), and when it reached the service. */
  const times = (e: DossierEvidence): [string, string][] => [
    ...(e.capturedAt
      ? [[t.captured, dayOrTimes(e.capturedAt, input.locale)] as [string, string]]
      : []),
    ...(e.uploadedAt
      ? [
          [e.kind === 'link' ? t.linkSaved : t.uploaded, bothTimes(e.uploadedAt, input.locale)] as [
            string,
            string,
          ],
        ]
      : []),
  ];

  // Cover (the contents are drawn once every section has its page).
  const cover = pen.newPage();
  pen.space(40);
  pen.text(t.title[input.purpose], { size: 20, face: 'bold', after: 10 });
  pen.text(t.subtitle, { size: 10, color: COLORS.grey, after: 18 });
  field(t.caseReference, input.caseId, { size: 11 });
  field(t.version, String(sources.version), { size: 11 });
  field(t.compiledAt, bothTimes(input.compiledAt, input.locale), { size: 11, after: 16 });
  if (sources.proof) writeProofOnCover(pen, sources.proof, input.locale);
  pen.heading(t.identity, 2);
  const id = input.identity;
  const identityRows: [string, string | undefined][] = [
    [t.fields.civility, id.civility && t.civility[id.civility]],
    [t.fields.fullName, id.fullName],
    [t.fields.displayName, id.displayName],
    [t.fields.dateOfBirth, id.dateOfBirth && calendarDate(id.dateOfBirth, input.locale)],
    [t.fields.placeOfBirth, id.placeOfBirth],
    [t.fields.address, id.address],
    [t.fields.phone, id.phone],
    [t.fields.email, id.email],
  ];
  for (const [label, value] of identityRows) field(label, value ?? t.notGiven);
  pen.space(16);
  const contentsY = pen.y;

  // The letter; after a dismissal, the recours to the procureur général comes first.
  if (input.purpose === 'civil-party' && input.followUp?.answer === 'dismissed') {
    section(FOLLOW_UP_LETTER_TEXT[input.locale].recoursSection);
    writeRecoursLetter(pen, input, t);
  }
  section(t.sections.letter[input.purpose]);
  writeLetter(pen, input, t, evidence);

  // Legal basis and time limits.
  section(t.sections.legal);
  writeLegal(pen, input, t);

  // Chronology: a day the victim gave without a time prints without one.
  section(t.sections.chronology);
  const facts = [...input.facts].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
  if (!facts.length) pen.text(t.noneRecorded);
  for (const fact of facts) {
    pen.text(dayOrTimes(fact.occurredAt, input.locale), { face: 'bold', after: 1 });
    pen.text(fact.description, { indent: 12, after: 1 });
    if (fact.publishedAt)
      field(t.published, dayOrTimes(fact.publishedAt, input.locale), { indent: 12 });
    if (fact.platform) field(t.platform, fact.platform, { indent: 12 });
    if (fact.authorPseudonym) field(t.author, fact.authorPseudonym, { indent: 12 });
    if (fact.url) field(t.url, fact.url, { indent: 12 });
    if (fact.addedBy) field(t.source, t.helperSource(fact.addedBy), { indent: 12 });
    const exhibits = numbersOf(fact.evidenceIds, evidence);
    if (exhibits.length)
      pen.text(exhibits.map((n) => t.exhibit(n)).join(', '), { indent: 12, color: COLORS.grey });
    pen.space(6);
  }

  // Evidence index.
  section(t.sections.index);
  pen.text(t.indexIntro, { color: COLORS.grey, after: 8 });
  if (!evidence.length) pen.text(t.noneRecorded);
  for (const e of evidence) {
    const f = factsOf(e);
    pen.ensure(110);
    pen.text(caption(e), { face: 'bold', after: 1 });
    for (const [label, value] of times(e)) field(label, value, { indent: 12 });
    if (e.platform) field(t.platform, e.platform, { indent: 12 });
    if (e.authorPseudonym) field(t.author, e.authorPseudonym, { indent: 12 });
    if (e.url) field(t.url, e.url, { indent: 12 });
    if (e.description) field(t.description, e.description, { indent: 12 });
    if (e.addedBy) field(t.source, t.helperSource(e.addedBy), { indent: 12 });
    if (f) {
      field(t.file, f.zipName, { indent: 12 });
      field(t.size, byteSize(f.size, input.locale), { indent: 12 });
      pen.text(`${t.sha256}${colon}`, { indent: 12, after: 0 });
      pen.text(f.sha256, { indent: 12, face: 'mono', size: 8.5, after: 8 });
    } else pen.space(6);
  }

  // Screenshots, one per page.
  const screenshots = evidence.filter((e) => e.kind === 'screenshot');
  if (screenshots.length) {
    let first = true;
    for (const e of screenshots) {
      if (first) section(t.sections.screenshots);
      else pen.newPage();
      first = false;
      await reproduce(e);
    }
  }

  // Links, each with a QR code.
  const links = evidence.filter((e) => e.kind === 'link' && e.url);
  if (links.length) {
    section(t.sections.links);
    for (const e of links) {
      const qrSize = 84;
      pen.ensure(qrSize + 12);
      const top = pen.y;
      drawQr(pen.page, e.url as string, MARGIN.left, top, qrSize);
      const textLeft = qrSize + 14;
      pen.text(caption(e), { indent: textLeft, face: 'bold', after: 1 });
      pen.text(e.url as string, { indent: textLeft, size: 9, after: 1 });
      for (const [label, value] of times(e))
        pen.text(`${label}${colon}${value}`, { indent: textLeft, size: 9, after: 1 });
      if (e.platform) pen.text(`${t.platform}${colon}${e.platform}`, { indent: textLeft, size: 9 });
      pen.y = Math.min(pen.y, top - qrSize) - 14;
    }
  }

  // Medical certificate: PDF pages copied in, images placed.
  const certificates = evidence.filter((e) => e.kind === 'medical-certificate');
  if (certificates.length) {
    let first = true;
    for (const e of certificates) {
      if (first) section(t.sections.certificate);
      else pen.newPage();
      first = false;
      await reproduce(e);
    }
  }

  // Videos and other files.
  const others = evidence.filter((e) => e.kind === 'video' || e.kind === 'document');
  if (others.length) {
    section(t.sections.otherFiles);
    for (const e of others) {
      const f = factsOf(e);
      pen.ensure(80);
      pen.text(caption(e), { face: 'bold', after: 1 });
      for (const [label, value] of times(e)) field(label, value, { indent: 12 });
      if (e.url) field(t.url, e.url, { indent: 12 });
      if (f) {
        field(t.file, f.zipName, { indent: 12 });
        field(t.size, byteSize(f.size, input.locale), { indent: 12 });
        pen.text(`${t.sha256}${colon}${f.sha256}`, { indent: 12, face: 'mono', size: 8 });
      }
      pen.text(t.inZip, { indent: 12, color: COLORS.grey, after: 10 });
    }
    for (const e of others) {
      if (e.kind === 'document' && (factsOf(e)?.image || factsOf(e)?.pdf)) {
        pen.newPage();
        await reproduce(e);
      }
    }
  }

  // Witnesses' own attestations, in the CERFA's layout, each with its identity document.
  if (input.attestations.length) {
    section(attestationSectionTitle(input.locale));
    await writeAttestations(pen, input.attestations, input.locale, { doc, deferred, ...sources });
  }

  // Reports to platforms, their answers and what the victim did next.
  section(t.sections.reports);
  writePlatformReports(pen, input, t.noneRecorded);

  // Chain of custody.
  section(t.sections.custody);
  pen.text(t.custody.intro, { color: COLORS.grey, after: 8 });
  if (sources.proof) writeProofInCustody(pen, sources.proof, evidence, input.locale);
  if (!input.custody.length) pen.text(t.noneRecorded);
  writeCustody(pen, input, t);

  // Contents on the cover, then page numbers and metadata everywhere.
  pen.page = cover;
  pen.y = contentsY;
  const pages = finishDocument(doc, pen, sections, input, sources.version);
  return { doc, deferred, pageCount: pages.length };

  /** An exhibit's own page(s): the image scaled to fit, or the PDF's pages copied in. */
  async function reproduce(e: DossierEvidence): Promise<void> {
    const f = factsOf(e);
    pen.text(caption(e), { face: 'bold', size: 11, after: 2 });
    const meta = [
      ...times(e).map(([label, value]) => `${label}${colon}${value}`),
      e.platform && `${t.platform}${colon}${e.platform}`,
      e.url && `${t.url}${colon}${e.url}`,
      f && `${t.file}${colon}${f.zipName} (${byteSize(f.size, input.locale)})`,
    ].filter((line): line is string => Boolean(line));
    for (const line of meta) pen.text(line, { size: 8.5, after: 1 });
    if (f) pen.text(`${t.sha256}${colon}${f.sha256}`, { size: 8, face: 'mono', after: 6 });
    if (f?.image) {
      const box = {
        x: MARGIN.left,
        y: MARGIN.bottom,
        width: CONTENT_WIDTH,
        height: pen.y - MARGIN.bottom,
      };
      await placeImage(doc, deferred, pen.page, f.image, box, {
        open: () => sources.open(e),
        load: () => sources.load(e),
      });
      return;
    }
    if (f?.pdf) {
      const copied = await copyPdfPages(doc, f.pdf);
      if (copied) {
        for (const page of copied) doc.addPage(page);
        return;
      }
    }
    pen.text(t.notRendered, { color: COLORS.warn });
  }
}

async function copyPdfPages(doc: PDFDocument, bytes: Uint8Array) {
  try {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    return await copyInertPages(doc, source);
  } catch {
    return undefined;
  }
}
