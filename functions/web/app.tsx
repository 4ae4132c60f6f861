import { type Context, Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AbuseGuard } from '../http/abuse-limits.js';
import type { ApiDeps } from '../http/deps.js';
import { answerError } from '../http/problem.js';
import { GUARD_SCRIPT, SCRIPT } from './assets/scripts.js';
import { SIGNATURE_SCRIPT } from './assets/signature-script.js';
import { STYLESHEET } from './assets/stylesheet.js';
import { caseRoutes } from './case/routes.js';
import { frameTexts } from './frame/texts.js';
import { helperRoutes } from './helper/routes.js';
import { homeRoutes } from './home/routes.js';
import { mailsRoutes } from './mails/routes.js';
import { pageContext } from './page-context.js';
import { pageHeaders, pageLocale } from './session.js';
import { signInRoutes } from './sign-in/routes.js';
import { witnessRoutes } from './witness/routes.js';

export { DEFAULT_QUICK_EXIT_URL } from './page-context.js';

const asset = (body: string, contentType: string) => (c: Context) =>
  c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=300' });

/**
 * The victim's web pages, server-rendered, each working without JavaScript: one folder per
 * page or feature, each with its routes, view and texts. Pages accept the HttpOnly session
 * cookie only (never a token in a URL); every form post carries a CSRF token and must come
 * from these pages.
 */
export function webRoutes(deps: ApiDeps, guard?: AbuseGuard) {
  const web = pageContext(deps, guard);
  const pages = new Hono();
  pages.use(pageHeaders());
  pages.route('/', homeRoutes(web));
  pages.route('/', signInRoutes(web));
  pages.route('/', mailsRoutes(web));
  pages.route('/', caseRoutes(web));
  pages.route('/', witnessRoutes(web));
  pages.route('/', helperRoutes(web));
  return new Hono()
    .get('/assets/app.css', asset(STYLESHEET, 'text/css; charset=utf-8'))
    .get('/assets/app.js', asset(SCRIPT, 'text/javascript; charset=utf-8'))
    .get('/assets/guard.js', asset(GUARD_SCRIPT, 'text/javascript; charset=utf-8'))
    .get('/assets/signature.js', asset(SIGNATURE_SCRIPT, 'text/javascript; charset=utf-8'))
    .route('/', pages);
}

/**
 * The pages alone, as the web function serves them: every path but `/api/` (the API
 * function's). `guard` counts wrong credentials; give the API the same one where both run
 * in one process (`createApp`), so a credential guessed on either counts for both.
 */
export function createWebApp(deps: ApiDeps, guard = new AbuseGuard(deps.limits)) {
  const app = new Hono();
  app.use(secureHeaders({ referrerPolicy: 'no-referrer', xFrameOptions: 'DENY' }));
  app.route('/', webRoutes(deps, guard));
  app.notFound(pageNotFound(deps, guard));
  app.onError(answerError(deps.logger));
  return app;
}

/**
 * The page for an address that leads nowhere, such as a link cut by a mail client. API
 * paths keep their problem+json answer.
 */
export function pageNotFound(deps: ApiDeps, guard?: AbuseGuard) {
  const web = pageContext(deps, guard);
  return (c: Context) => {
    const locale = pageLocale(c);
    return web.message(c, locale, frameTexts[locale].notFound, { status: 404 });
  };
}
