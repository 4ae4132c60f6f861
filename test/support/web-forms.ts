import type { Hono } from 'hono';

/** Something that answers requests as the app does (`createApp(...)`). */
type App = Pick<Hono, 'request'>;

/** A browser's first visit: the CSRF cookie and the form's token. */
export async function visit(app: App) {
  const home = await app.request('http://localhost/');
  const cookie = (home.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())?.[1] as string;
  return { cookie, csrf };
}

/** A form posted as a browser posts it. */
export function post(
  app: App,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string>,
) {
  return app.request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A case opened from the home form, and the cookies of the browser that opened it. */
export async function openedCase(app: App) {
  const { cookie, csrf } = await visit(app);
  const opened = await post(
    app,
    '/cases',
    { csrf, email: 'victim@example.org', locale: 'fr' },
    { cookie, 'sec-fetch-site': 'same-origin' },
  );
  const session = (opened.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const path = opened.headers.get('location') as string;
  return {
    path,
    caseId: path.split('/').at(-1) as string,
    csrf,
    headers: { cookie: `${cookie}; ${session}`, 'sec-fetch-site': 'same-origin' },
  };
}
