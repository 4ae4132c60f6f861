import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import type { Harm, HarmRequest } from '../domain/harm.js';
import type { IdentityRequest, VictimIdentity } from '../domain/identity.js';
import { MAX_WITNESSES_PER_CASE, type WitnessRequest } from '../domain/witnesses.js';
import type { Logger } from '../logger.js';
import { endWitnessAccess } from './witness-link.js';

/**
 * What the victim enters for the complaint beyond the facts: each record replaces the one
 * before and goes into the next dossier, never into a log or a mail.
 */
interface RecordDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

/** Records the victim's identity for the complaint. */
export async function recordIdentity(
  deps: RecordDeps,
  state: CaseState,
  identity: IdentityRequest,
): Promise<VictimIdentity | null> {
  await deps.log.append({ type: 'identity-recorded', caseId: state.caseId, ...identity });
  deps.logger.info('identity recorded', { caseId: state.caseId, eventType: 'identity-recorded' });
  return Object.keys(identity).length ? identity : null;
}

/** Records what the harassment does to the victim's life, as the certificate says. */
export async function recordHarm(
  deps: RecordDeps,
  state: CaseState,
  harm: HarmRequest,
): Promise<Harm | null> {
  await deps.log.append({ type: 'harm-recorded', caseId: state.caseId, ...harm });
  deps.logger.info('harm recorded', { caseId: state.caseId, eventType: 'harm-recorded' });
  return Object.keys(harm).length ? harm : null;
}

/**
 * Adds a witness, unless the case has as many as it may. The id comes from the caller
 * (time-ordered, like every id of the case).
 */
export async function addWitness(
  deps: RecordDeps,
  state: CaseState,
  witness: WitnessRequest,
  witnessId: string,
): Promise<{ ok: true; witnessId: string } | { ok: false; reason: 'witness-limit' }> {
  if (state.witnesses.length >= MAX_WITNESSES_PER_CASE)
    return { ok: false, reason: 'witness-limit' };
  await deps.log.append({ type: 'witness-added', caseId: state.caseId, witnessId, ...witness });
  deps.logger.info('witness added', { caseId: state.caseId, eventType: 'witness-added' });
  return { ok: true, witnessId };
}

/** Takes a witness off the case; false when the case has no such witness. */
export async function removeWitness(
  deps: RecordDeps,
  state: CaseState,
  witnessId: string,
): Promise<boolean> {
  if (!state.witnesses.some((w) => w.witnessId === witnessId)) return false;
  // Their link and session stop at once; a sent attestation leaves the next dossiers.
  await endWitnessAccess(deps, state, witnessId, 'removed');
  await deps.log.append({ type: 'witness-removed', caseId: state.caseId, witnessId });
  deps.logger.info('witness removed', { caseId: state.caseId, eventType: 'witness-removed' });
  return true;
}
