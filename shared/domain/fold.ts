import type { Author } from './authors.js';
import { recordedFields } from './event-envelope.js';
import type { CaseEvent, MailsStoppedBy } from './events.js';
import { applyEvidence, type EvidenceState, emptyEvidence } from './evidence-fold.js';
import type { HarassmentKind } from './harassment-kinds.js';
import type { Harm } from './harm.js';
import type { VictimIdentity } from './identity.js';
import type { LetterDetails } from './letter.js';
import type { Locale } from './locale.js';
import type { DossierAttachment } from './mail-preferences.js';
import type { OtherOffence } from './offences.js';
import { type RetentionClock, tickRetentionClock } from './retention.js';
import { applySignIn, emptySignIn, type SignInState } from './sign-in.js';
import { STEP_IDS, type StepId, type StepStatus } from './steps.js';
import { applyWitness, type Witness } from './witnesses.js';

export interface StepState {
  readonly status: StepStatus;
  readonly updatedAt?: string;
}

export type WorkflowStatus = 'starting' | 'running' | 'start-failed' | 'stalled' | 'closed';

export interface PlatformReport {
  readonly site: string;
  readonly reportedAt: string;
  readonly reference?: string;
  readonly recordedAt: string;
}

export interface ComplaintOutcome {
  readonly outcome: 'filed' | 'refused';
  readonly reference?: string;
  readonly policeStation?: string;
  readonly filedAt?: string;
  readonly recordedAt: string;
}

export interface DossierRecord {
  readonly version: number;
  readonly purpose: 'complaint' | 'prosecutor-letter';
  readonly files: readonly { name: string; sha256: string; size: number }[];
  readonly compiledAt: string;
}

export interface MailRecord {
  readonly mail: string;
  readonly at: string;
  readonly failed?: string;
}

/** Everything the event log says about a case, secrets included: never sent as is. */
export interface CaseState {
  readonly caseId: string;
  readonly openedAt: string;
  readonly lastEventAt: string;
  /** Id of the last event folded in. */
  readonly watermark: string;
  readonly locale: Locale;
  readonly email: string;
  readonly displayName?: string;
  /** Civil identity, address, phone: entered for the complaint, printed in the dossier. */
  readonly identity?: VictimIdentity;
  /** What the harassment does to the victim's life, as the medical certificate says. */
  readonly harm?: Harm;
  /** People who saw the harassment and may testify, in the order added. */
  readonly witnesses: readonly Witness[];
  /** Where the letter to the Procureur goes and is signed; the civil-party intent. */
  readonly letter?: LetterDetails;
  /** Presumed authors as the victim named them (name, pseudonyms, profiles). */
  readonly authors: readonly Author[];
  /** The other offences the victim confirmed; absent until she has answered the checklist. */
  readonly confirmedOffences?: readonly OtherOffence[];
  readonly summary?: string;
  readonly harassmentKinds: readonly HarassmentKind[];
  readonly accessTokenHash: string;
  readonly steps: Readonly<Record<StepId, StepState>>;
  /** Task tokens of the steps the workflow waits on. */
  readonly awaiting: Readonly<Partial<Record<StepId, { taskToken: string; since: string }>>>;
  readonly workflow: {
    readonly status: WorkflowStatus;
    /** Latest execution; a resumed case has had several. */
    readonly executionId?: string;
    readonly executions: number;
  };
  readonly mails: readonly MailRecord[];
  /** Set while the address asked for no more mail about this case. */
  readonly mailsStoppedAt?: string;
  /** Who stopped them; a stop from a mail's link outranks the holder's own. */
  readonly mailsStoppedBy?: MailsStoppedBy;
  /**
   * How the dossier PDF comes with its mails; unset until the victim chose (no attachment).
   * Both settings are optional so that snapshots from before them stay valid.
   */
  readonly dossierAttachment?: DossierAttachment;
  /** Discreet mode; unset means the default (see `isDiscreet`). */
  readonly discreet?: boolean;
  readonly reports: readonly PlatformReport[];
  readonly complaint?: ComplaintOutcome;
  readonly prosecutorLetter?: {
    readonly sentAt?: string;
    readonly trackingNumber?: string;
    readonly recordedAt: string;
  };
  readonly dossiers: readonly DossierRecord[];
  /** Uploads issued, evidence items, rejected uploads and facts. */
  readonly evidence: EvidenceState;
  /** Hashes of unused sign-in links and of browser sessions (web pages). */
  readonly signIn: SignInState;
  /** The latest `dossier-progress` of any compilation (see `shared/dossier/status.ts`). */
  readonly dossierProgress?: DossierProgressRecord;
  readonly retention: RetentionClock;
}

export interface DossierProgressRecord {
  readonly version: number;
  readonly purpose: 'complaint' | 'prosecutor-letter';
  readonly stage: string;
  readonly progress: number;
  readonly at: string;
}

function initialSteps(): Record<StepId, StepState> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, { status: 'pending' }])) as Record<
    StepId,
    StepState
  >;
}

/**
 * The case as its events tell it. Pure: same events, same state. Events are applied in
 * id (ULID) order; a log without `case-opened` is not a case.
 */
export function fold(events: readonly CaseEvent[]): CaseState | undefined {
  const ordered = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let state: CaseState | undefined;
  for (const event of ordered) state = apply(state, event);
  return state;
}

/** Applies one event; `fold` is this reduced over the log. */
export function apply(state: CaseState | undefined, event: CaseEvent): CaseState | undefined {
  if (event.type === 'case-opened') {
    if (state) return touch(state, event); // a second case-opened changes nothing
    return {
      caseId: event.caseId,
      openedAt: event.at,
      lastEventAt: event.at,
      watermark: event.id,
      locale: event.locale,
      email: event.email,
      displayName: event.displayName,
      summary: event.summary,
      harassmentKinds: event.harassmentKinds,
      accessTokenHash: event.accessTokenHash,
      steps: initialSteps(),
      awaiting: {},
      workflow: { status: 'starting', executions: 0 },
      mails: [],
      reports: [],
      witnesses: [],
      authors: [],
      dossiers: [],
      evidence: emptyEvidence(),
      signIn: emptySignIn(),
      retention: { lastActivityAt: event.at },
    };
  }
  if (!state) return undefined;
  const next = touch(state, event);
  switch (event.type) {
    case 'workflow-started':
      return {
        ...next,
        workflow: {
          status: 'running',
          executionId: event.executionId,
          executions: next.workflow.executions + 1,
        },
      };
    case 'workflow-start-failed':
      return { ...next, workflow: { ...next.workflow, status: 'start-failed' } };
    case 'case-stalled':
      return { ...next, workflow: { ...next.workflow, status: 'stalled' } };
    case 'case-closed':
      return { ...next, workflow: { ...next.workflow, status: 'closed' } };
    case 'step-awaiting': {
      const step = next.steps[event.stepId];
      if (step.status === 'done' || step.status === 'skipped') return next;
      return {
        ...next,
        steps: { ...next.steps, [event.stepId]: { status: 'awaiting', updatedAt: event.at } },
        awaiting: {
          ...next.awaiting,
          [event.stepId]: { taskToken: event.taskToken, since: event.at },
        },
      };
    }
    case 'step-updated':
      return withStep(next, event.stepId, event.status, event.at);
    case 'platform-report-recorded':
      return withStep(
        {
          ...next,
          reports: [
            ...next.reports,
            {
              site: event.site,
              reportedAt: event.reportedAt,
              reference: event.reference,
              recordedAt: event.at,
            },
          ],
        },
        'report-content',
        'done',
        event.at,
      );
    case 'complaint-outcome-recorded': {
      const complaint: ComplaintOutcome = {
        outcome: event.outcome,
        reference: event.reference,
        policeStation: event.policeStation,
        filedAt: event.filedAt,
        recordedAt: event.at,
      };
      const filed = withStep({ ...next, complaint }, 'file-complaint', 'done', event.at);
      // The letter to the Procureur is only for a refused complaint.
      return event.outcome === 'filed'
        ? withStep(filed, 'write-prosecutor', 'not-applicable', event.at)
        : filed;
    }
    case 'prosecutor-letter-sent':
      return withStep(
        {
          ...next,
          prosecutorLetter: {
            sentAt: event.sentAt,
            trackingNumber: event.trackingNumber,
            recordedAt: event.at,
          },
        },
        'write-prosecutor',
        'done',
        event.at,
      );
    case 'dossier-compiled':
      return {
        ...next,
        dossiers: [
          ...next.dossiers,
          {
            version: event.version,
            purpose: event.purpose,
            files: event.files,
            compiledAt: event.at,
          },
        ],
      };
    case 'dossier-progress':
      return {
        ...next,
        dossierProgress: {
          version: event.version,
          purpose: event.purpose,
          stage: event.stage,
          progress: event.progress,
          at: event.at,
        },
      };
    case 'mail-sent':
      return { ...next, mails: [...next.mails, { mail: event.mail, at: event.at }] };
    case 'mail-failed':
      return {
        ...next,
        mails: [...next.mails, { mail: event.mail, at: event.at, failed: event.reason }],
      };
    case 'identity-recorded':
      return { ...next, identity: recordedFields(event) };
    case 'harm-recorded':
      return { ...next, harm: recordedFields(event) };
    case 'letter-details-recorded':
      return { ...next, letter: recordedFields(event) };
    case 'authors-recorded':
      return { ...next, authors: event.authors };
    case 'offences-confirmed':
      return { ...next, confirmedOffences: event.offences };
    case 'witness-added':
    case 'witness-removed':
      return { ...next, witnesses: applyWitness(next.witnesses, event) };
    case 'mails-stopped':
      return {
        ...next,
        mailsStoppedAt: next.mailsStoppedAt ?? event.at,
        mailsStoppedBy: next.mailsStoppedBy === 'recipient' ? 'recipient' : event.by,
      };
    case 'mails-resumed':
      return { ...next, mailsStoppedAt: undefined, mailsStoppedBy: undefined };
    case 'dossier-delivery-chosen':
      return { ...next, dossierAttachment: event.attachment };
    case 'discretion-set':
      return { ...next, discreet: event.discreet };
    case 'upload-requested':
    case 'evidence-uploaded':
    case 'evidence-rejected':
    case 'link-added':
    case 'fact-recorded':
    case 'evidence-described':
    case 'evidence-withdrawn':
    case 'fact-edited':
    case 'fact-withdrawn':
    case 'evidence-timestamped':
    case 'evidence-timestamp-failed':
      return { ...next, evidence: applyEvidence(next.evidence, event) };
    case 'sign-in-link-issued':
    case 'sign-in-link-used':
    case 'session-ended':
      return { ...next, signIn: applySignIn(next.signIn ?? emptySignIn(), event) };
  }
}

/** Sets a step's status; a finished step no longer waits. */
function withStep(state: CaseState, stepId: StepId, status: StepStatus, at: string): CaseState {
  const { [stepId]: _finished, ...stillAwaiting } = state.awaiting;
  return {
    ...state,
    steps: { ...state.steps, [stepId]: { status, updatedAt: at } },
    awaiting: stillAwaiting,
  };
}

function touch(state: CaseState, event: CaseEvent): CaseState {
  return {
    ...state,
    lastEventAt: event.at,
    watermark: event.id,
    retention: tickRetentionClock(state.retention, event),
  };
}
