import type { StepId } from '../../../../shared/domain/steps.js';
import { STEP_TEXT } from '../../../../shared/i18n/steps.js';
import { formatDateTime } from '../../session.js';
import type { Ctx } from '../fields.js';
import { StepHelp } from '../help/view.js';
import { caseTexts } from '../texts.js';
import { StepAction } from './actions.js';
import { currentStep, isToDo } from './current.js';
import { stepsTexts } from './texts.js';

export { currentStep };

/**
 * "What to do now": the current step's advice and its action itself (its form, its
 * buttons), so that the next thing to do is where the victim is looking. A notice about a
 * step just saved from here is said here too (the redirect lands on `#now`).
 */
export function NowSection(props: Ctx & { notice?: string }) {
  const { view, locale } = props;
  const c = caseTexts[locale];
  const now = currentStep(view);
  return (
    <section class="card now" id="now" aria-labelledby="now-title">
      <h2 id="now-title">{c.now}</h2>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {now ? (
        <>
          <p class="muted">
            {c.nowStep(view.steps.findIndex((s) => s.id === now) + 1, view.steps.length)}
          </p>
          <h3>{STEP_TEXT[locale][now].title}</h3>
          <p>{STEP_TEXT[locale][now].advice}</p>
          <StepHelp locale={locale} step={now} view={view} />
          <StepAction {...props} id={now} toDo />
        </>
      ) : (
        <p>{c.allDone}</p>
      )}
    </section>
  );
}

/** The victim's path, step by step: a tracker, each step folded to its title and status. */
export function StepsSection(props: Ctx & { title: string }) {
  const now = currentStep(props.view);
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{props.title}</h2>
      <ol class="steps">
        {props.view.steps.map((s) => (
          <li class={s.status} aria-current={s.id === now ? 'step' : undefined}>
            <StepSection {...props} id={s.id} current={s.id === now} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whether a step's folded entry opens: a step a form just saved, or its form sent back. */
function expandedEntry(props: Ctx & { id: StepId; current: boolean }): boolean {
  if (props.current) return props.openStep === props.id;
  if (props.openStep === props.id || props.formOf(props.id) !== undefined) return true;
  // Step 4's upload and link forms live in it while it is to do: a file sent back from
  // storage, or a link sent back with its errors, opens it.
  return (
    props.id === 'collect-evidence' &&
    (props.formOf('link') !== undefined ||
      ['screenshot', 'document', 'video'].includes(props.uploaded?.kind ?? ''))
  );
}

/**
 * One step of the list: closed to its number, title and status, so the list reads as a
 * tracker on a phone. The current step's action is in "What to do now" (never twice on the
 * page); the others carry theirs.
 */
function StepSection(props: Ctx & { id: StepId; current: boolean }) {
  const { id, view, locale } = props;
  const c = stepsTexts[props.locale];
  const step = view.steps.find((s) => s.id === id);
  if (!step) return null;
  const text = STEP_TEXT[locale][id];
  const toDo = isToDo(step.status);
  return (
    <details id={`step-${id}`} class="step" open={expandedEntry(props) ? true : undefined}>
      <summary>
        <h3>{text.title}</h3>
        <span class={`badge ${step.status === 'done' ? 'done' : ''}`}>
          {props.current ? c.current : c.status[step.status]}
        </span>
      </summary>
      <div class="step-body">
        {step.updatedAt && !toDo ? (
          <p class="muted">
            {c.status[step.status]} · {formatDateTime(locale, step.updatedAt)}
            {step.completedBy ? ` · ${c.byHelper.replace('{name}', step.completedBy.name)}` : ''}
          </p>
        ) : null}
        {id === 'file-complaint' && view.complaint ? (
          <p class="notice">
            {view.complaint.outcome === 'filed'
              ? c.complaintFiled(view.complaint.reference ?? '')
              : c.complaintRefused}
          </p>
        ) : null}
        {props.current ? (
          <p>
            <a href="#now">{c.doItAbove}</a>
          </p>
        ) : (
          <>
            <p>{text.advice}</p>
            <StepHelp locale={locale} step={id} view={view} />
            <StepAction {...props} toDo={toDo} />
          </>
        )}
      </div>
    </details>
  );
}
