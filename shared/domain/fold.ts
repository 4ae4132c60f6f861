import type { CaseEvent } from './events.js';
import { applyEvidence, type EvidenceState, emptyEvidence } from './evidence-fold.js';
import type { HarassmentKind } from './harassment-kinds.js';
import type { Locale } from './locale.js';
import { STEP_IDS, type StepId, type StepStatus } from './steps.js';

export interface StepState {
  readonly status: StepStatus;
  readonly updatedAt?: string;
}

export type WorkflowStatus = 'starting' | 'running' | 'start-failed' | 'stalled';

export interface MailRecord {
  readonly mail: string;
  readonly at: string;
  readonly failed?: string;
}

/** Everything the event log says about a case, secrets included: never sent as is. */
export interface CaseState {
  readonly caseId: string;
  readonly openedAt: string;
  readonly lastEventAt: string;
  /** Id of the last event folded in. */
  readonly watermark: string;
  readonly locale: Locale;
  readonly email: string;
  readonly displayName?: string;
  readonly summary?: string;
  readonly harassmentKinds: readonly HarassmentKind[];
  readonly accessTokenHash: string;
  readonly steps: Readonly<Record<StepId, StepState>>;
  /** Task tokens of the steps the workflow waits on. */
  readonly awaiting: Readonly<Partial<Record<StepId, { taskToken: string; since: string }>>>;
  readonly workflow: { readonly status: WorkflowStatus; readonly executionId?: string };
  readonly mails: readonly MailRecord[];
  /** Uploads issued, evidence items, rejected uploads and facts. */
  readonly evidence: EvidenceState;
}

function initialSteps(): Record<StepId, StepState> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, { status: 'pending' }])) as Record<
    StepId,
    StepState
  >;
}

/**
 * The case as its events tell it. Pure: same events, same state. Events are applied in
 * id (ULID) order; a log without `case-opened` is not a case.
 */
export function fold(events: readonly CaseEvent[]): CaseState | undefined {
  const ordered = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let state: CaseState | undefined;
  for (const event of ordered) state = apply(state, event);
  return state;
}

/** Applies one event; `fold` is this reduced over the log. */
export function apply(state: CaseState | undefined, event: CaseEvent): CaseState | undefined {
  if (event.type === 'case-opened') {
    if (state) return touch(state, event); // a second case-opened changes nothing
    return {
      caseId: event.caseId,
      openedAt: event.at,
      lastEventAt: event.at,
      watermark: event.id,
      locale: event.locale,
      email: event.email,
      displayName: event.displayName,
      summary: event.summary,
      harassmentKinds: event.harassmentKinds,
      accessTokenHash: event.accessTokenHash,
      steps: initialSteps(),
      awaiting: {},
      workflow: { status: 'starting' },
      mails: [],
      evidence: emptyEvidence(),
    };
  }
  if (!state) return undefined;
  const next = touch(state, event);
  switch (event.type) {
    case 'workflow-started':
      return { ...next, workflow: { status: 'running', executionId: event.executionId } };
    case 'workflow-start-failed':
      return { ...next, workflow: { status: 'start-failed' } };
    case 'case-stalled':
      return { ...next, workflow: { ...next.workflow, status: 'stalled' } };
    case 'step-awaiting': {
      const step = next.steps[event.stepId];
      if (step.status === 'done' || step.status === 'skipped') return next;
      return {
        ...next,
        steps: { ...next.steps, [event.stepId]: { status: 'awaiting', updatedAt: event.at } },
        awaiting: {
          ...next.awaiting,
          [event.stepId]: { taskToken: event.taskToken, since: event.at },
        },
      };
    }
    case 'step-updated': {
      const { [event.stepId]: _done, ...stillAwaiting } = next.awaiting;
      return {
        ...next,
        steps: { ...next.steps, [event.stepId]: { status: event.status, updatedAt: event.at } },
        awaiting: stillAwaiting,
      };
    }
    case 'mail-sent':
      return { ...next, mails: [...next.mails, { mail: event.mail, at: event.at }] };
    case 'mail-failed':
      return {
        ...next,
        mails: [...next.mails, { mail: event.mail, at: event.at, failed: event.reason }],
      };
    case 'upload-requested':
    case 'evidence-uploaded':
    case 'evidence-rejected':
    case 'link-added':
    case 'fact-recorded':
      return { ...next, evidence: applyEvidence(next.evidence, event) };
  }
}

function touch(state: CaseState, event: CaseEvent): CaseState {
  return { ...state, lastEventAt: event.at, watermark: event.id };
}
