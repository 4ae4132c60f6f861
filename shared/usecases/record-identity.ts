import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import type { IdentityRequest, VictimIdentity } from '../domain/identity.js';
import type { Logger } from '../logger.js';

/** Records the victim's identity for the complaint; it replaces the one recorded before. */
export async function recordIdentity(
  deps: { readonly log: CaseLog; readonly logger: Logger },
  state: CaseState,
  identity: IdentityRequest,
): Promise<VictimIdentity | null> {
  await deps.log.append({ type: 'identity-recorded', caseId: state.caseId, ...identity });
  deps.logger.info('identity recorded', { caseId: state.caseId, eventType: 'identity-recorded' });
  return Object.keys(identity).length ? identity : null;
}
