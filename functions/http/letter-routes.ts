import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AuthorsRequest } from '../../shared/domain/authors.js';
import { LetterRequest } from '../../shared/domain/letter.js';
import { OffencesRequest } from '../../shared/domain/offences.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import {
  confirmOffences,
  recordAuthors,
  recordLetterDetails,
} from '../../shared/usecases/record-letter-details.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

/** Two town names and a tick. */
export const LETTER_MAX_BYTES = 2 * 1024;
/** Twenty authors with their pseudonyms and profiles. */
export const AUTHORS_MAX_BYTES = 256 * 1024;
export const OFFENCES_MAX_BYTES = 1024;

const limit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => problemResponse(c, problems.tooLarge(maxSize)) });

/**
 * What the letter to the Procureur needs beyond the facts: tribunal and place of signature
 * with the civil-party intent, the presumed authors, the offences the victim confirms. Each
 * PUT replaces the record before.
 */
export function letterRoutes(deps: ApiDeps) {
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));
  return new Hono()
    .put('/:caseId/letter', limit(LETTER_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, LetterRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ letter: await recordLetterDetails(deps, state, parsed.value) });
    })
    .put('/:caseId/authors', limit(AUTHORS_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, AuthorsRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ authors: await recordAuthors(deps, state, parsed.value) });
    })
    .put('/:caseId/offences', limit(OFFENCES_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, OffencesRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ offences: await confirmOffences(deps, state, parsed.value) });
    });
}
