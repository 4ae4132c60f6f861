import { Hono } from 'hono';
import { linkRequestSchema, uploadRequestSchema } from '../../../../shared/domain/evidence.js';
import { evidenceDownload } from '../../../../shared/usecases/download-links.js';
import { issueUpload } from '../../../../shared/usecases/issue-upload.js';
import { addLink } from '../../../../shared/usecases/record-evidence.js';
import { filled } from '../../forms/fields.js';
import { formTexts } from '../../forms/texts.js';
import type { PageContext } from '../../page-context.js';
import { fromOurPages, pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';

/** Evidence: a link kept, the script's exact-size upload form, a file's download. */
export function evidenceRoutes(web: PageContext, forms: CaseForms) {
  const { deps, now, nextId } = web;
  const app = new Hono();

  app.post(
    '/cases/:caseId/links',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const parsed = linkRequestSchema(() => now().getTime()).safeParse(
        filled(fields, ['url', 'description']),
      );
      if (!parsed.success) return forms.sendBack(c, state, 'link', fields, parsed.error.issues);
      const added = await addLink(deps, state, parsed.data, { now: now(), nextId });
      if (!added.ok) {
        const limit = formTexts[pageLocale(c, state.locale)].errors.limit;
        return forms.refuse(c, state, 'link', fields, { url: limit });
      }
      return forms.back(c, state.caseId, 'link', 'evidence');
    }),
  );

  /** The pages' script asks for an exact-size form, to show the upload's progress. */
  app.post('/cases/:caseId/upload-form', web.formLimit, async (c) => {
    if (!fromOurPages(c, c.req.header('x-csrf-token'))) return c.json({ error: 'forbidden' }, 403);
    const state = await web.ownCase(c);
    if (!state) return c.json({ error: 'not-found' }, 404);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'invalid' }, 400);
    }
    const parsed = uploadRequestSchema(() => now().getTime()).safeParse(body);
    if (!parsed.success) return c.json({ error: 'invalid' }, 422);
    const issued = await issueUpload(deps, state, parsed.data, { now: now(), nextId });
    if (!issued.ok) return c.json({ error: issued.reason }, 409);
    return c.json({ evidenceId: issued.evidenceId, upload: issued.upload }, 201);
  });

  app.get('/cases/:caseId/evidence/:evidenceId', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
    const url = await evidenceDownload(deps, state, c.req.param('evidenceId'));
    if (!url) return c.redirect(`/cases/${state.caseId}#evidence`, 303);
    return c.redirect(url, 302);
  });

  return app;
}
