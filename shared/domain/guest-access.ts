import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import { ID_PATTERN } from './ids.js';
import { sameHash, sha256Hex } from './sign-in.js';

/**
 * People other than the victim who act on a case, each by a single-use link the victim
 * chose to send, then a session of their own (a cookie apart from the victim's). Such a
 * principal never holds the victim's credential: its session opens only the pages of its
 * kind. Today a witness writing their own attestation; a second kind (a trusted helper)
 * adds its name here and its pages, and reuses the links, sessions and revocation.
 */
export const GUEST_KINDS = ['witness', 'helper'] as const;
export const GuestKind = z.enum(GUEST_KINDS);
export type GuestKind = z.infer<typeof GuestKind>;

/** Who acts on a case: its victim, or one guest (a kind and the id the victim gave it). */
export type Principal =
  | { readonly kind: 'victim' }
  | { readonly kind: GuestKind; readonly id: string };

export const GuestPrincipal = z.object({
  kind: GuestKind,
  id: z.string().regex(ID_PATTERN),
});
export type GuestPrincipal = z.infer<typeof GuestPrincipal>;

/** A guest's link works this long, and once: long enough for a witness to find a quiet moment. */
export const GUEST_LINK_TTL_MS = 7 * 24 * 3600 * 1000;
/** A guest's session (the cookie the link gave): to finish the form, and to withdraw it later. */
export const GUEST_SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The victim had a link mailed to a guest: only the token's hash is kept, never the address. */
export const GuestLinkIssued = z.object({
  ...eventEnvelope,
  type: z.literal('guest-link-issued'),
  principal: GuestPrincipal,
  tokenHash: Sha256Hex,
  expiresAt: z.iso.datetime(),
});

/** The guest used the link (a POST, never by opening it): spent, and a session began. */
export const GuestLinkUsed = z.object({
  ...eventEnvelope,
  type: z.literal('guest-link-used'),
  tokenHash: Sha256Hex,
  sessionHash: Sha256Hex,
});

/**
 * Every link and session of this guest stops opening anything: the victim cancelled the
 * link or took the person off the case, or the witness withdrew.
 */
export const GuestAccessEnded = z.object({
  ...eventEnvelope,
  type: z.literal('guest-access-ended'),
  principal: GuestPrincipal,
  reason: z.enum(['cancelled', 'removed', 'withdrawn']),
});

/**
 * The guest signed out on one device: that session (by its hash, already in the log since
 * the link was used) opens nothing from now on, even if the cookie is kept or copied.
 */
export const GuestSignedOut = z.object({
  ...eventEnvelope,
  type: z.literal('guest-signed-out'),
  sessionHash: Sha256Hex,
});

export const GUEST_ACCESS_EVENTS = [
  GuestLinkIssued,
  GuestLinkUsed,
  GuestAccessEnded,
  GuestSignedOut,
] as const;
export type GuestAccessEvent = z.infer<(typeof GUEST_ACCESS_EVENTS)[number]>;

interface GuestLink {
  readonly principal: GuestPrincipal;
  readonly tokenHash: string;
  readonly expiresAt: string;
  readonly issuedAt: string;
  /** Set once used: kept so that a second use gets a clear answer. */
  readonly usedAt?: string;
  /** Set when the access ended: why. */
  readonly ended?: 'cancelled' | 'removed' | 'withdrawn';
}

interface GuestSession {
  readonly principal: GuestPrincipal;
  readonly sessionHash: string;
  readonly expiresAt: string;
}

/** What the fold keeps of guests' links and sessions: hashes, principals and times. */
export interface GuestAccessState {
  readonly links: readonly GuestLink[];
  readonly sessions: readonly GuestSession[];
}

/** Links remembered per case (live, spent or ended): enough for 20 witnesses asked twice. */
const KEPT_LINKS = 60;

export function emptyGuestAccess(): GuestAccessState {
  return { links: [], sessions: [] };
}

const samePrincipal = (a: GuestPrincipal, b: GuestPrincipal) => a.kind === b.kind && a.id === b.id;

export function applyGuestAccess(
  state: GuestAccessState,
  event: GuestAccessEvent,
): GuestAccessState {
  switch (event.type) {
    case 'guest-link-issued': {
      const link: GuestLink = {
        principal: event.principal,
        tokenHash: event.tokenHash,
        expiresAt: event.expiresAt,
        issuedAt: event.at,
      };
      return { ...state, links: [...state.links, link].slice(-KEPT_LINKS) };
    }
    case 'guest-link-used': {
      const link = state.links.find((l) => l.tokenHash === event.tokenHash);
      if (!link || link.usedAt || link.ended) return state;
      const expiresAt = new Date(Date.parse(event.at) + GUEST_SESSION_TTL_MS).toISOString();
      return {
        links: state.links.map((l) => (l === link ? { ...l, usedAt: event.at } : l)),
        sessions: [
          ...state.sessions,
          { principal: link.principal, sessionHash: event.sessionHash, expiresAt },
        ],
      };
    }
    case 'guest-access-ended':
      return {
        links: state.links.map((l) =>
          samePrincipal(l.principal, event.principal) && !l.ended
            ? { ...l, ended: event.reason }
            : l,
        ),
        sessions: state.sessions.filter((s) => !samePrincipal(s.principal, event.principal)),
      };
    case 'guest-signed-out':
      return {
        ...state,
        sessions: state.sessions.filter((s) => s.sessionHash !== event.sessionHash),
      };
  }
}

/** The unused, unexpired, not ended link of this guest, if one is out. */
export function liveLinkOf(state: GuestAccessState, principal: GuestPrincipal, now: number) {
  return state.links.find(
    (l) =>
      samePrincipal(l.principal, principal) &&
      !l.usedAt &&
      !l.ended &&
      Date.parse(l.expiresAt) > now,
  );
}

/** Links issued in the last 24 hours, whoever they were for. */
export function linksIssuedToday(state: GuestAccessState, now: number): number {
  return state.links.filter((l) => Date.parse(l.issuedAt) > now - 24 * 3600 * 1000).length;
}

/** What a presented link token is: usable, or why not (for a page that says so clearly). */
export type LinkStatus =
  | { readonly status: 'usable'; readonly principal: GuestPrincipal; readonly tokenHash: string }
  | { readonly status: 'used' | 'expired'; readonly principal: GuestPrincipal }
  | {
      readonly status: 'ended';
      readonly principal: GuestPrincipal;
      readonly reason: 'cancelled' | 'removed' | 'withdrawn';
    }
  | { readonly status: 'unknown' };

export function linkStatus(state: GuestAccessState, token: string, now: number): LinkStatus {
  const hash = sha256Hex(token);
  const link = state.links.find((l) => sameHash(l.tokenHash, hash));
  if (!link) return { status: 'unknown' };
  if (link.ended) return { status: 'ended', principal: link.principal, reason: link.ended };
  if (link.usedAt) return { status: 'used', principal: link.principal };
  if (Date.parse(link.expiresAt) <= now) return { status: 'expired', principal: link.principal };
  return { status: 'usable', principal: link.principal, tokenHash: link.tokenHash };
}

/** The guest a session secret opens the case as, now; undefined for anyone else. */
export function guestOfSession(
  state: GuestAccessState,
  secret: string,
  now: number,
): GuestPrincipal | undefined {
  const hash = sha256Hex(secret);
  return state.sessions.find((s) => sameHash(s.sessionHash, hash) && Date.parse(s.expiresAt) > now)
    ?.principal;
}
