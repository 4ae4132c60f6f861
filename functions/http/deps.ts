import type { CaseLog } from '../../shared/case-log.js';
import type { CaseState } from '../../shared/domain/fold.js';
import type { Locale } from '../../shared/domain/locale.js';
import type { WorkflowTiming } from '../../shared/domain/workflow-messages.js';
import type { Logger } from '../../shared/logger.js';
import type { MailContext } from '../../shared/mail/templates.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import type { DossierCompiler } from '../../shared/ports/dossier-compiler.js';
import type { Mailer } from '../../shared/ports/mailer.js';
import type { ProtectedDossierMailer } from '../../shared/ports/protected-dossier-mailer.js';
import type { Workflow } from '../../shared/ports/workflow.js';
import type { AbuseLimits } from './abuse-limits.js';

/** What the HTTP app needs; the Lambda entry and the local server each build one. */
export interface ApiDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly timing: WorkflowTiming;
  readonly logger: Logger;
  /** Signs upload forms and download links for evidence. */
  readonly store: BlobStore;
  /** @default DEFAULT_ABUSE_LIMITS */
  readonly limits?: AbuseLimits;
  /**
   * How stale `GET /api/v1/cases/{id}` may be about writes made elsewhere (ingest, the
   * workflow, another instance); this instance's own writes always show. A request with
   * `Cache-Control: no-cache` always reads the log. @default 1000
   */
  readonly caseViewMaxStalenessMs?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /**
   * Mails the latest dossier encrypted with the victim's password (`PUT …/dossier-delivery`
   * with `protected`); without it, the choice is recorded and no copy is sent.
   */
  readonly protectedDossierMailer?: ProtectedDossierMailer;
  /** Starts `POST …/dossier` compilations; without it that route answers 503. */
  readonly dossierCompiler?: DossierCompiler;
  /**
   * Mails a fresh sign-in link to the case's address (web pages: "lost link", a case page
   * opened without a session). Without it, those forms answer the same but send nothing.
   */
  readonly sendSignInLink?: (state: CaseState) => Promise<void>;
  /**
   * Mails a witness their single-use link (`POST …/witnesses/{id}/link`, the case page's
   * form). The address goes to the mail service only. Without it, nothing is sent (503).
   */
  readonly mailWitnessLink?: (message: {
    to: string;
    locale: Locale;
    caseId: string;
    token: string;
  }) => Promise<void>;
  /**
   * Mails a trusted helper their invitation (`POST …/helpers`, the helpers page's form).
   * The address goes to the mail service only. Without it, nothing is sent (503).
   */
  readonly mailHelperInvite?: (message: {
    to: string;
    locale: Locale;
    caseId: string;
    token: string;
  }) => Promise<void>;
  /**
   * Mail sent straight from a request: the confirmation that lifts an address's stop
   * (`shared/usecases/lift-address-stop.ts`). Without both, the forms that ask for it
   * answer the same but send nothing.
   */
  readonly mailer?: Mailer;
  readonly mail?: MailContext;
  /** Index cases by a hash of their address, for the "lost link" form. @default false */
  readonly emailIndex?: boolean;
  /** The neutral page the quick exit leads to. @default a weather search */
  readonly quickExitUrl?: string;
}
