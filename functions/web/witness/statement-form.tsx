import { RELATIONSHIP_KINDS } from '../../../shared/domain/attestation.js';
import { TIE_LABELS } from '../case/details/witness-link-texts.js';
import { Csrf, FieldError } from '../frame/layout.js';
import { witnessTexts } from './texts.js';
import type { WitnessPageProps } from './view.js';

const FIELDS = [
  ['lastName', 100],
  ['firstNames', 200],
  ['dateOfBirth', 10],
  ['placeOfBirth', 200],
  ['address', 500],
  ['occupation', 200],
] as const;

/** The text of the attestation: what art. 202 CPC asks, saved until it is sent. */
export function StatementForm(props: WitnessPageProps & { action: string }) {
  const t = witnessTexts[props.locale];
  const ties = TIE_LABELS[props.locale];
  const draft = props.witness.attestation?.draft;
  const form = props.form;
  const value = (name: string): string => {
    if (form) return form.values[name] ?? '';
    const saved = draft?.[name as keyof typeof draft];
    return typeof saved === 'string' ? saved : '';
  };
  const tied = (kind: string) =>
    form
      ? (form.values[`tie-${kind}`] ?? '') !== ''
      : (draft?.relationships as readonly string[] | undefined)?.includes(kind);
  const field = (name: string, label: string, input: (id: string, error?: string) => unknown) => {
    const id = `statement-${name}`;
    const error = form?.errors[name];
    return (
      <>
        <label for={id}>{label}</label>
        <FieldError id={`${id}-error`} message={error} />
        {input(id, error)}
      </>
    );
  };
  const described = (id: string, error?: string) => ({
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
  });
  return (
    <form method="post" action={props.action} id="form-statement" novalidate>
      <Csrf token={props.csrf} />
      {FIELDS.map(([name, max]) =>
        field(name, t[name], (id, error) =>
          name === 'address' ? (
            <textarea id={id} name={name} maxLength={max} required {...described(id, error)}>
              {value(name)}
            </textarea>
          ) : (
            <input
              id={id}
              name={name}
              type={name === 'dateOfBirth' ? 'date' : 'text'}
              max={name === 'dateOfBirth' ? props.today : undefined}
              maxLength={name === 'dateOfBirth' ? undefined : max}
              required
              value={value(name)}
              {...described(id, error)}
            />
          ),
        ),
      )}
      <fieldset aria-describedby="statement-ties-hint">
        <legend>{t.ties}</legend>
        <p class="hint" id="statement-ties-hint">
          {t.tiesHint}
        </p>
        {RELATIONSHIP_KINDS.map((kind) => (
          <label class="choice">
            <input
              type="checkbox"
              name={`tie-${kind}`}
              value="1"
              checked={tied(kind) || undefined}
            />
            <span>{ties[kind]}</span>
          </label>
        ))}
      </fieldset>
      {field('relationshipDetails', t.tieDetails, (id, error) => (
        <input
          id={id}
          name="relationshipDetails"
          type="text"
          maxLength={500}
          value={value('relationshipDetails')}
          {...described(id, error)}
        />
      ))}
      {field('facts', t.facts, (id, error) => (
        <textarea
          id={id}
          name="facts"
          rows={10}
          maxLength={10000}
          required
          {...described(id, error)}
        >
          {value('facts')}
        </textarea>
      ))}
      {field('place', t.place, (id, error) => (
        <input
          id={id}
          name="place"
          type="text"
          maxLength={200}
          required
          value={value('place')}
          {...described(id, error)}
        />
      ))}
      <FieldError id="statement-aware-error" message={form?.errors.aware} />
      <label class="choice">
        <input
          type="checkbox"
          name="aware"
          value="1"
          required
          checked={(form ? form.values.aware === '1' : Boolean(draft)) || undefined}
          aria-describedby={form?.errors.aware ? 'statement-aware-error' : undefined}
        />
        <span>{t.aware}</span>
      </label>
      <button type="submit">{t.save}</button>
    </form>
  );
}
