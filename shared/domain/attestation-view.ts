import type { RelationshipKind } from './attestation.js';
import type { CaseState } from './fold.js';
import { emptyGuestAccess, liveLinkOf } from './guest-access.js';
import type { Witness } from './witnesses.js';

/**
 * Where a witness's own attestation stands, as the victim reads it: never the witness's
 * draft (not sent, not hers to read), the upload forms or any hash of a credential.
 */
export type AttestationStatus = 'none' | 'link-sent' | 'in-progress' | 'sent' | 'withdrawn';

export interface AttestationView {
  readonly status: AttestationStatus;
  /** While a link is out: until when it works. */
  readonly linkExpiresAt: string | null;
  /** The attestation as sent; read-only for the victim. */
  readonly sent: {
    readonly lastName: string;
    readonly firstNames: string;
    readonly dateOfBirth: string;
    readonly placeOfBirth: string;
    readonly address: string;
    readonly occupation: string;
    readonly relationships: readonly RelationshipKind[];
    readonly relationshipDetails: string | null;
    readonly facts: string;
    readonly place: string;
    readonly signedOn: string;
    readonly submittedAt: string;
    /** The first dossier version that carries it; from then on it cannot be withdrawn. */
    readonly includedIn: number | null;
    readonly identityFile: { sha256: string; size: number; contentType: string };
    readonly signatureFile: { sha256: string; size: number; contentType: string };
  } | null;
}

export function attestationView(state: CaseState, witness: Witness, now: Date): AttestationView {
  const a = witness.attestation;
  const link = liveLinkOf(
    state.guests ?? emptyGuestAccess(),
    { kind: 'witness', id: witness.witnessId },
    now.getTime(),
  );
  const sent = a?.submitted;
  const status: AttestationStatus = sent
    ? 'sent'
    : link
      ? 'link-sent'
      : a?.withdrawnAt
        ? 'withdrawn'
        : a?.draft || a?.files.identity || a?.files.signature
          ? 'in-progress'
          : 'none';
  const file = (f: { sha256: string; size: number; contentType: string }) => ({
    sha256: f.sha256,
    size: f.size,
    contentType: f.contentType,
  });
  return {
    status,
    linkExpiresAt: link?.expiresAt ?? null,
    sent: sent
      ? {
          lastName: sent.lastName,
          firstNames: sent.firstNames,
          dateOfBirth: sent.dateOfBirth,
          placeOfBirth: sent.placeOfBirth,
          address: sent.address,
          occupation: sent.occupation,
          relationships: sent.relationships,
          relationshipDetails: sent.relationshipDetails ?? null,
          facts: sent.facts,
          place: sent.place,
          signedOn: sent.signedOn,
          submittedAt: sent.submittedAt,
          includedIn: sent.includedIn ?? null,
          identityFile: file(sent.identityFile),
          signatureFile: file(sent.signatureFile),
        }
      : null,
  };
}

/** The witnesses as the case view shows them. */
export function witnessesView(state: CaseState, now: Date) {
  return state.witnesses.map((w) => ({
    witnessId: w.witnessId,
    name: w.name,
    ...(w.contact && { contact: w.contact }),
    ...(w.statement && { statement: w.statement }),
    attestation: attestationView(state, w, now),
  }));
}
