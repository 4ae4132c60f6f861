import type { CaseState } from '../domain/fold.js';

/** A compilation silent for this long has died (Lambda timeout, crash). */
export const STALE_COMPILATION_MS = 15 * 60 * 1000;

export type DossierStatus = 'none' | 'compiling' | 'ready' | 'failed';

/** The version the next compilation writes: versions are never reused. */
export function nextDossierVersion(state: CaseState): number {
  const versions = state.dossiers.map((d) => d.version);
  if (state.dossierProgress) versions.push(state.dossierProgress.version);
  return Math.max(0, ...versions) + 1;
}

/** What `GET …/dossier` answers: the running compilation, if any, and every version. */
export function dossierStatus(state: CaseState, now: Date = new Date()) {
  const run = state.dossierProgress;
  const compiled = new Set(state.dossiers.map((d) => d.version));
  let status: DossierStatus = state.dossiers.length ? 'ready' : 'none';
  let progress = state.dossiers.length ? 1 : 0;
  let stage: string | null = null;
  if (run && !compiled.has(run.version)) {
    const stale = now.getTime() - Date.parse(run.at) > STALE_COMPILATION_MS;
    if (run.stage === 'failed' || stale) {
      status = 'failed';
      stage = run.stage === 'failed' ? 'failed' : 'timed-out';
    } else {
      status = 'compiling';
      progress = run.progress;
      stage = run.stage;
    }
  }
  return {
    status,
    progress,
    stage,
    /** The version being compiled (or that failed), if any. */
    compiling: run && !compiled.has(run.version) ? run.version : null,
    versions: [...state.dossiers]
      .sort((a, b) => b.version - a.version)
      .map((d) => ({
        version: d.version,
        purpose: d.purpose,
        compiledAt: d.compiledAt,
        files: d.files,
      })),
  };
}
