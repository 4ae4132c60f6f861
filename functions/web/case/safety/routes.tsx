import { Hono } from 'hono';
import { setCountdowns } from '../../../../shared/usecases/countdowns.js';
import { eraseCase } from '../../../../shared/usecases/erase-case.js';
import { setDiscretion } from '../../../../shared/usecases/mail-preferences.js';
import { resumeMails, stopMails } from '../../../../shared/usecases/stop-mails.js';
import { text } from '../../forms/fields.js';
import { formTexts } from '../../forms/texts.js';
import type { PageContext } from '../../page-context.js';
import { clearSession, pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { safetyTexts } from './texts.js';

/** Stopping or resuming the mails, discreet mode, erasing the case (leaving: leave-routes.tsx). */
export function safetyRoutes(web: PageContext, forms: CaseForms) {
  const { deps } = web;
  const app = new Hono();

  app.post(
    '/cases/:caseId/mails',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      if (text(fields, 'mails') === 'resume') {
        const resumed = await resumeMails(deps, state, web.holderCredential(c, state));
        const notice = resumed ? 'mails-resumed' : 'mails-not-resumed';
        return forms.back(c, state.caseId, notice, 'mails');
      }
      await stopMails(deps, state.caseId, 'holder');
      return forms.back(c, state.caseId, 'mails-stopped', 'mails');
    }),
  );

  app.post(
    '/cases/:caseId/discretion',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const discreet = text(fields, 'discreet') !== 'off';
      await setDiscretion(deps, state, discreet);
      return forms.back(c, state.caseId, discreet ? 'discreet-on' : 'discreet-off', 'mails');
    }),
  );

  app.post(
    '/cases/:caseId/countdowns',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const enabled = text(fields, 'countdowns') !== 'off';
      await setCountdowns(deps, state, enabled);
      return forms.back(c, state.caseId, enabled ? 'countdowns-on' : 'countdowns-off', 'mails');
    }),
  );

  app.post(
    '/cases/:caseId/erase',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      if (text(fields, 'confirm') !== 'yes') {
        const confirm = formTexts[pageLocale(c, state.locale)].errors.confirm;
        const form = { id: 'erase', errors: { confirm }, values: {} };
        return forms.render(c, state, { form, status: 422 });
      }
      await eraseCase(deps, state);
      clearSession(c);
      return c.redirect('/erased', 303);
    }),
  );

  app.get('/erased', (c) => {
    const locale = pageLocale(c);
    const t = safetyTexts[locale];
    return web.message(c, locale, { title: t.erasedTitle, body: t.erased }, { role: 'status' });
  });

  return app;
}
