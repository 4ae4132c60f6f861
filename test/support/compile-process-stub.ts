/**
 * A stand-in for `local/compile-dossier-process.ts` in the tests of
 * `ChildProcessDossierCompiler`: does what its environment's `behaviour` says.
 */
import { existsSync, openSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveCompilation } from '../../shared/ports/dossier-compiler-child-process-adapter.js';

export interface StubEnvironment {
  readonly behaviour: 'answer' | 'spin' | 'crash' | 'hang' | 'fail' | 'exclusive';
  /** `spin`: the file whose creation ends the spin; `exclusive`: the lock file. */
  readonly file?: string;
}

serveCompilation(async (task, environment, logger) => {
  const { behaviour, file = '' } = environment as StubEnvironment;
  logger.info('stub compiling', { caseId: task.caseId });
  switch (behaviour) {
    case 'spin': {
      // Keeps the CPU busy without ever yielding, as the old cubic layout did, until the
      // parent creates `file` (or 20 s pass, which the test reports as a failure).
      logger.info('stub spinning', { caseId: task.caseId });
      const until = Date.now() + 20_000;
      while (!existsSync(file)) if (Date.now() > until) return { pid: process.pid, spunOut: true };
      return { pid: process.pid, spunOut: false };
    }
    case 'exclusive': {
      // Fails if another compilation holds the lock at the same time.
      const lock = openSync(file, 'wx');
      await sleep(300);
      rmSync(file);
      return { pid: process.pid, lock };
    }
    case 'crash':
      process.exit(3);
      break;
    case 'hang':
      await new Promise(() => undefined);
      break;
    case 'fail':
      throw Object.assign(new Error('the case is gone'), { name: 'IntegrityError' });
  }
  return { pid: process.pid };
});
