import { z } from 'zod';
import { MailKind } from './events.js';
import { CaseId } from './ids.js';
import { StepId } from './steps.js';

/**
 * Reminder timing, carried by the execution input so the same definition runs with
 * days-long waits on AWS and seconds-long waits locally.
 */
export const WorkflowTiming = z.object({
  /** How long a human step waits before a reminder is sent. */
  stepTimeoutSeconds: z.number().int().min(1),
  /** Reminders per step before the case is marked stalled. */
  maxReminders: z.number().int().min(0).max(100),
});
export type WorkflowTiming = z.infer<typeof WorkflowTiming>;

/** Input of an execution of the case workflow. Ids and settings only: no personal data. */
export const WorkflowInput = z.object({
  caseId: CaseId,
  timing: WorkflowTiming,
});
export type WorkflowInput = z.infer<typeof WorkflowInput>;

/** Payload of the notify task. */
export const NotifyTask = z.object({
  caseId: CaseId,
  mail: MailKind,
  /** The step the workflow waits on (reminders). */
  stepId: StepId.optional(),
  reminderNumber: z.number().int().positive().optional(),
  maxReminders: z.number().int().min(0).optional(),
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
});
export type StepCompletion = z.infer<typeof StepCompletion>;
