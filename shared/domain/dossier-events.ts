import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';

/**
 * What a dossier is for: the complaint (police), the letter to the Procureur (a refused
 * complaint), or the follow-up letters (civil-party complaint, and the recours after a
 * dismissal; see `follow-up.ts`).
 */
export const DossierPurpose = z.enum(['complaint', 'prosecutor-letter', 'civil-party']);
export type DossierPurpose = z.infer<typeof DossierPurpose>;

export const DOSSIER_STAGES = [
  /** Asked for (API); the compile function has not started yet. */
  'queued',
  /** Reading the evidence: sizes, hashes, image headers. */
  'preparing',
  /** Laying out the PDF pages. */
  'rendering',
  /** Writing the PDF (images streamed in) and the ZIP. */
  'writing',
  /** Adding the originals to the ZIP. */
  'archiving',
  'failed',
] as const;
export const DossierStage = z.enum(DOSSIER_STAGES);
export type DossierStage = z.infer<typeof DossierStage>;

/**
 * How far the compilation of dossier `version` has gone. A few per compilation; the
 * last one before `dossier-compiled` (or `failed`) tells `GET …/dossier` what runs.
 */
export const DossierProgress = z.object({
  ...eventEnvelope,
  type: z.literal('dossier-progress'),
  version: z.number().int().positive(),
  purpose: DossierPurpose,
  stage: DossierStage,
  /** 0 to 1. */
  progress: z.number().min(0).max(1),
  /** Why it failed: an error name, never a message (messages may carry personal data). */
  errorName: z.string().optional(),
});
