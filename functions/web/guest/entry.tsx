import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CaseState } from '../../../shared/domain/fold.js';
import {
  GUEST_SESSION_TTL_MS,
  type GuestKind,
  type LinkStatus,
} from '../../../shared/domain/guest-access.js';
import { isCaseId } from '../../../shared/domain/ids.js';
import type { Locale } from '../../../shared/domain/locale.js';
import { endGuestSession, startGuestSession } from '../../../shared/usecases/guest-access.js';
import { formFields, text } from '../forms/fields.js';
import { Csrf, Page, type PageFrame } from '../frame/layout.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, fromOurPages, pageLocale } from '../session.js';

type Message = { readonly title: string; readonly body: string };

/** What the landing, the refresh and the sign-out say, per kind of guest. */
export interface GuestEntryTexts {
  readonly landingTitle: string;
  readonly landingIntro: string;
  readonly landingOnce: string;
  readonly start: string;
  readonly pageTitle: string;
  readonly continue: string;
  readonly signedOut: Message;
}

export interface GuestEntrySpec<G> {
  readonly kind: GuestKind;
  /** The cookie of this kind, apart from the victim's and the other kind's. */
  readonly cookie: string;
  readonly texts: Record<Locale, GuestEntryTexts>;
  /** The page for a link that opens nothing: unknown, used, expired, or ended (and why). */
  refusal(locale: Locale, status: Exclude<LinkStatus, { status: 'usable' }>): Message;
  /** The guest a session secret opens the case as, now (the log read again each time). */
  guestOf(state: CaseState, secret: string, now: Date): G | undefined;
  idOf(guest: G): string;
}

export interface OwnGuest<G> {
  readonly state: CaseState;
  readonly guest: G;
  readonly secret: string;
}

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const SESSION = /^([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/;

/**
 * How a guest (a witness, a trusted helper) comes in and goes out, the same for every kind:
 * the mailed link's landing (a button: opening the link, as a mail scanner does, spends
 * nothing), the button's POST that spends it and sets the kind's cookie
 * (`{caseId}.{secret}`, HttpOnly, Strict, sent to `/{kind}` pages only), the refresh that
 * brings the Strict cookie back after a trip to storage, and the sign-out that ends the
 * session in the log. Each request reads the log again: no session is trusted from memory.
 */
export function guestEntry<G>(web: PageContext, spec: GuestEntrySpec<G>) {
  const { deps, now } = web;
  const base = `/${spec.kind}`;
  const cookieOptions = { httpOnly: true, secure: true, sameSite: 'Strict', path: base } as const;

  /** This browser's guest on the case the path names; a cookie that opens nothing counts. */
  const own = async (c: Context): Promise<OwnGuest<G> | undefined> => {
    const caseId = c.req.param('caseId') ?? '';
    const match = getCookie(c, spec.cookie)?.match(SESSION);
    if (!match || match[1] !== caseId) return undefined;
    const secret = match[2] as string;
    const state = await deps.log.load(caseId);
    const guest = state && spec.guestOf(state, secret, now());
    if (state && guest) return { state, guest, secret };
    await web.credentialFailed(c, caseId);
    return undefined;
  };

  /** The landing of a mailed link (`?t=`), or the one refresh after storage; else nothing. */
  const entryPage = (c: Context): Response | Promise<Response> | undefined => {
    const caseId = c.req.param('caseId') ?? '';
    if (!isCaseId(caseId)) return undefined;
    const locale = pageLocale(c);
    const token = c.req.query('t') ?? '';
    if (TOKEN.test(token))
      return c.html(
        <GuestLanding
          {...web.frame(c, locale)}
          // The token stays out of the language links.
          url={new URL(`${base}/${caseId}`, c.req.url).href}
          texts={spec.texts[locale]}
          action={`${base}/${caseId}/start`}
          csrf={csrfToken(c)}
          token={token}
        />,
      );
    if (c.req.query('r') || getCookie(c, spec.cookie) !== undefined) return undefined;
    const url = new URL(c.req.url);
    url.searchParams.set('r', '1');
    return c.html(
      <GuestRefresh
        {...web.frame(c, locale)}
        texts={spec.texts[locale]}
        to={`${url.pathname}${url.search}`}
      />,
    );
  };

  const routes = new Hono();

  routes.post(`${base}/:caseId/start`, web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    const token = text(fields, 't');
    // The link is tried before any limit: a valid unused link always works.
    const state = isCaseId(caseId) && TOKEN.test(token) ? await deps.log.load(caseId) : undefined;
    const started = state && (await startGuestSession(deps, state, spec.kind, token, now()));
    if (started?.ok) {
      setCookie(c, spec.cookie, `${caseId}.${started.session}`, {
        ...cookieOptions,
        maxAge: Math.floor(GUEST_SESSION_TTL_MS / 1000),
      });
      return c.redirect(`${base}/${caseId}`, 303);
    }
    const status = started ? started.status : ({ status: 'unknown' } as const);
    if (status.status === 'unknown') {
      await web.credentialFailed(c, caseId);
      return web.message(c, locale, spec.refusal(locale, status), { status: 400 });
    }
    // The same browser using its link again goes on where it was.
    const mine = status.status === 'used' ? await own(c) : undefined;
    if (mine && spec.idOf(mine.guest) === status.principal.id)
      return c.redirect(`${base}/${caseId}`, 303);
    return web.message(c, locale, spec.refusal(locale, status), { role: 'alert', status: 400 });
  });

  routes.post(`${base}/:caseId/sign-out`, web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const mine = await own(c);
    if (mine) await endGuestSession(deps, mine.state, mine.secret, now());
    deleteCookie(c, spec.cookie, cookieOptions);
    const locale = pageLocale(c);
    return web.message(c, locale, spec.texts[locale].signedOut, { role: 'status' });
  });

  return {
    routes,
    own,
    entryPage,
    /** Forgets the cookie in this browser (the session itself ended in the log). */
    forget: (c: Context) => deleteCookie(c, spec.cookie, cookieOptions),
  };
}

type Frame = Omit<PageFrame, 'title'>;

/** What a link opens: a button, so that opening the link (a mail scanner) spends nothing. */
function GuestLanding(
  props: Frame & { texts: GuestEntryTexts; action: string; csrf: string; token: string },
) {
  const t = props.texts;
  return (
    <Page {...props} title={t.landingTitle}>
      <h1>{t.landingTitle}</h1>
      <p class="lead">{t.landingIntro}</p>
      <p>{t.landingOnce}</p>
      <form method="post" action={props.action}>
        <Csrf token={props.csrf} />
        <input type="hidden" name="t" value={props.token} />
        <button type="submit">{t.start}</button>
      </form>
    </Page>
  );
}

/** One same-site refresh, which brings the Strict cookie back after a trip to storage. */
function GuestRefresh(props: Frame & { texts: GuestEntryTexts; to: string }) {
  return (
    <Page {...props} title={props.texts.pageTitle} refreshTo={props.to}>
      <h1>{props.texts.pageTitle}</h1>
      <p>
        <a href={props.to}>{props.texts.continue}</a>
      </p>
    </Page>
  );
}

/** The sign-out button every page of a guest carries (a shared or borrowed device). */
export function GuestSignOut(props: { action: string; csrf: string; label: string }) {
  return (
    <form method="post" action={props.action}>
      <Csrf token={props.csrf} />
      <button type="submit" class="secondary">
        {props.label}
      </button>
    </form>
  );
}
