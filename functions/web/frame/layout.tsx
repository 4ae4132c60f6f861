import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { LOCALES, type Locale } from '../../../shared/domain/locale.js';
import { frameTexts } from './texts.js';

export interface PageFrame {
  readonly locale: Locale;
  readonly title: string;
  /** The current URL, for the language switch (which keeps the page). */
  readonly url: string;
  /** The neutral page the quick exit leads to. */
  readonly exitUrl: string;
  /** Refresh to this same-site URL at once (a page reached from another site). */
  readonly refreshTo?: string;
  /** Seconds before `refreshTo` (at once by default). */
  readonly refreshAfter?: number;
  /**
   * On a device marked as shared, the script's quick exit ends the session on the way out
   * (a beacon with this CSRF token). Without the script the link, `/leave`, always does.
   */
  readonly signOutOnExit?: { readonly csrf: string };
}

/**
 * A path of this site, whatever the request held: one leading slash, never `//` or `/\`
 * (which a browser reads as another host), no scheme or host. Every link or redirect built
 * from a request's path goes through it.
 */
export function sitePath(pathname: string): string {
  return `/${pathname.replace(/^[/\\]+/, '')}`;
}

function languageHref(url: string, locale: Locale): string {
  const target = new URL(url);
  target.searchParams.delete('ok');
  target.searchParams.delete('r');
  target.searchParams.set('lang', locale);
  return `${sitePath(target.pathname)}${target.search}`;
}

const LANGUAGE_NAME: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** Every page: quick exit first, language switch, content, emergency numbers. */
export function Page(props: PageFrame & { children?: Child }) {
  const t = frameTexts[props.locale];
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={props.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <meta name="robots" content="noindex, nofollow" />
          {props.refreshTo ? (
            <meta
              http-equiv="refresh"
              content={`${props.refreshAfter ?? 0};url=${props.refreshTo}`}
            />
          ) : null}
          <title>{`${props.title} · ${t.serviceName}`}</title>
          <script src="/assets/guard.js"></script>
          <link rel="stylesheet" href="/assets/app.css" />
          <script src="/assets/app.js" defer></script>
        </head>
        <body>
          <a class="skip" href="#main">
            {t.skip}
          </a>
          <header class="topbar">
            <div class="topbar-inner">
              {/* On a phone the header is one line: the brand says only "Home". */}
              <a class="brand" href="/">
                <span class="brand-full">{t.serviceName}</span>
                <span class="brand-short">{t.home}</span>
              </a>
              <nav class="lang" aria-label={t.language}>
                {LOCALES.map((locale) =>
                  locale === props.locale ? (
                    <span lang={locale} aria-current="true">
                      {LANGUAGE_NAME[locale]}
                    </span>
                  ) : (
                    <a lang={locale} hreflang={locale} href={languageHref(props.url, locale)}>
                      {LANGUAGE_NAME[locale]}
                    </a>
                  ),
                )}
              </nav>
              <a
                id="quick-exit"
                class="quick-exit"
                href="/leave"
                data-exit={props.exitUrl}
                data-csrf={props.signOutOnExit?.csrf}
                rel="noreferrer"
                aria-keyshortcuts="Escape"
                aria-describedby="exit-hint"
              >
                {t.quickExit}
              </a>
            </div>
            {/*
              The Escape shortcut, said to keyboard users: read with the button, shown when the
              keyboard is in the header, and always on a wide screen with a mouse; not on a
              phone, where there is no Escape key.
            */}
            <p class="exit-hint" id="exit-hint">
              {t.quickExitHint}
            </p>
          </header>
          <main id="main">{props.children}</main>
          <footer>
            <p>{t.footer}</p>
          </footer>
        </body>
      </html>
    </>
  );
}

/** Hidden CSRF field of every form posting to the app. */
export function Csrf(props: { token: string }) {
  return <input type="hidden" name="csrf" value={props.token} />;
}

export function FieldError(props: { id: string; message?: string }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      {props.message}
    </p>
  ) : null;
}
