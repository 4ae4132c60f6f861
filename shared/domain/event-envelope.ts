import * as z from 'zod';
import { CaseId, EventId } from './ids.js';

/** Fields every event of the case log has; `id` and `at` are set by the log. */
export const eventEnvelope = {
  id: EventId,
  caseId: CaseId,
  /** ISO 8601, UTC. */
  at: z.iso.datetime(),
};

type Envelope = {
  readonly id: string;
  readonly caseId: string;
  readonly at: string;
  readonly type: string;
};

/**
 * What an event records beyond its envelope and type, the fields given only: undefined
 * when it gives none (an event that clears a record).
 */
export function recordedFields<E extends Envelope>(event: E): Omit<E, keyof Envelope> | undefined {
  const { id: _id, caseId: _caseId, at: _at, type: _type, ...fields } = event;
  const given = Object.entries(fields).filter(([, value]) => value !== undefined);
  return given.length ? (Object.fromEntries(given) as Omit<E, keyof Envelope>) : undefined;
}
