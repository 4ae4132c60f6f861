import type { Child } from 'hono/jsx';
import { FieldError } from '../frame/layout.js';
import type { FormState } from './form-state.js';

export interface LabelledFieldProps {
  /** The form sent back with its errors and what was typed, when it is this field's. */
  readonly form: FormState | undefined;
  /** The form's id: the field's id is `{formId}-{name}`. */
  readonly formId: string;
  readonly name: string;
  readonly label: string;
  /** @default 'text' */
  readonly type?: string;
  readonly required?: boolean;
  readonly min?: string;
  readonly max?: string;
  /** A textarea rather than an input. */
  readonly multiline?: boolean;
  readonly maxLength?: number;
  /** What is recorded, shown until the form comes back with what was typed. */
  readonly saved?: string;
  readonly autocomplete?: string;
  /** The id of a hint under the field, read with it. */
  readonly describedBy?: string;
}

/**
 * A labelled input or textarea, the markup every form's field shares: the label, then its
 * error if the form came back with one (read with the field, which says it is invalid),
 * then the field with what was typed, or what is recorded.
 */
export function LabelledField(props: LabelledFieldProps) {
  const f = props.form;
  const id = `${props.formId}-${props.name}`;
  const error = f?.errors[props.name];
  const value = f ? (f.values[props.name] ?? '') : (props.saved ?? '');
  const described =
    [error ? `${id}-error` : undefined, props.describedBy].filter(Boolean).join(' ') || undefined;
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
          min={props.min}
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

/** Two short fields side by side where the screen is wide enough, one above the other on a phone. */
export function FieldPair(props: { first: Child; second: Child }) {
  return (
    <div class="two">
      <div>{props.first}</div>
      <div>{props.second}</div>
    </div>
  );
}
