/**
 * Fields of event objects that hold a secret or what stands for one: a credential's
 * SHA-256 (access token, sign-in link, session), a Step Functions task token. They stay in
 * the case's log, where the service needs them; a dossier, which leaves the service (to
 * the police, a lawyer, a court), carries each such event without them (docs/proof.md).
 * A field named like a token, hash, session, secret or password must be listed here
 * (test/unit/dossier/secret-free-events.test.ts walks every event schema).
 */
export const SECRET_EVENT_FIELDS: ReadonlySet<string> = new Set([
  'accessTokenHash',
  'taskToken',
  'tokenHash',
  'sessionHash',
]);

/** The event without its secret fields, and which were taken out (top-level fields). */
export function withoutSecrets(event: Record<string, unknown>): {
  readonly copy: Record<string, unknown>;
  readonly omitted: readonly string[];
} {
  const copy: Record<string, unknown> = {};
  const omitted: string[] = [];
  for (const [field, value] of Object.entries(event)) {
    if (SECRET_EVENT_FIELDS.has(field)) omitted.push(field);
    else copy[field] = value;
  }
  return { copy, omitted };
}
