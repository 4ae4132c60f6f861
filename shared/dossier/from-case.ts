import { actDatesOf, deadlines } from '../domain/deadlines.js';
import type { CaseEvent } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import type { DossierInputDraft } from './dossier-input.js';

/**
 * The dossier input from what the case log holds today: identity, kinds, summary,
 * reports, the complaint's outcome, deadlines and the custody log. Facts and evidence
 * come with the evidence work (its events), and are empty until then.
 */
export function dossierInputFromCase(
  state: CaseState,
  events: readonly CaseEvent[],
  purpose: 'complaint' | 'prosecutor-letter',
  compiledAt: Date,
): DossierInputDraft {
  return {
    caseId: state.caseId,
    locale: state.locale,
    purpose,
    compiledAt: compiledAt.toISOString(),
    identity: { email: state.email, displayName: state.displayName },
    harassmentKinds: [...state.harassmentKinds],
    summary: state.summary || undefined,
    facts: [],
    evidence: [],
    reports: state.reports.map((r) => ({
      site: r.site,
      reportedAt: r.reportedAt,
      reference: r.reference,
    })),
    complaint: state.complaint && {
      outcome: state.complaint.outcome,
      reference: state.complaint.reference,
      policeStation: state.complaint.policeStation,
      filedAt: state.complaint.filedAt,
    },
    custody: [...events]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((e) => e.type !== 'dossier-progress')
      .map((e) => ({ at: e.at, eventType: e.type, description: custodyLine(e) })),
    deadlines: deadlines(state.harassmentKinds, actDatesOf(state), compiledAt),
  };
}

/** One line per event: ids, steps, hashes; never a token or a token's hash. */
function custodyLine(e: CaseEvent): string {
  switch (e.type) {
    case 'step-updated':
      return `${e.stepId}: ${e.status}`;
    case 'step-awaiting':
      return e.stepId;
    case 'mail-sent':
    case 'mail-failed':
      return e.mail;
    case 'platform-report-recorded':
      return [e.site, e.reportedAt, e.reference].filter(Boolean).join(' – ');
    case 'complaint-outcome-recorded':
      return [e.outcome, e.reference, e.policeStation].filter(Boolean).join(' – ');
    case 'dossier-compiled':
      return [`v${e.version} ${e.purpose}`, ...e.files.map((f) => `${f.name} ${f.sha256}`)].join(
        ' – ',
      );
    case 'workflow-started':
      return e.executionId;
    default:
      return `event ${e.id}`;
  }
}
