import type { CaseLog } from '../case-log.js';
import { hashAccessToken, newAccessToken } from '../domain/access-token.js';
import { newCaseId } from '../domain/ids.js';
import type { OpenCaseRequest } from '../domain/open-case.js';
import type { WorkflowInput, WorkflowTiming } from '../domain/workflow-messages.js';
import { caseCountByEmail, indexCaseEmail } from '../email-index.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Workflow } from '../ports/workflow.js';

export interface OpenCaseDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly timing: WorkflowTiming;
  readonly logger: Logger;
  /** With `emailIndex`, the case is indexed by a hash of its address (the "lost link" form). */
  readonly store?: BlobStore;
  readonly emailIndex?: boolean;
  /**
   * Cases one address may have at once, counted in the address index (so on every
   * instance). Without it, someone could open case after case in another person's name,
   * each one mailing them a welcome and reminders. Needs `emailIndex`.
   * @default no limit
   */
  readonly casesPerEmail?: number;
}

/** The address already has `casesPerEmail` cases; nothing was written. */
export class TooManyCasesForEmailError extends Error {
  override readonly name = 'TooManyCasesForEmailError';
  constructor(readonly limit: number) {
    super(`the address already has ${limit} cases`);
  }
}

export interface OpenedCase {
  readonly caseId: string;
  /** Shown once, to the victim; only its hash is kept. */
  readonly accessToken: string;
}

/**
 * Records the case, then starts its workflow. Refuses (`TooManyCasesForEmailError`) an
 * address that already has `casesPerEmail` cases. A workflow that fails to start is recorded
 * and does not lose the case: the victim keeps their access and the case can be resumed.
 */
export async function openCase(deps: OpenCaseDeps, request: OpenCaseRequest): Promise<OpenedCase> {
  const limit = deps.casesPerEmail;
  if (limit !== undefined && deps.emailIndex && deps.store) {
    // Two cases opened at the same instant may both pass: the bound is loose by that much.
    if ((await caseCountByEmail(deps.store, request.email)) >= limit) {
      // Seen in the logs, so a flood can be noticed; the address itself never is.
      deps.logger.warn('case refused', { code: 'too-many-cases-for-email' });
      throw new TooManyCasesForEmailError(limit);
    }
  }
  const caseId = newCaseId();
  const accessToken = newAccessToken();
  await deps.log.append({
    type: 'case-opened',
    caseId,
    email: request.email,
    locale: request.locale,
    harassmentKinds: request.harassmentKinds,
    summary: request.summary,
    displayName: request.displayName,
    accessTokenHash: hashAccessToken(accessToken),
  });
  deps.logger.info('case opened', { caseId, eventType: 'case-opened' });
  if (deps.emailIndex && deps.store) await indexCaseEmail(deps.store, request.email, caseId);

  const input: WorkflowInput = { caseId, timing: deps.timing };
  try {
    const { executionId } = await deps.workflow.start(caseId, input);
    await deps.log.append({ type: 'workflow-started', caseId, executionId });
  } catch (error) {
    deps.logger.error('workflow did not start', { caseId, errorName: errorName(error) });
    await deps.log.append({ type: 'workflow-start-failed', caseId, reason: errorName(error) });
  }
  return { caseId, accessToken };
}
