import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { recordIdentity } from '../../shared/usecases/record-identity.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

/** A name, two places and a phone number: 4 KiB is plenty. */
export const IDENTITY_MAX_BYTES = 4 * 1024;

/** The victim's identity for the complaint, printed in the next dossier. */
export function identityRoutes(deps: ApiDeps) {
  const now = deps.now ?? (() => new Date());
  return new Hono().put(
    '/:caseId/identity',
    bodyLimit({
      maxSize: IDENTITY_MAX_BYTES,
      onError: (c) => problemResponse(c, problems.tooLarge(IDENTITY_MAX_BYTES)),
    }),
    async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(
        c,
        identityRequestSchema(() => now().getTime()),
      );
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ identity: await recordIdentity(deps, state, parsed.value) });
    },
  );
}
