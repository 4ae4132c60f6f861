import * as z from 'zod';
import { RelationshipKind } from '../../shared/domain/attestation.js';
import { MailKind, MailsStoppedBy } from '../../shared/domain/events.js';
import { EvidenceKind, UploadKind } from '../../shared/domain/evidence.js';
import { RejectionReason } from '../../shared/domain/evidence-events.js';
import { FollowUpAnswer } from '../../shared/domain/follow-up.js';
import { HarassmentKind } from '../../shared/domain/harassment-kinds.js';
import { Locale } from '../../shared/domain/locale.js';
import { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import { MISSING_ITEMS } from '../../shared/domain/missing.js';
import { OtherOffence } from '../../shared/domain/offences.js';
import { ResumePoint } from '../../shared/domain/progress.js';
import { StepId, StepStatus } from '../../shared/domain/steps.js';
import {
  Author,
  DayOrInstant,
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
import { ReportAnswer } from './platform-answers.js';

/** `GET /api/v1/cases/:caseId`: the whole case as the API shows it. */

const EvidenceItem = z.object({
  evidenceId: Id,
  number: z.number().int().min(1),
  kind: EvidenceKind,
  capturedAt: DayOrInstant.meta({
    description:
      'The capture time the victim gave (a day, YYYY-MM-DD, when she gave no time), else the time of receipt.',
  }),
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

const WitnessFile = z.object({
  sha256: z.string(),
  size: z.number().int(),
  contentType: z.string(),
});

/** A witness's own attestation (art. 202 CPC): read-only for the victim. */
const WitnessAttestation = z.object({
  status: z.enum(['none', 'link-sent', 'in-progress', 'sent', 'withdrawn']),
  linkExpiresAt: orNull(Instant),
  sent: orNull(
    z.object({
      lastName: z.string(),
      firstNames: z.string(),
      dateOfBirth: z.string(),
      placeOfBirth: z.string(),
      address: z.string(),
      occupation: z.string(),
      relationships: z.array(RelationshipKind),
      relationshipDetails: orNull(z.string()),
      facts: z.string(),
      place: z.string(),
      signedOn: z.string(),
      submittedAt: Instant,
      includedIn: orNull(z.number().int()),
      identityFile: WitnessFile,
      signatureFile: WitnessFile,
    }),
  ),
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
      attestation: WitnessAttestation,
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
  steps: z.array(
    z.object({
      id: StepId,
      status: StepStatus,
      updatedAt: orNull(Instant),
      completedBy: orNull(z.object({ helperId: Id, name: z.string() })).meta({
        description: 'The trusted helper who marked the step; null when the victim did',
      }),
    }),
  ),
  workflow: z.object({ status: WorkflowStatusSchema, resumeAt: orNull(ResumePoint) }),
  reports: z.array(ReportAnswer),
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
  followUp: orNull(
    z.object({
      answer: FollowUpAnswer,
      dismissedAt: DayOrInstant.optional(),
      prosecutionReference: z.string().optional(),
      hearingAt: DayOrInstant.optional(),
      court: z.string().optional(),
      recordedAt: Instant,
      /** The letters the answer calls for, in the dossier's order. */
      letters: z.array(z.enum(['civil-party', 'recours'])),
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
  countdowns: z.boolean().meta({
    description:
      'Countdown mails 30, 14 and 7 days before a public fact’s three-month limit (on by default).',
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
