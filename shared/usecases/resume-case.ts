import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { type ResumePoint, resumePoint } from '../domain/progress.js';
import type { WorkflowInput, WorkflowTiming } from '../domain/workflow-messages.js';
import { errorName, type Logger } from '../logger.js';
import type { Workflow } from '../ports/workflow.js';

export interface ResumeCaseDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly timing: WorkflowTiming;
  readonly logger: Logger;
}

export type ResumeCaseResult =
  | { readonly outcome: 'resumed'; readonly resumeAt: ResumePoint | 'start' }
  | { readonly outcome: 'already-running' }
  | { readonly outcome: 'closed' };

/**
 * Starts a new execution where the event log says the case stands: after a stall, a
 * local restart, a failed start, or an execution that ended for any other reason.
 * Each execution is named `{caseId}-{n}`, so a resume is never confused with another.
 */
export async function resumeCase(
  deps: ResumeCaseDeps,
  state: CaseState,
): Promise<ResumeCaseResult> {
  const { caseId } = state;
  const point = resumePoint(state);
  if (!point) return { outcome: 'closed' };
  const current = state.workflow.executionId;
  if (current && (await deps.workflow.isRunning(current))) return { outcome: 'already-running' };

  // A case whose workflow never sent its welcome starts from the beginning.
  const fromStart =
    point === 'collect-evidence' && !state.mails.some((m) => m.mail === 'welcome' && !m.failed);
  const input: WorkflowInput = {
    caseId,
    timing: deps.timing,
    ...(fromStart ? {} : { resumeAt: point }),
  };
  try {
    const { executionId } = await deps.workflow.start(
      `${caseId}-${state.workflow.executions + 1}`,
      input,
    );
    await deps.log.append({
      type: 'workflow-started',
      caseId,
      executionId,
      ...(fromStart ? {} : { resumeAt: point }),
    });
  } catch (error) {
    deps.logger.error('workflow did not resume', { caseId, errorName: errorName(error) });
    throw error;
  }
  deps.logger.info('case resumed', { caseId, eventType: 'workflow-started' });
  return { outcome: 'resumed', resumeAt: fromStart ? 'start' : point };
}
