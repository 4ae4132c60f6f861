import { CompileDossierTask } from '../shared/domain/workflow-messages.js';
import { compileDossierPlaceholder } from '../shared/usecases/compile-dossier-placeholder.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/** Task of the state machine: compiles the complaint dossier or the letter to the Procureur. */
export function createCompileDossierHandler(runtime: AwsRuntime) {
  const deps = { log: runtime.log, logger: runtime.logger };
  return (event: unknown) => compileDossierPlaceholder(deps, CompileDossierTask.parse(event));
}

export const handler = lazyHandler(() => createCompileDossierHandler(awsRuntime()));
