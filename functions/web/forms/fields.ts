import type { Context } from 'hono';

/** A posted form's fields, as Hono parses them (`all: true`: repeated names give arrays). */
export type Fields = Record<string, string | string[]>;

export async function formFields(c: Context): Promise<Fields> {
  return (await c.req.parseBody({ all: true })) as Fields;
}

/** A field's value as typed, '' when absent. */
export function text(fields: Fields, name: string): string {
  const value = fields[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).toString();
}

/** A field's trimmed value; a blank field is one not given. */
export function optional(fields: Fields, name: string): string | undefined {
  const value = text(fields, name).trim();
  return value ? value : undefined;
}

/** The named fields that were filled in, trimmed: a blank field is one not given. */
export function filled(fields: Fields, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = optional(fields, name);
      return value === undefined ? [] : [[name, value]];
    }),
  );
}

/** The fields without those whose value is undefined: what a schema receives. */
export function given(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
