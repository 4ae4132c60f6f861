import * as z from 'zod';
import {
  type AttestationEvent,
  type AttestationState,
  applyAttestation,
  emptyAttestation,
  markIncluded,
} from './attestation.js';
import { eventEnvelope } from './event-envelope.js';
import { ID_PATTERN } from './ids.js';

/** Someone who saw the harassment and may testify: named in the dossier's letter. */
export interface Witness {
  readonly witnessId: string;
  readonly name: string;
  /** How the police may reach them. */
  readonly contact?: string;
  /** What they saw, in a sentence or two. */
  readonly statement?: string;
  /** Their own attestation, when the victim sent them a link (see `attestation.ts`). */
  readonly attestation?: AttestationState;
}

/** A complaint rarely names more; the limit keeps a case's log small. */
export const MAX_WITNESSES_PER_CASE = 20;

export const WitnessId = z.string().regex(ID_PATTERN, 'must be a witness id (26 characters)');

/** Body of `POST /api/v1/cases/{id}/witnesses`. */
export const WitnessRequest = z
  .object({
    name: z.string().trim().min(1).max(200, 'must be at most 200 characters'),
    contact: z.string().trim().min(1).max(300, 'must be at most 300 characters').optional(),
    statement: z.string().trim().min(1).max(2000, 'must be at most 2000 characters').optional(),
  })
  .strict();
export type WitnessRequest = z.infer<typeof WitnessRequest>;

export const WitnessAdded = z.object({
  ...eventEnvelope,
  type: z.literal('witness-added'),
  witnessId: WitnessId,
  name: z.string(),
  contact: z.string().optional(),
  statement: z.string().optional(),
});

/** The victim took a witness off their case (a mistake, or someone who would rather not). */
export const WitnessRemoved = z.object({
  ...eventEnvelope,
  type: z.literal('witness-removed'),
  witnessId: WitnessId,
});

export const WITNESS_EVENTS = [WitnessAdded, WitnessRemoved] as const;
export type WitnessEvent = z.infer<(typeof WITNESS_EVENTS)[number]>;

/** Applies one witness event to the list, in the order they were added. */
export function applyWitness(witnesses: readonly Witness[], event: WitnessEvent): Witness[] {
  if (event.type === 'witness-removed')
    return witnesses.filter((w) => w.witnessId !== event.witnessId);
  const { witnessId, name, contact, statement } = event;
  const kept = witnesses.find((w) => w.witnessId === witnessId)?.attestation;
  const added: Witness = {
    witnessId,
    name,
    ...(contact && { contact }),
    ...(statement && { statement }),
    ...(kept && { attestation: kept }),
  };
  return [...witnesses.filter((w) => w.witnessId !== witnessId), added];
}

/** Applies one attestation event to the witness it names (a removed witness keeps none). */
export function applyWitnessAttestation(
  witnesses: readonly Witness[],
  event: AttestationEvent,
): readonly Witness[] {
  if (event.type === 'attestations-included') {
    const named = new Set(event.witnessIds);
    return witnesses.map((w) =>
      named.has(w.witnessId) && w.attestation
        ? { ...w, attestation: markIncluded(w.attestation, event.version) }
        : w,
    );
  }
  return witnesses.map((w) =>
    w.witnessId === event.witnessId
      ? { ...w, attestation: applyAttestation(w.attestation ?? emptyAttestation(), event) }
      : w,
  );
}

/** A witness added or removed, or their attestation's progress, in the case's witnesses. */
export function applyWitnessEvent(
  witnesses: readonly Witness[],
  event: WitnessEvent | AttestationEvent,
): readonly Witness[] {
  return event.type === 'witness-added' || event.type === 'witness-removed'
    ? applyWitness(witnesses, event)
    : applyWitnessAttestation(witnesses, event);
}

/**
 * Body of `POST /api/v1/cases/{id}/witnesses/{witnessId}/link`: where to mail the witness
 * their single-use link (used for that mail only, never kept) and in which language.
 */
export const WitnessLinkRequest = z
  .object({
    email: z.email('must be an email address').max(254, 'must be at most 254 characters'),
    locale: z.enum(['fr', 'en']),
  })
  .strict();
export type WitnessLinkRequest = z.infer<typeof WitnessLinkRequest>;
