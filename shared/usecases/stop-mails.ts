import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { isCaseId } from '../domain/ids.js';
import type { Logger } from '../logger.js';

export interface StopMailsDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

/**
 * Stops every mail about a case, from a link in one of its mails. Anyone who read such a
 * mail may ask, whoever opened the case: a stranger may have opened it with this address.
 * Says nothing of whether the case exists, so the link's page answers alike for any id.
 */
export async function stopMails(deps: StopMailsDeps, caseId: string): Promise<void> {
  if (!isCaseId(caseId)) return;
  const state = await deps.log.load(caseId);
  if (!state || state.mailsStoppedAt) return;
  await deps.log.append({ type: 'mails-stopped', caseId });
  deps.logger.info('mails stopped', { caseId, eventType: 'mails-stopped' });
}

/** The case's holder turns its mails back on (from the case page). */
export async function resumeMails(deps: StopMailsDeps, state: CaseState): Promise<void> {
  if (!state.mailsStoppedAt) return;
  await deps.log.append({ type: 'mails-resumed', caseId: state.caseId });
  deps.logger.info('mails resumed', { caseId: state.caseId, eventType: 'mails-resumed' });
}
