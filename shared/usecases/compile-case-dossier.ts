import { fold } from '../domain/fold.js';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import { claimDossierVersion } from '../dossier/claim-version.js';
import { dossierInputFromCase } from '../dossier/from-case.js';
import {
  type WriteDossierVersionDeps,
  writeDossierVersion,
} from '../dossier/write-dossier-version.js';

import { sweepIfErased } from '../erased-cases.js';
import { timestampWaitingEvidence } from './timestamp-evidence.js';
import { markAttestationsIncluded } from './witness-attestation.js';

export type CompileCaseDossierDeps = WriteDossierVersionDeps & { readonly now?: () => Date };

type CompileOutcome = { version: number } | { version: null; reason: 'case-gone' };

/**
 * The compile-dossier task (the workflow's, or the one `POST …/dossier` queued): reads the
 * case, maps it onto the dossier input and writes a newly claimed version (or the one
 * `POST …/dossier` claimed and recorded queued). Erasing the case does not stop a task
 * already running (a Lambda outlives its stopped execution): once done, whether it
 * succeeded or failed, it sweeps the case again if it was erased meanwhile.
 */
export async function compileCaseDossier(
  deps: CompileCaseDossierDeps,
  task: CompileDossierTask,
): Promise<CompileOutcome> {
  let outcome: CompileOutcome;
  try {
    outcome = await compileAndWrite(deps, task);
  } catch (error) {
    if (await sweepIfErased(deps.store, task.caseId)) return CASE_GONE;
    throw error;
  }
  if (await sweepIfErased(deps.store, task.caseId)) return CASE_GONE;
  return outcome;
}

const CASE_GONE = { version: null, reason: 'case-gone' } as const;

async function compileAndWrite(
  deps: CompileCaseDossierDeps,
  task: CompileDossierTask,
): Promise<CompileOutcome> {
  // Files still waiting for a timestamp get another try, so the dossier carries it.
  const before = deps.proof && (await deps.log.load(task.caseId));
  if (deps.proof && before)
    await timestampWaitingEvidence({ ...deps, authority: deps.proof.authority }, before);
  const events = await deps.log.read(task.caseId);
  const state = fold(events);
  if (!state) return CASE_GONE;
  const version = task.version ?? (await claimDossierVersion(deps.store, state));
  // From now on its witnesses can no longer withdraw what this version carries.
  await markAttestationsIncluded(deps, state, version);
  const input = dossierInputFromCase(state, events, task.purpose, deps.now?.() ?? new Date());
  await writeDossierVersion(deps, { caseId: task.caseId, purpose: task.purpose, version }, input);
  return { version };
}
