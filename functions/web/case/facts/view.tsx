import { Csrf } from '../../frame/layout.js';
import { formatDateTime } from '../../session.js';
import { type Ctx, Field } from '../fields.js';
import { FactPutRight } from '../put-right/view.js';
import { factsTexts } from './texts.js';

/** The form for a dated fact, and the facts in date order. */
export function FactsSection(props: Ctx) {
  const { view, locale } = props;
  const c = factsTexts[props.locale];
  const f = 'fact';
  return (
    <section id="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">{c.factsTitle}</h2>
      <p>{c.factsIntro}</p>
      {/* Folded until used: open when the form came back with its errors. */}
      <details class="card" id="fact-form" open={props.formOf(f) ? true : undefined}>
        <summary>{c.factAdd}</summary>
        <form method="post" action={`${props.base}/facts`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          <div class="two">
            <div>
              <Field
                ctx={props}
                formId={f}
                name="date"
                label={c.factDate}
                type="date"
                required
                max={props.today}
              />
            </div>
            <div>
              <Field ctx={props} formId={f} name="time" label={c.factTime} type="time" />
            </div>
          </div>
          <Field
            ctx={props}
            formId={f}
            name="description"
            label={c.factDescription}
            required
            multiline
            maxLength={4000}
          />
          <Field ctx={props} formId={f} name="platform" label={c.factPlatform} maxLength={100} />
          <Field
            ctx={props}
            formId={f}
            name="authorPseudonym"
            label={c.factAuthor}
            maxLength={200}
          />
          <Field ctx={props} formId={f} name="url" label={c.factUrl} type="url" maxLength={2048} />
          <label class="choice">
            <input
              type="checkbox"
              name="public"
              value="yes"
              checked={props.formOf(f)?.values.public === 'yes'}
            />
            <span>{c.factPublic}</span>
          </label>
          <button type="submit">{c.factSubmit}</button>
        </form>
      </details>
      {view.facts.length === 0 ? (
        <p class="muted">{c.noFacts}</p>
      ) : (
        <ol class="items">
          {view.facts.map((fact) => (
            <li>
              <strong>{formatDateTime(locale, fact.occurredAt)}</strong>
              <p>{fact.description}</p>
              {fact.platform || fact.authorPseudonym ? (
                <p class="muted">
                  {[fact.platform, fact.authorPseudonym].filter(Boolean).join(' · ')}
                </p>
              ) : null}
              {fact.url ? <p class="hash">{fact.url}</p> : null}
              <FactPutRight {...props} fact={fact} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
