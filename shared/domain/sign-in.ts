import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SignInEvent } from './sign-in-events.js';

/** A mailed sign-in link stays valid this long, and works once. */
export const SIGN_IN_LINK_TTL_MS = 24 * 3600 * 1000;
/** A browser session opened by a sign-in link lasts this long (the cookie too). */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Links and sessions remembered per case; older ones no longer open it. */
const KEPT = 20;

/** 256 random bits, base64url: sign-in tokens and session secrets. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** What the fold keeps of sign-in links and sessions: hashes and times only. */
export interface SignInState {
  /** Unused links, newest last. */
  readonly links: readonly { readonly tokenHash: string; readonly expiresAt: string }[];
  /** Browser sessions, newest last: opened by a mailed link, or by opening the case (`opener`). */
  readonly sessions: readonly {
    readonly sessionHash: string;
    readonly expiresAt: string;
    readonly opener?: true;
  }[];
  /**
   * When a link mailed to the case's address was first used: from then on, whoever holds
   * the case has shown they read that mailbox. Anyone can open a case for any address.
   */
  readonly addressConfirmedAt?: string;
}

export function emptySignIn(): SignInState {
  return { links: [], sessions: [] };
}

/** Applies one sign-in event; keeps at most a few links and sessions per case. */
export function applySignIn(state: SignInState, event: SignInEvent): SignInState {
  switch (event.type) {
    case 'sign-in-link-issued':
      return {
        ...state,
        links: [...state.links, { tokenHash: event.tokenHash, expiresAt: event.expiresAt }].slice(
          -KEPT,
        ),
      };
    case 'sign-in-link-used': {
      const link = state.links.find((l) => l.tokenHash === event.tokenHash);
      if (!link) return state; // spent already: a second use opens nothing
      const expiresAt = new Date(Date.parse(event.at) + SESSION_TTL_MS).toISOString();
      return {
        links: state.links.filter((l) => l.tokenHash !== event.tokenHash),
        sessions: [...state.sessions, { sessionHash: event.sessionHash, expiresAt }].slice(-KEPT),
        addressConfirmedAt: state.addressConfirmedAt ?? event.at,
      };
    }
    case 'opener-session-started': {
      const expiresAt = new Date(Date.parse(event.at) + SESSION_TTL_MS).toISOString();
      const session = { sessionHash: event.sessionHash, expiresAt, opener: true } as const;
      return { ...state, sessions: [...state.sessions, session].slice(-KEPT) };
    }
    case 'session-ended':
      return {
        ...state,
        sessions: state.sessions.filter((s) => s.sessionHash !== event.sessionHash),
      };
  }
}

/**
 * Unused sign-in links one case may have alive at once. Each lives 24 hours, so a flood
 * of "lost link" requests for someone's address (from any number of networks) mails them
 * at most this many a day, any of which signs them in; the victim's own links are used
 * and drop out.
 */
export const SIGN_IN_LINKS_ALIVE = 5;

/** Unused, unexpired links: read from the case's log, so the same on every instance. */
export function linksAlive(state: SignInState, now: number): number {
  return state.links.filter((l) => Date.parse(l.expiresAt) > now).length;
}

/** The unused, unexpired link this token belongs to, if any. */
export function validLink(state: SignInState, token: string, now: number) {
  const hash = sha256Hex(token);
  return state.links.find((l) => sameHash(l.tokenHash, hash) && Date.parse(l.expiresAt) > now);
}

function liveSession(state: SignInState, secret: string, now: number) {
  const hash = sha256Hex(secret);
  return state.sessions.find((s) => sameHash(s.sessionHash, hash) && Date.parse(s.expiresAt) > now);
}

/** True when this session secret opens the case now. */
export function validSession(state: SignInState, secret: string, now: number): boolean {
  return liveSession(state, secret, now) !== undefined;
}

/** True when this secret is a live session opened by a link mailed to the case's address. */
export function mailedLinkSession(state: SignInState, secret: string, now: number): boolean {
  const session = liveSession(state, secret, now);
  return session !== undefined && !session.opener;
}
