import type { StepId } from '../../../../shared/domain/steps.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import { EvidenceForms, UploadedNotice, UploadForm } from '../evidence/view.js';
import { type Ctx, Field } from '../fields.js';
import { OnlineRoutes } from '../help/view.js';
import { PharosNote, PlatformReports } from '../platforms/view.js';
import { FollowUpAction } from './follow-up-view.js';
import { LetterStatus } from './letter-step.js';
import { stepsTexts } from './texts.js';

export function StepButtons(props: { ctx: Ctx; id: StepId; skippable?: boolean; label?: string }) {
  const { ctx } = props;
  const f = ctx.formOf(props.id);
  return (
    <form method="post" action={`${ctx.base}/steps/${props.id}`} id={`form-${props.id}`}>
      <Csrf token={ctx.csrf} />
      <FieldError id={`${props.id}-error`} message={f?.errors.step} />
      <button type="submit" name="status" value="done">
        {props.label ?? stepsTexts[ctx.locale].done}
      </button>
      {props.skippable ? (
        <button type="submit" name="status" value="skipped" class="secondary">
          {stepsTexts[ctx.locale].skipStep}
        </button>
      ) : null}
    </form>
  );
}

export type StepProps = Ctx & { id: StepId };

/** What a step asks for: its form while it is to do (reports at any time), else nothing. */
export function StepAction(props: StepProps & { toDo: boolean }) {
  const { id } = props;
  const c = stepsTexts[props.locale];
  if (id === 'report-content') return <ReportForm {...props} />;
  if (id === 'follow-up') {
    // Asked (awaiting), or asked again and about to wait (pending after an answer).
    const awaiting = props.view.steps.some(
      (s) =>
        s.id === id && (s.status === 'awaiting' || (s.status === 'pending' && props.view.followUp)),
    );
    return <FollowUpAction {...props} awaiting={awaiting} />;
  }
  // The certificate just sent completed its step: its check is said here, where it was sent.
  if (id === 'medical-certificate' && props.uploaded?.kind === 'medical-certificate' && !props.toDo)
    return <UploadedNotice ctx={props} id="upload-medical-certificate-done" />;
  if (!props.toDo) return null;
  switch (id) {
    case 'stop-contact':
    case 'lock-accounts':
      return <StepButtons ctx={props} id={id} />;
    case 'seek-support':
      return (
        <>
          <p>
            <a class="button secondary" href="tel:3018">
              {c.call3018}
            </a>
          </p>
          <StepButtons ctx={props} id={id} skippable />
        </>
      );
    case 'collect-evidence':
      return (
        <>
          {/* The forms themselves, here while the step is to do (the list stays in #evidence). */}
          <EvidenceForms {...props} />
          <p>
            {props.view.evidence.length === 0 ? c.evidenceNeeded : c.evidenceListed}{' '}
            <a href="#evidence-list">{c.evidenceList}</a>
          </p>
          <StepButtons ctx={props} id={id} label={c.evidenceComplete} />
        </>
      );
    case 'medical-certificate':
      return <CertificateAction {...props} />;
    case 'file-complaint':
      return (
        <>
          <OnlineRoutes locale={props.locale} />
          <ComplaintForm {...props} />
        </>
      );
    case 'write-prosecutor':
      return props.view.complaint?.outcome === 'refused' ? (
        <ProsecutorForm {...props} />
      ) : (
        <p class="muted">{c.letterOnlyIfRefused}</p>
      );
  }
}

/** The reports made to platforms, and the form for one more: open at any time. */
function ReportForm(props: StepProps) {
  const { id, locale } = props;
  const c = stepsTexts[locale];
  const field = { ctx: props, formId: id };
  return (
    <>
      <PlatformReports {...props} />
      <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
        <Csrf token={props.csrf} />
        <Field {...field} name="site" label={c.reportSite} required maxLength={200} />
        <Field
          {...field}
          name="reportedAt"
          label={c.reportDate}
          type="date"
          required
          max={props.today}
        />
        <Field {...field} name="reference" label={c.reportReference} maxLength={200} />
        <button type="submit">{c.reportSubmit}</button>
      </form>
      <PharosNote {...props} />
    </>
  );
}

/** Done means uploaded (the upload completes the step); the only button skips it. */
function CertificateAction(props: StepProps) {
  const { id } = props;
  const c = stepsTexts[props.locale];
  return (
    <>
      <UploadForm ctx={props} kind="medical-certificate" title={c.certificateUpload} />
      <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`}>
        <Csrf token={props.csrf} />
        <FieldError id={`${id}-error`} message={props.formOf(id)?.errors.step} />
        <button type="submit" name="status" value="skipped" class="secondary">
          {c.skipStep}
        </button>
      </form>
    </>
  );
}

/** How filing the complaint went: filed (with its receipt) or refused. */
function ComplaintForm(props: StepProps) {
  const { id } = props;
  const c = stepsTexts[props.locale];
  const f = props.formOf(id);
  const outcome = f?.values.outcome;
  const field = { ctx: props, formId: id };
  return (
    <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
      <Csrf token={props.csrf} />
      <fieldset>
        <legend>{c.complaintOutcome}</legend>
        <FieldError id={`${id}-outcome-error`} message={f?.errors.outcome} />
        <label class="choice">
          <input type="radio" name="outcome" value="filed" checked={outcome === 'filed'} />
          <span>{c.filed}</span>
        </label>
        <label class="choice">
          <input type="radio" name="outcome" value="refused" checked={outcome === 'refused'} />
          <span>{c.refused}</span>
        </label>
      </fieldset>
      <Field {...field} name="reference" label={c.receipt} maxLength={100} />
      <Field {...field} name="policeStation" label={c.station} maxLength={200} />
      <Field {...field} name="filedAt" label={c.complaintDate} type="date" max={props.today} />
      <button type="submit">{c.complaintSubmit}</button>
    </form>
  );
}

/** The letter to the Procureur, after a refused complaint: when it was sent, and how. */
function ProsecutorForm(props: StepProps) {
  const { id } = props;
  const c = stepsTexts[props.locale];
  const field = { ctx: props, formId: id };
  return (
    <>
      <LetterStatus {...props} />
      <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
        <Csrf token={props.csrf} />
        <Field {...field} name="sentAt" label={c.letterSent} type="date" max={props.today} />
        <Field {...field} name="trackingNumber" label={c.tracking} maxLength={100} />
        <button type="submit">{c.letterSubmit}</button>
      </form>
    </>
  );
}
