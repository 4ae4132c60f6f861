/**
 * A child process of the local runtime compiling one dossier, as the compile-dossier
 * Lambda does on AWS (see `ChildProcessDossierCompiler`): same handler, same variables.
 */
import { createCompileDossierHandler } from '../functions/compile-dossier.js';
import { awsRuntime, type Environment } from '../functions/environment.js';
import { serveCompilation } from '../shared/ports/dossier-compiler-child-process-adapter.js';

serveCompilation((task, environment, logger) =>
  createCompileDossierHandler(awsRuntime(environment as Environment, logger))(task),
);
