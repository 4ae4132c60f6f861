import * as z from 'zod';
import { HarassmentKind } from './harassment-kinds.js';
import { Locale } from './locale.js';

/** Body of `POST /api/v1/cases`. */
export const OpenCaseRequest = z
  .object({
    email: z.email({ error: 'must be an email address' }).max(254),
    locale: Locale,
    harassmentKinds: z
      .array(HarassmentKind)
      .max(HarassmentKind.options.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'must not repeat a kind')
      .default([]),
    summary: z.string().trim().max(4000).optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type OpenCaseRequest = z.infer<typeof OpenCaseRequest>;
