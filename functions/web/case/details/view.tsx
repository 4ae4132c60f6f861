import type { Child } from 'hono/jsx';
import { HARM_POINTS } from '../../../../shared/domain/harm.js';
import { FieldPair } from '../../forms/labelled-field.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import { type Ctx, Field } from '../fields.js';
import { detailsTexts } from './texts.js';
import { WitnessAttestation } from './witness-link-view.js';

/**
 * An optional section, long on a phone: folded until used (or sent back with errors), its
 * badge saying what it holds.
 */
function FoldedSection(props: {
  id: string;
  title: string;
  intro: string;
  open: boolean;
  badge?: string;
  children: Child;
}) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`}>
      <details open={props.open ? true : undefined}>
        <summary>
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          {props.badge ? <span class="badge done">{props.badge}</span> : null}
        </summary>
        <p>{props.intro}</p>
        {props.children}
      </details>
    </section>
  );
}

/** Civil identity for the complaint: optional, printed in the dossier, never mailed. */
export function IdentitySection(props: Ctx) {
  const c = detailsTexts[props.locale];
  const saved = props.view.identity ?? {};
  const f = 'identity';
  const field = { ctx: props, formId: f };
  return (
    <FoldedSection
      id="identity"
      title={c.identityTitle}
      intro={c.identityIntro}
      open={props.formOf(f) !== undefined}
      badge={props.view.identity ? c.saved : undefined}
    >
      <div class="card">
        <form method="post" action={`${props.base}/identity`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          <CivilityChoice {...props} saved={saved.civility} />
          <Field
            {...field}
            name="fullName"
            label={c.identityFullName}
            maxLength={200}
            autocomplete="name"
            saved={saved.fullName}
          />
          <FieldPair
            first={
              <Field
                {...field}
                name="dateOfBirth"
                label={c.identityDateOfBirth}
                type="date"
                max={props.today}
                autocomplete="bday"
                saved={saved.dateOfBirth}
              />
            }
            second={
              <Field
                {...field}
                name="placeOfBirth"
                label={c.identityPlaceOfBirth}
                maxLength={200}
                saved={saved.placeOfBirth}
              />
            }
          />
          <Field
            {...field}
            name="address"
            label={c.identityAddress}
            multiline
            maxLength={500}
            autocomplete="street-address"
            saved={saved.address}
          />
          <Field
            {...field}
            name="phone"
            label={c.identityPhone}
            type="tel"
            maxLength={30}
            autocomplete="tel"
            saved={saved.phone}
          />
          <button type="submit">{c.identitySubmit}</button>
        </form>
      </div>
    </FoldedSection>
  );
}

/** Madame or monsieur: the letter agrees with it ("Je soussignée"); unsaid, it stays neutral. */
function CivilityChoice(props: Ctx & { saved?: string }) {
  const c = detailsTexts[props.locale];
  const form = props.formOf('identity');
  const chosen = form ? (form.values.civility ?? '') : (props.saved ?? '');
  return (
    <fieldset>
      <legend>{c.identityCivility}</legend>
      <FieldError id="identity-civility-error" message={form?.errors.civility} />
      {(['madame', 'monsieur', ''] as const).map((value) => (
        <label class="choice">
          <input type="radio" name="civility" value={value} checked={chosen === value} />
          <span>{c.identityCivilityOption[value || 'none']}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The certificate's points, ITT, doctor and date: printed in the letter of the dossier. */
export function HarmSection(props: Ctx) {
  const c = detailsTexts[props.locale];
  const saved = props.view.harm ?? {};
  const f = 'harm';
  const field = { ctx: props, formId: f };
  return (
    <FoldedSection
      id="harm"
      title={c.harmTitle}
      intro={c.harmIntro}
      open={props.formOf(f) !== undefined}
      badge={props.view.harm ? c.saved : undefined}
    >
      <div class="card">
        <form method="post" action={`${props.base}/harm`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          {HARM_POINTS.map((name) => (
            <Field
              {...field}
              name={name}
              label={c.harmPoints[name]}
              multiline={name === 'other'}
              maxLength={2000}
              saved={saved[name]}
            />
          ))}
          <Field
            {...field}
            name="ittDays"
            label={c.harmItt}
            type="number"
            saved={saved.ittDays === undefined ? undefined : String(saved.ittDays)}
          />
          <FieldPair
            first={
              <Field
                {...field}
                name="doctor"
                label={c.harmDoctor}
                maxLength={200}
                saved={saved.doctor}
              />
            }
            second={
              <Field
                {...field}
                name="certificateDate"
                label={c.harmDate}
                type="date"
                max={props.today}
                saved={saved.certificateDate}
              />
            }
          />
          <Field
            {...field}
            name="estimate"
            label={c.harmEstimate}
            multiline
            maxLength={2000}
            saved={saved.estimate}
          />
          <button type="submit">{c.harmSubmit}</button>
        </form>
      </div>
    </FoldedSection>
  );
}

/** People who may testify: listed with a button each to remove them, and a form to add one. */
export function WitnessesSection(props: Ctx) {
  const c = detailsTexts[props.locale];
  const { witnesses } = props.view;
  const f = 'witness';
  const field = { ctx: props, formId: f };
  return (
    <FoldedSection
      id="witnesses"
      title={c.witnessesTitle}
      intro={c.witnessesIntro}
      open={props.formOf(f) !== undefined}
      badge={witnesses.length ? String(witnesses.length) : undefined}
    >
      {witnesses.length ? (
        <ul class="items">
          {witnesses.map((w) => (
            <li>
              <strong>{w.name}</strong>
              {w.contact ? <p class="muted">{w.contact}</p> : null}
              {w.statement ? <p>{w.statement}</p> : null}
              <WitnessAttestation {...props} witness={w} />
              <form method="post" action={`${props.base}/witnesses/${w.witnessId}/remove`}>
                <Csrf token={props.csrf} />
                <button type="submit" class="secondary">
                  {c.witnessRemove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="card">
        <form method="post" action={`${props.base}/witnesses`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          <FieldError id={`${f}-error`} message={props.formOf(f)?.errors.witness} />
          <Field {...field} name="name" label={c.witnessName} required maxLength={200} />
          <Field {...field} name="contact" label={c.witnessContact} maxLength={300} />
          <Field
            {...field}
            name="statement"
            label={c.witnessStatement}
            multiline
            maxLength={2000}
          />
          <button type="submit">{c.witnessAdd}</button>
        </form>
      </div>
    </FoldedSection>
  );
}
