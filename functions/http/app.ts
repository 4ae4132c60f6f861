import { Hono } from 'hono';
import { createWebApp } from '../web/app.js';
import { AbuseGuard } from './abuse-limits.js';
import { createApiApp } from './api-app.js';
import type { ApiDeps } from './deps.js';

/** Whether a request is the API's (`/api/…`) rather than a page's. */
export function isApiRequest(url: string): boolean {
  // The path starts at the first slash after the scheme's `//`.
  return url.startsWith('/api/', url.indexOf('/', url.indexOf('//') + 2));
}

/** What answers requests: a Hono app, or both of them behind `bothApps`. */
export type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * The API and the pages in one process, as `npm start` serves them on one port. On AWS
 * each is a function of its own behind the same HTTP API, which sends `/api/…` to the
 * API function and every other path to the web function (`infra/case-http-api.ts`); this
 * is the same split. Both share one abuse guard: a credential guessed on either counts for
 * both.
 */
export function bothApps(deps: ApiDeps): Fetch {
  const guard = new AbuseGuard(deps.limits);
  const api = createApiApp(deps, guard);
  const web = createWebApp(deps, guard);
  return (request, env) => (isApiRequest(request.url) ? api : web).fetch(request, env);
}

/** `bothApps` as one Hono app, for tests (`app.request(…)`). */
export function createApp(deps: ApiDeps) {
  const fetch = bothApps(deps);
  return new Hono().all('*', (c) => fetch(c.req.raw, c.env));
}
