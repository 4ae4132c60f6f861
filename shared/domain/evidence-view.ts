import { awaitingTimestamp, type EvidenceItem, pendingUploads } from './evidence-fold.js';
import type { CaseState } from './fold.js';

function itemView(item: EvidenceItem) {
  return {
    evidenceId: item.evidenceId,
    number: item.number,
    kind: item.kind,
    /** The victim's capture time (a day when she gave no time), else the time of receipt (UTC). */
    capturedAt: item.capturedAt ?? item.receivedAt,
    capturedAtSource: item.capturedAt ? ('victim' as const) : ('received' as const),
    receivedAt: item.receivedAt,
    platform: item.platform ?? null,
    authorPseudonym: item.authorPseudonym ?? null,
    url: item.url ?? null,
    description: item.description ?? null,
    fileName: item.fileName ?? null,
    contentType: item.contentType ?? null,
    size: item.size ?? null,
    sha256: item.sha256 ?? null,
    /** When a timestamp authority vouched for the file's hash; null while it waits. */
    timestampedAt: item.timestampedAt ?? null,
  };
}

/**
 * The evidence part of the case view: numbered items, uploads in flight, refused uploads
 * with their reason's code (each door words it: the API's view, the case page), and facts in date order with their evidence.
 */
export function evidenceView(state: CaseState, now: number = Date.now()) {
  const { items, rejected, facts } = state.evidence;
  const byId = new Map(items.map((item) => [item.evidenceId, item]));
  const pending = pendingUploads(state.evidence, now);
  const pendingIds = new Set(pending.map((upload) => upload.evidenceId));
  return {
    evidence: items.map(itemView),
    /** Accepted files still waiting for a timestamp (the authority down or unset). */
    awaitingTimestamp: awaitingTimestamp(state.evidence).map((item) => item.evidenceId),
    pendingUploads: pending.map(({ evidenceId, kind, fileName, requestedAt, expiresAt }) => ({
      evidenceId,
      kind,
      fileName,
      requestedAt,
      expiresAt,
    })),
    rejectedUploads: rejected.map((r) => ({
      evidenceId: r.evidenceId ?? null,
      kind: r.kind ?? null,
      fileName: r.fileName ?? null,
      reason: r.reason,
      at: r.at,
    })),
    facts: [...facts]
      .sort((a, b) =>
        a.occurredAt === b.occurredAt
          ? a.recordedAt.localeCompare(b.recordedAt)
          : a.occurredAt.localeCompare(b.occurredAt),
      )
      .map((fact) => ({
        factId: fact.factId,
        occurredAt: fact.occurredAt,
        recordedAt: fact.recordedAt,
        description: fact.description,
        platform: fact.platform ?? null,
        authorPseudonym: fact.authorPseudonym ?? null,
        url: fact.url ?? null,
        /** Published for anyone to read, and when (a day or an instant). */
        publishedAt: fact.publishedAt ?? null,
        exposesPersonalData: fact.exposesPersonalData ?? false,
        evidence: fact.evidenceIds.map((evidenceId) => {
          const item = byId.get(evidenceId);
          return item
            ? { ...itemView(item), status: 'received' as const }
            : {
                evidenceId,
                status: pendingIds.has(evidenceId) ? ('pending' as const) : ('missing' as const),
              };
        }),
      })),
  };
}
