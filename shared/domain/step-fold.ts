import { helperIdOf } from './actor.js';
import type { CaseState, ComplaintOutcome, StepState } from './case-state.js';
import type { CaseEvent } from './events.js';
import { STEP_IDS, type StepId, type StepStatus } from './steps.js';

/** The events that move a step of the advice page, folded here for `fold.ts`. */
export type StepEvent = Extract<
  CaseEvent,
  {
    type:
      | 'step-awaiting'
      | 'step-updated'
      | 'complaint-outcome-recorded'
      | 'prosecutor-letter-sent';
  }
>;

export function initialSteps(): Record<StepId, StepState> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, { status: 'pending' }])) as Record<
    StepId,
    StepState
  >;
}

/** Sets a step's status (and the helper who marked it, if one did); a finished step no longer waits. */
export function withStep(
  state: CaseState,
  stepId: StepId,
  status: StepStatus,
  at: string,
  completedBy?: string,
): CaseState {
  const { [stepId]: _finished, ...stillAwaiting } = state.awaiting;
  const step: StepState = { status, updatedAt: at, ...(completedBy ? { completedBy } : {}) };
  return {
    ...state,
    steps: { ...state.steps, [stepId]: step },
    awaiting: stillAwaiting,
  };
}

export function applyStepEvent(state: CaseState, event: StepEvent): CaseState {
  switch (event.type) {
    case 'step-awaiting': {
      const step = state.steps[event.stepId];
      if (step.status === 'done' || step.status === 'skipped') return state;
      return {
        ...state,
        steps: { ...state.steps, [event.stepId]: { status: 'awaiting', updatedAt: event.at } },
        awaiting: {
          ...state.awaiting,
          [event.stepId]: { taskToken: event.taskToken, since: event.at },
        },
      };
    }
    case 'step-updated':
      return withStep(state, event.stepId, event.status, event.at, helperIdOf(event));
    case 'complaint-outcome-recorded': {
      const complaint: ComplaintOutcome = {
        outcome: event.outcome,
        reference: event.reference,
        policeStation: event.policeStation,
        filedAt: event.filedAt,
        recordedAt: event.at,
      };
      const filed = withStep({ ...state, complaint }, 'file-complaint', 'done', event.at);
      // The letter to the Procureur is only for a refused complaint.
      return event.outcome === 'filed'
        ? withStep(filed, 'write-prosecutor', 'not-applicable', event.at)
        : filed;
    }
    case 'prosecutor-letter-sent':
      return withStep(
        {
          ...state,
          prosecutorLetter: {
            sentAt: event.sentAt,
            trackingNumber: event.trackingNumber,
            recordedAt: event.at,
          },
        },
        'write-prosecutor',
        'done',
        event.at,
      );
  }
}
