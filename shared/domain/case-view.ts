import { actDatesOf, deadlines } from './deadlines.js';
import { MAILS_STOPPED_REASON } from './events.js';
import { evidenceView } from './evidence-view.js';
import type { CaseState } from './fold.js';
import { isDiscreet } from './mail-preferences.js';
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
    witnesses: state.witnesses,
    summary: state.summary ?? null,
    harassmentKinds: state.harassmentKinds,
    steps: STEP_IDS.map((id) => ({
      id,
      status: state.steps[id].status,
      updatedAt: state.steps[id].updatedAt ?? null,
    })),
    /** Where a resume would start; null once the case is closed. */
    workflow: { status: state.workflow.status, resumeAt: resumePoint(state) ?? null },
    reports: state.reports,
    complaint: state.complaint ?? null,
    prosecutorLetter: state.prosecutorLetter ?? null,
    dossiers: state.dossiers,
    deadlines: deadlines(state.harassmentKinds, actDatesOf(state), now),
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
    ...evidenceView(state),
  };
}
export type CaseView = ReturnType<typeof toCaseView>;
