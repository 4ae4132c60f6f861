import { randomBytes } from 'node:crypto';
import * as z from 'zod';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 26 Crockford base-32 characters: case ids, and the ULIDs of events and evidence. */
export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Case ids are random (130 bits), not time-ordered like ULIDs: an id must not tell when
 * a victim opened a case. Fixed length keeps S3 listings in key order (see DESIGN.md).
 */
export function newCaseId(): string {
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  return Array.from(randomBytes(26), (byte) => CROCKFORD[byte & 31]).join('');
}

export const CaseId = z.string().regex(ID_PATTERN, 'must be a case id (26 characters)');
export type CaseId = z.infer<typeof CaseId>;

/** `CaseId`'s check without a parse, for the paths every request takes. */
export function isCaseId(value: string): value is CaseId {
  return ID_PATTERN.test(value);
}

/** Event ids are ULIDs: their order is the order of the log. */
export const EventId = z.string().regex(ID_PATTERN, 'must be a ULID');
