import * as z from 'zod';
import type { ApiCaseView as CaseView } from '../../functions/http/case-view.js';
import { MailsStoppedBy } from '../../shared/domain/events.js';
import type { WorkflowStatus } from '../../shared/domain/fold.js';
import { HELPER_ACTION_KINDS, HelperRole } from '../../shared/domain/helpers.js';
import { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import { OtherOffence } from '../../shared/domain/offences.js';
import { ResumePoint } from '../../shared/domain/progress.js';
import { StepId } from '../../shared/domain/steps.js';
import type { dossierStatus } from '../../shared/dossier/status.js';
import type { OpenedCase } from '../../shared/usecases/open-case.js';
import type { ResumeCaseResult } from '../../shared/usecases/resume-case.js';
import {
  Author,
  DossierFile,
  DossierPurpose,
  Harm,
  Id,
  Identity,
  Instant,
  Letter,
  orNull,
  WorkflowStatusSchema,
} from './answer-parts.js';
import { CaseViewAnswer } from './case-view-answer.js';

export { CaseViewAnswer };

/**
 * The API's answers as zod schemas, for the OpenAPI document only: the Lambda never
 * imports this file. The requests are the domain's own schemas; the answers are built by
 * plain functions, so `AnswersFitTheirSchemas` below makes tsc check that each function's
 * type fits its schema, and the route tests check real answers against the document.
 */

export const OpenedCaseAnswer = z.object({
  caseId: Id,
  accessToken: z.string().meta({ description: 'Shown once; only its hash is kept.' }),
});

export const StepAnswer = z.union([
  z.object({
    stepId: StepId,
    outcome: z.literal('completed'),
    workflowResumed: z.boolean(),
    workflow: z.object({ status: WorkflowStatusSchema }),
  }),
  z.object({ stepId: StepId, outcome: z.literal('already-complete') }),
]);

export const ResumeAnswer = z.union([
  z.object({ outcome: z.literal('resumed'), resumeAt: z.union([ResumePoint, z.literal('start')]) }),
  z.object({ outcome: z.enum(['already-running', 'closed']) }),
]);

export const DossierDeliveryAnswer = z.object({
  dossierAttachment: DossierAttachment,
  protectedCopy: orNull(
    z.union([
      z.object({ sent: z.literal(true) }),
      z.object({
        sent: z.literal(false),
        reason: z.enum([
          'no-dossier',
          'unconfirmed',
          'too-large',
          'mails-stopped',
          'rejected',
          'unavailable',
          'too-many',
        ]),
      }),
    ]),
  ).meta({
    description:
      'With `protected`: whether the latest dossier was mailed, encrypted with the password. `unconfirmed`: no sign-in link mailed to the address was used yet; `too-many`: five dossier mails in the last 24 hours already.',
  }),
});
export const DiscretionAnswer = z.object({ discreet: z.boolean() });
export const CountdownsAnswer = z.object({ countdowns: z.boolean() });

export const IdentityAnswer = z.object({ identity: orNull(Identity) });
export const HarmAnswer = z.object({ harm: orNull(Harm) });
export const LetterAnswer = z.object({ letter: orNull(Letter) });
export const AuthorsAnswer = z.object({ authors: z.array(Author) });
export const OffencesAnswer = z.object({ offences: z.array(OtherOffence) });
export const WitnessAdded = z.object({ witnessId: Id });
export const WitnessLinkSent = z.object({
  expiresAt: Instant.meta({ description: 'Until when the single-use link works' }),
});
export const HelperInvited = z.object({
  helperId: Id,
  expiresAt: Instant.meta({ description: 'Until when the single-use invitation link works' }),
});
export const HelpersAnswer = z.object({
  helpers: z.array(
    z.object({
      helperId: Id,
      name: z.string().meta({ description: 'The display name the victim gave; never an address' }),
      roles: z.array(HelperRole),
      invitedAt: Instant,
      removedAt: orNull(Instant),
      signedIn: z.boolean(),
      actions: z.array(
        z.object({
          at: Instant,
          action: z.enum(HELPER_ACTION_KINDS),
          ref: orNull(z.string()).meta({
            description:
              'The id of the evidence item, fact or platform report it made, or of the step it marked',
          }),
        }),
      ),
    }),
  ),
});
export const MailSettingsAnswer = z.object({
  mailsStoppedAt: orNull(Instant),
  mailsStoppedBy: orNull(MailsStoppedBy),
});

export const UploadIssued = z.object({
  evidenceId: Id,
  upload: z.object({
    url: z.string(),
    fields: z.record(z.string(), z.string()).meta({
      description: 'Post these fields, then the file as `file`, to `url` (multipart).',
    }),
  }),
  expiresAt: Instant,
  maxBytes: z.number().int(),
});
export const LinkAdded = z.object({ evidenceId: Id });
export const FactRecorded = z.object({ factId: Id });

export const DossierCompiling = z.object({
  status: z.literal('compiling'),
  version: z.number().int(),
  purpose: DossierPurpose,
});

export const DossierStatusAnswer = z.object({
  status: z.enum(['none', 'compiling', 'ready', 'failed']),
  progress: z.number().min(0).max(1),
  stage: orNull(z.string()),
  compiling: orNull(z.number().int()),
  versions: z.array(
    z.object({
      version: z.number().int(),
      purpose: DossierPurpose,
      compiledAt: Instant,
      files: z.array(DossierFile),
    }),
  ),
});

/** `GET /api/v1/openapi.json`: this document. */
export const OpenApiDocument = z.object({ openapi: z.string() }).loose();

type DeepReadonly<T> = T extends (infer I)[]
  ? readonly DeepReadonly<I>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Fits<Answer extends DeepReadonly<Documented>, Documented> = [Answer, Documented];

/** Compile-time check: what the code answers fits what the document promises. */
export type AnswersFitTheirSchemas = [
  Fits<OpenedCase, z.output<typeof OpenedCaseAnswer>>,
  Fits<CaseView, z.output<typeof CaseViewAnswer>>,
  Fits<ResumeCaseResult, z.output<typeof ResumeAnswer>>,
  Fits<ReturnType<typeof dossierStatus>, z.output<typeof DossierStatusAnswer>>,
  Fits<WorkflowStatus, z.output<typeof WorkflowStatusSchema>>,
];
