import * as z from 'zod';
import { actorField } from './actor.js';
import { DayOrTimeField } from './day-or-time.js';
import { DossierPurpose } from './dossier-events.js';
import { eventEnvelope } from './event-envelope.js';

/** A report the victim made to a site (`report-content`); one per site. */
export const PlatformReportRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('platform-report-recorded'),
  site: z.string(),
  /** A day when the victim gave no time, else an instant (UTC). */
  reportedAt: DayOrTimeField,
  reference: z.string().optional(),
  /** A trusted helper recorded it (she may report the content to the sites). */
  ...actorField,
});

/** How the police or gendarmerie answered (`file-complaint`). */
export const ComplaintOutcomeRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('complaint-outcome-recorded'),
  outcome: z.enum(['filed', 'refused']),
  /** Receipt (récépissé) number when filed. */
  reference: z.string().optional(),
  policeStation: z.string().optional(),
  filedAt: DayOrTimeField.optional(),
});

/** The victim sent the letter to the Procureur de la République (`write-prosecutor`). */
export const ProsecutorLetterSent = z.object({
  ...eventEnvelope,
  type: z.literal('prosecutor-letter-sent'),
  /** A day when the victim gave no time. */
  sentAt: DayOrTimeField.optional(),
  /** Registered-letter tracking number. */
  trackingNumber: z.string().optional(),
});

/** A dossier was compiled. `purpose` tells the complaint dossier from the letter to the Procureur. */
export const DossierCompiled = z.object({
  ...eventEnvelope,
  type: z.literal('dossier-compiled'),
  version: z.number().int().positive(),
  purpose: DossierPurpose,
  files: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().int().min(0) })),
});

export const CaseClosed = z.object({
  ...eventEnvelope,
  type: z.literal('case-closed'),
});
