/**
 * An SDK client, or how to make it at its first use. Made late, its package loads late:
 * a function that never mails (the API answering a case view) does not load SES at its
 * cold start.
 */
export type ClientSource<Client extends object> = Client | (() => Promise<Client>);

/** The client, made once on the first call when the source is a maker. */
export function clientAtFirstUse<Client extends object>(
  source: ClientSource<Client>,
): () => Promise<Client> {
  if (typeof source !== 'function') return () => Promise.resolve(source);
  const make = source as () => Promise<Client>;
  let client: Promise<Client> | undefined;
  return () => {
    client ??= make();
    return client;
  };
}
