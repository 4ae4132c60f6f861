import { Hono } from 'hono';
import { UploadKind, uploadRequestSchema } from '../../../../shared/domain/evidence.js';
import { evidenceView } from '../../../../shared/domain/evidence-view.js';
import { ID_PATTERN, isCaseId } from '../../../../shared/domain/ids.js';
import { REJECTION_TEXT } from '../../../../shared/i18n/evidence.js';
import { issueUpload } from '../../../../shared/usecases/issue-upload.js';
import { given } from '../../forms/fields.js';
import { MessagePage } from '../../frame/message-page.js';
import type { PageContext } from '../../page-context.js';
import { fromOurPages, pageLocale } from '../../session.js';
import { type DescribeInput, describedDetails, describeErrors } from './describe-fields.js';
import { evidenceTexts } from './texts.js';

/** The string fields of a posted object, nothing else. */
function stringsOf(value: object): DescribeInput {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => typeof v === 'string'),
  ) as DescribeInput;
}

/**
 * The uploads' round trips: the script's exact-size form and its check results, and the
 * page storage sends a browser without JavaScript back to.
 */
export function uploadRoutes(web: PageContext) {
  const { deps, now, nextId } = web;
  const app = new Hono();

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
    const locale = pageLocale(c, state.locale);
    const { describe, ...file } = (body ?? {}) as { describe?: DescribeInput };
    // The describe fields as the form has them (a date, a time in Paris), for every file.
    const described = describedDetails(
      typeof describe === 'object' && describe ? stringsOf(describe) : {},
      locale,
    );
    const parsed = uploadRequestSchema(() => now().getTime()).safeParse(
      given({ ...file, ...described.body }),
    );
    const fieldErrors = {
      ...(parsed.success ? {} : describeErrors(locale, parsed.error.issues)),
      ...described.errors,
    };
    // A mistake in the description names its field; the file is then not sent at all.
    if (Object.keys(fieldErrors).length)
      return c.json({ error: 'invalid', fields: fieldErrors }, 422);
    if (!parsed.success) return c.json({ error: 'invalid' }, 422);
    const issued = await issueUpload(deps, state, parsed.data, { now: now(), nextId });
    if (!issued.ok) return c.json({ error: issued.reason }, 409);
    return c.json({ evidenceId: issued.evidenceId, upload: issued.upload }, 201);
  });

  /**
   * Where storage sends a browser without JavaScript after an upload, with the object's
   * bucket, key and ETag in the query: a page of ours that refreshes at once to the case
   * page at the form used (same-site, so the session cookie comes along), without them.
   */
  app.get('/cases/:caseId/uploaded', (c) => {
    const caseId = c.req.param('caseId');
    if (!isCaseId(caseId)) return c.notFound();
    const kind = UploadKind.safeParse(c.req.query('kind'));
    const locale = pageLocale(c);
    const query = new URLSearchParams({ ok: 'upload' });
    let anchor = 'evidence';
    // The object's key ends with the item's id: the page then says how its check went.
    const item = c.req.query('key')?.split('/').at(-1);
    if (item && ID_PATTERN.test(item)) query.set('item', item);
    if (kind.success) {
      query.set('uploaded', kind.data);
      if (kind.data === 'medical-certificate') query.set('step', 'medical-certificate');
      anchor = `upload-${kind.data}-done`;
    }
    const to = `/cases/${caseId}?${query}#${anchor}`;
    const t = evidenceTexts[locale];
    return c.html(
      <MessagePage
        {...web.frame(c, locale)}
        refreshTo={to}
        title={t.uploadsTitle}
        body={t.uploadDone}
        role="status"
      />,
    );
  });

  /** The pages' script asks how its uploads' checks went: accepted, refused (why), or not yet. */
  app.get('/cases/:caseId/evidence-status', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return c.json({ error: 'not-found' }, 404);
    const locale = pageLocale(c, state.locale);
    const ids = (c.req.query('ids') ?? '')
      .split(',')
      .filter((id) => ID_PATTERN.test(id))
      .slice(0, 50);
    const view = evidenceView(state, now().getTime());
    const items = ids.map((evidenceId) => {
      const item = view.evidence.find((e) => e.evidenceId === evidenceId);
      if (item) return { evidenceId, state: 'accepted', number: item.number };
      const refused = view.rejectedUploads.find((r) => r.evidenceId === evidenceId);
      if (refused)
        return { evidenceId, state: 'rejected', message: REJECTION_TEXT[locale][refused.reason] };
      return { evidenceId, state: 'pending' };
    });
    return c.json({ items });
  });

  return app;
}
