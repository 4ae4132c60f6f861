import { Csrf, FieldError, Page, type PageFrame } from '../frame/layout.js';
import { frameTexts } from '../frame/texts.js';
import { signInTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

/** The page an emailed sign-in link opens: a button, so that opening the link spends nothing. */
export function AccessPage(props: Frame & { csrf: string; caseId: string; token: string }) {
  const a = signInTexts[props.locale];
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

export function LostLinkPage(
  props: Frame & { csrf: string; invalidLink?: boolean; error?: string; email?: string },
) {
  const a = signInTexts[props.locale];
  return (
    <Page {...props} title={props.invalidLink ? a.invalidTitle : a.lostTitle}>
      <h1>{props.invalidLink ? a.invalidTitle : a.lostTitle}</h1>
      {props.invalidLink ? <p class="lead">{a.invalid}</p> : null}
      <p>{a.lostIntro}</p>
      <form method="post" action="/lost-link" novalidate>
        <Csrf token={props.csrf} />
        <label for="lost-email">{a.email}</label>
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
        <a href="/">{frameTexts[props.locale].back}</a>
      </p>
    </Page>
  );
}

/** A case page opened without a session: offers a sign-in link, for any id alike. */
export function SignedOutPage(props: Frame & { csrf: string; caseId: string }) {
  const a = signInTexts[props.locale];
  return (
    <Page {...props} title={a.signedOutTitle}>
      <h1>{a.signedOutTitle}</h1>
      <p class="lead">{a.signedOut}</p>
      <form method="post" action={`/cases/${props.caseId}/send-link`}>
        <Csrf token={props.csrf} />
        <button type="submit">{a.sendLink}</button>
      </form>
      <p>
        <a href="/">{frameTexts[props.locale].back}</a>
      </p>
    </Page>
  );
}
