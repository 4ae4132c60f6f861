import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';

/**
 * What the letter to the Procureur needs beyond the case: where it goes and where it is
 * signed, and whether the victim declares she will be a civil party. Service-public F1435
 * ("Porter plainte", par courrier): the letter goes to the Procureur de la République of
 * the tribunal judiciaire of the place of the offence or of the author's home, and may
 * hold the declaration of constitution de partie civile.
 */
export interface LetterDetails {
  /** Town of the tribunal judiciaire ("Lyon"). */
  readonly tribunal?: string;
  /** Town where the victim signs the letter ("Villeurbanne"). */
  readonly place?: string;
  /** She declares she means to be a civil party (se constituer partie civile). */
  readonly civilParty?: boolean;
}

const town = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[^\n\r]*$/, 'must be on one line');

/**
 * Body of `PUT /api/v1/cases/{id}/letter`: the whole record, which replaces the one before
 * (a field left out is forgotten).
 */
export const LetterRequest = z
  .object({
    tribunal: town.optional(),
    place: town.optional(),
    civilParty: z.boolean().optional(),
  })
  .strict();
export type LetterRequest = z.infer<typeof LetterRequest>;

/** The victim gave (or changed, or cleared) the letter's details: they replace the last ones. */
export const LetterDetailsRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('letter-details-recorded'),
  tribunal: z.string().optional(),
  place: z.string().optional(),
  civilParty: z.boolean().optional(),
});
export type LetterDetailsRecorded = z.infer<typeof LetterDetailsRecorded>;
