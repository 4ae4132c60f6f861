import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import { claimDossierVersion } from '../dossier/claim-version.js';
import { dossierStatus } from '../dossier/status.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { DossierCompiler } from '../ports/dossier-compiler.js';

export interface RequestDossierDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
  /** Without a compiler, no compilation can start here. */
  readonly dossierCompiler?: DossierCompiler;
}

export type RequestDossierResult =
  | {
      readonly outcome: 'started' | 'already-compiling';
      readonly version: number;
      readonly purpose?: string;
    }
  | { readonly outcome: 'unavailable' };

/**
 * Starts compiling a new version of the case's dossier (the API and the case page's
 * button): the complaint dossier, or after a refused complaint the letter to the
 * Procureur. One compilation at a time; a failure to start is recorded.
 */
export async function requestDossier(
  deps: RequestDossierDeps,
  state: CaseState,
): Promise<RequestDossierResult> {
  const current = dossierStatus(state);
  if (
    current.status === 'compiling' &&
    current.compiling !== null &&
    current.compiling !== undefined
  ) {
    return { outcome: 'already-compiling', version: current.compiling };
  }
  if (!deps.dossierCompiler) return { outcome: 'unavailable' };
  const purpose = state.complaint?.outcome === 'refused' ? 'prosecutor-letter' : 'complaint';
  const version = await claimDossierVersion(deps.store, state);
  const progress = { type: 'dossier-progress', caseId: state.caseId, version, purpose } as const;
  await deps.log.append({ ...progress, stage: 'queued', progress: 0 });
  try {
    await deps.dossierCompiler.start({ caseId: state.caseId, purpose, version });
  } catch (error) {
    deps.logger.error('dossier compilation not started', {
      caseId: state.caseId,
      errorName: errorName(error),
    });
    await deps.log.append({
      ...progress,
      stage: 'failed',
      progress: 0,
      errorName: errorName(error),
    });
    return { outcome: 'unavailable' };
  }
  return { outcome: 'started', version, purpose };
}
