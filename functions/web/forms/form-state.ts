import type { Locale } from '../../../shared/domain/locale.js';
import type { Fields } from './fields.js';
import { formTexts } from './texts.js';

/** A form sent back with errors: which one, its fields' messages and what was typed. */
export interface FormState {
  readonly id: string;
  readonly errors: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, string>>;
}

/** What a schema found wrong: zod's issues, or one made here (a limit reached). */
export type Issues = readonly { path: readonly PropertyKey[]; code: string }[];

/** The message of a field the schema refused, by the field's kind and then the issue's. */
function messageFor(locale: Locale, field: string, code: string): string {
  const e = formTexts[locale].errors;
  // An empty date is missing, not wrong: "Indiquez une date passée" would puzzle.
  if (/[dD]ate|At$/.test(field)) return code === 'invalid_type' ? e.required : e.date;
  if (field === 'ittDays') return e.itt;
  if (field === 'url') return e.url;
  if (field === 'email') return e.email;
  if (field === 'phone') return e.phone;
  if (field === 'password') return e.password;
  if (code === 'too_big') return e.tooLong;
  if (code === 'too_small' || code === 'invalid_type') return e.required;
  return e.invalid;
}

/**
 * A form sent back: a message for each invalid field (its first issue), what was typed
 * kept. `rename` maps a schema's field to the form's (`occurredAt` is typed as `date`).
 */
export function refusedForm(
  locale: Locale,
  id: string,
  fields: Fields,
  issues: Issues,
  rename: Readonly<Record<string, string>> = {},
): FormState {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const raw = String(issue.path[0] ?? 'step');
    const field = rename[raw] ?? raw;
    errors[field] ??= messageFor(locale, field, issue.code);
  }
  const values = Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => name !== 'csrf')
      .map(([name, value]) => [name, Array.isArray(value) ? String(value[0]) : String(value)]),
  );
  return { id, errors, values };
}
