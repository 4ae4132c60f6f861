import { evidenceKey } from '../bucket-keys.js';
import { actDatesOf, deadlines } from '../domain/deadlines.js';
import type { CaseEvent } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import type { DossierInputDraft } from './dossier-input.js';

/**
 * The dossier input from the case log: identity, kinds, summary, facts, evidence (files
 * by their storage key, links), reports, the complaint's outcome, the presumed authors'
 * pseudonyms ("contre X"), witnesses, deadlines and the custody log. What the victim did
 * not enter (identity fields, the harm) is left blank in the dossier, to fill in by hand.
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
    identity: { email: state.email, displayName: state.displayName, ...state.identity },
    harm: state.harm,
    witnesses: state.witnesses.map(({ name, contact, statement }) => ({
      name,
      contact,
      statement,
    })),
    harassmentKinds: [...state.harassmentKinds],
    summary: state.summary || undefined,
    facts: state.evidence.facts.map((fact) => ({
      occurredAt: fact.occurredAt,
      description: fact.description,
      platform: fact.platform,
      authorPseudonym: fact.authorPseudonym,
      url: fact.url,
      evidenceIds: [...fact.evidenceIds],
    })),
    evidence: state.evidence.items.map((item) => ({
      evidenceId: item.evidenceId,
      number: item.number,
      kind: item.kind,
      fileName: item.fileName,
      contentType: item.contentType,
      size: item.size,
      sha256: item.sha256,
      // The victim's capture time, else when the service received it.
      capturedAt: item.capturedAt ?? item.receivedAt,
      uploadedAt: item.kind === 'link' ? undefined : item.receivedAt,
      platform: item.platform,
      url: item.url,
      authorPseudonym: item.authorPseudonym,
      description: item.description,
      storageKey: item.kind === 'link' ? undefined : evidenceKey(state.caseId, item.evidenceId),
    })),
    suspects: presumedAuthors(state),
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

/** The pseudonyms the victim named, as one unknown author ("contre X"), if any. */
function presumedAuthors(state: CaseState) {
  const pseudonyms = [
    ...new Set(
      [...state.evidence.facts, ...state.evidence.items].flatMap((entry) =>
        entry.authorPseudonym ? [entry.authorPseudonym] : [],
      ),
    ),
  ];
  return pseudonyms.length ? [{ pseudonyms, profileUrls: [] }] : [];
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
    case 'upload-requested':
      return `${e.kind} ${e.evidenceId}`;
    case 'evidence-uploaded':
      return `${e.kind} ${e.evidenceId} – ${e.contentType}, ${e.size} bytes – SHA-256 ${e.sha256}`;
    case 'evidence-rejected':
      return [e.evidenceId, e.reason, e.sha256 && `SHA-256 ${e.sha256}`]
        .filter(Boolean)
        .join(' – ');
    case 'link-added':
      return `link ${e.evidenceId}`;
    case 'fact-recorded':
      return `fact ${e.factId}`;
    default:
      return `event ${e.id}`;
  }
}
