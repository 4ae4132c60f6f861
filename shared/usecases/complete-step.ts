import type { CaseLog } from '../case-log.js';
import type { NewCaseEvent } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import type { StepRequest } from '../domain/step-requests.js';
import type { StepId } from '../domain/steps.js';
import { AWAITED_STEPS, type StepCompletion } from '../domain/workflow-messages.js';
import { errorName, type Logger } from '../logger.js';
import type { Workflow } from '../ports/workflow.js';

export interface CompleteStepDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

export type CompleteStepResult =
  /** Recorded now; `workflowResumed` says whether a waiting workflow took it. */
  | { readonly outcome: 'completed'; readonly workflowResumed: boolean }
  /** Posted again: nothing changed. */
  | { readonly outcome: 'already-complete' }
  /** The step holds another answer already (a complaint recorded as refused, say). */
  | { readonly outcome: 'conflict'; readonly recorded: string }
  /** The step does not apply to this case (the Procureur, when the complaint was filed). */
  | { readonly outcome: 'not-applicable' }
  /** Something must come first: evidence before `collect-evidence`, the certificate's upload. */
  | { readonly outcome: 'missing'; readonly missing: 'evidence' | 'certificate' };

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
): Promise<CompleteStepResult> {
  const { caseId } = state;
  const refusal = check(state, request);
  if (refusal) return refusal;

  const event = eventFor(caseId, request);
  const completion = completionOf(request);
  const waiting = state.awaiting[request.stepId];
  const recorded = await deps.log.append(event);
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
      recorded.caseId,
      request.stepId,
      waiting?.taskToken,
      completion,
    );
  }
  deps.logger.info('step completed', { caseId, stepId: request.stepId, eventType: event.type });
  return { outcome: 'completed', workflowResumed };
}

function isAwaited(stepId: StepId): boolean {
  return (AWAITED_STEPS as readonly StepId[]).includes(stepId);
}

async function resumeLaterWait(
  deps: CompleteStepDeps,
  caseId: string,
  stepId: StepId,
  spentToken: string | undefined,
  completion: StepCompletion,
): Promise<boolean> {
  const events = await deps.log.read(caseId);
  const latest = events.filter((e) => e.type === 'step-awaiting' && e.stepId === stepId).at(-1);
  if (latest?.type !== 'step-awaiting' || latest.taskToken === spentToken) return false;
  return resumeWorkflow(deps, caseId, () =>
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

function eventFor(caseId: string, request: StepRequest): NewCaseEvent {
  switch (request.stepId) {
    case 'report-content':
      return { type: 'platform-report-recorded', caseId, ...request.body };
    case 'file-complaint':
      return { type: 'complaint-outcome-recorded', caseId, ...request.body };
    case 'write-prosecutor':
      return {
        type: 'prosecutor-letter-sent',
        caseId,
        sentAt: request.body.sentAt,
        trackingNumber: request.body.trackingNumber,
      };
    default:
      return { type: 'step-updated', caseId, stepId: request.stepId, status: request.body.status };
  }
}

/** What the waiting workflow receives; `file-complaint` carries the branch to take. */
export function completionOf(request: StepRequest): StepCompletion {
  if (request.stepId === 'file-complaint') {
    return { stepId: request.stepId, status: 'done', outcome: request.body.outcome };
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
