import type { StepState } from '../../../shared/domain/case-state.js';
import { helperMayComplete, helperName } from '../../../shared/domain/helpers.js';
import { STEP_IDS, type StepId } from '../../../shared/domain/steps.js';
import { STEP_TEXT } from '../../../shared/i18n/steps.js';
import { Csrf, FieldError } from '../frame/layout.js';
import { formatDateTime } from '../session.js';
import { Input } from './input.js';
import { helperTexts } from './texts.js';
import type { HelperPageProps } from './view.js';

const isToDo = (step: StepState) => step.status === 'pending' || step.status === 'awaiting';

/**
 * The steps as the victim reads them, and who did each. With the steps role, the helper
 * marks done those `helperMayComplete` allows (reports to the sites at any time, the
 * accounts locked, the evidence complete); the others stay the victim's own to do.
 */
export function StepsSection(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{t.stepsTitle}</h2>
      <p class="muted">{t.stepsIntro}</p>
      <ol class="items">
        {STEP_IDS.map((id) => (
          <StepItem {...props} id={id} />
        ))}
      </ol>
    </section>
  );
}

function StepItem(props: HelperPageProps & { id: StepId }) {
  const { id, locale, state } = props;
  const t = helperTexts[locale];
  const step = state.steps[id];
  const by = helperName(state.helpers, step.completedBy);
  return (
    <li id={`step-${id}`}>
      <strong>{STEP_TEXT[locale][id].title}</strong> ({t.status[step.status]})
      {step.updatedAt && !isToDo(step) ? (
        <span class="muted">
          {' '}
          – {formatDateTime(locale, step.updatedAt)}
          {by ? ` – ${t.doneBy.replace('{name}', by)}` : ''}
        </span>
      ) : null}
      <p>{STEP_TEXT[locale][id].advice}</p>
      {helperMayComplete(id) ? <StepForm {...props} id={id} /> : null}
    </li>
  );
}

function StepForm(props: HelperPageProps & { id: StepId }) {
  const { id, state } = props;
  const t = helperTexts[props.locale];
  const action = `/helper/${state.caseId}/steps/${id}`;
  const f = props.form?.id === id ? props.form : undefined;
  if (id === 'report-content')
    return (
      <form method="post" action={action} id={`form-${id}`} novalidate>
        <Csrf token={props.csrf} />
        <Input p={props} form={id} name="site" label={t.reportSite} required maxLength={200} />
        <Input
          p={props}
          form={id}
          name="reportedAt"
          label={t.reportDate}
          type="date"
          required
          max={props.today}
        />
        <Input p={props} form={id} name="reference" label={t.reportReference} maxLength={200} />
        <button type="submit">{t.reportSubmit}</button>
      </form>
    );
  if (!isToDo(state.steps[id])) return null;
  return (
    <form method="post" action={action} id={`form-${id}`}>
      <Csrf token={props.csrf} />
      <FieldError id={`${id}-error`} message={f?.errors.step} />
      <button type="submit" name="status" value="done" class="secondary">
        {id === 'collect-evidence' ? t.evidenceComplete : t.markDone}
      </button>
    </form>
  );
}
