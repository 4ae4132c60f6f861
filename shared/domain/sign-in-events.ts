import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A sign-in link was mailed: its single-use token (256 random bits) is only stored as a
 * SHA-256. Mails carry this token, never the access token.
 */
export const SignInLinkIssued = z.object({
  ...eventEnvelope,
  type: z.literal('sign-in-link-issued'),
  tokenHash: Sha256Hex,
  expiresAt: z.iso.datetime(),
});

/**
 * A sign-in link was used (by a POST, never by opening the link): it is spent, and the
 * browser got a session whose secret is only stored as a SHA-256.
 */
export const SignInLinkUsed = z.object({
  ...eventEnvelope,
  type: z.literal('sign-in-link-used'),
  tokenHash: Sha256Hex,
  sessionHash: Sha256Hex,
});

/**
 * The browser that opened the case got a session of its own, as a mailed link gives one:
 * its cookie holds this secret (stored only as a SHA-256), never the access token, so a
 * copied cookie is not the API's credential and "Sign out" ends it. It proves nothing
 * about the mailbox.
 */
export const OpenerSessionStarted = z.object({
  ...eventEnvelope,
  type: z.literal('opener-session-started'),
  sessionHash: Sha256Hex,
});

/** The owner signed a browser out: its session no longer opens the case. */
export const SessionEnded = z.object({
  ...eventEnvelope,
  type: z.literal('session-ended'),
  sessionHash: Sha256Hex,
});

export const SIGN_IN_EVENTS = [
  SignInLinkIssued,
  SignInLinkUsed,
  OpenerSessionStarted,
  SessionEnded,
] as const;
export type SignInEvent = z.infer<(typeof SIGN_IN_EVENTS)[number]>;
