import type { PlatformReport } from '../../../../shared/domain/case-state.js';
import { isDay } from '../../../../shared/domain/day-or-time.js';
import { dsaNoticeOf } from '../../../../shared/domain/dsa-notice.js';
import { LOCALES } from '../../../../shared/domain/locale.js';
import {
  PLATFORM_ANSWER_REMINDER_DAYS,
  PLATFORM_FOLLOW_UPS,
} from '../../../../shared/domain/platform-answers.js';
import { noticeText } from '../../../../shared/i18n/dsa-notice.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import { formatDate } from '../../session.js';
import { type Ctx, Field } from '../fields.js';
import { stepsTexts } from '../steps/texts.js';
import { platformsTexts } from './texts.js';

/**
 * Each report to a platform: where it stands, the DSA notice to paste into the site's
 * form (in the platform's language, the other one folded beside it), the form for the
 * platform's answer, and after a refusal what can be done next.
 */
export function PlatformReports(props: Ctx) {
  const { view, locale } = props;
  if (view.reports.length === 0) return null;
  return (
    <>
      <h4>{stepsTexts[locale].reportsTitle}</h4>
      <ul class="reports">
        {view.reports.map((report) => (
          <li>
            <Report ctx={props} report={report} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Report(props: { ctx: Ctx; report: PlatformReport }) {
  const { ctx, report } = props;
  const { locale } = ctx;
  const t = platformsTexts[locale];
  const c = stepsTexts[locale];
  const status = report.answer?.answer ?? 'waiting';
  return (
    <>
      <p>
        <strong>{report.site}</strong> — {c.reportedOn} {formatDate(locale, report.reportedAt)}
        {report.reference ? ` (${report.reference})` : ''}{' '}
        <span class={`badge ${status === 'removed' ? 'done' : ''}`}>{t.status[status]}</span>
      </p>
      {report.reportId ? (
        <>
          <Notice ctx={ctx} report={report} />
          {status === 'waiting' ? (
            <p class="muted">{t.waitingHint(PLATFORM_ANSWER_REMINDER_DAYS)}</p>
          ) : null}
          {status === 'refused' ? <AfterRefusal ctx={ctx} report={report} /> : null}
          <AnswerForm ctx={ctx} report={report} reportId={report.reportId} />
        </>
      ) : null}
    </>
  );
}

function Notice(props: { ctx: Ctx; report: PlatformReport }) {
  const { ctx, report } = props;
  const t = platformsTexts[ctx.locale];
  const notice = dsaNoticeOf(ctx.view, report);
  const id = `notice-${report.reportId}`;
  const other = LOCALES.find((l) => l !== notice.locale) ?? notice.locale;
  return (
    <details class="notice-text">
      <summary>{t.noticeTitle}</summary>
      <p>{notice.platform?.adviceForum ? t.howForum : t.howOther}</p>
      {notice.notifier.name ? null : (
        <p class="warning">
          {t.noName} <a href="#identity">{t.identityLink}</a>.
        </p>
      )}
      {notice.urls.length ? null : <p class="warning">{t.noUrl}</p>}
      <label for={id}>{t.noticeFor(report.site)}</label>
      <textarea id={id} readonly rows={12} lang={notice.locale}>
        {noticeText(notice, notice.locale)}
      </textarea>
      <CopyButton field={id} locale={ctx.locale} />
      <details>
        <summary>{t.otherLanguage[other]}</summary>
        <label for={`${id}-${other}`}>{t.noticeFor(report.site)}</label>
        <textarea id={`${id}-${other}`} readonly rows={12} lang={other}>
          {noticeText(notice, other)}
        </textarea>
        <CopyButton field={`${id}-${other}`} locale={ctx.locale} />
      </details>
    </details>
  );
}

/**
 * Copies the notice (the pages' script shows it and does it); without the script it stays
 * hidden and the text is selected by hand in its read-only field.
 */
function CopyButton(props: { field: string; locale: Ctx['locale'] }) {
  const t = platformsTexts[props.locale];
  const status = `${props.field}-copied`;
  return (
    <p class="copy">
      <button
        type="button"
        data-copy={props.field}
        data-copied={t.copied}
        aria-describedby={status}
        hidden
      >
        {t.copy}
      </button>{' '}
      <span id={status} role="status" />
    </p>
  );
}

function AfterRefusal(props: { ctx: Ctx; report: PlatformReport }) {
  const t = platformsTexts[props.ctx.locale];
  const forum = dsaNoticeOf(props.ctx.view, props.report).platform?.adviceForum;
  return (
    <div class="after-refusal">
      <h5>{t.afterRefusal}</h5>
      <ul>
        {t.refusalSteps.map((step) => (
          <li>{step}</li>
        ))}
        {forum ? <li>{t.forumRefusal}</li> : null}
      </ul>
    </div>
  );
}

function AnswerForm(props: { ctx: Ctx; report: PlatformReport; reportId: string }) {
  const { ctx, reportId } = props;
  const t = platformsTexts[ctx.locale];
  const formId = `report-${reportId}`;
  const f = ctx.formOf(formId);
  const recorded = props.report.answer;
  const answer = f ? f.values.answer : recorded?.answer;
  const done = new Set<string>(
    f ? (f.values.followUps ?? '').split(' ') : (recorded?.followUps ?? []),
  );
  return (
    <form
      method="post"
      action={`${ctx.base}/reports/${reportId}/answer`}
      id={`form-${formId}`}
      novalidate
    >
      <Csrf token={ctx.csrf} />
      <fieldset>
        <legend>{t.answerLegend}</legend>
        <FieldError id={`${formId}-answer-error`} message={f?.errors.answer} />
        <label class="choice">
          <input type="radio" name="answer" value="removed" checked={answer === 'removed'} />
          <span>{t.removed}</span>
        </label>
        <label class="choice">
          <input type="radio" name="answer" value="refused" checked={answer === 'refused'} />
          <span>{t.refused}</span>
        </label>
      </fieldset>
      <Field
        ctx={ctx}
        formId={formId}
        name="answeredAt"
        label={t.answeredAt}
        type="date"
        max={ctx.today}
        saved={recorded?.answeredAt && isDay(recorded.answeredAt) ? recorded.answeredAt : undefined}
      />
      <Field
        ctx={ctx}
        formId={formId}
        name="reference"
        label={t.reference}
        maxLength={200}
        saved={recorded?.reference}
      />
      <Field
        ctx={ctx}
        formId={formId}
        name="reason"
        label={t.reason}
        multiline
        maxLength={1000}
        saved={recorded?.reason}
      />
      <fieldset>
        <legend>{t.followUpsLegend}</legend>
        <FieldError id={`${formId}-followUps-error`} message={f?.errors.followUps} />
        {PLATFORM_FOLLOW_UPS.map((id) => (
          <label class="choice">
            <input type="checkbox" name="followUps" value={id} checked={done.has(id)} />
            <span>{t.followUps[id]}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit">{t.submit}</button>
    </form>
  );
}

/** When PHAROS fits and when it does not: said once, under the reports. */
export function PharosNote(props: Ctx) {
  const t = platformsTexts[props.locale];
  return (
    <details class="pharos">
      <summary>{t.pharosTitle}</summary>
      {t.pharos.map((line) => (
        <p>{line}</p>
      ))}
      {props.view.harassmentKinds.includes('threats-insults') ? <p>{t.pharosThreats}</p> : null}
    </details>
  );
}
