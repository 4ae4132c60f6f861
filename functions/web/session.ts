import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isDay } from '../../shared/domain/day-or-time.js';
import { LOCALES, type Locale } from '../../shared/domain/locale.js';
import { SESSION_TTL_MS } from '../../shared/domain/sign-in.js';
import { longDate, longDateTime } from '../../shared/i18n/dates.js';

/**
 * `{caseId}.{secret}`: a session secret (from a mailed link, or given to the browser that
 * opened the case). Cookies set before sessions existed for openers hold the access token.
 */
export const SESSION_COOKIE = 'hd_session';
/** Random double-submit token: every form carries it, the server compares. */
export const CSRF_COOKIE = 'hd_csrf';
export const LANG_COOKIE = 'hd_lang';
/** `1` on a device the victim marked as shared: the quick exit signs her out. */
export const SHARED_DEVICE_COOKIE = 'hd_shared';

const strict = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' } as const;

export function setSession(c: Context, caseId: string, secret: string): void {
  setCookie(c, SESSION_COOKIE, `${caseId}.${secret}`, {
    ...strict,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, strict);
}

/** The case and secret of this browser's session cookie, whatever the page. */
export function sessionCookie(c: Context): { caseId: string; secret: string } | undefined {
  const match = getCookie(c, SESSION_COOKIE)?.match(
    /^([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/,
  );
  return match ? { caseId: match[1] as string, secret: match[2] as string } : undefined;
}

export function isSharedDevice(c: Context): boolean {
  return getCookie(c, SHARED_DEVICE_COOKIE) === '1';
}

export function setSharedDevice(c: Context, shared: boolean): void {
  if (shared) setCookie(c, SHARED_DEVICE_COOKIE, '1', { ...strict, maxAge: 365 * 24 * 3600 });
  else deleteCookie(c, SHARED_DEVICE_COOKIE, strict);
}

/** The credential this browser holds for `caseId`, if any. */
export function sessionFor(c: Context, caseId: string): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  const match = value?.match(/^([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/);
  // The pattern checks the id's form, so a matching cookie names a well-formed case id.
  if (!match || match[1] !== caseId) return undefined;
  return match[2];
}

const csrfOfRequest = new WeakMap<Request, string>();
const uploadOriginOfRequest = new WeakMap<Request, string>();

/** The page posts files to this origin: the CSP lets its forms and the script reach it. */
export function allowUploadOrigin(c: Context, url: string): void {
  uploadOriginOfRequest.set(c.req.raw, new URL(url).origin);
}

/** The CSRF token of this browser, set on first sight. */
export function csrfToken(c: Context): string {
  const existing = csrfOfRequest.get(c.req.raw);
  if (existing) return existing;
  let token = getCookie(c, CSRF_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    token = randomBytes(32).toString('base64url');
    setCookie(c, CSRF_COOKIE, token, strict);
  }
  csrfOfRequest.set(c.req.raw, token);
  return token;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A state-changing request must come from our own pages: `Sec-Fetch-Site` and `Origin`,
 * when the browser sends them, must say so, and the double-submitted token must match the
 * cookie (SameSite=Strict keeps the cookie off cross-site requests anyway).
 */
export function fromOurPages(c: Context, submitted: string | undefined): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin') return false;
  // With `Referrer-Policy: no-referrer` a browser's own form posts say `Origin: null`.
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && origin !== new URL(c.req.url).origin) return false;
  const cookie = getCookie(c, CSRF_COOKIE);
  return Boolean(cookie && submitted && same(cookie, submitted));
}

/** The language of a page: `?lang=` (then remembered), the cookie, the case's, French. */
export function pageLocale(c: Context, caseLocale?: Locale): Locale {
  const asked = c.req.query('lang');
  if (asked && (LOCALES as readonly string[]).includes(asked)) {
    setCookie(c, LANG_COOKIE, asked, { ...strict, maxAge: 365 * 24 * 3600 });
    return asked as Locale;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (remembered && (LOCALES as readonly string[]).includes(remembered))
    return remembered as Locale;
  if (caseLocale) return caseLocale;
  return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'fr';
}

/**
 * Headers of every page: a strict CSP (scripts and styles from this origin only; forms
 * may post to the upload origin), no caching, no framing, no referrer.
 */
export function pageHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const upload = uploadOriginOfRequest.get(c.req.raw) ?? '';
    // Not `c.header`: on a finished response it copies the body through a stream.
    const headers = c.res.headers;
    headers.set(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        `form-action 'self'${upload ? ` ${upload}` : ''}`,
        `connect-src 'self'${upload ? ` ${upload}` : ''}`,
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join('; '),
    );
    headers.set('Cache-Control', 'no-store');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
  };
}

/** A date and time as a person in France reads it. */
/** A date and time; a day given without a time (`YYYY-MM-DD`) stays a day. */
export function formatDateTime(locale: Locale, iso: string): string {
  return isDay(iso) ? longDate(locale, iso) : longDateTime(locale, iso);
}
export function formatDate(locale: Locale, iso: string): string {
  return longDate(locale, iso);
}

/** Today in Paris, `YYYY-MM-DD`, the `max` of date fields. */
export function todayInParis(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * A wall-clock date (and time) in Paris, from `<input type=date>` and `type=time`, as an
 * ISO 8601 instant with its offset. `undefined` when the fields do not hold a date.
 */
export function parisToIso(date: string, time = ''): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim() || '12:00');
  if (!d || !t) return undefined;
  const [, y, mo, da] = d.map(Number) as [number, number, number, number];
  const [, h, mi] = t.map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, da, h, mi);
  if (Number.isNaN(guess)) return undefined;
  // The offset of Paris at that moment (+01:00 or +02:00).
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asParis = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = asParis - guess;
  return new Date(guess - offset).toISOString();
}
