import { Csrf, FieldError, Page, type PageFrame } from '../frame/layout.js';
import { frameTexts } from '../frame/texts.js';
import { mailsTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

/**
 * Where a mail's "stop these mails" link leads: a button, so that a mail scanner opening
 * the link stops nothing; once pressed (`stopped`), what was done. Either way, a button
 * that mails the address a confirmation to receive the mails again. The same page for any id.
 */
export function StopMailsPage(props: Frame & { csrf: string; caseId: string; stopped?: boolean }) {
  const t = mailsTexts[props.locale];
  const title = props.stopped ? t.doneTitle : t.title;
  return (
    <Page {...props} title={title}>
      <h1>{title}</h1>
      {props.stopped ? (
        <p class="lead" role="status">
          {t.done}
        </p>
      ) : (
        <>
          <p class="lead">{t.intro}</p>
          <p>{t.what}</p>
          <form method="post" action={`/mails/stop/${props.caseId}`}>
            <Csrf token={props.csrf} />
            <button type="submit">{t.button}</button>
          </form>
          <p>
            {t.eraseInstead} <a href="/lost-link">{t.eraseLink}</a>
          </p>
        </>
      )}
      <h2>{t.resumeTitle}</h2>
      <ResumeForCase csrf={props.csrf} caseId={props.caseId} locale={props.locale} />
    </Page>
  );
}

/** Asks for a confirmation to the address of a case (the stop page, the case page). */
export function ResumeForCase(
  props: Pick<Frame, 'locale'> & { csrf: string; caseId: string; intro?: boolean },
) {
  const t = mailsTexts[props.locale];
  return (
    <>
      {props.intro === false ? null : <p>{t.resumeHere}</p>}
      <form method="post" action="/mails/resume">
        <Csrf token={props.csrf} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <button type="submit" class="secondary">
          {t.resumeButton}
        </button>
      </form>
    </>
  );
}

/**
 * Asks for a confirmation to an address typed in (its cases erased, or no mail at hand);
 * `invalidLink` when a confirmation link no longer works.
 */
export function ResumeMailsPage(
  props: Frame & { csrf: string; invalidLink?: boolean; error?: string; email?: string },
) {
  const t = mailsTexts[props.locale];
  const title = props.invalidLink ? t.invalidTitle : t.resumeTitle;
  return (
    <Page {...props} title={title}>
      <h1>{title}</h1>
      {props.invalidLink ? <p class="lead">{t.invalid}</p> : null}
      <p>{t.resumeIntro}</p>
      <form method="post" action="/mails/resume" novalidate>
        <Csrf token={props.csrf} />
        <label for="resume-email">{t.email}</label>
        <FieldError id="resume-email-error" message={props.error} />
        <input
          type="email"
          id="resume-email"
          name="email"
          required
          autocomplete="email"
          value={props.email ?? ''}
          aria-describedby={props.error ? 'resume-email-error' : undefined}
          aria-invalid={props.error ? 'true' : undefined}
        />
        <button type="submit">{t.resumeButton}</button>
      </form>
      <p>
        <a href="/">{frameTexts[props.locale].back}</a>
      </p>
    </Page>
  );
}

/** The page a confirmation mail's link opens: its button, not the link, lifts the stop. */
export function ConfirmResumePage(props: Frame & { csrf: string; token: string }) {
  const t = mailsTexts[props.locale];
  return (
    <Page {...props} title={t.resumeTitle}>
      <h1>{t.resumeTitle}</h1>
      <p class="lead">{t.confirmIntro}</p>
      <form method="post" action="/mails/resume/confirm">
        <Csrf token={props.csrf} />
        <input type="hidden" name="t" value={props.token} />
        <button type="submit">{t.confirmButton}</button>
      </form>
    </Page>
  );
}

/** The stop is lifted: how to open the case again on this device. */
export function ResumedPage(props: Frame) {
  const t = mailsTexts[props.locale];
  return (
    <Page {...props} title={t.liftedTitle}>
      <h1>{t.liftedTitle}</h1>
      <p class="lead" role="status">
        {t.lifted}
      </p>
      <p>
        <a href="/lost-link">{t.signInLink}</a>
      </p>
    </Page>
  );
}
