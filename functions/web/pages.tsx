import { HARASSMENT_KINDS } from '../../shared/domain/harassment-kinds.js';
import { LOCALES, type Locale } from '../../shared/domain/locale.js';
import { Csrf, FieldError, Page, type PageFrame } from './layout.js';
import { TEXTS } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

export interface HomeForm {
  readonly email?: string;
  readonly locale?: Locale;
  readonly kinds?: readonly string[];
  readonly summary?: string;
  readonly errors?: Partial<Record<'email' | 'summary' | 'kinds', string>>;
}

const LANGUAGE_NAME: Record<Locale, string> = { fr: 'Français', en: 'English' };

export function HomePage(props: Frame & { csrf: string; form?: HomeForm; notice?: string }) {
  const t = TEXTS[props.locale];
  const h = t.home;
  const form = props.form ?? {};
  const errors = form.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Page {...props} title={h.title}>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <h1>{h.title}</h1>
      <p class="lead">{h.intro}</p>
      <p class="emergency">{t.emergency}</p>
      <h2>{h.adviceTitle}</h2>
      <ol class="advice">
        {h.advice.map((line) => (
          <li>{line}</li>
        ))}
      </ol>
      <p>
        <a class="button secondary" href="tel:3018">
          {h.call3018}
        </a>
      </p>
      <p>
        {h.cnil}{' '}
        <a href="https://www.cnil.fr/" rel="noreferrer">
          {h.cnilLink}
        </a>
      </p>
      <section class="card soft" aria-labelledby="open-title">
        <h2 id="open-title">{h.formTitle}</h2>
        <p>{h.formIntro}</p>
        {hasErrors ? (
          <div class="errors" role="alert">
            {t.case.errorsTitle}
          </div>
        ) : null}
        <form method="post" action="/cases" novalidate>
          <Csrf token={props.csrf} />
          <label for="email">{h.email}</label>
          <span class="hint" id="email-hint">
            {h.emailHint}
          </span>
          <FieldError id="email-error" message={errors.email} />
          <input
            type="email"
            id="email"
            name="email"
            required
            autocomplete="email"
            value={form.email ?? ''}
            aria-describedby={errors.email ? 'email-hint email-error' : 'email-hint'}
            aria-invalid={errors.email ? 'true' : undefined}
          />
          <fieldset>
            <legend>{h.locale}</legend>
            {LOCALES.map((locale) => (
              <label class="choice">
                <input
                  type="radio"
                  name="locale"
                  value={locale}
                  checked={(form.locale ?? props.locale) === locale}
                />
                <span lang={locale}>{LANGUAGE_NAME[locale]}</span>
              </label>
            ))}
          </fieldset>
          <fieldset aria-describedby="kinds-hint">
            <legend>{h.kinds}</legend>
            <span class="hint" id="kinds-hint">
              {h.kindsHint}
            </span>
            {HARASSMENT_KINDS.map((kind) => (
              <label class="choice">
                <input
                  type="checkbox"
                  name="kinds"
                  value={kind}
                  checked={form.kinds?.includes(kind) ?? false}
                />
                <span>{t.kinds[kind]}</span>
              </label>
            ))}
          </fieldset>
          <label for="summary">{h.summary}</label>
          <span class="hint" id="summary-hint">
            {h.summaryHint}
          </span>
          <FieldError id="summary-error" message={errors.summary} />
          <textarea id="summary" name="summary" maxlength={4000} aria-describedby="summary-hint">
            {form.summary ?? ''}
          </textarea>
          <button type="submit">{h.submit}</button>
          <p class="muted">{h.privacy}</p>
        </form>
      </section>
      <p>
        {h.already} <a href="/lost-link">{h.lostLink}</a>
      </p>
    </Page>
  );
}

/** The page an emailed sign-in link opens: a button, so that opening the link spends nothing. */
export function AccessPage(props: Frame & { csrf: string; caseId: string; token: string }) {
  const a = TEXTS[props.locale].access;
  return (
    <Page {...props} title={a.title}>
      <h1>{a.title}</h1>
      <p class="lead">{a.intro}</p>
      <form method="post" action={`/access/${props.caseId}`}>
        <Csrf token={props.csrf} />
        <input type="hidden" name="t" value={props.token} />
        <button type="submit">{a.button}</button>
      </form>
    </Page>
  );
}

/**
 * Where a mail's "stop these mails" link leads: a button, so that a mail scanner opening
 * the link stops nothing. The same page for any id.
 */
export function StopMailsPage(props: Frame & { csrf: string; caseId: string }) {
  const t = TEXTS[props.locale].stopMails;
  return (
    <Page {...props} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>{t.what}</p>
      <form method="post" action={`/mails/stop/${props.caseId}`}>
        <Csrf token={props.csrf} />
        <button type="submit">{t.button}</button>
      </form>
      <p>
        {t.eraseInstead} <a href="/lost-link">{t.eraseLink}</a>
      </p>
    </Page>
  );
}

export function LostLinkPage(
  props: Frame & { csrf: string; invalidLink?: boolean; error?: string; email?: string },
) {
  const t = TEXTS[props.locale];
  const a = t.access;
  return (
    <Page {...props} title={props.invalidLink ? a.invalidTitle : a.lostTitle}>
      <h1>{props.invalidLink ? a.invalidTitle : a.lostTitle}</h1>
      {props.invalidLink ? <p class="lead">{a.invalid}</p> : null}
      <p>{a.lostIntro}</p>
      <form method="post" action="/lost-link" novalidate>
        <Csrf token={props.csrf} />
        <label for="lost-email">{t.home.email}</label>
        <FieldError id="lost-email-error" message={props.error} />
        <input
          type="email"
          id="lost-email"
          name="email"
          required
          autocomplete="email"
          value={props.email ?? ''}
          aria-describedby={props.error ? 'lost-email-error' : undefined}
          aria-invalid={props.error ? 'true' : undefined}
        />
        <button type="submit">{a.lostSubmit}</button>
      </form>
      <p>
        <a href="/">{a.back}</a>
      </p>
    </Page>
  );
}

/** A case page opened without a session: offers a sign-in link, for any id alike. */
export function SignedOutPage(props: Frame & { csrf: string; caseId: string }) {
  const a = TEXTS[props.locale].access;
  return (
    <Page {...props} title={a.signedOutTitle}>
      <h1>{a.signedOutTitle}</h1>
      <p class="lead">{a.signedOut}</p>
      <form method="post" action={`/cases/${props.caseId}/send-link`}>
        <Csrf token={props.csrf} />
        <button type="submit">{a.sendLink}</button>
      </form>
      <p>
        <a href="/">{a.back}</a>
      </p>
    </Page>
  );
}

export function MessagePage(
  props: Frame & { title: string; body: string; role?: 'status' | 'alert' },
) {
  const a = TEXTS[props.locale].access;
  return (
    <Page {...props}>
      <h1>{props.title}</h1>
      <p class="lead" role={props.role}>
        {props.body}
      </p>
      <p>
        <a href="/">{a.back}</a>
      </p>
    </Page>
  );
}
