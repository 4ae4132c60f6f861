import type { CaseView } from '../../../../shared/domain/case-view.js';
import { Csrf } from '../../frame/layout.js';
import { DescribeFields, parisFields } from '../evidence/describe-fields.js';
import { describeTexts } from '../evidence/describe-texts.js';
import { factsTexts } from '../facts/texts.js';
import { type Ctx, Field } from '../fields.js';
import { putRightTexts } from './texts.js';

type Fact = CaseView['facts'][number];
type Item = CaseView['evidence'][number];

/** Under a fact: its form to correct it, folded, and the button to withdraw it. */
export function FactPutRight(props: Ctx & { fact: Fact }) {
  const { fact } = props;
  const c = putRightTexts[props.locale];
  const t = factsTexts[props.locale];
  const f = `fact-${fact.factId}`;
  const when = parisFields(fact.occurredAt);
  const field = { ctx: props, formId: f };
  return (
    <details class="put-right" open={props.formOf(f) !== undefined}>
      <summary>{c.correct}</summary>
      <form method="post" action={`${props.base}/facts/${fact.factId}`} id={`form-${f}`} novalidate>
        <Csrf token={props.csrf} />
        <div class="two">
          <div>
            <Field
              {...field}
              name="date"
              label={t.factDate}
              type="date"
              required
              max={props.today}
              saved={when.date}
            />
          </div>
          <div>
            <Field {...field} name="time" label={t.factTime} type="time" saved={when.time} />
          </div>
        </div>
        <Field
          {...field}
          name="description"
          label={t.factDescription}
          required
          multiline
          maxLength={4000}
          saved={fact.description}
        />
        <Field
          {...field}
          name="platform"
          label={t.factPlatform}
          maxLength={100}
          saved={fact.platform ?? undefined}
        />
        <Field
          {...field}
          name="authorPseudonym"
          label={t.factAuthor}
          maxLength={200}
          saved={fact.authorPseudonym ?? undefined}
        />
        <Field
          {...field}
          name="url"
          label={t.factUrl}
          type="url"
          maxLength={2048}
          saved={fact.url ?? undefined}
        />
        <label class="choice">
          <input
            type="checkbox"
            name="public"
            value="yes"
            checked={(props.formOf(f)?.values.public ?? (fact.publishedAt ? 'yes' : '')) === 'yes'}
          />
          <span>{t.factPublic}</span>
        </label>
        <button type="submit">{c.saveFact}</button>
      </form>
      <form method="post" action={`${props.base}/facts/${fact.factId}/withdraw`}>
        <Csrf token={props.csrf} />
        <p class="muted">{c.withdrawFactHint}</p>
        <button type="submit" class="secondary">
          {c.withdrawFact}
        </button>
      </form>
    </details>
  );
}

/**
 * Under an item: its details to describe again, folded, and the button to withdraw it. Open
 * when its form came back with an error, or right after the file came back from storage
 * without JavaScript (where the victim describes what she just sent).
 */
export function EvidencePutRight(props: Ctx & { item: Item }) {
  const { item } = props;
  const c = putRightTexts[props.locale];
  const f = `item-${item.evidenceId}`;
  const open = props.formOf(f) !== undefined || props.uploaded?.evidenceId === item.evidenceId;
  return (
    <details class="put-right" id={`describe-${item.evidenceId}`} open={open}>
      <summary>{describeTexts[props.locale].itemSummary}</summary>
      <form
        method="post"
        action={`${props.base}/evidence/${item.evidenceId}/describe`}
        id={`form-${f}`}
        novalidate
      >
        <Csrf token={props.csrf} />
        <DescribeFields ctx={props} formId={f} item={item} />
        <button type="submit">{c.saveItem}</button>
      </form>
      <form method="post" action={`${props.base}/evidence/${item.evidenceId}/withdraw`}>
        <Csrf token={props.csrf} />
        <p class="muted">{item.kind === 'link' ? c.withdrawLinkHint : c.withdrawFileHint}</p>
        <button type="submit" class="secondary">
          {c.withdrawItem}
        </button>
      </form>
    </details>
  );
}
