import type { EvidenceKind, UploadKind } from './evidence.js';
import type { EvidenceEvent, RejectionReason } from './evidence-events.js';

type FactRecordedOrEdited = Extract<EvidenceEvent, { type: 'fact-recorded' | 'fact-edited' }>;

import type { ProofEvent } from './proof-events.js';

interface Details {
  /** UTC, as the victim gave it. */
  readonly capturedAt?: string;
  readonly platform?: string;
  readonly authorPseudonym?: string;
  readonly url?: string;
  readonly description?: string;
}

/** An upload form issued for the case; the key it names is the only one accepted. */
export interface IssuedUpload extends Details {
  readonly evidenceId: string;
  readonly kind: UploadKind;
  readonly fileName: string;
  readonly contentType: string;
  /** Absent for a web page's form, which cannot know it. */
  readonly size?: number;
  readonly requestedAt: string;
  readonly expiresAt: string;
  /** The helper who asked for the form; absent when the victim did. */
  readonly addedBy?: string;
}

/** An accepted evidence item: a verified file, or a link. */
export interface EvidenceItem extends Details {
  readonly evidenceId: string;
  /** Its number in the dossier's evidence index, in order of receipt, from 1. */
  readonly number: number;
  readonly kind: EvidenceKind;
  /** When the file reached storage, or when the link was recorded. */
  readonly receivedAt: string;
  readonly fileName?: string;
  readonly contentType?: string;
  readonly size?: number;
  readonly sha256?: string;
  readonly versionId?: string;
  /** The time a timestamp authority vouched for its hash; absent while one is awaited. */
  readonly timestampedAt?: string;
  /** Failed attempts at a timestamp since the last success (none: not tried yet). */
  readonly timestampFailures?: number;
  /** The helper who added it; absent when the victim did. */
  readonly addedBy?: string;
}

export interface RejectedUpload {
  readonly evidenceId?: string;
  readonly kind?: UploadKind;
  readonly fileName?: string;
  readonly reason: RejectionReason;
  readonly detectedType?: string;
  readonly at: string;
}

export interface FactState {
  readonly factId: string;
  /** A day (`YYYY-MM-DD`) when the victim gave no time, else an instant in UTC. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly description: string;
  readonly platform?: string;
  readonly authorPseudonym?: string;
  readonly url?: string;
  readonly evidenceIds: readonly string[];
  /** When it was published for anyone to read; absent for a private message. */
  readonly publishedAt?: string;
  /** It reveals who or where the victim is, to expose her. */
  readonly exposesPersonalData?: boolean;
  /** The helper who recorded it; absent when the victim did. */
  readonly addedBy?: string;
}

/** An item the victim withdrew: what the custody record keeps of it, never its content. */
export interface WithdrawnItem {
  readonly evidenceId: string;
  readonly kind: EvidenceKind;
  readonly sha256?: string;
  readonly at: string;
}

/** The evidence part of a case: what `fold` keeps in `CaseState.evidence`. */
export interface EvidenceState {
  readonly uploads: Readonly<Record<string, IssuedUpload>>;
  readonly items: readonly EvidenceItem[];
  readonly rejected: readonly RejectedUpload[];
  readonly facts: readonly FactState[];
  readonly withdrawn: readonly WithdrawnItem[];
  /** Ids of the facts withdrawn: a retried record of one of them stays withdrawn. */
  readonly withdrawnFacts: readonly string[];
}

export function emptyEvidence(): EvidenceState {
  return { uploads: {}, items: [], rejected: [], facts: [], withdrawn: [], withdrawnFacts: [] };
}

function details(source: Details): Details {
  const { capturedAt, platform, authorPseudonym, url, description } = source;
  return Object.fromEntries(
    Object.entries({ capturedAt, platform, authorPseudonym, url, description }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

/**
 * Applies one evidence event. Idempotent per id: an object ingested twice, or a link
 * recorded twice by a retried request, counts once.
 */
export function applyEvidence(
  state: EvidenceState,
  event: EvidenceEvent | ProofEvent,
): EvidenceState {
  const has = (id: string) =>
    state.items.some((item) => item.evidenceId === id) ||
    state.withdrawn.some((item) => item.evidenceId === id);
  switch (event.type) {
    case 'upload-requested': {
      if (state.uploads[event.evidenceId]) return state;
      const { evidenceId, kind, fileName, contentType, size, expiresAt } = event;
      const upload: IssuedUpload = {
        evidenceId,
        kind,
        fileName,
        contentType,
        ...(size !== undefined ? { size } : {}),
        expiresAt,
        requestedAt: event.at,
        ...details(event),
        ...(event.by ? { addedBy: event.by.id } : {}),
      };
      return { ...state, uploads: { ...state.uploads, [evidenceId]: upload } };
    }
    case 'evidence-uploaded': {
      if (has(event.evidenceId)) return state;
      const upload = state.uploads[event.evidenceId];
      const item: EvidenceItem = {
        ...(upload ? details(upload) : {}),
        evidenceId: event.evidenceId,
        number: state.items.length + 1,
        kind: event.kind,
        receivedAt: event.uploadedAt,
        fileName: event.fileName,
        contentType: event.contentType,
        size: event.size,
        sha256: event.sha256,
        ...(event.versionId ? { versionId: event.versionId } : {}),
        ...(upload?.addedBy ? { addedBy: upload.addedBy } : {}),
      };
      return { ...state, items: [...state.items, item] };
    }
    case 'evidence-rejected': {
      const upload = event.evidenceId ? state.uploads[event.evidenceId] : undefined;
      const rejected: RejectedUpload = {
        ...(event.evidenceId ? { evidenceId: event.evidenceId } : {}),
        ...(upload ? { kind: upload.kind, fileName: upload.fileName } : {}),
        reason: event.reason,
        ...(event.detectedType ? { detectedType: event.detectedType } : {}),
        at: event.at,
      };
      return { ...state, rejected: [...state.rejected, rejected] };
    }
    case 'link-added': {
      if (has(event.evidenceId)) return state;
      const item: EvidenceItem = {
        ...details(event),
        evidenceId: event.evidenceId,
        number: state.items.length + 1,
        kind: 'link',
        receivedAt: event.at,
        ...(event.by ? { addedBy: event.by.id } : {}),
      };
      return { ...state, items: [...state.items, item] };
    }
    case 'fact-recorded': {
      if (state.facts.some((fact) => fact.factId === event.factId)) return state;
      if (state.withdrawnFacts.includes(event.factId)) return state;
      const fact = factOf(event, event.at);
      return {
        ...state,
        facts: [...state.facts, event.by ? { ...fact, addedBy: event.by.id } : fact],
      };
    }
    case 'fact-edited': {
      const facts = state.facts.map((fact) =>
        fact.factId === event.factId
          ? {
              ...factOf(event, fact.recordedAt),
              ...(fact.addedBy ? { addedBy: fact.addedBy } : {}),
            }
          : fact,
      );
      return { ...state, facts };
    }
    case 'fact-withdrawn':
      return {
        ...state,
        facts: state.facts.filter((fact) => fact.factId !== event.factId),
        withdrawnFacts: state.withdrawnFacts.includes(event.factId)
          ? state.withdrawnFacts
          : [...state.withdrawnFacts, event.factId],
      };
    case 'evidence-described': {
      const items = state.items.map((item) => {
        if (item.evidenceId !== event.evidenceId) return item;
        const { capturedAt, platform, authorPseudonym, url, description, ...rest } = item;
        // A link is its address: it keeps one whatever the description says.
        return {
          ...rest,
          ...details(event),
          ...(item.kind === 'link' ? { url: event.url ?? url } : {}),
        };
      });
      return { ...state, items };
    }
    case 'evidence-withdrawn': {
      if (state.withdrawn.some((item) => item.evidenceId === event.evidenceId)) return state;
      const withdrawn: WithdrawnItem = {
        evidenceId: event.evidenceId,
        kind: event.kind,
        ...(event.sha256 ? { sha256: event.sha256 } : {}),
        at: event.at,
      };
      // The index is renumbered: a dossier lists its exhibits 1, 2, 3 with no gap to explain.
      const items = state.items
        .filter((item) => item.evidenceId !== event.evidenceId)
        .map((item, index) => (item.number === index + 1 ? item : { ...item, number: index + 1 }));
      const facts = state.facts.map((fact) =>
        fact.evidenceIds.includes(event.evidenceId)
          ? { ...fact, evidenceIds: fact.evidenceIds.filter((id) => id !== event.evidenceId) }
          : fact,
      );
      return { ...state, items, facts, withdrawn: [...state.withdrawn, withdrawn] };
    }
    case 'evidence-timestamped':
    case 'evidence-timestamp-failed': {
      const items = state.items.map((item) => {
        if (item.evidenceId !== event.evidenceId || item.timestampedAt) return item;
        if (event.type === 'evidence-timestamped')
          return event.sha256 === item.sha256 ? { ...item, timestampedAt: event.genTime } : item;
        return { ...item, timestampFailures: (item.timestampFailures ?? 0) + 1 };
      });
      return { ...state, items };
    }
  }
}

function factOf(event: FactRecordedOrEdited, recordedAt: string): FactState {
  const { factId, occurredAt, description, platform, authorPseudonym, url, evidenceIds } = event;
  return {
    factId,
    occurredAt,
    recordedAt,
    description,
    ...(platform ? { platform } : {}),
    ...(authorPseudonym ? { authorPseudonym } : {}),
    ...(url ? { url } : {}),
    evidenceIds,
    ...(event.public || event.publishedAt ? { publishedAt: event.publishedAt ?? occurredAt } : {}),
    ...(event.exposesPersonalData ? { exposesPersonalData: true } : {}),
  };
}

/** Accepted files still waiting for a timestamp (links have no bytes to timestamp). */
export function awaitingTimestamp(state: EvidenceState): EvidenceItem[] {
  return state.items.filter((item) => item.sha256 && !item.timestampedAt);
}

/** Issued uploads that have not produced an item, a rejection, or outlived their form. */
export function pendingUploads(state: EvidenceState, now: number): IssuedUpload[] {
  const settled = new Set([
    ...state.items.map((item) => item.evidenceId),
    ...state.withdrawn.map((item) => item.evidenceId),
    ...state.rejected.flatMap((r) => (r.evidenceId ? [r.evidenceId] : [])),
  ]);
  return Object.values(state.uploads).filter(
    (upload) => !settled.has(upload.evidenceId) && Date.parse(upload.expiresAt) > now,
  );
}
