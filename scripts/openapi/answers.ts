import * as z from 'zod';
import type { ApiCaseView as CaseView } from '../../functions/http/case-view.js';
import { MailKind, MailsStoppedBy } from '../../shared/domain/events.js';
import { EvidenceKind, UploadKind } from '../../shared/domain/evidence.js';
import { RejectionReason } from '../../shared/domain/evidence-events.js';
import type { WorkflowStatus } from '../../shared/domain/fold.js';
import { HarassmentKind } from '../../shared/domain/harassment-kinds.js';
import { Civility } from '../../shared/domain/identity.js';
import { Locale } from '../../shared/domain/locale.js';
import { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import { MISSING_ITEMS } from '../../shared/domain/missing.js';
import { OtherOffence } from '../../shared/domain/offences.js';
import { ResumePoint } from '../../shared/domain/progress.js';
import { StepId, StepStatus } from '../../shared/domain/steps.js';
import type { dossierStatus } from '../../shared/dossier/status.js';
import type { OpenedCase } from '../../shared/usecases/open-case.js';
import type { ResumeCaseResult } from '../../shared/usecases/resume-case.js';

/**
 * The API's answers as zod schemas, for the OpenAPI document only: the Lambda never
 * imports this file. The requests are the domain's own schemas; the answers are built by
 * plain functions, so `AnswersFitTheirSchemas` below makes tsc check that each function's
 * type fits its schema, and the route tests check real answers against the document.
 */

const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const Instant = z.iso.datetime({ offset: true });
/** A day (`YYYY-MM-DD`) when the victim gave no time, else an instant. */
const DayOrInstant = z.union([z.iso.date(), Instant]);
const orNull = <S extends z.ZodType>(schema: S) => schema.nullable();

export const OpenedCaseAnswer = z.object({
  caseId: Id,
  accessToken: z.string().meta({ description: 'Shown once; only its hash is kept.' }),
});

const WorkflowStatusSchema = z.enum(['starting', 'running', 'start-failed', 'stalled', 'closed']);
const DossierPurpose = z.enum(['complaint', 'prosecutor-letter']);
const DossierFile = z.object({ name: z.string(), sha256: z.string(), size: z.number().int() });

const EvidenceItem = z.object({
  evidenceId: Id,
  number: z.number().int().min(1),
  kind: EvidenceKind,
  capturedAt: Instant,
  capturedAtSource: z.enum(['victim', 'received']),
  receivedAt: Instant,
  platform: orNull(z.string()),
  authorPseudonym: orNull(z.string()),
  url: orNull(z.string()),
  description: orNull(z.string()),
  fileName: orNull(z.string()),
  contentType: orNull(z.string()),
  size: orNull(z.number().int()),
  sha256: orNull(z.string()),
  timestampedAt: orNull(Instant).meta({
    description:
      'When an RFC 3161 timestamp authority vouched for the SHA-256; null while the file waits for one (or for a link).',
  }),
});

const FactEvidence = z.union([
  EvidenceItem.extend({ status: z.literal('received') }),
  z.object({ evidenceId: z.string(), status: z.enum(['pending', 'missing']) }),
]);

const Identity = z.object({
  civility: Civility.optional(),
  fullName: z.string().optional(),
  dateOfBirth: z.iso.date().optional(),
  placeOfBirth: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
});

const Harm = z.object({
  sleep: z.string().optional(),
  eating: z.string().optional(),
  fears: z.string().optional(),
  goingOut: z.string().optional(),
  socialLife: z.string().optional(),
  medication: z.string().optional(),
  other: z.string().optional(),
  ittDays: z.number().int().optional(),
  certificateDate: z.iso.date().optional(),
  doctor: z.string().optional(),
  estimate: z.string().optional(),
});

const Letter = z.object({
  tribunal: z.string().optional(),
  place: z.string().optional(),
  civilParty: z.boolean().optional(),
});

const Author = z.object({
  name: z.string().optional(),
  pseudonyms: z.array(z.string()),
  profileUrls: z.array(z.string()),
  details: z.string().optional(),
});

export const CaseViewAnswer = z.object({
  caseId: Id,
  openedAt: Instant,
  updatedAt: Instant,
  locale: Locale,
  email: z.string(),
  displayName: orNull(z.string()),
  identity: orNull(Identity),
  harm: orNull(Harm),
  witnesses: z.array(
    z.object({
      witnessId: Id,
      name: z.string(),
      contact: z.string().optional(),
      statement: z.string().optional(),
    }),
  ),
  letter: orNull(Letter),
  authors: z.array(Author),
  offences: z.object({
    suggested: z.array(OtherOffence),
    confirmed: orNull(z.array(OtherOffence)),
    named: z.array(OtherOffence),
  }),
  missing: z.array(z.enum(MISSING_ITEMS)).meta({
    description: 'What the complaint should state and does not yet (service-public F1435).',
  }),
  summary: orNull(z.string()),
  harassmentKinds: z.array(HarassmentKind),
  steps: z.array(z.object({ id: StepId, status: StepStatus, updatedAt: orNull(Instant) })),
  workflow: z.object({ status: WorkflowStatusSchema, resumeAt: orNull(ResumePoint) }),
  reports: z.array(
    z.object({
      site: z.string(),
      reportedAt: DayOrInstant,
      reference: z.string().optional(),
      recordedAt: Instant,
    }),
  ),
  complaint: orNull(
    z.object({
      outcome: z.enum(['filed', 'refused']),
      reference: z.string().optional(),
      policeStation: z.string().optional(),
      filedAt: DayOrInstant.optional(),
      recordedAt: Instant,
    }),
  ),
  prosecutorLetter: orNull(
    z.object({
      sentAt: DayOrInstant.optional(),
      trackingNumber: z.string().optional(),
      recordedAt: Instant,
    }),
  ),
  dossiers: z.array(
    z.object({
      version: z.number().int(),
      purpose: DossierPurpose,
      files: z.array(DossierFile),
      compiledAt: Instant,
    }),
  ),
  deadlines: z.array(
    z.object({
      id: z.enum(['public-insult-defamation', 'harassment']),
      from: orNull(DayOrInstant),
      dueBy: orNull(Instant),
      dueByIfDiscriminatory: orNull(Instant).optional(),
      urgent: z.boolean(),
      passed: z.boolean(),
      publications: z
        .array(
          z.object({
            factId: Id,
            publishedAt: DayOrInstant,
            dueBy: Instant,
            dueByIfDiscriminatory: Instant,
            passed: z.boolean(),
            passedIfDiscriminatory: z.boolean(),
          }),
        )
        .optional(),
    }),
  ),
  mails: z.array(
    z.object({
      mail: z.string().meta({ description: `One of ${MailKind.options.join(', ')}.` }),
      at: Instant,
      failed: z.boolean(),
      withheld: z.boolean().meta({ description: 'Not sent: the address asked for no mail.' }),
    }),
  ),
  mailsStoppedAt: orNull(Instant),
  mailsStoppedBy: orNull(MailsStoppedBy),
  dossierAttachment: orNull(DossierAttachment).meta({
    description: 'How the dossier PDF comes by mail; null until chosen (never attached).',
  }),
  discreet: z.boolean().meta({
    description: 'Neutral sender name and subjects in the mails (on by default).',
  }),
  evidence: z.array(EvidenceItem),
  awaitingTimestamp: z.array(Id).meta({
    description:
      'Accepted files still waiting for a timestamp (authority down or not configured); asked for again before each dossier.',
  }),
  pendingUploads: z.array(
    z.object({
      evidenceId: Id,
      kind: UploadKind,
      fileName: z.string(),
      requestedAt: Instant,
      expiresAt: Instant,
    }),
  ),
  rejectedUploads: z.array(
    z.object({
      evidenceId: orNull(Id),
      kind: orNull(UploadKind),
      fileName: orNull(z.string()),
      reason: RejectionReason,
      message: z.string().meta({ description: "The reason in the case's language." }),
      at: Instant,
    }),
  ),
  facts: z.array(
    z.object({
      factId: Id,
      occurredAt: DayOrInstant,
      recordedAt: Instant,
      description: z.string(),
      platform: orNull(z.string()),
      authorPseudonym: orNull(z.string()),
      url: orNull(z.string()),
      publishedAt: orNull(DayOrInstant),
      exposesPersonalData: z.boolean(),
      evidence: z.array(FactEvidence),
    }),
  ),
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

export const IdentityAnswer = z.object({ identity: orNull(Identity) });
export const HarmAnswer = z.object({ harm: orNull(Harm) });
export const LetterAnswer = z.object({ letter: orNull(Letter) });
export const AuthorsAnswer = z.object({ authors: z.array(Author) });
export const OffencesAnswer = z.object({ offences: z.array(OtherOffence) });
export const WitnessAdded = z.object({ witnessId: Id });
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
