import { Hono } from 'hono';
import { OpenCaseRequest } from '../../../shared/domain/open-case.js';
import { openCase, TooManyCasesForEmailError } from '../../../shared/usecases/open-case.js';
import { startOpenerSession } from '../../../shared/usecases/sign-in.js';
import { clientAddress } from '../../http/abuse-limits.js';
import { formFields, optional, text } from '../forms/fields.js';
import { formTexts } from '../forms/texts.js';
import { frameTexts } from '../frame/texts.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, fromOurPages, pageLocale, setSession } from '../session.js';
import { homeTexts } from './texts.js';
import { type HomeForm, HomePage } from './view.js';

/** The home page, and its form that opens a case. */
export function homeRoutes(web: PageContext) {
  const app = new Hono();

  app.get('/', (c) => {
    const locale = pageLocale(c);
    const signedOut = c.req.query('ok') === 'signed-out';
    return c.html(
      <HomePage
        {...web.frame(c, locale)}
        csrf={csrfToken(c)}
        notice={signedOut ? homeTexts[locale].signedOut : undefined}
      />,
    );
  });

  app.post('/cases', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const kinds = ([] as string[]).concat(fields.kinds ?? []);
    const request = {
      email: text(fields, 'email').trim(),
      locale: text(fields, 'locale') || locale,
      harassmentKinds: kinds,
      summary: optional(fields, 'summary'),
    };
    const refused = (errors: HomeForm['errors']) =>
      c.html(
        <HomePage
          {...web.frame(c, locale)}
          csrf={csrfToken(c)}
          form={{ email: request.email, kinds, summary: request.summary, errors }}
        />,
        422,
      );
    const e = formTexts[locale].errors;
    const parsed = OpenCaseRequest.safeParse(request);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (field === 'email') errors.email = e.email;
        else if (field === 'summary') errors.summary = e.tooLong;
        else errors.kinds = e.invalid;
      }
      return refused(errors);
    }
    // The same count as the API's: opening through either is opening from this address.
    if (web.guard.caseOpened(clientAddress(c)) !== undefined) {
      const t = frameTexts[locale];
      return web.message(c, locale, { title: t.error.title, body: t.tooMany }, { status: 429 });
    }
    try {
      const casesPerEmail = web.limits.casesPerEmail;
      const opened = await openCase({ ...web.deps, casesPerEmail }, parsed.data);
      // The browser that opened the case is signed in to it, with a session of its own: the
      // access token stays out of the cookie (a copied cookie is not the API credential).
      setSession(c, opened.caseId, await startOpenerSession(web.deps, opened.caseId));
      return c.redirect(`/cases/${opened.caseId}`, 303);
    } catch (error) {
      if (!(error instanceof TooManyCasesForEmailError)) throw error;
      return refused({ email: e.tooManyCases });
    }
  });

  return app;
}
