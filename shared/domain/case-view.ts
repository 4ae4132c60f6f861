import { witnessesView } from './attestation-view.js';
import { actDatesOf, deadlines, publicationsOf } from './deadlines.js';
import { MAILS_STOPPED_REASON } from './events.js';
import { evidenceView } from './evidence-view.js';
import type { CaseState } from './fold.js';
import { followUpLetters } from './follow-up.js';
import { helperName } from './helpers.js';
import { isDiscreet } from './mail-preferences.js';
import { missingItems } from './missing.js';
import { offencesOf, suggestedOffences } from './offences.js';
import { resumePoint } from './progress.js';
import { STEP_IDS } from './steps.js';

/** What the victim sees of their case (`GET /api/v1/cases/{id}`): no token, no hash. */
export function toCaseView(state: CaseState, now: Date = new Date()) {
  return {
    caseId: state.caseId,
    openedAt: state.openedAt,
    updatedAt: state.lastEventAt,
    locale: state.locale,
    email: state.email,
    displayName: state.displayName ?? null,
    identity: state.identity ?? null,
    harm: state.harm ?? null,
    witnesses: witnessesView(state, now),
    /** Tribunal, place of signature, civil-party intent; null until given. */
    letter: state.letter ?? null,
    /** Presumed authors as the victim named them. */
    authors: state.authors,
    offences: {
      /** What the kinds and facts point to. */
      suggested: suggestedOffences(state.harassmentKinds, state.evidence.facts),
      /** The victim's checklist; null until she answered it. */
      confirmed: state.confirmedOffences ?? null,
      /** What the next dossier names (besides art. 222-33-2-2). */
      named: offencesOf(state),
    },
    /** What the complaint should state and does not yet (service-public F1435). */
    missing: missingItems(state),
    summary: state.summary ?? null,
    harassmentKinds: state.harassmentKinds,
    steps: STEP_IDS.map((id) => ({
      id,
      status: state.steps[id].status,
      updatedAt: state.steps[id].updatedAt ?? null,
      /** The trusted helper who marked it; null when the victim did. */
      completedBy: completedBy(state, state.steps[id].completedBy),
    })),
    /** Where a resume would start; null once the case is closed. */
    workflow: { status: state.workflow.status, resumeAt: resumePoint(state) ?? null },
    reports: state.reports,
    complaint: state.complaint ?? null,
    prosecutorLetter: state.prosecutorLetter ?? null,
    /** What came of the complaint (`follow-up`), and the letters it calls for; null until said. */
    followUp: state.followUp
      ? { ...state.followUp, letters: followUpLetters(state.followUp) }
      : null,
    dossiers: state.dossiers,
    deadlines: deadlines(state.harassmentKinds, actDatesOf(state), now, publicationsOf(state)),
    mails: state.mails.map(({ mail, at, failed }) => ({
      mail,
      at,
      failed: failed !== undefined && failed !== MAILS_STOPPED_REASON,
      /** Not sent because the address asked for no more mail. */
      withheld: failed === MAILS_STOPPED_REASON,
    })),
    /** Since when no mail goes to the case's address; null while mails go. */
    mailsStoppedAt: state.mailsStoppedAt ?? null,
    /** `recipient`: from a mail's link; only a browser signed in from that mailbox may resume. */
    mailsStoppedBy: state.mailsStoppedBy ?? null,
    /** How the dossier PDF comes by mail; null until the victim chose (never attached). */
    dossierAttachment: state.dossierAttachment ?? null,
    /** Discreet mode: a neutral name in the mails' sender and subjects (on by default). */
    discreet: isDiscreet(state),
    /** Countdown mails before a public fact's three-month limit (on by default). */
    countdowns: !state.countdownsOff,
    ...evidenceView(state),
  };
}
export type CaseView = ReturnType<typeof toCaseView>;

function completedBy(state: CaseState, helperId: string | undefined) {
  const name = helperName(state.helpers, helperId);
  return helperId && name ? { helperId, name } : null;
}
