import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import { WebUrl } from './evidence.js';

/**
 * A presumed author as the victim knows them: a civil name when known (the complaint is then
 * against that person, not against X), pseudonyms, profile pages, and what links them to her.
 */
export interface Author {
  readonly name?: string;
  readonly pseudonyms: readonly string[];
  readonly profileUrls: readonly string[];
  /** Relationship to the victim, or how she knows who it is. */
  readonly details?: string;
}

export const MAX_AUTHORS_PER_CASE = 20;

const AuthorRequest = z
  .object({
    name: z.string().trim().min(1).max(200, 'must be at most 200 characters').optional(),
    pseudonyms: z
      .array(z.string().trim().min(1).max(200, 'must be at most 200 characters'))
      .max(20, 'must list at most 20 pseudonyms')
      .default([]),
    profileUrls: z.array(WebUrl).max(20, 'must list at most 20 profiles').default([]),
    details: z.string().trim().min(1).max(1000, 'must be at most 1000 characters').optional(),
  })
  .strict()
  .refine((a) => a.name || a.pseudonyms.length || a.profileUrls.length, {
    message: 'must give a name, a pseudonym or a profile URL',
  });

/** Body of `PUT /api/v1/cases/{id}/authors`: every presumed author, replacing the list before. */
export const AuthorsRequest = z
  .object({
    authors: z
      .array(AuthorRequest)
      .max(MAX_AUTHORS_PER_CASE, `must list at most ${MAX_AUTHORS_PER_CASE} authors`),
  })
  .strict();
export type AuthorsRequest = z.output<typeof AuthorsRequest>;

export const AuthorsRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('authors-recorded'),
  authors: z.array(
    z.object({
      name: z.string().optional(),
      pseudonyms: z.array(z.string()),
      profileUrls: z.array(z.string()),
      details: z.string().optional(),
    }),
  ),
});
export type AuthorsRecorded = z.infer<typeof AuthorsRecorded>;

/** The same pseudonym whatever its case ("Kr4ken_du_93" and "kr4ken_du_93"). */
export function pseudonymKey(pseudonym: string): string {
  return pseudonym.normalize('NFKC').trim().toLocaleLowerCase('fr');
}
