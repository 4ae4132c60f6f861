import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import { EvidenceId } from './evidence.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A timestamp authority vouched that the evidence's SHA-256 existed at `genTime`. The
 * response itself (the `.tsr`) is stored beside the case's objects, at `timestampKey`.
 */
export const EvidenceTimestamped = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-timestamped'),
  evidenceId: EvidenceId,
  /** The digest timestamped: the one recorded when the evidence was accepted. */
  sha256: Sha256,
  /** The time the authority vouches for (UTC). */
  genTime: z.iso.datetime(),
  serialNumber: z.string(),
  policy: z.string(),
  /** SHA-256 of the stored response, so that the log also pins the `.tsr` bytes. */
  responseSha256: Sha256,
});

/** No timestamp could be had this time; the evidence is kept and the request retried. */
export const EvidenceTimestampFailed = z.object({
  ...eventEnvelope,
  type: z.literal('evidence-timestamp-failed'),
  evidenceId: EvidenceId,
  reason: z.enum(['not-configured', 'unavailable', 'invalid-response']),
});

export const PROOF_EVENTS = [EvidenceTimestamped, EvidenceTimestampFailed] as const;
export type ProofEvent = z.infer<(typeof PROOF_EVENTS)[number]>;
