import * as z from 'zod';
import { HarassmentKind } from '../../shared/domain/harassment-kinds.js';
import { Locale } from '../../shared/domain/locale.js';
import { OtherOffence } from '../../shared/domain/offences.js';
import { PlatformAnswer, PlatformFollowUp } from '../../shared/domain/platform-answers.js';
import { DayOrInstant, Id, Instant } from './answer-parts.js';

/** A report to a platform as `GET /cases/{id}` shows it, with the platform's answer. */
export const ReportAnswer = z.object({
  reportId: Id.optional(),
  site: z.string(),
  reportedAt: DayOrInstant,
  reference: z.string().optional(),
  recordedAt: Instant,
  addedBy: Id.optional().meta({ description: 'The trusted helper who recorded the report' }),
  answer: z
    .object({
      answer: PlatformAnswer,
      answeredAt: DayOrInstant.optional(),
      reference: z.string().optional(),
      reason: z.string().optional(),
      followUps: z.array(PlatformFollowUp).optional(),
      recordedAt: Instant,
    })
    .optional(),
  remindedAt: Instant.optional().meta({
    description: 'When the mail asking for the platform’s answer went out',
  }),
});

/** `PUT …/reports/{reportId}/answer`. */
export const PlatformAnswerAnswer = z.object({
  reportId: Id,
  answer: PlatformAnswer,
  answeredAt: DayOrInstant.optional(),
  reference: z.string().optional(),
  reason: z.string().optional(),
  followUps: z.array(PlatformFollowUp).optional(),
});

/** `GET …/reports/{reportId}/notice`: the DSA art. 16 notice, its elements and its text. */
export const NoticeAnswer = z.object({
  reportId: Id.optional(),
  site: z.string(),
  platform: z
    .object({
      id: z.string(),
      name: z.string(),
      language: Locale.optional(),
      adviceForum: z.literal(true).optional(),
    })
    .optional(),
  locale: Locale.meta({ description: 'The platform’s language when known, else the victim’s' }),
  kinds: z.array(HarassmentKind),
  offences: z.array(OtherOffence),
  facts: z.array(
    z.object({
      occurredAt: DayOrInstant,
      description: z.string(),
      authorPseudonym: z.string().optional(),
      url: z.string().optional(),
    }),
  ),
  urls: z.array(z.string()).meta({ description: 'Art. 16(2)(b): the exact addresses' }),
  notifier: z.object({ name: z.string().optional(), email: z.string() }),
  evidence: z.array(
    z.object({ number: z.number().int(), name: z.string(), sha256: z.string().optional() }),
  ),
  text: z
    .object({ fr: z.string(), en: z.string() })
    .meta({ description: 'The notice to paste into the platform’s form, in each language' }),
});
