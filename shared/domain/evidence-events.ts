import * as z from 'zod';
import { actorField } from './actor.js';
import { DayOrTimeField } from './day-or-time.js';
import { eventEnvelope } from './event-envelope.js';
import { EvidenceId, EvidenceKind, UploadKind } from './evidence.js';

const details = {
  /** Given by the victim: a day when she gave no time, else an instant (UTC). */
  capturedAt: DayOrTimeField.optional(),
  platform: z.string().optional(),
  authorPseudonym: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
};

/** Why an uploaded object was refused; each code has a text for the victim in `i18n/evidence.ts`. */
export const RejectionReason = z.enum([
  'not-issued',
  'expired',
  'empty',
  'too-large',
  'size-mismatch',
  'type-mismatch',
  'polyglot',
  'active-content',
  'content-type-mismatch',
  'already-uploaded',
]);
export type RejectionReason = z.infer<typeof RejectionReason>;

/** An upload form was issued: only keys recorded here are ever accepted. */
export const UploadRequested = z.object({
  ...eventEnvelope,
  type: z.literal('upload-requested'),
  evidenceId: EvidenceId,
  kind: UploadKind,
  /** The cleaned original name: data only, never part of a key. */
  fileName: z.string(),
  /** As declared by the browser. */
  contentType: z.string(),
  /**
   * As declared by the browser. Absent for a web page's form (an HTML form cannot tell the
   * size before posting): ingestion then only holds the file to the kind's limit.
   */
  size: z.number().int().positive().optional(),
  expiresAt: z.iso.datetime(),
  ...details,
  ...actorField,
});

/** An uploaded file passed every check; its hash is the chain of custody's anchor. */
export const EvidenceUploaded = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-uploaded'),
  evidenceId: EvidenceId,
  kind: UploadKind,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  /** As sniffed from the bytes. */
  contentType: z.string(),
  fileName: z.string(),
  /** When storage received the object (the S3 event time). */
  uploadedAt: z.iso.datetime(),
  /** The object version hashed, on a versioned bucket. */
  versionId: z.string().optional(),
});

/** An uploaded object was refused and deleted. */
export const EvidenceRejected = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-rejected'),
  /** Absent when the key held no valid evidence id. */
  evidenceId: EvidenceId.optional(),
  reason: RejectionReason,
  size: z.number().int().min(0).optional(),
  sha256: z.string().optional(),
  /** What the bytes really were (`text/html`), when a type check failed. */
  detectedType: z.string().optional(),
});

/** A link to a page, kept as an evidence item of kind `link`. */
export const LinkAdded = z.object({
  ...eventEnvelope,
  type: z.literal('link-added'),
  evidenceId: EvidenceId,
  url: z.string(),
  capturedAt: details.capturedAt,
  platform: details.platform,
  authorPseudonym: details.authorPseudonym,
  description: details.description,
  ...actorField,
});

/** Something that happened, dated by the victim, with the evidence that shows it. */
export const FactRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('fact-recorded'),
  factId: EvidenceId,
  /** A day when the victim gave no time, else an instant (UTC). */
  occurredAt: DayOrTimeField,
  description: z.string(),
  platform: z.string().optional(),
  authorPseudonym: z.string().optional(),
  url: z.string().optional(),
  evidenceIds: z.array(EvidenceId),
  /** Published for anyone to read; the press offences' limit runs from its publication. */
  public: z.boolean().optional(),
  publishedAt: DayOrTimeField.optional(),
  exposesPersonalData: z.boolean().optional(),
  ...actorField,
});

/**
 * The victim put an item's details right: they replace the ones given before (a field left
 * out is cleared). A link keeps a `url`.
 */
export const EvidenceDescribed = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-described'),
  evidenceId: EvidenceId,
  ...details,
});

/**
 * The victim withdrew an item given by mistake. Its file was deleted (every version) before
 * this was written; the log keeps that it existed, when it went, and the hash of its bytes,
 * so the custody record stays honest without keeping the content.
 */
export const EvidenceWithdrawn = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-withdrawn'),
  evidenceId: EvidenceId,
  kind: EvidenceKind,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  size: z.number().int().positive().optional(),
});

/** The victim put a fact right: this version replaces the one recorded before. */
export const FactEdited = FactRecorded.extend({ type: z.literal('fact-edited') });

/** The victim withdrew a fact recorded by mistake. */
export const FactWithdrawn = z.object({
  ...eventEnvelope,
  type: z.literal('fact-withdrawn'),
  factId: EvidenceId,
});

export const EVIDENCE_EVENTS = [
  UploadRequested,
  EvidenceUploaded,
  EvidenceRejected,
  LinkAdded,
  FactRecorded,
  EvidenceDescribed,
  EvidenceWithdrawn,
  FactEdited,
  FactWithdrawn,
] as const;
export type EvidenceEvent = z.infer<(typeof EVIDENCE_EVENTS)[number]>;
export type EvidenceEventType = EvidenceEvent['type'];
