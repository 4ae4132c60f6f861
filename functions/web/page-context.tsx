import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { monotonicFactory } from 'ulid';
import type { CaseState } from '../../shared/domain/fold.js';
import type { Locale } from '../../shared/domain/locale.js';
import { mailedLinkSession } from '../../shared/domain/sign-in.js';
import { credentialOpens } from '../../shared/usecases/sign-in.js';
import type { HolderCredential } from '../../shared/usecases/stop-mails.js';
import { AbuseGuard, clientAddress } from '../http/abuse-limits.js';
import type { ApiDeps } from '../http/deps.js';
import type { PageFrame } from './frame/layout.js';
import { MessagePage } from './frame/message-page.js';
import { frameTexts } from './frame/texts.js';
import { csrfToken, isSharedDevice, pageLocale, sessionCookie, sessionFor } from './session.js';

export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=m%C3%A9t%C3%A9o';
/** Form bodies: short fields only, files go straight to storage. */
const FORM_MAX_BYTES = 16 * 1024;

/**
 * What every page's routes share: the app's deps, the clock and ids, and the few helpers
 * that find the case a browser holds and draw the pages' frame. Built once per app.
 */
export interface PageContext {
  readonly deps: ApiDeps;
  readonly now: () => Date;
  /** Time-ordered ids, as every id of a case. */
  readonly nextId: (time: number) => string;
  readonly limits: NonNullable<ApiDeps['limits']>;
  /** The limits every credential check shares with the API. */
  readonly guard: AbuseGuard;
  /**
   * Counts a wrong credential (cookie, sign-in link) for `caseId`; past a limit, throws the
   * "too many attempts" page (429) instead of letting the route answer.
   */
  credentialFailed(c: Context, caseId: string): Promise<void>;
  /** The neutral page the quick exit leads to. */
  readonly exitUrl: string;
  /** The body limit of every form post. */
  readonly formLimit: ReturnType<typeof bodyLimit>;
  /** What every page's frame needs but its title. */
  frame(c: Context, locale: Locale): Omit<PageFrame, 'title'>;
  /** The page for a form that does not come from these pages (CSRF). */
  forbidden(c: Context): Response | Promise<Response>;
  /** A page that says one thing, in the browser's language. */
  message(
    c: Context,
    locale: Locale,
    text: { title: string; body: string },
    options?: { role?: 'status' | 'alert'; status?: 200 | 400 | 403 | 404 | 429 },
  ): Response | Promise<Response>;
  /** The case, if this browser's cookie opens it. */
  ownCase(c: Context): Promise<CaseState | undefined>;
  /** How this browser opened the case: its cookie holds the access token or a session. */
  holderCredential(c: Context, state: CaseState): HolderCredential;
}

export function pageContext(deps: ApiDeps, guard = new AbuseGuard(deps.limits)): PageContext {
  const now = deps.now ?? (() => new Date());
  const exitUrl = deps.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
  const frame = (c: Context, locale: Locale) => ({
    locale,
    url: c.req.url,
    exitUrl,
    signOutOnExit: isSharedDevice(c) && sessionCookie(c) ? { csrf: csrfToken(c) } : undefined,
  });
  const message: PageContext['message'] = (c, locale, text, options = {}) =>
    c.html(
      <MessagePage {...frame(c, locale)} title={text.title} body={text.body} role={options.role} />,
      options.status ?? 200,
    );
  const credentialFailed: PageContext['credentialFailed'] = async (c, caseId) => {
    const over = guard.credentialFailed(clientAddress(c), caseId);
    if (!over) return;
    const locale = pageLocale(c);
    const res = await message(c, locale, frameTexts[locale].tooManyAttempts, {
      role: 'alert',
      status: 429,
    });
    res.headers.set('Retry-After', String(over.retryAfter));
    throw new HTTPException(429, { res });
  };
  return {
    deps,
    now,
    nextId: monotonicFactory(),
    limits: guard.limits,
    guard,
    credentialFailed,
    exitUrl,
    formLimit: bodyLimit({ maxSize: FORM_MAX_BYTES, onError: (c) => c.text('Too large', 413) }),
    frame,
    message,
    forbidden: (c) => {
      const locale = pageLocale(c);
      return message(c, locale, frameTexts[locale].forbidden, { role: 'alert', status: 403 });
    },
    ownCase: async (c) => {
      const caseId = c.req.param('caseId') ?? '';
      const secret = sessionFor(c, caseId);
      if (!secret) return undefined;
      const state = await deps.log.load(caseId);
      if (state && credentialOpens(state, secret, now())) return state;
      // A cookie naming this case that does not open it: a guess, counted as the API counts one.
      await credentialFailed(c, caseId);
      return undefined;
    },
    holderCredential: (c, state) => {
      const secret = sessionFor(c, state.caseId);
      return secret && mailedLinkSession(state.signIn, secret, now().getTime())
        ? 'mailed-link'
        : 'access-token';
    },
  };
}
