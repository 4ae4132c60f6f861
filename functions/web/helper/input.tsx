import type { HelperPageProps } from './view.js';

/** A labelled field of the helper's forms, with the error a refused post brought back. */
export function Input(props: {
  p: HelperPageProps;
  form: string;
  name: string;
  label: string;
  type?: string;
  required?: boolean;
  max?: string;
  maxLength?: number;
  multiline?: boolean;
}) {
  const f = props.p.form?.id === props.form ? props.p.form : undefined;
  const id = `${props.form}-${props.name}`;
  const error = f?.errors[props.name];
  const value = f?.values[props.name] ?? '';
  const attrs = {
    id,
    name: props.name,
    required: props.required,
    maxlength: props.maxLength,
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-invalid': error ? 'true' : undefined,
  };
  return (
    <>
      <label for={id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...attrs}>{value}</textarea>
      ) : (
        <input {...attrs} type={props.type ?? 'text'} max={props.max} value={value} />
      )}
    </>
  );
}
