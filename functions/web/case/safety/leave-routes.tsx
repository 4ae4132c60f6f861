import type { Context } from 'hono';
import { Hono } from 'hono';
import { signOut } from '../../../../shared/usecases/sign-in.js';
import { text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import {
  clearSession,
  fromOurPages,
  sessionCookie,
  sessionFor,
  setSharedDevice,
} from '../../session.js';
import type { CaseForms } from '../case-form.js';

/** Leaving: signing out of this device, the quick exit's sign-out, a device marked as shared. */
export function leaveRoutes(web: PageContext, forms: CaseForms) {
  const { deps } = web;
  const app = new Hono();

  app.post(
    '/cases/:caseId/sign-out',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      await signOut(deps, state, sessionFor(c, state.caseId));
      clearSession(c);
      return c.redirect('/?ok=signed-out', 303);
    }),
  );

  /** The session of this browser ends on the server, and its cookie goes. */
  async function endSession(c: Context): Promise<void> {
    const held = sessionCookie(c);
    if (held) {
      const state = await deps.log.load(held.caseId);
      if (state) await signOut(deps, state, held.secret);
    }
    clearSession(c);
  }

  app.post(
    '/cases/:caseId/shared-device',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const shared = text(fields, 'shared') === 'yes';
      setSharedDevice(c, shared);
      return forms.back(c, state.caseId, shared ? 'shared-on' : 'shared-off', 'safety-title');
    }),
  );

  /**
   * The quick exit's link, followed only without JavaScript (the script leaves by itself,
   * and sends the beacon below on a device marked as shared). Without the script nothing
   * can take the case's pages out of the history, so the session always ends here: Back
   * then shows the signed-out page. A GET that signs out is safe: the session cookie is
   * SameSite=Strict, so only a tap on these pages carries it.
   */
  app.get('/leave', async (c) => {
    await endSession(c);
    return c.redirect(web.exitUrl, 303);
  });
  app.post('/leave', web.formLimit, async (c) => {
    const fields = await c.req.parseBody();
    const csrf = typeof fields.csrf === 'string' ? fields.csrf : undefined;
    if (!fromOurPages(c, csrf)) return c.body(null, 403);
    await endSession(c);
    return c.body(null, 204);
  });

  return app;
}
