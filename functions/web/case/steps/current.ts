import type { CaseView } from '../../../../shared/domain/case-view.js';
import type { CaseState } from '../../../../shared/domain/fold.js';
import { STEP_IDS, type StepId } from '../../../../shared/domain/steps.js';

const OPEN = new Set(['pending', 'awaiting']);

/** A step still to do (reached or not). */
export function isToDo(status: string): boolean {
  return OPEN.has(status);
}

type StepsView = {
  readonly steps: readonly { readonly id: StepId; readonly status: string }[];
  readonly complaint: CaseView['complaint'];
};

/** The follow-up is asked once the complaint is filed or the letter to the Procureur sent. */
export function followUpOpen(view: StepsView): boolean {
  return (
    view.complaint?.outcome === 'filed' ||
    view.steps.some((s) => s.id === 'write-prosecutor' && s.status === 'done')
  );
}

/**
 * The step to do now: the first open one (the Procureur's only after a refused complaint,
 * the follow-up once the complaint is filed or the letter sent).
 */
export function currentStep(view: StepsView): StepId | undefined {
  return view.steps.find(
    (s) =>
      isToDo(s.status) &&
      (s.id !== 'write-prosecutor' || view.complaint?.outcome === 'refused') &&
      (s.id !== 'follow-up' || followUpOpen(view)),
  )?.id;
}

/** The same, from the folded state (a form's handler, before it writes). */
export function currentStepOf(state: CaseState): StepId | undefined {
  const steps = STEP_IDS.map((id) => ({ id, status: state.steps[id].status }));
  return currentStep({ steps, complaint: state.complaint ?? null });
}
