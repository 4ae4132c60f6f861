import { OTHER_OFFENCES } from '../../../../shared/domain/offences.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import { type Ctx, Field } from '../fields.js';
import { letterTexts } from './texts.js';

/**
 * Step 8's letter: the tribunal and the town where it is signed, with service-public
 * F1435's guidance, the civil-party intent, and the offences the letter names.
 */
export function LetterSection(props: Ctx) {
  const c = letterTexts[props.locale];
  const saved = props.view.letter ?? {};
  const f = 'letter';
  const form = props.formOf(f);
  const civilParty = form ? form.values.civilParty === 'yes' : saved.civilParty === true;
  return (
    <section id="letter" aria-labelledby="letter-title">
      <details open={form || props.formOf('offences') ? true : undefined}>
        <summary>
          <h2 id="letter-title">{c.title}</h2>
          {props.view.letter ? <span class="badge done">{c.saved}</span> : null}
        </summary>
        <p>{c.intro}</p>
        <div class="card">
          <form method="post" action={`${props.base}/letter`} id={`form-${f}`} novalidate>
            <Csrf token={props.csrf} />
            <Field
              ctx={props}
              formId={f}
              name="tribunal"
              label={c.tribunal}
              maxLength={100}
              saved={saved.tribunal}
              describedBy="letter-tribunal-help"
            />
            <p class="muted" id="letter-tribunal-help">
              {c.tribunalHelp}
            </p>
            <Field
              ctx={props}
              formId={f}
              name="place"
              label={c.place}
              maxLength={100}
              autocomplete="address-level2"
              saved={saved.place}
            />
            <label class="choice">
              <input type="checkbox" name="civilParty" value="yes" checked={civilParty} />
              <span>{c.civilParty}</span>
            </label>
            <p class="muted">{c.civilPartyHelp}</p>
            <button type="submit">{c.submit}</button>
          </form>
        </div>
        <OffencesForm {...props} />
      </details>
    </section>
  );
}

/** The checklist: what the kinds and facts suggest, until the victim confirms her own. */
function OffencesForm(props: Ctx) {
  const c = letterTexts[props.locale];
  const { offences } = props.view;
  const f = props.formOf('offences');
  const ticked = new Set(offences.named);
  return (
    <div class="card">
      <h3 id="offences-title">{c.offencesTitle}</h3>
      <p>{c.offencesIntro}</p>
      <form method="post" action={`${props.base}/offences`} id="form-offences" novalidate>
        <Csrf token={props.csrf} />
        <fieldset>
          <legend>
            {c.offencesLegend}
            {offences.confirmed ? <span class="badge done">{c.offencesConfirmed}</span> : null}
          </legend>
          <FieldError id="offences-offences-error" message={f?.errors.offences} />
          {OTHER_OFFENCES.map((id) => (
            <label class="choice">
              <input type="checkbox" name="offences" value={id} checked={ticked.has(id)} />
              <span>{c.offences[id]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit">{c.offencesSubmit}</button>
      </form>
    </div>
  );
}

/** What the complaint still lacks (service-public F1435), said before preparing the file. */
export function MissingSection(props: Ctx) {
  const c = letterTexts[props.locale];
  const { missing } = props.view;
  return (
    <section id="missing" aria-labelledby="missing-title" class="card soft">
      {missing.length ? (
        // Folded: a long list the victim reads when she prepares the file, not before.
        <details>
          <summary class="wrap">
            <h2 id="missing-title">{c.missingTitle}</h2>
            <span class="badge">{c.missingCount(missing.length)}</span>
          </summary>
          <p>{c.missingIntro}</p>
          <ul>
            {missing.map((item) => (
              <li>{c.missing[item]}</li>
            ))}
          </ul>
        </details>
      ) : (
        <>
          <h2 id="missing-title">{c.missingTitle}</h2>
          <p>{c.nothingMissing}</p>
        </>
      )}
    </section>
  );
}
