import type { CaseLog } from '../../shared/case-log.js';
import type { WorkflowTiming } from '../../shared/domain/workflow-messages.js';
import type { Logger } from '../../shared/logger.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import type { DossierCompiler } from '../../shared/ports/dossier-compiler.js';
import type { Workflow } from '../../shared/ports/workflow.js';

/** What the HTTP app needs; the Lambda entry and the local server each build one. */
export interface ApiDeps {
  readonly store: BlobStore;
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly timing: WorkflowTiming;
  readonly logger: Logger;
  /** Starts `POST …/dossier` compilations; without it that route answers 503. */
  readonly dossierCompiler?: DossierCompiler;
}
