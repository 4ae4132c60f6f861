import { dossierKey } from '../bucket-keys.js';
import { fold } from '../domain/fold.js';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import { claimDossierVersion } from '../dossier/claim-version.js';
import { dossierInputFromCase } from '../dossier/from-case.js';
import { type CompileDossierDeps, compileDossier } from './compile-dossier.js';

/**
 * The compile-dossier task: reads the case, maps it onto the dossier input and compiles
 * a newly claimed version (or the one `POST …/dossier` claimed and queued).
 */
export async function compileCaseDossier(
  deps: CompileDossierDeps & { readonly now?: () => Date },
  task: CompileDossierTask,
): Promise<{ version: number } | { version: null; reason: 'case-gone' }> {
  const events = await deps.log.read(task.caseId);
  const state = fold(events);
  if (!state) return { version: null, reason: 'case-gone' };
  const version = task.version ?? (await claimDossierVersion(deps.store, state));
  const input = dossierInputFromCase(state, events, task.purpose, deps.now?.() ?? new Date());
  await compileDossier(deps, { caseId: task.caseId, purpose: task.purpose, version }, input);
  return { version };
}

/** The PDF of a version, for the "dossier ready" mail to attach: bytes and size. */
export async function readDossierPdf(
  deps: Pick<CompileDossierDeps, 'store'>,
  caseId: string,
  version: number,
): Promise<{ bytes: Uint8Array; size: number } | undefined> {
  const bytes = await deps.store.get(dossierKey(caseId, version, 'dossier.pdf'));
  return bytes && { bytes, size: bytes.length };
}
