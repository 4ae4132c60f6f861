import type { CaseLog } from '../case-log.js';
import type { HelperActor } from '../domain/actor.js';
import type { CaseEvent, NewCaseEvent } from '../domain/events.js';
import { type CaseState, fold, type WorkflowStatus } from '../domain/fold.js';
import { followUpCompletion } from '../domain/follow-up.js';
import { helperMayComplete } from '../domain/helpers.js';
import type { StepRequest } from '../domain/step-requests.js';
import type { StepId } from '../domain/steps.js';
import {
  AWAITED_STEPS,
  type StepCompletion,
  type WorkflowTiming,
} from '../domain/workflow-messages.js';
import { errorName, type Logger } from '../logger.js';
import type { Workflow } from '../ports/workflow.js';
import { resumeCase } from './resume-case.js';

export interface CompleteStepDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

export interface CompleteStepOptions {
  /**
   * Given when the victim does the step herself (the API, the pages): a stalled case then
   * resumes, with an execution of this timing. A certificate's ingestion gives none.
   */
  readonly resumeStalledWith?: WorkflowTiming;
  /**
   * A trusted helper with the steps role marks the step (her pages only): recorded in her
   * name, and only for the steps `helperMayComplete` allows; the others are the victim's.
   */
  readonly by?: HelperActor;
}

export type CompleteStepResult =
  /**
   * Recorded now; `workflowResumed` says whether a waiting workflow took it, `workflow`
   * where the case's workflow stands after it (`running` once a stalled case resumed).
   */
  | {
      readonly outcome: 'completed';
      readonly workflowResumed: boolean;
      /** With `resumeStalledWith`: where the workflow stands after the step. */
      readonly workflow?: WorkflowStatus;
    }
  /** Posted again: nothing changed. */
  | { readonly outcome: 'already-complete' }
  /** The step holds another answer already (a complaint recorded as refused, say). */
  | { readonly outcome: 'conflict'; readonly recorded: string }
  /** The step does not apply to this case (the Procureur, when the complaint was filed). */
  | { readonly outcome: 'not-applicable' }
  /** Something must come first: evidence before `collect-evidence`, the certificate's upload. */
  | { readonly outcome: 'missing'; readonly missing: 'evidence' | 'certificate' }
  /** A helper asked for a step that is the victim's own act: nothing recorded. */
  | { readonly outcome: 'victim-only' };

/**
 * Completes a step of the victim's path: records it, then resumes the workflow if it
 * waits on the step. Recording first matters: the next states read the log (the
 * "complaint filed" mail prints the receipt number). If resuming fails, nothing is lost:
 * the workflow's next wait finds the step done and moves on by itself, without
 * reminding the victim of it.
 */
export async function completeStep(
  deps: CompleteStepDeps,
  state: CaseState,
  request: StepRequest,
  options: CompleteStepOptions = {},
): Promise<CompleteStepResult> {
  const { caseId } = state;
  if (options.by && !helperMayComplete(request.stepId)) return { outcome: 'victim-only' };
  const refusal = check(state, request);
  if (refusal) return refusal;

  const event = eventFor(caseId, request, options.by);
  const completion = completionOf(request, state);
  const waiting = state.awaiting[request.stepId];
  await deps.log.append(event);
  // The log is read again at most once after the append, by whichever of the two checks
  // below needs it first.
  const since = laterEvents(deps.log, caseId);
  let workflowResumed = waiting
    ? await resumeWorkflow(deps, caseId, () =>
        deps.workflow.sendTaskSuccess(waiting.taskToken, completion),
      )
    : false;
  if (!workflowResumed && isAwaited(request.stepId)) {
    // The workflow may have started a new wait between our read and our write (after a
    // reminder, say): hand it the completion too, or it would wait for nothing.
    workflowResumed = await resumeLaterWait(
      deps,
      await since.events(),
      request.stepId,
      waiting?.taskToken,
      completion,
    );
  }
  deps.logger.info('step completed', { caseId, stepId: request.stepId, eventType: event.type });
  const timing = options.resumeStalledWith;
  if (!timing) return { outcome: 'completed', workflowResumed };
  const workflow = await resumeIfStalled({ ...deps, timing }, state, since);
  return { outcome: 'completed', workflowResumed, workflow };
}

/** The case's events, read once and only if asked. */
function laterEvents(log: CaseLog, caseId: string) {
  let read: Promise<CaseEvent[]> | undefined;
  return {
    events: () => {
      read ??= log.read(caseId);
      return read;
    },
    read: () => read !== undefined,
  };
}

/**
 * A victim coming back to a stalled case (or one whose workflow never started) picks it
 * up by doing the next step: a new execution starts where the log, step included, says
 * the case stands. The step is recorded whatever happens here.
 */
async function resumeIfStalled(
  deps: CompleteStepDeps & { readonly timing: WorkflowTiming },
  state: CaseState,
  since: ReturnType<typeof laterEvents>,
): Promise<WorkflowStatus> {
  const status = state.workflow.status;
  if (status !== 'stalled' && status !== 'start-failed') return status;
  try {
    const fresh = since.read() ? fold(await since.events()) : await deps.log.load(state.caseId);
    if (fresh && (await resumeCase(deps, fresh)).outcome === 'resumed') return 'running';
  } catch (error) {
    deps.logger.error('resume after step failed', {
      caseId: state.caseId,
      errorName: errorName(error),
    });
  }
  return status;
}

function isAwaited(stepId: StepId): boolean {
  return (AWAITED_STEPS as readonly StepId[]).includes(stepId);
}

async function resumeLaterWait(
  deps: CompleteStepDeps,
  events: readonly CaseEvent[],
  stepId: StepId,
  spentToken: string | undefined,
  completion: StepCompletion,
): Promise<boolean> {
  const latest = events.filter((e) => e.type === 'step-awaiting' && e.stepId === stepId).at(-1);
  if (latest?.type !== 'step-awaiting' || latest.taskToken === spentToken) return false;
  return resumeWorkflow(deps, latest.caseId, () =>
    deps.workflow.sendTaskSuccess(latest.taskToken, completion),
  );
}

/**
 * The step is recorded already: a workflow that cannot be told now (throttled, down)
 * finds it done at its next wait. So a failure here is logged, not the victim's problem.
 */
async function resumeWorkflow(
  deps: CompleteStepDeps,
  caseId: string,
  send: () => Promise<boolean>,
) {
  try {
    return await send();
  } catch (error) {
    deps.logger.error('workflow not resumed; it will find the step done', {
      caseId,
      errorName: errorName(error),
    });
    return false;
  }
}

function check(state: CaseState, request: StepRequest): CompleteStepResult | undefined {
  switch (request.stepId) {
    case 'report-content': {
      // One record per site; more sites may follow after the step is done.
      const site = normalizeSite(request.body.site);
      return state.reports.some((r) => normalizeSite(r.site) === site)
        ? { outcome: 'already-complete' }
        : undefined;
    }
    case 'file-complaint':
      if (!state.complaint) return undefined;
      return state.complaint.outcome === request.body.outcome
        ? { outcome: 'already-complete' }
        : { outcome: 'conflict', recorded: state.complaint.outcome };
    case 'write-prosecutor':
      if (state.complaint?.outcome !== 'refused') return { outcome: 'not-applicable' };
      break;
    case 'follow-up':
      // Asked once the complaint is filed or the letter to the Procureur sent.
      if (state.complaint?.outcome !== 'filed' && state.steps['write-prosecutor'].status !== 'done')
        return { outcome: 'not-applicable' };
      // Asked again (after an investigation or a hearing): a new answer is welcome.
      if (!state.followUp || state.steps['follow-up'].status !== 'done') return undefined;
      return state.followUp.answer === request.body.answer
        ? { outcome: 'already-complete' }
        : { outcome: 'conflict', recorded: state.followUp.answer };
    case 'collect-evidence':
      // The step is done when the victim says so, with at least one item kept.
      if (state.evidence.items.length === 0) return { outcome: 'missing', missing: 'evidence' };
      break;
    case 'medical-certificate':
      // Done means uploaded (its ingestion completes the step); otherwise it is skipped.
      if (
        request.body.status === 'done' &&
        !state.evidence.items.some((item) => item.kind === 'medical-certificate')
      ) {
        return { outcome: 'missing', missing: 'certificate' };
      }
      break;
  }
  const { status } = state.steps[request.stepId];
  return status === 'done' || status === 'skipped' ? { outcome: 'already-complete' } : undefined;
}

/** The step's event; a helper's (only on the steps she may complete) carries her as actor. */
function eventFor(caseId: string, request: StepRequest, by?: HelperActor): NewCaseEvent {
  const actor = by ? { by } : {};
  switch (request.stepId) {
    case 'report-content':
      return { type: 'platform-report-recorded', caseId, ...request.body, ...actor };
    case 'file-complaint':
      return { type: 'complaint-outcome-recorded', caseId, ...request.body };
    case 'write-prosecutor':
      return {
        type: 'prosecutor-letter-sent',
        caseId,
        sentAt: request.body.sentAt,
        trackingNumber: request.body.trackingNumber,
      };
    case 'follow-up':
      return { type: 'follow-up-recorded', caseId, ...request.body };
    default:
      return {
        type: 'step-updated',
        caseId,
        stepId: request.stepId,
        status: request.body.status,
        ...actor,
      };
  }
}

/**
 * What the waiting workflow receives; `file-complaint` and `follow-up` carry the branch to
 * take, and a follow-up its round and a hearing's dates (`state` is before this answer).
 */
export function completionOf(request: StepRequest, state?: CaseState): StepCompletion {
  if (request.stepId === 'file-complaint') {
    return { stepId: request.stepId, status: 'done', outcome: request.body.outcome };
  }
  if (request.stepId === 'follow-up') {
    const round = (state?.followUp?.round ?? 0) + 1;
    const { hearingAt, answer } = request.body;
    return {
      stepId: request.stepId,
      status: 'done',
      ...followUpCompletion({ answer, round, hearingAt }),
    };
  }
  return {
    stepId: request.stepId,
    status: 'status' in request.body ? request.body.status : 'done',
  };
}

function normalizeSite(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
