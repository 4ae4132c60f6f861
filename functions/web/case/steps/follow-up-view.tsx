import { FollowUpAnswer, MAX_FOLLOW_UP_ROUNDS } from '../../../../shared/domain/follow-up.js';
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
  const askedAgain = view.followUp && (props.awaiting || props.formOf('follow-up'));
  if (askedAgain)
    return (
      <>
        <FollowUpStands {...props} asking />
        <p class="notice">{c.askedAgain}</p>
        <FollowUpForm {...props} />
      </>
    );
  if (view.followUp) return <FollowUpStands {...props} />;
  if (!followUpOpen(view)) return null;
  return (
    <>
      {props.view.complaint?.outcome === 'filed' ? <p>{c.waiting}</p> : null}
      {props.awaiting || props.formOf('follow-up') ? <FollowUpForm {...props} /> : null}
    </>
  );
}

const ANSWERS = FollowUpAnswer.options;

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

/** Where the case stands; while the question is asked again, without what comes next. */
function FollowUpStands(props: Ctx & { asking?: boolean }) {
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
          : followUp.answer === 'decided'
            ? c.stands.decided
            : c.stands['no-news'];
  const press = props.view.deadlines.some((d) => d.id === 'public-insult-defamation');
  // After the last round the workflow asks no more (`MAX_FOLLOW_UP_ROUNDS`).
  const over = followUp.round >= MAX_FOLLOW_UP_ROUNDS;
  const later = over ? c.roundsOver(followUp.round) : undefined;
  const next =
    followUp.answer === 'investigation'
      ? [c.investigation, later ?? c.askAgain]
      : followUp.answer === 'hearing'
        ? [c.hearing, later ?? c.hearingSteps]
        : followUp.answer === 'decided'
          ? [c.decided]
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
      {props.asking ? null : (
        <>
          <h4>{c.nextTitle}</h4>
          <ul>
            {next.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      )}
      {followUp.letters.length ? (
        <p>
          <a href="#dossier">{c.toDossier}</a>
        </p>
      ) : null}
    </div>
  );
}
