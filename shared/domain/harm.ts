import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';

/**
 * What the harassment does to the victim's life, as their medical certificate says it:
 * the advice page asks the doctor to describe it point by point, and any ITT (incapacité
 * totale de travail). Printed in the letter of the next dossier.
 */
export interface Harm {
  readonly sleep?: string;
  readonly eating?: string;
  readonly fears?: string;
  readonly goingOut?: string;
  readonly socialLife?: string;
  readonly medication?: string;
  readonly other?: string;
  /** Days of ITT, if the doctor set some. */
  readonly ittDays?: number;
  /** `YYYY-MM-DD`. */
  readonly certificateDate?: string;
  /** The doctor's name, as on the certificate. */
  readonly doctor?: string;
  /**
   * The victim's own estimate of the harm (préjudice), provisional or final, in words and
   * amounts: service-public F1435 lists it among what a complaint to the Procureur states.
   */
  readonly estimate?: string;
}

/** The points of the certificate, in the order the advice page lists them. */
export const HARM_POINTS = [
  'sleep',
  'eating',
  'fears',
  'goingOut',
  'socialLife',
  'medication',
  'other',
] as const;

const point = z.string().trim().min(1).max(2000, 'must be at most 2000 characters').optional();

/**
 * Body of `PUT /api/v1/cases/{id}/harm`: the whole description, which replaces the one
 * recorded before (a field left out is forgotten).
 */
export function harmRequestSchema(now: () => number = Date.now) {
  return z
    .object({
      sleep: point,
      eating: point,
      fears: point,
      goingOut: point,
      socialLife: point,
      medication: point,
      other: point,
      ittDays: z.number().int('must be a whole number of days').min(0).max(365).optional(),
      certificateDate: z.iso
        .date({ error: 'must be a date, YYYY-MM-DD', abort: true })
        .refine((date) => date >= '1990-01-01', 'must be after 1990')
        .refine((date) => Date.parse(date) <= now(), 'must not be in the future')
        .optional(),
      doctor: z.string().trim().min(1).max(200, 'must be at most 200 characters').optional(),
      estimate: point,
    })
    .strict();
}
export type HarmRequest = z.output<ReturnType<typeof harmRequestSchema>>;

const recorded = z.string().optional();

/** The victim described (or changed, or cleared) the harm: it replaces the last one. */
export const HarmRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('harm-recorded'),
  sleep: recorded,
  eating: recorded,
  fears: recorded,
  goingOut: recorded,
  socialLife: recorded,
  medication: recorded,
  other: recorded,
  ittDays: z.number().int().min(0).optional(),
  certificateDate: z.iso.date().optional(),
  doctor: recorded,
  estimate: recorded,
});
export type HarmRecorded = z.infer<typeof HarmRecorded>;
