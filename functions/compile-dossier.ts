import { CompileDossierTask } from '../shared/domain/workflow-messages.js';
import { compileCaseDossier } from '../shared/usecases/compile-case-dossier.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';
import { proofPorts } from './proof-ports.js';

/**
 * Task of the state machine, also invoked asynchronously by `POST …/dossier`: compiles
 * the complaint dossier or the letter to the Procureur.
 */
export function createCompileDossierHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    logger: runtime.logger,
    proof: proofPorts(runtime.env).dossierProof(),
  };
  return (event: unknown) => compileCaseDossier(deps, CompileDossierTask.parse(event));
}

export const handler = lazyHandler(() => createCompileDossierHandler(awsRuntime()));
