import type { CasePageProps, FormState } from './case-page.js';
import { FieldError } from './layout.js';
import type { Texts } from './texts.js';

/** What every section of the case page is drawn from. */
export interface Ctx extends CasePageProps {
  readonly t: Texts;
  readonly base: string;
  readonly formOf: (id: string) => FormState | undefined;
}

/** A labelled input or textarea: its error, and what was typed or is recorded. */
export function Field(props: {
  ctx: Ctx;
  formId: string;
  name: string;
  label: string;
  type?: string;
  required?: boolean;
  max?: string;
  multiline?: boolean;
  maxLength?: number;
  /** What is recorded, shown until the form comes back with what was typed. */
  saved?: string;
  autocomplete?: string;
}) {
  const f = props.ctx.formOf(props.formId);
  const id = `${props.formId}-${props.name}`;
  const error = f?.errors[props.name];
  const value = f ? (f.values[props.name] ?? '') : (props.saved ?? '');
  const described = error ? `${id}-error` : undefined;
  return (
    <>
      <label for={id}>{props.label}</label>
      <FieldError id={`${id}-error`} message={error} />
      {props.multiline ? (
        <textarea
          id={id}
          name={props.name}
          required={props.required}
          maxlength={props.maxLength}
          autocomplete={props.autocomplete}
          aria-describedby={described}
          aria-invalid={error ? 'true' : undefined}
        >
          {value}
        </textarea>
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          required={props.required}
          max={props.max}
          maxlength={props.maxLength}
          autocomplete={props.autocomplete}
          value={value}
          aria-describedby={described}
          aria-invalid={error ? 'true' : undefined}
        />
      )}
    </>
  );
}
