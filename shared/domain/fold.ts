import type { CaseState, ComplaintOutcome, StepState } from './case-state.js';
import { countdownKey } from './countdowns.js';
import { recordedFields } from './event-envelope.js';
import type { CaseEvent } from './events.js';
import { applyEvidence, emptyEvidence } from './evidence-fold.js';
import { applyGuestAccess, emptyGuestAccess } from './guest-access.js';
import { applyHelper, noteHelperAction } from './helpers.js';
import { applyPlatformAnswer, markReminded } from './platform-answers.js';
import { tickRetentionClock } from './retention.js';
import { applySignIn, emptySignIn } from './sign-in.js';
import { STEP_IDS, type StepId, type StepStatus } from './steps.js';
import { applyWitness, applyWitnessAttestation } from './witnesses.js';

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
              reportId: event.id,
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
    case 'countdowns-set':
      return { ...next, countdownsOff: !event.enabled };
    case 'follow-up-recorded':
      return withStep(
        {
          ...next,
          followUp: {
            answer: event.answer,
            dismissedAt: event.dismissedAt,
            prosecutionReference: event.prosecutionReference,
            hearingAt: event.hearingAt,
            court: event.court,
            recordedAt: event.at,
          },
        },
        'follow-up',
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
      return {
        ...next,
        mails: [...next.mails, mailRecord(event)],
        reports: event.reportIds
          ? markReminded(next.reports, event.reportIds, event.at)
          : next.reports,
      };
    case 'platform-answer-recorded':
      return { ...next, reports: applyPlatformAnswer(next.reports, event) };
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
      return { ...next, witnesses: applyWitness(next.witnesses, event) };
    case 'witness-statement-drafted':
    case 'witness-upload-requested':
    case 'witness-file-received':
    case 'witness-file-rejected':
    case 'witness-attestation-submitted':
    case 'witness-attestation-withdrawn':
    case 'attestations-included':
      return { ...next, witnesses: applyWitnessAttestation(next.witnesses, event) };
    case 'guest-link-issued':
    case 'guest-access-ended':
      return { ...next, guests: applyGuestAccess(next.guests ?? emptyGuestAccess(), event) };
    case 'guest-link-used': {
      const guests = next.guests ?? emptyGuestAccess();
      const principal = guests.links.find((l) => l.tokenHash === event.tokenHash)?.principal;
      const helpers =
        principal?.kind === 'helper'
          ? noteHelperAction(
              next.helpers,
              { at: event.at, by: { kind: 'helper', id: principal.id } },
              'signed-in',
            )
          : next.helpers;
      return { ...next, guests: applyGuestAccess(guests, event), helpers };
    }
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
    case 'evidence-uploaded': {
      // A file a helper's form brought is theirs once it passed its checks.
      const helperId = next.evidence.uploads[event.evidenceId]?.addedBy;
      const known = next.evidence.items.some((i) => i.evidenceId === event.evidenceId);
      return {
        ...next,
        evidence: applyEvidence(next.evidence, event),
        helpers:
          helperId && !known
            ? noteHelperAction(
                next.helpers,
                { at: event.at, by: { kind: 'helper', id: helperId } },
                'upload',
                event.evidenceId,
              )
            : next.helpers,
      };
    }
    case 'link-added':
      return {
        ...next,
        evidence: applyEvidence(next.evidence, event),
        helpers: noteHelperAction(next.helpers, event, 'link', event.evidenceId),
      };
    case 'fact-recorded':
      return {
        ...next,
        evidence: applyEvidence(next.evidence, event),
        helpers: noteHelperAction(next.helpers, event, 'fact', event.factId),
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
