import * as z from 'zod';

/** The forms of online harassment listed by the advice page. */
export const HARASSMENT_KINDS = [
  'rumours',
  'threats-insults',
  'message-flooding',
  'humiliating-media',
  'fake-profile',
  'orders-in-my-name',
] as const;

export const HarassmentKind = z.enum(HARASSMENT_KINDS);
export type HarassmentKind = z.infer<typeof HarassmentKind>;
