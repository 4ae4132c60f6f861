import * as z from 'zod';
import { HarassmentKind } from '../domain/harassment-kinds.js';
import { CaseId } from '../domain/ids.js';
import { Locale } from '../domain/locale.js';

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.string().trim().min(1);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex');

/**
 * The victim as they entered themselves. Every field is optional except the email the
 * case was opened with: the dossier prints what is there and leaves a blank line to fill
 * in by hand for what is not (a letter to the Procureur needs a name and an address).
 */
export const DossierIdentity = z.object({
  /** The name the victim chose to be called in the service (`case-opened`). */
  displayName: text.optional(),
  /** Civil name as on an identity document, e.g. "Zoé Ñandú". */
  fullName: text.optional(),
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth: z.iso.date().optional(),
  /** Place of birth, as entered. */
  placeOfBirth: text.optional(),
  /** Postal address, one or several lines. */
  address: text.optional(),
  phone: text.optional(),
  /** The case's email: always known. */
  email: z.email(),
});
export type DossierIdentity = z.infer<typeof DossierIdentity>;

/** A dated act of harassment, as the victim recorded it. */
export const DossierFact = z.object({
  /** When it happened (or was published). */
  occurredAt: isoDateTime,
  description: text,
  /** Site, network or place, e.g. "jeuxvideo.com, forum Blabla 18-25". */
  platform: text.optional(),
  /** The author's pseudonym on that platform. */
  authorPseudonym: text.optional(),
  /** The page where it happened. */
  url: z.url().optional(),
  /** Evidence items (`evidenceId`) that show this fact. */
  evidenceIds: z.array(z.string()).default([]),
});
export type DossierFact = z.infer<typeof DossierFact>;

export const EVIDENCE_KINDS = [
  'screenshot',
  'video',
  'document',
  'medical-certificate',
  'link',
] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** One item of evidence: an uploaded file (with `storageKey`) or a link. */
export const DossierEvidence = z.object({
  evidenceId: z.string().min(1),
  /** The exhibit number (pièce n°), 1-based, unique; the index and the ZIP use it. */
  number: z.number().int().positive(),
  kind: EvidenceKind,
  /** The file name as uploaded (shown, and used for the name in the ZIP). */
  fileName: text.optional(),
  /** Declared and checked at ingestion, e.g. `image/png`, `application/pdf`. */
  contentType: z.string().optional(),
  /** Size in bytes measured at ingestion; recomputed when absent. */
  size: z.number().int().min(0).optional(),
  /** SHA-256 computed at ingestion; the compiler checks the bytes still match it. */
  sha256: sha256Hex.optional(),
  /** When the capture was taken (or the link saved). */
  capturedAt: isoDateTime,
  /** When the file reached the service. */
  uploadedAt: isoDateTime.optional(),
  platform: text.optional(),
  /** The page the capture shows, or the link itself for `kind: 'link'`. */
  url: z.url().optional(),
  authorPseudonym: text.optional(),
  /** The victim's caption. */
  description: text.optional(),
  /** Where the original bytes are in the blob store; absent for links. */
  storageKey: z.string().min(1).optional(),
});
export type DossierEvidence = z.infer<typeof DossierEvidence>;

/** A report made to a site (`report-content`). */
export const DossierReport = z.object({
  site: text,
  reportedAt: isoDateTime,
  /** The site's ticket or reference, if it gave one. */
  reference: text.optional(),
});

/** What the police or gendarmerie answered (`file-complaint`). */
export const DossierComplaint = z.object({
  outcome: z.enum(['filed', 'refused']),
  /** Receipt (récépissé) number when filed. */
  reference: text.optional(),
  policeStation: text.optional(),
  /** When the victim went to file it. */
  filedAt: isoDateTime.optional(),
});

/**
 * The harm, in the words of the medical certificate: the advice page asks the doctor to
 * describe the daily-life impact point by point. Free text each; `ittDays` is the
 * incapacité totale de travail in days, if the doctor set one.
 */
export const DossierHarm = z.object({
  sleep: text.optional(),
  eating: text.optional(),
  fears: text.optional(),
  goingOut: text.optional(),
  socialLife: text.optional(),
  medication: text.optional(),
  ittDays: z.number().int().min(0).optional(),
  /** Anything else the victim or the doctor describes. */
  other: text.optional(),
  /** When the certificate was written. */
  certificateDate: z.iso.date().optional(),
  /** The doctor's name, as on the certificate. */
  doctor: text.optional(),
});
export type DossierHarm = z.infer<typeof DossierHarm>;

/** Someone who saw the harassment and may testify. */
export const DossierWitness = z.object({
  name: text,
  contact: text.optional(),
  /** What they saw. */
  statement: text.optional(),
});

/** A presumed author: a name if known, otherwise pseudonyms and profiles ("contre X"). */
export const DossierSuspect = z.object({
  /** Civil name when known; without one the complaint is against X. */
  name: text.optional(),
  pseudonyms: z.array(text).default([]),
  profileUrls: z.array(z.url()).default([]),
  /** Relationship to the victim, other details. */
  details: text.optional(),
});

/** One line of the chain-of-custody log: an event of the case's append-only log. */
export const DossierCustodyEntry = z.object({
  at: isoDateTime,
  /** The event's type, e.g. `evidence-uploaded`. */
  eventType: z.string().min(1),
  /** What happened, with ids and hashes; never a token. */
  description: z.string(),
});

/** A time limit, from `deadlines()` in `shared/domain/deadlines.ts`. */
export const DossierDeadline = z.object({
  id: z.enum(['public-insult-defamation', 'harassment']),
  from: z.string().nullable(),
  dueBy: z.string().nullable(),
  dueByIfDiscriminatory: z.string().nullable().optional(),
  urgent: z.boolean(),
});

/** Where the letter to the Procureur goes. */
export const DossierProsecutor = z.object({
  /** Town of the tribunal judiciaire (the one of the victim's home or of the acts). */
  tribunal: text.optional(),
  /** Postal address of the tribunal, if known. */
  address: text.optional(),
});

/**
 * Everything the compiler needs to make the PDF and the ZIP of one dossier, and nothing
 * it has to look up: the caller maps the case (its fold and its events) onto this.
 */
export const DossierInput = z.object({
  caseId: CaseId,
  /** Language of the whole PDF and of the names in the ZIP. */
  locale: Locale,
  /** The complaint dossier for the police, or the letter to the Procureur (after a refusal). */
  purpose: z.enum(['complaint', 'prosecutor-letter']),
  /** When this compilation was asked for; printed on the cover and in the metadata. */
  compiledAt: isoDateTime,
  identity: DossierIdentity,
  harassmentKinds: z.array(HarassmentKind).default([]),
  /** The victim's own account, as entered when opening the case. */
  summary: text.optional(),
  facts: z.array(DossierFact).default([]),
  evidence: z.array(DossierEvidence).default([]),
  reports: z.array(DossierReport).default([]),
  complaint: DossierComplaint.optional(),
  harm: DossierHarm.optional(),
  witnesses: z.array(DossierWitness).default([]),
  suspects: z.array(DossierSuspect).default([]),
  prosecutor: DossierProsecutor.optional(),
  /** Every event of the case log, oldest first. */
  custody: z.array(DossierCustodyEntry).default([]),
  deadlines: z.array(DossierDeadline).default([]),
});
export type DossierInput = z.infer<typeof DossierInput>;
/** What a caller writes (defaults not yet applied). */
export type DossierInputDraft = z.input<typeof DossierInput>;
