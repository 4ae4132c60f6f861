import * as z from 'zod';

/** The steps of the advice page, in the order a victim meets them. */
export const STEP_IDS = [
  'stop-contact',
  'report-content',
  'lock-accounts',
  'collect-evidence',
  'seek-support',
  'medical-certificate',
  'file-complaint',
  'write-prosecutor',
  /** After the complaint: what came of it (see `follow-up.ts`). */
  'follow-up',
] as const;

export const StepId = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;

export const StepStatus = z.enum(['pending', 'awaiting', 'done', 'skipped', 'not-applicable']);
export type StepStatus = z.infer<typeof StepStatus>;

/** Steps a victim may skip: the page presents them as advice, not as conditions. */
export const SKIPPABLE_STEPS: ReadonlySet<StepId> = new Set([
  'seek-support',
  'medical-certificate',
]);
