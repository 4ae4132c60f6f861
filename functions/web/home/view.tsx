import { HARASSMENT_KINDS } from '../../../shared/domain/harassment-kinds.js';
import { LOCALES, type Locale } from '../../../shared/domain/locale.js';
import { formTexts } from '../forms/texts.js';
import { Csrf, FieldError, Page, type PageFrame } from '../frame/layout.js';
import { frameTexts } from '../frame/texts.js';
import { homeTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

const LANGUAGE_NAME: Record<Locale, string> = { fr: 'Français', en: 'English' };

export interface HomeForm {
  readonly email?: string;
  readonly locale?: Locale;
  readonly kinds?: readonly string[];
  readonly summary?: string;
  readonly errors?: Partial<Record<'email' | 'summary' | 'kinds', string>>;
}

export function HomePage(props: Frame & { csrf: string; form?: HomeForm; notice?: string }) {
  const h = homeTexts[props.locale];
  return (
    <Page {...props} title={h.title}>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <h1>{h.title}</h1>
      <p class="lead">{h.intro}</p>
      <p class="emergency">{frameTexts[props.locale].emergency}</p>
      {/* On the first phone screen: the advice in short comes after. */}
      <OpenCaseForm {...props} />
      <p>
        {h.already} <a href="/lost-link">{h.lostLink}</a>
      </p>
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
    </Page>
  );
}

/** The form that opens a case: an address, the case's language, what is happening. */
function OpenCaseForm(props: Frame & { csrf: string; form?: HomeForm }) {
  const h = homeTexts[props.locale];
  const f = formTexts[props.locale];
  const form = props.form ?? {};
  const errors = form.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <section class="card soft" aria-labelledby="open-title">
      <h2 id="open-title">{h.formTitle}</h2>
      <p>{h.formIntro}</p>
      {hasErrors ? (
        <div class="errors" role="alert">
          {f.errorsTitle}
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
              <span>{h.kindNames[kind]}</span>
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
  );
}
