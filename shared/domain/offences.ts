import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import type { FactState } from './evidence-fold.js';
import type { HarassmentKind } from './harassment-kinds.js';

/**
 * Offences beside online harassment (Code pénal art. 222-33-2-2, always in the complaint)
 * that the facts may also make out. The dossier names each with its article and penalty
 * (`shared/dossier/offences-texts.ts`); the victim confirms which apply.
 */
export const OTHER_OFFENCES = [
  /** Code pénal art. 222-17 and 222-18. */
  'threats',
  /** Loi du 29 juillet 1881, art. 29 (al. 2) and 33. */
  'public-insult',
  /** Loi du 29 juillet 1881, art. 29 (al. 1) and 32. */
  'public-defamation',
  /** Code pénal art. 226-4-1. */
  'identity-theft',
  /** Code pénal art. 223-1-1. */
  'personal-data-exposure',
  /** Code pénal art. 226-1 and 226-2-1. */
  'private-images',
  /** Code pénal art. 313-1. */
  'fraud',
] as const;
export const OtherOffence = z.enum(OTHER_OFFENCES);
export type OtherOffence = z.infer<typeof OtherOffence>;

/** What each form of harassment of the advice page points to. */
const SUGGESTED_BY_KIND: Readonly<Record<HarassmentKind, readonly OtherOffence[]>> = {
  rumours: ['public-defamation'],
  'threats-insults': ['threats', 'public-insult'],
  'message-flooding': [],
  'humiliating-media': ['private-images'],
  'fake-profile': ['identity-theft'],
  'orders-in-my-name': ['identity-theft', 'fraud'],
};

/** The offences the kinds and the facts point to, in the catalogue's order. */
export function suggestedOffences(
  kinds: readonly HarassmentKind[],
  facts: readonly Pick<FactState, 'exposesPersonalData'>[],
): OtherOffence[] {
  const suggested = new Set(kinds.flatMap((kind) => SUGGESTED_BY_KIND[kind]));
  if (facts.some((fact) => fact.exposesPersonalData)) suggested.add('personal-data-exposure');
  return OTHER_OFFENCES.filter((offence) => suggested.has(offence));
}

/**
 * The offences the complaint names: those the victim confirmed, once she has; until then,
 * those the kinds and facts point to.
 */
export function offencesOf(state: {
  readonly harassmentKinds: readonly HarassmentKind[];
  readonly evidence: { readonly facts: readonly Pick<FactState, 'exposesPersonalData'>[] };
  readonly confirmedOffences?: readonly OtherOffence[];
}): OtherOffence[] {
  const chosen = state.confirmedOffences;
  if (chosen) return OTHER_OFFENCES.filter((offence) => chosen.includes(offence));
  return suggestedOffences(state.harassmentKinds, state.evidence.facts);
}

/** Body of `PUT /api/v1/cases/{id}/offences`: the checklist as the victim ticked it. */
export const OffencesRequest = z
  .object({
    offences: z
      .array(OtherOffence)
      .max(OTHER_OFFENCES.length)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an offence'),
  })
  .strict();
export type OffencesRequest = z.infer<typeof OffencesRequest>;

export const OffencesConfirmed = z.object({
  ...eventEnvelope,
  type: z.literal('offences-confirmed'),
  offences: z.array(OtherOffence),
});
export type OffencesConfirmed = z.infer<typeof OffencesConfirmed>;
