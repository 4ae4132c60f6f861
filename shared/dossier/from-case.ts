import { evidenceKey } from '../bucket-keys.js';
import { pseudonymKey } from '../domain/authors.js';
import { actDatesOf, deadlines, publicationsOf } from '../domain/deadlines.js';
import type { DossierPurpose } from '../domain/dossier-events.js';
import type { CaseEvent } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import { helperName } from '../domain/helpers.js';
import { missingItems } from '../domain/missing.js';
import { offencesOf } from '../domain/offences.js';
import type { DossierAttestation } from './attestations.js';
import {
  type DossierCustodyEntry,
  type DossierInputDraft,
  type DossierSuspect,
  HelperStepDone,
} from './dossier-input.js';

/**
 * The dossier input from the case log: identity, kinds, summary, facts, evidence (files
 * by their storage key, links), reports, the complaint's outcome, the presumed authors,
 * witnesses, the offences named, deadlines, the custody record and the journal. What the
 * victim did not enter is left blank in the dossier, to fill in by hand.
 */
export function dossierInputFromCase(
  state: CaseState,
  events: readonly CaseEvent[],
  purpose: DossierPurpose,
  compiledAt: Date,
): DossierInputDraft {
  const ordered = [...events].sort((a, b) => (a.id < b.id ? -1 : 1));
  const withheld = new Set(ordered.filter((e) => holdsWithdrawn(state, e)).map((e) => e.id));
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
    attestations: attestationsOf(state),
    harassmentKinds: [...state.harassmentKinds],
    summary: state.summary || undefined,
    facts: state.evidence.facts.map((fact) => ({
      occurredAt: fact.occurredAt,
      description: fact.description,
      platform: fact.platform,
      authorPseudonym: fact.authorPseudonym,
      url: fact.url,
      evidenceIds: [...fact.evidenceIds],
      addedBy: helperName(state.helpers, fact.addedBy),
      publishedAt: fact.publishedAt,
      exposesPersonalData: fact.exposesPersonalData,
    })),
    evidence: state.evidence.items.map((item) => ({
      evidenceId: item.evidenceId,
      number: item.number,
      kind: item.kind,
      fileName: item.fileName,
      contentType: item.contentType,
      size: item.size,
      sha256: item.sha256,
      // Only what the victim stated: the time of receipt is printed as such, never as a capture.
      capturedAt: item.capturedAt,
      uploadedAt: item.receivedAt,
      platform: item.platform,
      url: item.url,
      authorPseudonym: item.authorPseudonym,
      description: item.description,
      addedBy: helperName(state.helpers, item.addedBy),
      storageKey: item.kind === 'link' ? undefined : evidenceKey(state.caseId, item.evidenceId),
    })),
    suspects: presumedAuthors(state),
    reports: state.reports.map((r) => ({
      site: r.site,
      reportedAt: r.reportedAt,
      reference: r.reference,
      addedBy: helperName(state.helpers, r.addedBy),
      answer: r.answer && {
        answer: r.answer.answer,
        answeredAt: r.answer.answeredAt,
        reference: r.answer.reference,
        reason: r.answer.reason,
        followUps: [...(r.answer.followUps ?? [])],
      },
    })),
    complaint: state.complaint && {
      outcome: state.complaint.outcome,
      reference: state.complaint.reference,
      policeStation: state.complaint.policeStation,
      filedAt: state.complaint.filedAt,
    },
    prosecutorLetter: state.prosecutorLetter && {
      sentAt: state.prosecutorLetter.sentAt,
      trackingNumber: state.prosecutorLetter.trackingNumber,
    },
    followUp: state.followUp && {
      answer: state.followUp.answer,
      dismissedAt: state.followUp.dismissedAt,
      prosecutionReference: state.followUp.prosecutionReference,
    },
    prosecutor: { tribunal: state.letter?.tribunal, place: state.letter?.place },
    civilParty: state.letter?.civilParty,
    offences: offencesOf(state),
    missing: missingItems(state),
    custody: custodyOf(state, ordered),
    journal: ordered
      .filter((e) => e.type !== 'dossier-progress' && !withheld.has(e.id))
      .map(journalEntry),
    withheldEvents: [...withheld],
    deadlines: deadlines(
      state.harassmentKinds,
      actDatesOf(state),
      compiledAt,
      publicationsOf(state),
    ).map((d) => ({ ...d, publications: d.publications && [...d.publications] })),
  };
}

/** The attestations witnesses sent, in the order the victim named them, files by key. */
function attestationsOf(state: CaseState): DossierAttestation[] {
  return state.witnesses.flatMap((w) => {
    const a = w.attestation?.submitted;
    if (!a) return [];
    const file = (f: typeof a.identityFile) => ({
      ...f,
      storageKey: evidenceKey(state.caseId, f.fileId),
    });
    return [
      {
        witnessId: w.witnessId,
        lastName: a.lastName,
        firstNames: a.firstNames,
        dateOfBirth: a.dateOfBirth,
        placeOfBirth: a.placeOfBirth,
        address: a.address,
        occupation: a.occupation,
        relationships: [...a.relationships],
        relationshipDetails: a.relationshipDetails,
        facts: a.facts,
        place: a.place,
        signedOn: a.signedOn,
        submittedAt: a.submittedAt,
        identityFile: file(a.identityFile),
        signatureFile: file(a.signatureFile),
      },
    ];
  });
}

/**
 * The presumed authors: those the victim named, then every other pseudonym seen in the
 * facts and evidence (one unknown author each, "contre X"), each pseudonym once whatever
 * its case, with the profiles and platforms where it appears.
 */
function presumedAuthors(state: CaseState): DossierSuspect[] {
  const suspects: DossierSuspect[] = state.authors.map((a) => ({
    name: a.name,
    pseudonyms: [...a.pseudonyms],
    profileUrls: [...a.profileUrls],
    platforms: [],
    details: a.details,
  }));
  const owner = new Map<string, DossierSuspect>();
  for (const suspect of suspects)
    for (const p of suspect.pseudonyms) owner.set(pseudonymKey(p), suspect);
  for (const entry of [...state.evidence.facts, ...state.evidence.items]) {
    if (!entry.authorPseudonym) continue;
    const key = pseudonymKey(entry.authorPseudonym);
    let suspect = owner.get(key);
    if (!suspect) {
      suspect = { pseudonyms: [entry.authorPseudonym], profileUrls: [], platforms: [] };
      suspects.push(suspect);
      owner.set(key, suspect);
    }
    if (entry.platform && !suspect.platforms.includes(entry.platform))
      suspect.platforms.push(entry.platform);
    // A link saved under the author's name is their profile page.
    const isProfile = 'kind' in entry && entry.kind === 'link' && entry.url;
    if (isProfile && entry.url && !suspect.profileUrls.includes(entry.url))
      suspect.profileUrls.push(entry.url);
  }
  return suspects;
}

/**
 * The custody record a police officer reads: each exhibit received (with its hash), each
 * link saved, each step a trusted helper marked, each dossier compiled. Upload forms issued
 * but never used, sign-ins, mails and the victim's own
 * workflow steps are left to `journal.json`. Events that will describe, withdraw or replace
 * an exhibit map onto the actions of the same names.
 */
function custodyOf(state: CaseState, events: readonly CaseEvent[]): DossierCustodyEntry[] {
  const numberOf = new Map(state.evidence.items.map((item) => [item.evidenceId, item.number]));
  const entries: DossierCustodyEntry[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'case-opened':
        entries.push({ at: e.at, action: 'case-opened', by: 'victim' });
        break;
      case 'evidence-uploaded':
        entries.push({
          at: e.uploadedAt,
          action: 'evidence-received',
          exhibit: numberOf.get(e.evidenceId),
          kind: e.kind,
          sha256: e.sha256,
          size: e.size,
          contentType: e.contentType,
          ...byWhom(
            state,
            state.evidence.items.find((i) => i.evidenceId === e.evidenceId)?.addedBy,
          ),
        });
        break;
      case 'link-added':
        entries.push({
          at: e.at,
          action: 'link-saved',
          exhibit: numberOf.get(e.evidenceId),
          kind: 'link',
          ...byWhom(state, e.by?.id),
        });
        break;
      case 'evidence-described':
        if (numberOf.has(e.evidenceId))
          entries.push({
            at: e.at,
            action: 'evidence-described',
            exhibit: numberOf.get(e.evidenceId),
            by: 'victim',
          });
        break;
      case 'evidence-withdrawn':
        entries.push({
          at: e.at,
          action: 'evidence-withdrawn',
          kind: e.kind,
          sha256: e.sha256,
          by: 'victim',
        });
        break;
      case 'step-updated': {
        // Only a helper's: the victim's own steps are in journal.json, as before.
        const step = HelperStepDone.safeParse(e.stepId);
        if (e.by && e.status === 'done' && step.success)
          entries.push({
            at: e.at,
            action: 'step-done',
            step: step.data,
            ...byWhom(state, e.by.id),
          });
        break;
      }
      case 'dossier-compiled':
        entries.push({
          at: e.at,
          action: 'dossier-compiled',
          version: e.version,
          purpose: e.purpose,
          files: e.files.map(({ name, sha256 }) => ({ name, sha256 })),
          by: 'victim',
        });
        break;
      default:
        break;
    }
  }
  return entries;
}

/** Who added an exhibit: the victim, or a helper by the name she gave them. */
function byWhom(
  state: CaseState,
  helperId: string | undefined,
): Pick<DossierCustodyEntry, 'by' | 'helperName'> {
  const name = helperName(state.helpers, helperId);
  return name ? { by: 'helper', helperName: name } : { by: 'victim' };
}

/**
 * An event that holds what the victim withdrew: a withdrawn item's name, address or
 * description, a withdrawn fact's text. Its withdrawal and hashes stay in the record.
 */
function holdsWithdrawn(state: CaseState, e: CaseEvent): boolean {
  switch (e.type) {
    case 'upload-requested':
    case 'evidence-uploaded':
    case 'link-added':
    case 'evidence-described':
      return state.evidence.withdrawn.some((item) => item.evidenceId === e.evidenceId);
    case 'evidence-rejected':
      return false;
    case 'fact-recorded':
    case 'fact-edited':
      return state.evidence.withdrawnFacts.includes(e.factId);
    // A witness's draft is not their attestation; a withdrawn one is theirs no longer.
    case 'witness-statement-drafted':
      return true;
    case 'witness-attestation-submitted':
      return !state.witnesses.some((w) => w.witnessId === e.witnessId && w.attestation?.submitted);
    default:
      return false;
  }
}

/** Fields that give access to the case: never printed, never archived. */
const SECRET_FIELDS = new Set(['taskToken', 'accessTokenHash', 'tokenHash', 'sessionHash']);

/** An event as stored, without what gives access to the case. */
function journalEntry(event: CaseEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([key]) => !SECRET_FIELDS.has(key)));
}
