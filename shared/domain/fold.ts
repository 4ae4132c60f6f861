import type { CaseState } from './case-state.js';
import { countdownKey } from './countdowns.js';
import { recordedFields } from './event-envelope.js';
import type { CaseEvent } from './events.js';
import { applyEvidence, emptyEvidence } from './evidence-fold.js';
import { applyFollowUp, applyFollowUpReopened } from './follow-up.js';
import { applyGuestAccess, emptyGuestAccess } from './guest-access.js';
import { applyGuestLinkUsed, applyHelper, helpersAfterAdding } from './helpers.js';
import { applyReportEvent, markReminded } from './platform-answers.js';
import { tickRetentionClock } from './retention.js';
import { applySignIn, emptySignIn } from './sign-in.js';
import { applyStepEvent, initialSteps } from './step-fold.js';
import { applyWitnessEvent } from './witnesses.js';

export type {
  CaseState,
  ComplaintOutcome,
  DossierProgressRecord,
  DossierRecord,
  MailRecord,
  PlatformReport,
  StepState,
  WorkflowStatus,
} from './case-state.js';

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

/**
 * Applies one event; `fold` is this reduced over the log. Each area's events are folded
 * beside their schemas (steps in `step-fold.ts`, reports in `platform-answers.ts`, ...);
 * this is the dispatcher, plus the case's own fields.
 */
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
      guests: emptyGuestAccess(),
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
    case 'step-awaiting':
    case 'complaint-outcome-recorded':
    case 'prosecutor-letter-sent':
      return applyStepEvent(next, event);
    case 'step-updated':
      return { ...applyStepEvent(next, event), helpers: helpersAfterAdding(next, event) };
    case 'platform-report-recorded':
      return { ...applyReportEvent(next, event), helpers: helpersAfterAdding(next, event) };
    case 'platform-answer-recorded':
      return applyReportEvent(next, event);
    case 'follow-up-recorded':
      return applyFollowUp(next, event);
    case 'follow-up-reopened':
      return applyFollowUpReopened(next, event);
    case 'countdowns-set':
      return { ...next, countdownsOff: !event.enabled };
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
    case 'mail-failed':
      return {
        ...next,
        mails: [...next.mails, mailRecord(event)],
        reports: event.reportIds
          ? markReminded(next.reports, event.reportIds, event.at)
          : next.reports,
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
    case 'witness-statement-drafted':
    case 'witness-upload-requested':
    case 'witness-file-received':
    case 'witness-file-rejected':
    case 'witness-attestation-submitted':
    case 'witness-attestation-withdrawn':
    case 'attestations-included':
      return { ...next, witnesses: applyWitnessEvent(next.witnesses, event) };
    case 'guest-link-issued':
    case 'guest-access-ended':
    case 'guest-signed-out':
      return { ...next, guests: applyGuestAccess(next.guests ?? emptyGuestAccess(), event) };
    case 'guest-link-used':
      return applyGuestLinkUsed(next, event);
    case 'helper-invited':
    case 'helper-removed':
      return { ...next, helpers: applyHelper(next.helpers ?? [], event) };
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
    case 'evidence-uploaded':
    case 'link-added':
    case 'fact-recorded':
      return {
        ...next,
        evidence: applyEvidence(next.evidence, event),
        helpers: helpersAfterAdding(next, event),
      };
    case 'upload-requested':
    case 'evidence-rejected':
    case 'evidence-described':
    case 'evidence-withdrawn':
    case 'fact-edited':
    case 'fact-withdrawn':
    case 'evidence-timestamped':
    case 'evidence-timestamp-failed':
      return { ...next, evidence: applyEvidence(next.evidence, event) };
    case 'sign-in-link-issued':
    case 'sign-in-link-used':
    case 'opener-session-started':
    case 'session-ended':
      return { ...next, signIn: applySignIn(next.signIn ?? emptySignIn(), event) };
  }
}

function touch(state: CaseState, event: CaseEvent): CaseState {
  return {
    ...state,
    lastEventAt: event.at,
    watermark: event.id,
    retention: tickRetentionClock(state.retention, event),
  };
}

/** A mail as the case keeps it: a countdown's fact and threshold, a failure's reason. */
function mailRecord(
  event: Extract<CaseEvent, { type: 'mail-sent' | 'mail-failed' }>,
): CaseState['mails'][number] {
  return {
    mail: event.mail,
    at: event.at,
    ...(event.type === 'mail-failed' ? { failed: event.reason } : {}),
    ...(event.countdown ? { countdown: countdownKey(event.countdown) } : {}),
  };
}
