import { Csrf, FieldError } from '../../frame/layout.js';
import { ResumeForCase } from '../../mails/view.js';
import { formatDate } from '../../session.js';
import type { Ctx } from '../fields.js';
import { safetyTexts } from './texts.js';

/** The notices after the mails' forms: their part opens. */
const MAIL_NOTICES = new Set<string>([
  'mails-stopped',
  'mails-resumed',
  'mails-not-resumed',
  'discreet-on',
  'discreet-off',
  'countdowns-on',
  'countdowns-off',
]);

/** Sign out of this device, stop or resume the mails, erase the case. */
export function SafetySection(props: Ctx) {
  const { view, locale, base } = props;
  const c = safetyTexts[locale];
  const form = props.formOf;
  // Stopped for the address from a mail's link, though not for this case (opened after).
  const addressOnly = props.addressMailStopped === true && !view.mailsStoppedAt;
  return (
    <section aria-labelledby="safety-title">
      <h2 id="safety-title">{c.safetyTitle}</h2>
      <p>{c.signOutHint}</p>
      <form method="post" action={`${base}/sign-out`}>
        <Csrf token={props.csrf} />
        <button type="submit" class="secondary">
          {c.signOut}
        </button>
      </form>
      <form method="post" action={`${base}/shared-device`} id="form-shared-device">
        <Csrf token={props.csrf} />
        <label class="choice">
          <input
            type="checkbox"
            name="shared"
            value="yes"
            checked={props.sharedDevice}
            aria-describedby="shared-device-hint"
          />
          <span>{c.sharedDevice}</span>
        </label>
        <span class="hint" id="shared-device-hint">
          {c.sharedDeviceHint}
        </span>
        <button type="submit" class="secondary">
          {c.sharedDeviceSave}
        </button>
      </form>
      {/*
        Folded until used: open after one of its forms (its notice) and while mails are
        stopped, which the victim must see.
      */}
      <details
        id="mails"
        open={
          MAIL_NOTICES.has(props.noticeCode ?? '') || view.mailsStoppedAt || addressOnly
            ? true
            : undefined
        }
      >
        <summary>{c.mailsTitle}</summary>
        <p>
          {view.mailsStoppedAt
            ? c.mailsOff(formatDate(locale, view.mailsStoppedAt))
            : addressOnly
              ? c.mailsOffForAddress
              : c.mailsOn}
        </p>
        <p>{view.discreet ? c.discreetOn : c.discreetOff}</p>
        <form method="post" action={`${base}/discretion`}>
          <Csrf token={props.csrf} />
          <input type="hidden" name="discreet" value={view.discreet ? 'off' : 'on'} />
          <button type="submit" class="secondary">
            {view.discreet ? c.discreetTurnOff : c.discreetTurnOn}
          </button>
        </form>
        <p id="countdowns">{view.countdowns ? c.countdownsOn : c.countdownsOff}</p>
        <form method="post" action={`${base}/countdowns`}>
          <Csrf token={props.csrf} />
          <input type="hidden" name="countdowns" value={view.countdowns ? 'off' : 'on'} />
          <button type="submit" class="secondary">
            {view.countdowns ? c.countdownsTurnOff : c.countdownsTurnOn}
          </button>
        </form>
        {props.canResumeMails && !addressOnly ? (
          <form method="post" action={`${base}/mails`}>
            <Csrf token={props.csrf} />
            <input type="hidden" name="mails" value={view.mailsStoppedAt ? 'resume' : 'stop'} />
            <button type="submit" class="secondary">
              {view.mailsStoppedAt ? c.mailsResume : c.mailsStop}
            </button>
          </form>
        ) : (
          <>
            <p class="muted">{c.mailsStoppedByRecipient}</p>
            <ResumeForCase csrf={props.csrf} caseId={view.caseId} locale={locale} intro={false} />
          </>
        )}
      </details>
      <details id="erase" open={form('erase') ? true : undefined}>
        <summary>{c.eraseTitle}</summary>
        <p class="warning">{c.eraseWarning}</p>
        <form method="post" action={`${base}/erase`} id="form-erase">
          <Csrf token={props.csrf} />
          <FieldError id="erase-error" message={form('erase')?.errors.confirm} />
          <label class="choice">
            <input type="checkbox" name="confirm" value="yes" required />
            <span>{c.eraseConfirm}</span>
          </label>
          <button type="submit" class="danger">
            {c.eraseButton}
          </button>
        </form>
      </details>
    </section>
  );
}
