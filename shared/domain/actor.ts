import * as z from 'zod';
import { ID_PATTERN } from './ids.js';

/**
 * Who wrote an event when it was not the victim: a trusted helper she invited (see
 * `helpers.ts`). Events without it are the victim's. The id is the helper's, never an
 * address: the custody log names the helper by the display name the victim gave.
 */
export const HelperActor = z.object({
  kind: z.literal('helper'),
  id: z.string().regex(ID_PATTERN),
});
export type HelperActor = z.infer<typeof HelperActor>;

/** The field an event carries when a helper wrote it. */
export const actorField = { by: HelperActor.optional() };

/** The helper's id an event names, if a helper wrote it. */
export function helperIdOf(event: { readonly by?: HelperActor }): string | undefined {
  return event.by?.kind === 'helper' ? event.by.id : undefined;
}
