import type { CaseLog } from '../case-log.js';
import type { Author, AuthorsRequest } from '../domain/authors.js';
import type { CaseState } from '../domain/fold.js';
import type { LetterDetails, LetterRequest } from '../domain/letter.js';
import type { OffencesRequest, OtherOffence } from '../domain/offences.js';
import type { Logger } from '../logger.js';

/**
 * What the letter to the Procureur needs beyond the facts, as the victim confirms it: where
 * it goes and is signed, the presumed authors, the offences she recognises. Each record
 * replaces the one before and goes into the next dossier, never into a log or a mail.
 */
export interface RecordLetterDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

/** Records the tribunal, the place of signature and the civil-party intent. */
export async function recordLetterDetails(
  deps: RecordLetterDeps,
  state: CaseState,
  letter: LetterRequest,
): Promise<LetterDetails | null> {
  await deps.log.append({ type: 'letter-details-recorded', caseId: state.caseId, ...letter });
  deps.logger.info('letter details recorded', {
    caseId: state.caseId,
    eventType: 'letter-details-recorded',
  });
  return Object.keys(letter).length ? letter : null;
}

/** Records the presumed authors, replacing the list before. */
export async function recordAuthors(
  deps: RecordLetterDeps,
  state: CaseState,
  request: AuthorsRequest,
): Promise<readonly Author[]> {
  const authors = request.authors.map(({ name, pseudonyms, profileUrls, details }) => ({
    ...(name ? { name } : {}),
    pseudonyms: [...pseudonyms],
    profileUrls: [...profileUrls],
    ...(details ? { details } : {}),
  }));
  await deps.log.append({ type: 'authors-recorded', caseId: state.caseId, authors });
  deps.logger.info('authors recorded', { caseId: state.caseId, eventType: 'authors-recorded' });
  return authors;
}

/** Records which of the other offences the victim recognises in what she lives. */
export async function confirmOffences(
  deps: RecordLetterDeps,
  state: CaseState,
  request: OffencesRequest,
): Promise<readonly OtherOffence[]> {
  await deps.log.append({
    type: 'offences-confirmed',
    caseId: state.caseId,
    offences: request.offences,
  });
  deps.logger.info('offences confirmed', { caseId: state.caseId, eventType: 'offences-confirmed' });
  return request.offences;
}
