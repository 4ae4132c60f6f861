import { Csrf, FieldError } from '../../frame/layout.js';
import { formatDate } from '../../session.js';
import { type Ctx, Field } from '../fields.js';
import { followUpOpen } from './current.js';
import { followUpTexts } from './follow-up-texts.js';

/**
 * The follow-up step: before its question, what to do while waiting; while it waits, the
 * form; once answered, where the case stands and what comes next.
 */
export function FollowUpAction(props: Ctx & { toDo: boolean; awaiting: boolean }) {
  const { view } = props;
  const c = followUpTexts[props.locale];
  if (view.followUp) return <FollowUpStands {...props} />;
  if (!followUpOpen(view)) return null;
  return (
    <>
      {props.view.complaint?.outcome === 'filed' ? <p>{c.waiting}</p> : null}
      {props.awaiting || props.formOf('follow-up') ? <FollowUpForm {...props} /> : null}
    </>
  );
}

const ANSWERS = ['no-news', 'dismissed', 'investigation', 'hearing'] as const;

function FollowUpForm(props: Ctx) {
  const id = 'follow-up';
  const c = followUpTexts[props.locale];
  const f = props.formOf(id);
  const answer = f?.values.answer;
  const field = { ctx: props, formId: id };
  return (
    <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
      <Csrf token={props.csrf} />
      <FieldError id={`${id}-error`} message={f?.errors.step} />
      <fieldset>
        <legend>{c.question}</legend>
        <FieldError id={`${id}-answer-error`} message={f?.errors.answer} />
        {ANSWERS.map((value) => (
          <label class="choice">
            <input type="radio" name="answer" value={value} checked={answer === value} />
            <span>{c.answers[value]}</span>
          </label>
        ))}
      </fieldset>
      <Field {...field} name="dismissedAt" label={c.dismissedAt} type="date" max={props.today} />
      <Field {...field} name="prosecutionReference" label={c.reference} maxLength={100} />
      <Field {...field} name="hearingAt" label={c.hearingAt} type="date" />
      <Field {...field} name="court" label={c.court} maxLength={200} />
      <button type="submit">{c.submit}</button>
    </form>
  );
}

function FollowUpStands(props: Ctx) {
  const { locale } = props;
  const c = followUpTexts[locale];
  const followUp = props.view.followUp;
  if (!followUp) return null;
  const date = (value: string | undefined) => (value ? formatDate(locale, value) : '—');
  const stands =
    followUp.answer === 'dismissed'
      ? c.stands.dismissed(date(followUp.dismissedAt))
      : followUp.answer === 'hearing'
        ? c.stands.hearing(date(followUp.hearingAt), followUp.court ?? '')
        : followUp.answer === 'investigation'
          ? c.stands.investigation
          : c.stands['no-news'];
  const press = props.view.deadlines.some((d) => d.id === 'public-insult-defamation');
  const next =
    followUp.answer === 'investigation'
      ? [c.investigation]
      : followUp.answer === 'hearing'
        ? [c.hearing]
        : [
            ...(followUp.answer === 'dismissed' ? [c.recours] : []),
            c.civilParty,
            c.consignation,
            ...(press ? [c.pressException] : []),
          ];
  return (
    <div id="follow-up-stands">
      <h4>{c.standsTitle}</h4>
      <p class="notice">{stands}</p>
      <h4>{c.nextTitle}</h4>
      <ul>
        {next.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      {followUp.letters.length ? (
        <p>
          <a href="#dossier">{c.toDossier}</a>
        </p>
      ) : null}
    </div>
  );
}
