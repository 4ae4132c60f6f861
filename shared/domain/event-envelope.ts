import * as z from 'zod';
import { CaseId, EventId } from './ids.js';

/** Fields every event of the case log has; `id` and `at` are set by the log. */
export const eventEnvelope = {
  id: EventId,
  caseId: CaseId,
  /** ISO 8601, UTC. */
  at: z.iso.datetime(),
};
