import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CountdownsRequest } from '../../shared/domain/countdowns.js';
import {
  DiscretionRequest,
  DossierDeliveryRequest,
  isDiscreet,
} from '../../shared/domain/mail-preferences.js';
import { setCountdowns } from '../../shared/usecases/countdowns.js';
import { chooseDossierDelivery, setDiscretion } from '../../shared/usecases/mail-preferences.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

export const MAIL_PREFERENCES_MAX_BYTES = 1024;

const limit = bodyLimit({
  maxSize: MAIL_PREFERENCES_MAX_BYTES,
  onError: (c) => problemResponse(c, problems.tooLarge(MAIL_PREFERENCES_MAX_BYTES)),
});

/**
 * How the case's mails look to whoever reads the mailbox: how the dossier PDF comes with
 * them, discreet mode, and whether countdowns before a public fact's limit come at all. The password of a protected copy is used for that one mail and
 * never stored, logged or echoed.
 */
export function mailPreferencesRoutes(deps: ApiDeps) {
  const own = (caseId: string, token: string | undefined) => readOwnCase(deps.log, caseId, token);
  return new Hono()
    .put('/:caseId/dossier-delivery', limit, async (c) => {
      const state = await own(c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, DossierDeliveryRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const result = await chooseDossierDelivery(deps, state, parsed.value);
      return c.json({
        dossierAttachment: result.attachment,
        protectedCopy: result.protectedCopy ?? null,
      });
    })
    .put('/:caseId/countdowns', limit, async (c) => {
      const state = await own(c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, CountdownsRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      await setCountdowns(deps, state, parsed.value.enabled);
      return c.json({ countdowns: parsed.value.enabled });
    })
    .put('/:caseId/discretion', limit, async (c) => {
      const state = await own(c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, DiscretionRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      await setDiscretion(deps, state, parsed.value.discreet);
      const after = await deps.log.load(state.caseId);
      return c.json({ discreet: after ? isDiscreet(after) : parsed.value.discreet });
    });
}
