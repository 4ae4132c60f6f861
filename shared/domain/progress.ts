import * as z from 'zod';
import type { CaseState } from './fold.js';
import { followUpLetters, MAX_FOLLOW_UP_ROUNDS } from './follow-up.js';
import type { StepId } from './steps.js';

/**
 * Where an execution of the workflow can start (`resumeAt` in its input): each human
 * step, each compilation and each closing mail. Derived from the event log, so a case
 * resumes exactly where it stopped.
 */
export const ResumePoint = z.enum([
  'collect-evidence',
  'medical-certificate',
  'compile-dossier',
  'file-complaint',
  'complaint-filed',
  'prosecutor-letter',
  'write-prosecutor',
  /** The wait before the follow-up question, started again in full. */
  'follow-up-wait',
  'follow-up',
  /** After an investigation or a hearing: the wait before the question is asked again. */
  'follow-up-again',
  'follow-up-letters',
  'case-closed',
]);
export type ResumePoint = z.infer<typeof ResumePoint>;

function open(state: CaseState, stepId: StepId): boolean {
  const { status } = state.steps[stepId];
  return status === 'pending' || status === 'awaiting';
}

/** The point the workflow should continue from, or `undefined` for a closed case. */
export function resumePoint(state: CaseState): ResumePoint | undefined {
  if (state.workflow.status === 'closed') return undefined;
  if (open(state, 'collect-evidence')) return 'collect-evidence';
  if (open(state, 'medical-certificate')) return 'medical-certificate';
  if (!state.dossiers.some((d) => d.purpose === 'complaint')) return 'compile-dossier';
  if (open(state, 'file-complaint') || !state.complaint) return 'file-complaint';
  if (state.complaint.outcome === 'filed') {
    if (!state.mails.some((m) => m.mail === 'complaint-filed')) return 'complaint-filed';
  } else {
    if (!state.dossiers.some((d) => d.purpose === 'prosecutor-letter')) return 'prosecutor-letter';
    if (open(state, 'write-prosecutor')) return 'write-prosecutor';
  }
  return afterComplaint(state);
}

/**
 * The follow-up: a step never reached waits first (a restarted wait is whole again); a
 * step that was asked and stalled is asked again at once.
 */
function afterComplaint(state: CaseState): ResumePoint {
  const followUp = state.steps['follow-up'].status;
  // Pending after an answer: the workflow had asked again (`follow-up-reopened`).
  if (followUp === 'pending') return state.followUp ? 'follow-up' : 'follow-up-wait';
  if (followUp === 'awaiting') return 'follow-up';
  const answer = state.followUp?.answer;
  const roundsLeft = (state.followUp?.round ?? 0) < MAX_FOLLOW_UP_ROUNDS;
  if ((answer === 'investigation' || answer === 'hearing') && roundsLeft) return 'follow-up-again';
  const lettersDue = followUpLetters(state.followUp).length > 0;
  if (lettersDue && !state.dossiers.some((d) => d.purpose === 'civil-party'))
    return 'follow-up-letters';
  return 'case-closed';
}
