import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';

/**
 * Who the victim is, as they chose to enter it: what a complaint and a letter to the
 * Procureur ask for. Every field is optional; the dossier leaves a line to fill in by
 * hand for what is missing.
 */
export interface VictimIdentity {
  /** How the letter addresses and agrees with the victim ("Je soussignée"); absent, it stays neutral. */
  readonly civility?: Civility;
  /** Civil name as on an identity document. */
  readonly fullName?: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth?: string;
  readonly placeOfBirth?: string;
  /** Postal address, one or several lines. */
  readonly address?: string;
  readonly phone?: string;
}

/** `madame` or `monsieur`: French letters agree with it (soussignée, née). */
export const Civility = z.enum(['madame', 'monsieur']);
export type Civility = z.infer<typeof Civility>;

const IDENTITY_LIMITS = { fullName: 200, placeOfBirth: 200, address: 500 } as const;

const words = (max: number) =>
  z.string().trim().min(1).max(max, `must be at most ${max} characters`);

/**
 * Body of `PUT /api/v1/cases/{id}/identity`: the whole identity, which replaces the one
 * recorded before (a field left out is forgotten).
 */
export function identityRequestSchema(now: () => number = Date.now) {
  return z
    .object({
      civility: Civility.optional(),
      fullName: words(IDENTITY_LIMITS.fullName).optional(),
      dateOfBirth: z.iso
        .date({ error: 'must be a date, YYYY-MM-DD', abort: true })
        .refine((date) => date >= '1900-01-01', 'must be after 1900')
        .refine((date) => Date.parse(date) <= now(), 'must not be in the future')
        .optional(),
      placeOfBirth: words(IDENTITY_LIMITS.placeOfBirth).optional(),
      address: words(IDENTITY_LIMITS.address).optional(),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ().-]{4,28}[0-9]$/, 'must be a phone number, e.g. +33 6 12 34 56 78')
        .optional(),
    })
    .strict();
}
export type IdentityRequest = z.output<ReturnType<typeof identityRequestSchema>>;

/** The victim entered (or changed, or cleared) their identity: it replaces the last one. */
export const IdentityRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('identity-recorded'),
  civility: Civility.optional(),
  fullName: z.string().optional(),
  dateOfBirth: z.iso.date().optional(),
  placeOfBirth: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
});
export type IdentityRecorded = z.infer<typeof IdentityRecorded>;
