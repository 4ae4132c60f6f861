import type { Author } from './authors.js';
import type { DossierPurpose } from './dossier-events.js';
import type { MailsStoppedBy } from './events.js';
import type { EvidenceState } from './evidence-fold.js';
import type { FollowUp } from './follow-up.js';
import type { GuestAccessState } from './guest-access.js';
import type { HarassmentKind } from './harassment-kinds.js';
import type { Harm } from './harm.js';
import type { Helper } from './helpers.js';
import type { VictimIdentity } from './identity.js';
import type { LetterDetails } from './letter.js';
import type { Locale } from './locale.js';
import type { DossierAttachment } from './mail-preferences.js';
import type { OtherOffence } from './offences.js';
import type { RetentionClock } from './retention.js';
import type { SignInState } from './sign-in.js';
import type { StepId, StepStatus } from './steps.js';
import type { Witness } from './witnesses.js';

/** The shape of a case as `fold` builds it from the event log (see `fold.ts`). */

export interface StepState {
  readonly status: StepStatus;
  readonly updatedAt?: string;
  /** The trusted helper (id) who marked it; absent when the victim did. */
  readonly completedBy?: string;
}

export type WorkflowStatus = 'starting' | 'running' | 'start-failed' | 'stalled' | 'closed';

export interface PlatformReport {
  /** The id of the event that recorded it; absent only in snapshots from before it. */
  readonly reportId?: string;
  readonly site: string;
  readonly reportedAt: string;
  readonly reference?: string;
  readonly recordedAt: string;
  /** The trusted helper (id) who recorded it; absent when the victim did. */
  readonly addedBy?: string;
  /** What the platform did with the notice, as the victim recorded it. */
  readonly answer?: {
    readonly answer: 'removed' | 'refused';
    readonly answeredAt?: string;
    readonly reference?: string;
    /** The reasons the platform gave, as the victim copied them. */
    readonly reason?: string;
    /** What the victim did next: art. 20, 21, Arcom, the 3018 (`platform-answers.ts`). */
    readonly followUps?: readonly (
      | 'internal-complaint'
      | 'out-of-court-settlement'
      | 'arcom-complaint'
      | 'trusted-flagger'
    )[];
    readonly recordedAt: string;
  };
  /** When the mail asking for the platform's answer went out. */
  readonly remindedAt?: string;
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
  readonly purpose: DossierPurpose;
  readonly files: readonly { name: string; sha256: string; size: number }[];
  readonly compiledAt: string;
}

export interface MailRecord {
  readonly mail: string;
  readonly at: string;
  readonly failed?: string;
  /** A countdown mail's fact and threshold (`countdownKey`). */
  readonly countdown?: string;
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
  /** The victim turned the countdown mails off (`countdowns.ts`). */
  readonly countdownsOff?: boolean;
  /** What came of the complaint, as the victim said at the follow-up. */
  readonly followUp?: FollowUp;
  /** Uploads issued, evidence items, rejected uploads and facts. */
  readonly evidence: EvidenceState;
  /** Hashes of unused sign-in links and of browser sessions (web pages). */
  readonly signIn: SignInState;
  /**
   * Hashes of the links and sessions of people the victim let act on one part of the case
   * (a witness's attestation). Optional so that snapshots from before guests stay valid.
   */
  readonly guests?: GuestAccessState;
  /** Trusted helpers the victim invited, taken off ones included. Optional for old snapshots. */
  readonly helpers?: readonly Helper[];
  /** The latest `dossier-progress` of any compilation (see `shared/dossier/status.ts`). */
  readonly dossierProgress?: DossierProgressRecord;
  readonly retention: RetentionClock;
}

export interface DossierProgressRecord {
  readonly version: number;
  readonly purpose: DossierPurpose;
  readonly stage: string;
  readonly progress: number;
  readonly at: string;
}
