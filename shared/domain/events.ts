import * as z from 'zod';
import { actorField } from './actor.js';
import { ATTESTATION_EVENTS } from './attestation.js';
import { AuthorsRecorded } from './authors.js';
import { CountdownOf, CountdownsSet } from './countdowns.js';
import { DossierProgress } from './dossier-events.js';
import { eventEnvelope } from './event-envelope.js';
import { EVIDENCE_EVENTS } from './evidence-events.js';
import { FollowUpRecorded, FollowUpReopened } from './follow-up.js';
import { GUEST_ACCESS_EVENTS } from './guest-access.js';
import { HarassmentKind } from './harassment-kinds.js';
import { HarmRecorded } from './harm.js';
import { HELPER_EVENTS } from './helpers.js';
import { IdentityRecorded } from './identity.js';
import { LetterDetailsRecorded } from './letter.js';
import { Locale } from './locale.js';
import { MAIL_PREFERENCE_EVENTS } from './mail-preferences.js';
import { OffencesConfirmed } from './offences.js';
import { PLATFORM_ANSWER_EVENTS } from './platform-answers.js';
import { PROOF_EVENTS } from './proof-events.js';
import { SIGN_IN_EVENTS } from './sign-in-events.js';
import {
  CaseClosed,
  ComplaintOutcomeRecorded,
  DossierCompiled,
  PlatformReportRecorded,
  ProsecutorLetterSent,
} from './step-events.js';
import { StepId } from './steps.js';
import { WITNESS_EVENTS } from './witnesses.js';

/**
 * Mails the app sends; each has a template in `shared/mail/`. All but `retention-warning`
 * (sent by the daily retention sweep, before an inactive case is erased) come from the
 * workflow.
 */
export const MailKind = z.enum([
  'welcome',
  'reminder',
  'stalled',
  'dossier-ready',
  'complaint-filed',
  'prosecutor-letter',
  'case-closed',
  /** The follow-up letters (civil-party complaint, recours) are ready. */
  'follow-up-letters',
  /** The workflow asks again what came of the complaint (after an investigation or a hearing). */
  'follow-up-again',
  /** A week before the hearing date the victim gave. */
  'hearing-reminder',
  /** 30, 14 or 7 days before a public fact's three-month limit ends (`countdowns.ts`). */
  'countdown',
  'retention-warning',
  /** Sent by the daily sweep when a platform has not answered a report after some days. */
  'platform-answer-reminder',
  /** A sign-in link, sent when the owner asks for one (the welcome mail carries one too). */
  'sign-in',
]);
export type MailKind = z.infer<typeof MailKind>;

export const CaseOpened = z.object({
  ...eventEnvelope,
  type: z.literal('case-opened'),
  email: z.email(),
  locale: Locale,
  harassmentKinds: z.array(HarassmentKind),
  summary: z.string().optional(),
  displayName: z.string().optional(),
  /** SHA-256 (hex) of the access token: the token itself is never stored. */
  accessTokenHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const WorkflowStarted = z.object({
  ...eventEnvelope,
  type: z.literal('workflow-started'),
  executionId: z.string(),
  /** Where a resumed execution started; absent for the first one. */
  resumeAt: z.string().optional(),
});

export const WorkflowStartFailed = z.object({
  ...eventEnvelope,
  type: z.literal('workflow-start-failed'),
  reason: z.string(),
});

export const StepAwaiting = z.object({
  ...eventEnvelope,
  type: z.literal('step-awaiting'),
  stepId: StepId,
  /** Step Functions task token; only ever read back to complete the step. */
  taskToken: z.string().min(1),
});

export const StepUpdated = z.object({
  ...eventEnvelope,
  type: z.literal('step-updated'),
  stepId: StepId,
  status: z.enum(['done', 'skipped']),
  /** A trusted helper marked it (only the steps `helperMayComplete` allows). */
  ...actorField,
});

export const MailSent = z.object({
  ...eventEnvelope,
  type: z.literal('mail-sent'),
  mail: MailKind,
  messageId: z.string(),
  /** Steps the mail reminded the victim of (reminders only). */
  stepIds: z.array(StepId).optional(),
  reminderNumber: z.number().int().positive().optional(),
  /** Reports whose platform answer the mail asked for (`platform-answer-reminder`). */
  reportIds: z.array(z.string()).optional(),
  /** The public fact and threshold of a countdown mail. */
  countdown: CountdownOf.optional(),
});

export const MailFailed = z.object({
  ...eventEnvelope,
  type: z.literal('mail-failed'),
  mail: MailKind,
  reason: z.string(),
  /** Reports whose reminder was refused by the mail service: not tried again. */
  reportIds: z.array(z.string()).optional(),
  /** A countdown refused (or withheld) is not tried again either. */
  countdown: CountdownOf.optional(),
});

/** Who stopped a case's mails: whoever read one of them, or the case's holder. */
export const MailsStoppedBy = z.enum(['recipient', 'holder']);
export type MailsStoppedBy = z.infer<typeof MailsStoppedBy>;

/**
 * No more mail about this case goes to its address: asked from a link in any of its mails
 * (whoever reads that mailbox, perhaps someone who never opened the case) or by the
 * case's holder from its page.
 */
export const MailsStopped = z.object({
  ...eventEnvelope,
  type: z.literal('mails-stopped'),
  by: MailsStoppedBy,
});

/** The case's holder turned its mails back on. */
export const MailsResumed = z.object({
  ...eventEnvelope,
  type: z.literal('mails-resumed'),
});

/** Why a mail was not sent when its address asked for no more mail. */
export const MAILS_STOPPED_REASON = 'mails-stopped';

export const CaseStalled = z.object({
  ...eventEnvelope,
  type: z.literal('case-stalled'),
  stepId: StepId,
});

export const CaseEvent = z.discriminatedUnion('type', [
  CaseOpened,
  WorkflowStarted,
  WorkflowStartFailed,
  StepAwaiting,
  StepUpdated,
  MailSent,
  MailFailed,
  MailsStopped,
  MailsResumed,
  CaseStalled,
  PlatformReportRecorded,
  ComplaintOutcomeRecorded,
  ProsecutorLetterSent,
  FollowUpRecorded,
  FollowUpReopened,
  CountdownsSet,
  DossierCompiled,
  DossierProgress,
  CaseClosed,
  IdentityRecorded,
  HarmRecorded,
  LetterDetailsRecorded,
  AuthorsRecorded,
  OffencesConfirmed,
  ...EVIDENCE_EVENTS,
  ...SIGN_IN_EVENTS,
  ...WITNESS_EVENTS,
  ...GUEST_ACCESS_EVENTS,
  ...HELPER_EVENTS,
  ...ATTESTATION_EVENTS,
  ...MAIL_PREFERENCE_EVENTS,
  ...PROOF_EVENTS,
  ...PLATFORM_ANSWER_EVENTS,
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];

/** An event as a use case writes it: the log assigns `id` and `at`. */
export type NewCaseEvent = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;
