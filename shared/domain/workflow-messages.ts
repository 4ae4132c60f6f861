import * as z from 'zod';
import { DossierPurpose } from './dossier-events.js';
import { MailKind } from './events.js';
import { DEFAULT_FOLLOW_UP_WAIT_SECONDS, FollowUpAnswer } from './follow-up.js';
import { CaseId } from './ids.js';
import { ResumePoint } from './progress.js';
import { StepId } from './steps.js';

/** Human steps the workflow waits on, in order; the others are tracked without a wait. */
export const AWAITED_STEPS = [
  'collect-evidence',
  'medical-certificate',
  'file-complaint',
  'write-prosecutor',
  'follow-up',
] as const satisfies readonly StepId[];

/** A Standard execution lives at most a year; leave a margin for the tasks. */
const MAX_EXECUTION_SECONDS = 360 * 24 * 3600;

/**
 * Reminder timing, carried by the execution input so the same definition runs with
 * days-long waits on AWS and seconds-long waits locally.
 */
export const WorkflowTiming = z
  .object({
    /** How long a human step waits before a reminder is sent. */
    stepTimeoutSeconds: z.number().int().min(1),
    /** Reminders per step before the case is marked stalled. */
    maxReminders: z.number().int().min(0).max(100),
    /**
     * How long after the complaint (filed, or the letter sent) the follow-up question
     * comes; absent, the definition's default (`CaseWorkflowOptions.followUpWait`).
     */
    followUpWaitSeconds: z
      .number()
      .int()
      .min(1)
      .max(200 * 24 * 3600)
      .optional(),
    /**
     * Only locally: seconds that stand in for the waits before and after a hearing, which
     * otherwise run to the dates the victim gave.
     */
    hearingWaitSeconds: z.number().int().min(1).max(3600).optional(),
  })
  // Every wait is bounded, so an execution ends (closed or stalled) before the service's
  // one-year limit; a stalled case continues in a new execution when resumed.
  .refine(
    (t) =>
      AWAITED_STEPS.length * (t.maxReminders + 1) * t.stepTimeoutSeconds +
        (t.followUpWaitSeconds ?? DEFAULT_FOLLOW_UP_WAIT_SECONDS) <
      MAX_EXECUTION_SECONDS,
    'waits must fit in one execution: lower stepTimeoutSeconds or maxReminders',
  );
export type WorkflowTiming = z.infer<typeof WorkflowTiming>;

/** Input of an execution of the case workflow. Ids and settings only: no personal data. */
export const WorkflowInput = z.object({
  caseId: CaseId,
  timing: WorkflowTiming,
  /** Start here instead of the welcome mail (a resumed case). */
  resumeAt: ResumePoint.optional(),
});
export type WorkflowInput = z.infer<typeof WorkflowInput>;

/** Mails the workflow's notify task sends (the retention warning and the platform answer reminder are the sweep's). */
export const WorkflowMailKind = MailKind.exclude([
  'retention-warning',
  'platform-answer-reminder',
  'countdown',
]);

/** Payload of the notify task. */
export const NotifyTask = z.object({
  caseId: CaseId,
  mail: WorkflowMailKind,
  /** The step the workflow waits on (reminders). */
  stepId: StepId.optional(),
  reminderNumber: z.number().int().positive().optional(),
  maxReminders: z.number().int().min(0).optional(),
  /** What sending this mail means for the case: the end of reminders, or its closing. */
  marks: z.enum(['stalled', 'closed', 'follow-up-reopened']).optional(),
});
export type NotifyTask = z.infer<typeof NotifyTask>;

/** Payload of the await-step task (`.waitForTaskToken`). */
export const AwaitStepTask = z.object({
  caseId: CaseId,
  stepId: StepId,
  taskToken: z.string().min(1),
});
export type AwaitStepTask = z.infer<typeof AwaitStepTask>;

/** What a human step's task returns to the workflow when the victim completes it. */
export const StepCompletion = z.object({
  stepId: StepId,
  status: z.enum(['done', 'skipped']),
  /** For `file-complaint`: the workflow branches on it. */
  outcome: z.enum(['filed', 'refused']).optional(),
  /** For `follow-up`: the workflow branches on it. */
  answer: FollowUpAnswer.optional(),
  /** For `follow-up`: which answer this is (`MAX_FOLLOW_UP_ROUNDS` ends the asking). */
  round: z.number().int().positive().optional(),
  /** For a hearing: when the reminder goes, and when the workflow asks again (ISO 8601). */
  reminderAt: z.string().optional(),
  afterAt: z.string().optional(),
});

/** Payload of the compile-dossier task. */
export const CompileDossierTask = z.object({
  caseId: CaseId,
  purpose: DossierPurpose,
  /** Set by `POST …/dossier`, which claims the version and records it queued; else the
   * task claims the next free one. */
  version: z.number().int().positive().optional(),
});
export type CompileDossierTask = z.infer<typeof CompileDossierTask>;
export type StepCompletion = z.infer<typeof StepCompletion>;
