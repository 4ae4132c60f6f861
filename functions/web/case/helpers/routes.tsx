import { type Context, Hono } from 'hono';
import type { CaseState } from '../../../../shared/domain/fold.js';
import { HELPER_ROLES, HelperInviteRequest } from '../../../../shared/domain/helpers.js';
import { inviteHelper, removeHelper } from '../../../../shared/usecases/helper-access.js';
import { formFields, text } from '../../forms/fields.js';
import { type FormState, refusedForm } from '../../forms/form-state.js';
import { helpersPageTexts } from '../../helper/texts.js';
import type { PageContext } from '../../page-context.js';
import { csrfToken, fromOurPages, pageLocale } from '../../session.js';
import { HelpersPage } from './view.js';

const NOTICES = ['invited', 'removed'] as const;

/**
 * The victim's page of her helpers (`/cases/{id}/helpers`): invite one, read every action
 * each took, take one off at once. Only her own session opens it: a helper's cookie is
 * scoped to `/helper` and is no credential here.
 */
export function helpersPageRoutes(web: PageContext) {
  const { deps, nextId } = web;
  const app = new Hono();

  const render = (
    c: Context,
    state: CaseState,
    options: { form?: FormState; refusal?: string; status?: 200 | 422 | 409 | 429 | 503 } = {},
  ) => {
    const locale = pageLocale(c, state.locale);
    const ok = c.req.query('ok');
    const notice = (NOTICES as readonly (string | undefined)[]).includes(ok)
      ? helpersPageTexts[locale].notices[ok as (typeof NOTICES)[number]]
      : undefined;
    return c.html(
      <HelpersPage
        {...web.frame(c, locale)}
        csrf={csrfToken(c)}
        state={state}
        form={options.form}
        refusal={options.refusal}
        notice={notice}
      />,
      options.status ?? 200,
    );
  };

  const notFound = (c: Context) => c.redirect(`/cases/${c.req.param('caseId')}`, 303);

  app.get('/cases/:caseId/helpers', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return notFound(c);
    return render(c, state);
  });

  app.post('/cases/:caseId/helpers', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const state = await web.ownCase(c);
    if (!state) return notFound(c);
    const locale = pageLocale(c, state.locale);
    const parsed = HelperInviteRequest.safeParse({
      name: text(fields, 'name'),
      email: text(fields, 'email').trim(),
      roles: HELPER_ROLES.filter((role) => text(fields, `role-${role}`) === '1'),
      locale,
    });
    if (!parsed.success)
      return render(c, state, {
        form: refusedForm(locale, 'invite', fields, parsed.error.issues),
        status: 422,
      });
    const invited = await inviteHelper(deps, state, parsed.data, { nextId });
    if (!invited.ok) {
      const status = {
        'helper-limit': 409,
        'case-limit': 429,
        'address-limit': 429,
        'not-sent': 503,
      } as const;
      return render(c, state, {
        form: {
          id: 'invite',
          errors: {},
          values: { name: parsed.data.name, ...rolesOf(fields) },
        },
        refusal: helpersPageTexts[locale].refusals[invited.reason],
        status: status[invited.reason],
      });
    }
    return c.redirect(`/cases/${state.caseId}/helpers?ok=invited`, 303);
  });

  app.post('/cases/:caseId/helpers/:helperId/remove', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const state = await web.ownCase(c);
    if (!state) return notFound(c);
    await removeHelper(deps, state, c.req.param('helperId'));
    return c.redirect(`/cases/${state.caseId}/helpers?ok=removed`, 303);
  });

  return app;
}

function rolesOf(fields: Record<string, string | string[]>) {
  return Object.fromEntries(
    HELPER_ROLES.map((role) => [`role-${role}`, text(fields, `role-${role}`) === '1' ? '1' : '']),
  );
}
