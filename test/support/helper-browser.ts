import { apiHarness } from './api-harness.js';
import { openedCase, post } from './web-forms.js';

export const ALL_ROLES = ['evidence', 'steps', 'identity', 'harm', 'witnesses'];

/** A victim with her page open, and a helper she invites from her helpers page. */
export async function victimAndHelper(roles: readonly string[] = ['evidence', 'steps']) {
  const tokens: { to: string; token: string }[] = [];
  const witnessTokens: string[] = [];
  const h = apiHarness({
    mailHelperInvite: async (m) => void tokens.push(m),
    mailWitnessLink: async (m) => void witnessTokens.push(m.token),
  });
  const victim = await openedCase(h.app);
  const page = (path: string, headers: Record<string, string>) =>
    h.app.request(`http://localhost${path}`, { headers });
  // Something private of hers, which no helper without the role may read.
  await post(
    h.app,
    `${victim.path}/identity`,
    { csrf: victim.csrf, fullName: 'Camille Secrète-Durand' },
    victim.headers,
  );
  const invited = await post(
    h.app,
    `${victim.path}/helpers`,
    {
      csrf: victim.csrf,
      name: 'Léa',
      email: 'lea.helper@example.org',
      ...Object.fromEntries(roles.map((r) => [`role-${r}`, '1'])),
    },
    victim.headers,
  );
  return { ...h, victim, tokens, witnessTokens, page, invited };
}

/** The helper's browser: its own CSRF cookie, then the cookie the invitation's button gives. */
export async function helperBrowser(s: Awaited<ReturnType<typeof victimAndHelper>>) {
  const token = s.tokens.at(-1)?.token ?? '';
  const landing = await s.page(`/helper/${s.victim.caseId}?t=${token}`, {});
  const csrfCookie = (landing.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await landing.text())?.[1] as string;
  const base = { cookie: csrfCookie, 'sec-fetch-site': 'same-origin' };
  const started = await post(s.app, `/helper/${s.victim.caseId}/start`, { csrf, t: token }, base);
  const session = (started.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { token, started, csrf, base, headers: { ...base, cookie: `${csrfCookie}; ${session}` } };
}

/** A witness the victim names and mails a link to, in a browser of their own, signed in. */
export async function guestWitnessBrowser(s: Awaited<ReturnType<typeof victimAndHelper>>) {
  await post(
    s.app,
    `${s.victim.path}/witnesses`,
    { csrf: s.victim.csrf, name: 'Karim B.' },
    s.victim.headers,
  );
  const witnessId = (await s.log.load(s.victim.caseId))?.witnesses[0]?.witnessId ?? '';
  await post(
    s.app,
    `${s.victim.path}/witnesses/${witnessId}/link`,
    { csrf: s.victim.csrf, email: 'karim@example.org', locale: 'fr' },
    s.victim.headers,
  );
  const token = s.witnessTokens.at(-1) ?? '';
  const landing = await s.page(`/witness/${s.victim.caseId}?t=${token}`, {});
  const csrfCookie = (landing.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await landing.text())?.[1] as string;
  const base = { cookie: csrfCookie, 'sec-fetch-site': 'same-origin' };
  const started = await post(s.app, `/witness/${s.victim.caseId}/start`, { csrf, t: token }, base);
  const session = (started.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { witnessId, csrf, base, headers: { ...base, cookie: `${csrfCookie}; ${session}` } };
}
