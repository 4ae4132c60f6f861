import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import { ID_PATTERN } from './ids.js';

/*
 * A witness's own attestation, as art. 202 of the Code de procédure civile asks:
 * « L'attestation contient la relation des faits auxquels son auteur a assisté ou qu'il a
 * personnellement constatés. Elle mentionne les nom, prénoms, date et lieu de naissance,
 * demeure et profession de son auteur ainsi que, s'il y a lieu, son lien de parenté ou
 * d'alliance avec les parties, de subordination à leur égard, de collaboration ou de
 * communauté d'intérêts avec elles. Elle indique en outre qu'elle est établie en vue de sa
 * production en justice et que son auteur a connaissance qu'une fausse attestation de sa
 * part l'expose à des sanctions pénales. L'attestation est écrite, datée et signée de la
 * main de son auteur. Celui-ci doit lui annexer, en original ou en photocopie, tout
 * document officiel justifiant de son identité et comportant sa signature. »
 * Source: Légifrance, Code de procédure civile, art. 202 (LEGITEXT000006070716, section
 * « Les attestations », version en vigueur au 16 avril 2024), checked 2026-12-01.
 * Its usual shape is the form CERFA n° 11527*03 (« Attestation de témoin »).
 */

/** The ties art. 202 asks a witness to state, with either party. */
export const RELATIONSHIP_KINDS = [
  'family', // parenté ou alliance
  'subordination',
  'collaboration',
  'common-interest', // communauté d'intérêts
] as const;
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

/** The two files of an attestation besides its text. */
export const WITNESS_FILE_ROLES = ['identity', 'signature'] as const;
export const WitnessFileRole = z.enum(WITNESS_FILE_ROLES);
export type WitnessFileRole = z.infer<typeof WitnessFileRole>;

const words = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const ATTESTATION_FACTS_MAX = 10_000;

/** What the witness types (the page's form): their identity, ties, the facts, the place. */
export function attestationRequestSchema(now: () => number = Date.now) {
  return z
    .object({
      lastName: words(100),
      firstNames: words(200),
      dateOfBirth: z.iso
        .date({ error: 'must be a date, YYYY-MM-DD', abort: true })
        .refine((date) => date >= '1900-01-01', 'must be after 1900')
        .refine((date) => Date.parse(date) <= now(), 'must not be in the future'),
      placeOfBirth: words(200),
      address: words(500),
      occupation: words(200),
      relationships: z.array(RelationshipKind).max(4).default([]),
      /** Which tie, with whom: required when a tie is ticked. */
      relationshipDetails: words(500).optional(),
      facts: words(ATTESTATION_FACTS_MAX),
      /** Where they sign (« Fait à »). */
      place: words(200),
      /** The statement art. 202 requires, ticked by the witness. */
      aware: z.literal(true, { error: 'must be ticked' }),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.relationships.length && !value.relationshipDetails)
        ctx.addIssue({
          code: 'custom',
          path: ['relationshipDetails'],
          message: 'is required when a tie is ticked',
        });
    });
}
export type AttestationRequest = z.output<ReturnType<typeof attestationRequestSchema>>;

const WitnessIdField = z.string().regex(ID_PATTERN);
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const statementFields = {
  lastName: z.string(),
  firstNames: z.string(),
  dateOfBirth: z.iso.date(),
  placeOfBirth: z.string(),
  address: z.string(),
  occupation: z.string(),
  relationships: z.array(RelationshipKind),
  relationshipDetails: z.string().optional(),
  facts: z.string(),
  place: z.string(),
};

/** The witness saved the text of their attestation (they may change it until they sign). */
export const WitnessStatementDrafted = z.object({
  ...eventEnvelope,
  type: z.literal('witness-statement-drafted'),
  witnessId: WitnessIdField,
  ...statementFields,
});

/** An upload form for one of the witness's files: the same pipeline as evidence. */
export const WitnessUploadRequested = z.object({
  ...eventEnvelope,
  type: z.literal('witness-upload-requested'),
  witnessId: WitnessIdField,
  fileId: WitnessIdField,
  role: WitnessFileRole,
  expiresAt: z.iso.datetime(),
});

/** The file passed the checks evidence passes (type sniffed, structure walked, size). */
export const WitnessFileReceived = z.object({
  ...eventEnvelope,
  type: z.literal('witness-file-received'),
  witnessId: WitnessIdField,
  fileId: WitnessIdField,
  role: WitnessFileRole,
  sha256: Sha256Hex,
  size: z.number().int().positive(),
  contentType: z.string(),
  receivedAt: z.iso.datetime(),
});

export const WitnessFileRejected = z.object({
  ...eventEnvelope,
  type: z.literal('witness-file-rejected'),
  witnessId: WitnessIdField,
  fileId: WitnessIdField,
  role: WitnessFileRole,
  /** One of evidence's rejection reasons (`too-large`, `type-not-allowed`, …). */
  reason: z.string(),
});

const FileRef = z.object({
  fileId: WitnessIdField,
  sha256: Sha256Hex,
  size: z.number().int().positive(),
  contentType: z.string(),
});
export type WitnessFileRef = z.infer<typeof FileRef>;

/**
 * The witness signed and sent it: the text and files as they stand, frozen. From now on
 * the victim reads it and nobody changes it; the witness may withdraw it until a dossier
 * includes it.
 */
export const WitnessAttestationSubmitted = z.object({
  ...eventEnvelope,
  type: z.literal('witness-attestation-submitted'),
  witnessId: WitnessIdField,
  ...statementFields,
  /** The day it is dated, in Paris (`YYYY-MM-DD`): the day it was sent. */
  signedOn: z.iso.date(),
  identityFile: FileRef,
  signatureFile: FileRef,
});

export const WitnessAttestationWithdrawn = z.object({
  ...eventEnvelope,
  type: z.literal('witness-attestation-withdrawn'),
  witnessId: WitnessIdField,
});

/** A dossier version was compiled with these attestations: they can no longer be withdrawn. */
export const AttestationsIncluded = z.object({
  ...eventEnvelope,
  type: z.literal('attestations-included'),
  version: z.number().int().positive(),
  witnessIds: z.array(WitnessIdField),
});

export const ATTESTATION_EVENTS = [
  WitnessStatementDrafted,
  WitnessUploadRequested,
  WitnessFileReceived,
  WitnessFileRejected,
  WitnessAttestationSubmitted,
  WitnessAttestationWithdrawn,
  AttestationsIncluded,
] as const;
export type AttestationEvent = z.infer<(typeof ATTESTATION_EVENTS)[number]>;

export type WitnessStatement = Omit<
  z.infer<typeof WitnessStatementDrafted>,
  'id' | 'caseId' | 'at' | 'type' | 'witnessId'
>;

export interface SubmittedAttestation extends WitnessStatement {
  readonly submittedAt: string;
  readonly signedOn: string;
  readonly identityFile: WitnessFileRef;
  readonly signatureFile: WitnessFileRef;
  /** The first dossier version that carries it. */
  readonly includedIn?: number;
}

/** Where a witness's attestation stands, as the witness and the victim see it. */
export interface AttestationState {
  readonly draft?: WitnessStatement;
  /** The latest file of each role that passed the checks. */
  readonly files: Partial<Record<WitnessFileRole, WitnessFileRef & { receivedAt: string }>>;
  /** The latest refusal of each role, cleared by a file received after it. */
  readonly rejected: Partial<Record<WitnessFileRole, string>>;
  /** Upload forms issued, by file id. */
  readonly uploads: Readonly<
    Record<string, { role: WitnessFileRole; expiresAt: string; requestedAt: string }>
  >;
  readonly submitted?: SubmittedAttestation;
  readonly withdrawnAt?: string;
}

export function emptyAttestation(): AttestationState {
  return { files: {}, rejected: {}, uploads: {} };
}

/** Upload forms kept per witness: a form is issued each time the page is drawn, reused while fresh. */
const KEPT_UPLOADS = 10;

function statementOf(event: z.infer<typeof WitnessStatementDrafted>): WitnessStatement {
  const { id: _i, caseId: _c, at: _a, type: _t, witnessId: _w, ...statement } = event;
  return statement;
}

export function applyAttestation(
  state: AttestationState,
  event: Exclude<AttestationEvent, { type: 'attestations-included' }>,
): AttestationState {
  switch (event.type) {
    case 'witness-statement-drafted':
      return state.submitted ? state : { ...state, draft: statementOf(event) };
    case 'witness-upload-requested': {
      const uploads = Object.entries({
        ...state.uploads,
        [event.fileId]: { role: event.role, expiresAt: event.expiresAt, requestedAt: event.at },
      }).slice(-KEPT_UPLOADS);
      return { ...state, uploads: Object.fromEntries(uploads) };
    }
    case 'witness-file-received': {
      if (state.submitted) return state;
      const { fileId, sha256, size, contentType, receivedAt, role } = event;
      const { [role]: _cleared, ...rejected } = state.rejected;
      return {
        ...state,
        files: { ...state.files, [role]: { fileId, sha256, size, contentType, receivedAt } },
        rejected,
      };
    }
    case 'witness-file-rejected':
      return { ...state, rejected: { ...state.rejected, [event.role]: event.reason } };
    case 'witness-attestation-submitted': {
      if (state.submitted) return state;
      const { id: _i, caseId: _c, at, type: _t, witnessId: _w, ...rest } = event;
      return { ...state, submitted: { ...rest, submittedAt: at }, withdrawnAt: undefined };
    }
    case 'witness-attestation-withdrawn':
      if (!state.submitted || state.submitted.includedIn) return state;
      // Withdrawn whole: the text, the files and the draft are no longer the case's.
      return { ...emptyAttestation(), withdrawnAt: event.at };
  }
}

/** Marks each named, submitted attestation as carried by a dossier version (the first one). */
export function markIncluded(state: AttestationState, version: number): AttestationState {
  if (!state.submitted || state.submitted.includedIn) return state;
  return { ...state, submitted: { ...state.submitted, includedIn: version } };
}
