import type { Locale } from '../../../shared/domain/locale.js';
import type { FormState } from '../forms/form-state.js';
import { FieldError } from '../frame/layout.js';
import type { CasePageProps } from './page.js';

/** What every section of the case page is drawn from. */
export interface Ctx extends CasePageProps {
  /** The case page's path, `/cases/{caseId}`: every section's form posts below it. */
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
  min?: string;
  max?: string;
  multiline?: boolean;
  maxLength?: number;
  /** What is recorded, shown until the form comes back with what was typed. */
  saved?: string;
  autocomplete?: string;
  /** The id of a hint under the field, read with it. */
  describedBy?: string;
}) {
  const f = props.ctx.formOf(props.formId);
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

/** A file size as a person reads it: `1,5 Mo`, `1.5 MB`. */
export function sizeText(locale: Locale, bytes: number): string {
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1000) return `${bytes} ${locale === 'fr' ? 'o' : 'B'}`;
  if (bytes < 1e6) return `${n.format(bytes / 1000)} ${locale === 'fr' ? 'ko' : 'KB'}`;
  return `${n.format(bytes / 1e6)} ${locale === 'fr' ? 'Mo' : 'MB'}`;
}
