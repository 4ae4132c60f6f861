import { fold } from '../domain/fold.js';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import { claimDossierVersion } from '../dossier/claim-version.js';
import { dossierInputFromCase } from '../dossier/from-case.js';
import {
  type WriteDossierVersionDeps,
  writeDossierVersion,
} from '../dossier/write-dossier-version.js';

export type CompileCaseDossierDeps = WriteDossierVersionDeps & { readonly now?: () => Date };

import { timestampWaitingEvidence } from './timestamp-evidence.js';
import { markAttestationsIncluded } from './witness-attestation.js';

/**
 * The compile-dossier task (the workflow's, or the one `POST …/dossier` queued): reads the
 * case, maps it onto the dossier input and writes a newly claimed version (or the one
 * `POST …/dossier` claimed and recorded queued).
 */
export async function compileCaseDossier(
  deps: CompileCaseDossierDeps,
  task: CompileDossierTask,
): Promise<{ version: number } | { version: null; reason: 'case-gone' }> {
  // Files still waiting for a timestamp get another try, so the dossier carries it.
  const before = deps.proof && (await deps.log.load(task.caseId));
  if (deps.proof && before)
    await timestampWaitingEvidence({ ...deps, authority: deps.proof.authority }, before);
  const events = await deps.log.read(task.caseId);
  const state = fold(events);
  if (!state) return { version: null, reason: 'case-gone' };
  const version = task.version ?? (await claimDossierVersion(deps.store, state));
  // From now on its witnesses can no longer withdraw what this version carries.
  await markAttestationsIncluded(deps, state, version);
  const input = dossierInputFromCase(state, events, task.purpose, deps.now?.() ?? new Date());
  await writeDossierVersion(deps, { caseId: task.caseId, purpose: task.purpose, version }, input);
  return { version };
}
