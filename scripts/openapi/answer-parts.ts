import * as z from 'zod';
import { Civility } from '../../shared/domain/identity.js';

/**
 * The pieces several answers share (ids, instants, the case's details), so `answers.ts`
 * and `case-view-answer.ts` describe them once.
 */

export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);
export const Instant = z.iso.datetime({ offset: true });
/** A day (`YYYY-MM-DD`) when the victim gave no time, else an instant. */
export const DayOrInstant = z.union([z.iso.date(), Instant]);
export const orNull = <S extends z.ZodType>(schema: S) => schema.nullable();

export const WorkflowStatusSchema = z.enum([
  'starting',
  'running',
  'start-failed',
  'stalled',
  'closed',
]);
export { DossierPurpose } from '../../shared/domain/dossier-events.js';
export const DossierFile = z.object({
  name: z.string(),
  sha256: z.string(),
  size: z.number().int(),
});

export const Identity = z.object({
  civility: Civility.optional(),
  fullName: z.string().optional(),
  dateOfBirth: z.iso.date().optional(),
  placeOfBirth: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
});

export const Harm = z.object({
  sleep: z.string().optional(),
  eating: z.string().optional(),
  fears: z.string().optional(),
  goingOut: z.string().optional(),
  socialLife: z.string().optional(),
  medication: z.string().optional(),
  other: z.string().optional(),
  ittDays: z.number().int().optional(),
  certificateDate: z.iso.date().optional(),
  doctor: z.string().optional(),
  estimate: z.string().optional(),
});

export const Letter = z.object({
  tribunal: z.string().optional(),
  place: z.string().optional(),
  civilParty: z.boolean().optional(),
});

export const Author = z.object({
  name: z.string().optional(),
  pseudonyms: z.array(z.string()),
  profileUrls: z.array(z.string()),
  details: z.string().optional(),
});
