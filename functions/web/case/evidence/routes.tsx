import { type Context, Hono } from 'hono';
import { linkRequestSchema } from '../../../../shared/domain/evidence.js';
import type { CaseState } from '../../../../shared/domain/fold.js';
import { evidenceDownload, evidencePicture } from '../../../../shared/usecases/download-links.js';
import { addLink } from '../../../../shared/usecases/record-evidence.js';
import { filled } from '../../forms/fields.js';
import { formTexts } from '../../forms/texts.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { currentStepOf } from '../steps/current.js';

/** Evidence: a link kept, a picture's thumbnail, a file's download (uploads: upload-routes.tsx). */
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
      return backToLinkForm(forms, c, state);
    }),
  );

  /** A picture's bytes for its thumbnail on the page, to this browser's session only. */
  app.get('/cases/:caseId/evidence/:evidenceId/picture', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return c.body(null, 404);
    const picture = await evidencePicture(deps, state, c.req.param('evidenceId'));
    if (!picture) return c.body(null, 404);
    return c.body(new Uint8Array(picture.bytes), 200, {
      'Content-Type': picture.contentType,
      'Content-Disposition': 'inline',
    });
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

/** Back to where the link form is: step 4 while it is to do (in "What to do now" if current). */
function backToLinkForm(forms: CaseForms, c: Context, state: CaseState) {
  const step = state.steps['collect-evidence'].status;
  if (currentStepOf(state) === 'collect-evidence') return forms.backToNow(c, state.caseId, 'link');
  if (step === 'pending' || step === 'awaiting')
    return forms.backToStep(c, state.caseId, 'link', 'collect-evidence');
  return forms.back(c, state.caseId, 'link', 'evidence');
}
