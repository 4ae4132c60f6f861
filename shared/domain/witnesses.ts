import * as z from 'zod';
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
  const added: Witness = {
    witnessId,
    name,
    ...(contact && { contact }),
    ...(statement && { statement }),
  };
  return [...witnesses.filter((w) => w.witnessId !== witnessId), added];
}
