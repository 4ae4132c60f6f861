import * as z from 'zod';
import { DayOrTimeField } from '../domain/day-or-time.js';
import { DossierPurpose } from '../domain/dossier-events.js';
import { FollowUpAnswer } from '../domain/follow-up.js';
import { HarassmentKind } from '../domain/harassment-kinds.js';
import { Civility } from '../domain/identity.js';
import { CaseId } from '../domain/ids.js';
import { Locale } from '../domain/locale.js';
import { MISSING_ITEMS } from '../domain/missing.js';
import { OtherOffence } from '../domain/offences.js';
import { PlatformFollowUp } from '../domain/platform-answers.js';
import { DossierAttestation } from './attestations.js';

const isoDateTime = z.iso.datetime({ offset: true });
/** A day (`YYYY-MM-DD`) when the victim gave no time: printed without one. */
const dayOrTime = DayOrTimeField;
const text = z.string().trim().min(1);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex');

/**
 * The victim as they entered themselves. Every field is optional except the email the
 * case was opened with: the dossier prints what is there and leaves a blank line to fill
 * in by hand for what is not (a letter to the Procureur needs a name and an address).
 */
export const DossierIdentity = z.object({
  /** `madame` or `monsieur`: the letter agrees with it; absent, it stays neutral. */
  civility: Civility.optional(),
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
  /** When it happened: a day when the victim gave no time. */
  occurredAt: dayOrTime,
  description: text,
  /** Site, network or place, e.g. "jeuxvideo.com, forum Blabla 18-25". */
  platform: text.optional(),
  /** The author's pseudonym on that platform. */
  authorPseudonym: text.optional(),
  /** The page where it happened. */
  url: z.url().optional(),
  /** Evidence items (`evidenceId`) that show this fact. */
  evidenceIds: z.array(z.string()).default([]),
  /** The trusted helper who recorded it (the name the victim gave); absent when she did. */
  addedBy: text.optional(),
  /** When it was published for anyone to read; absent for a private message. */
  publishedAt: dayOrTime.optional(),
  /** It reveals who or where the victim is, to expose her (Code pénal art. 223-1-1). */
  exposesPersonalData: z.boolean().optional(),
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
  /** When the victim says she took the capture; absent when she did not say. */
  capturedAt: dayOrTime.optional(),
  /** When the file reached the service (or the link was saved). */
  uploadedAt: isoDateTime.optional(),
  platform: text.optional(),
  /** The page the capture shows, or the link itself for `kind: 'link'`. */
  url: z.url().optional(),
  authorPseudonym: text.optional(),
  /** The victim's caption. */
  description: text.optional(),
  /** The trusted helper who added it (the name the victim gave); absent when she did. */
  addedBy: text.optional(),
  /** Where the original bytes are in the blob store; absent for links. */
  storageKey: z.string().min(1).optional(),
});
export type DossierEvidence = z.infer<typeof DossierEvidence>;

/** A report made to a site (`report-content`). */
export const DossierReport = z.object({
  site: text,
  /** The trusted helper who recorded it (the name the victim gave); absent when she did. */
  addedBy: text.optional(),
  reportedAt: dayOrTime,
  /** The site's ticket or reference, if it gave one. */
  reference: text.optional(),
  /** What the platform did with the notice (DSA art. 16), as the victim recorded it. */
  answer: z
    .object({
      answer: z.enum(['removed', 'refused']),
      answeredAt: dayOrTime.optional(),
      /** The platform's decision or ticket reference. */
      reference: text.optional(),
      /** The reasons it gave, as the victim copied them. */
      reason: text.optional(),
      /** What the victim did next (DSA art. 20, 21, Arcom, the 3018). */
      followUps: z.array(PlatformFollowUp).default([]),
    })
    .optional(),
});

/** What the police or gendarmerie answered (`file-complaint`). */
export const DossierComplaint = z.object({
  outcome: z.enum(['filed', 'refused']),
  /** Receipt (récépissé) number when filed. */
  reference: text.optional(),
  policeStation: text.optional(),
  /** When the victim went to file it. */
  filedAt: dayOrTime.optional(),
});

/** The letter to the Procureur, when the victim sent it (`write-prosecutor`). */
export const DossierProsecutorLetter = z.object({
  sentAt: dayOrTime.optional(),
  trackingNumber: text.optional(),
});

/** What came of the complaint (`follow-up`): the civil-party and recours letters use it. */
export const DossierFollowUp = z.object({
  answer: FollowUpAnswer,
  dismissedAt: dayOrTime.optional(),
  prosecutionReference: text.optional(),
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
  /** The victim's own estimate of the harm (préjudice). */
  estimate: text.optional(),
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
  /** Sites and networks where the facts and evidence show this author. */
  platforms: z.array(text).default([]),
  /** Relationship to the victim, other details. */
  details: text.optional(),
});
export type DossierSuspect = z.infer<typeof DossierSuspect>;

/**
 * What a police officer reads of the case log: when each piece was received, its hash, who
 * added it, when it was described, withdrawn or replaced, when each dossier was compiled.
 * Printed in the reader's language; the full log is `journal.json` in the ZIP.
 */
export const CustodyAction = z.enum([
  'case-opened',
  'evidence-received',
  'link-saved',
  'evidence-described',
  'evidence-withdrawn',
  'evidence-replaced',
  'dossier-compiled',
  /** A step a trusted helper marked done (the victim's own steps are in journal.json). */
  'step-done',
]);
export type CustodyAction = z.infer<typeof CustodyAction>;
export const HelperStepDone = z.enum(['lock-accounts', 'collect-evidence']);
export type HelperStepDone = z.infer<typeof HelperStepDone>;

export const DossierCustodyEntry = z.object({
  at: isoDateTime,
  action: CustodyAction,
  /** The exhibit number (pièce n°) the entry is about. */
  exhibit: z.number().int().positive().optional(),
  kind: z.enum(['screenshot', 'video', 'document', 'medical-certificate', 'link']).optional(),
  sha256: sha256Hex.optional(),
  size: z.number().int().min(0).optional(),
  contentType: z.string().optional(),
  /** Who did it: the victim, or someone she let help her. */
  by: z.enum(['victim', 'helper']).default('victim'),
  /** For `by: 'helper'`: the display name the victim gave them. */
  helperName: z.string().optional(),
  /** For `step-done`. */
  step: HelperStepDone.optional(),
  /** For `dossier-compiled`. */
  version: z.number().int().positive().optional(),
  purpose: DossierPurpose.optional(),
  files: z.array(z.object({ name: z.string(), sha256: sha256Hex })).optional(),
});
export type DossierCustodyEntry = z.infer<typeof DossierCustodyEntry>;

/** A time limit, from `deadlines()` in `shared/domain/deadlines.ts`. */
export const DossierDeadline = z.object({
  id: z.enum(['public-insult-defamation', 'harassment']),
  from: z.string().nullable(),
  dueBy: z.string().nullable(),
  dueByIfDiscriminatory: z.string().nullable().optional(),
  urgent: z.boolean(),
  passed: z.boolean().default(false),
  publications: z
    .array(
      z.object({
        factId: z.string(),
        publishedAt: dayOrTime,
        dueBy: isoDateTime,
        dueByIfDiscriminatory: isoDateTime,
        passed: z.boolean(),
        passedIfDiscriminatory: z.boolean(),
      }),
    )
    .optional(),
});
export type DossierDeadline = z.infer<typeof DossierDeadline>;

/** Where the letter to the Procureur goes. */
export const DossierProsecutor = z.object({
  /** Town of the tribunal judiciaire (the one of the victim's home or of the acts). */
  tribunal: text.optional(),
  /** Postal address of the tribunal, if known. */
  address: text.optional(),
  /** Town where the victim signs the letter. */
  place: text.optional(),
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
  purpose: DossierPurpose,
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
  prosecutorLetter: DossierProsecutorLetter.optional(),
  followUp: DossierFollowUp.optional(),
  harm: DossierHarm.optional(),
  witnesses: z.array(DossierWitness).default([]),
  /** Witnesses' own attestations (art. 202 CPC), as sent, with their two files. */
  attestations: z.array(DossierAttestation).default([]),
  suspects: z.array(DossierSuspect).default([]),
  prosecutor: DossierProsecutor.optional(),
  /** She declares she means to be a civil party (se constituer partie civile). */
  civilParty: z.boolean().optional(),
  /** Offences named besides art. 222-33-2-2 (the victim's checklist, or what the kinds suggest). */
  offences: z.array(OtherOffence).default([]),
  /** What the complaint should state and does not: the victim-only page of the ZIP. */
  missing: z.array(z.enum(MISSING_ITEMS)).default([]),
  /** The custody record for the reader, oldest first. */
  custody: z.array(DossierCustodyEntry).default([]),
  /** The case log as stored, secrets taken out: `journal.json` in the ZIP. */
  journal: z.array(z.record(z.string(), z.unknown())).default([]),
  /**
   * Ids of the events that hold what the victim withdrew (a file's name, a link, a fact's
   * text): left out of the journal and of the ZIP's event log, whose manifest keeps only
   * their hashes.
   */
  withheldEvents: z.array(z.string()).default([]),
  deadlines: z.array(DossierDeadline).default([]),
});
export type DossierInput = z.infer<typeof DossierInput>;
/** What a caller writes (defaults not yet applied). */
export type DossierInputDraft = z.input<typeof DossierInput>;
