import { decodeTime, ulid } from 'ulid';
import {
  addressHash,
  addressStopKey,
  addressStopLiftKey,
  addressWelcomesPrefix,
  addressWitnessLinksPrefix,
} from './bucket-keys.js';
import { newSecret, sha256Hex } from './domain/sign-in.js';
import type { BlobStore } from './ports/blob-store.js';

/**
 * Mail to an address, whatever case it belongs to: a stop from any of its mails' links
 * holds for the address (its cases, erased or not, and cases opened later), and welcome
 * mails are counted per address per day. Both are kept by the address's hash and survive
 * erasure, so opening and erasing cases in someone's name cannot mail them past "stop".
 */

/** Welcome mails one address may receive in 24 hours, whatever its cases. */
export const WELCOME_MAILS_PER_ADDRESS_PER_DAY = 5;
const DAY_MS = 24 * 3600_000;
/** How long a "mail me again" confirmation link works. */
export const STOP_LIFT_TTL_MS = DAY_MS;

export async function addressStopped(store: BlobStore, email: string): Promise<boolean> {
  return (await store.get(addressStopKey(email))) !== undefined;
}

/**
 * Whether mail about this case is stopped: by its holder for the case, or from any mail's
 * link for its address. Every path that mails a case asks this, not the case alone.
 */
export async function caseMailStopped(
  store: BlobStore,
  state: { readonly email: string; readonly mailsStoppedAt?: string | undefined },
): Promise<boolean> {
  return state.mailsStoppedAt !== undefined || (await addressStopped(store, state.email));
}

export async function stopAddress(store: BlobStore, email: string, now: Date): Promise<void> {
  await store.put(addressStopKey(email), JSON.stringify({ stoppedAt: now.toISOString() }));
}

/** Ends the address's stop: for whoever showed they read its mailbox (see `stop-mails.ts`). */
export async function clearAddressStop(store: BlobStore, email: string): Promise<void> {
  await store.delete([addressStopKey(email)]);
}

/**
 * Counts one welcome mail to the address; false (nothing counted) when it already had
 * its day's budget. Two mails at the same instant may both pass: loose by that much.
 */
export async function spendWelcomeBudget(
  store: BlobStore,
  email: string,
  now: Date,
  perDay = WELCOME_MAILS_PER_ADDRESS_PER_DAY,
): Promise<boolean> {
  return spendBudget(store, addressWelcomesPrefix(email), now, perDay);
}

/** Witness links one address may receive in 24 hours, whatever the cases that ask. */
export const WITNESS_LINKS_PER_ADDRESS_PER_DAY = 3;

/** Counts one witness link mailed to the address, as welcome mails are counted. */
export function spendWitnessLinkBudget(store: BlobStore, email: string, now: Date) {
  return spendBudget(
    store,
    addressWitnessLinksPrefix(email),
    now,
    WITNESS_LINKS_PER_ADDRESS_PER_DAY,
  );
}

async function spendBudget(
  store: BlobStore,
  prefix: string,
  now: Date,
  perDay: number,
): Promise<boolean> {
  const keys = await store.list(prefix);
  const since = now.getTime() - DAY_MS;
  const old = keys.filter((key) => decodeTime(key.slice(prefix.length)) <= since);
  if (old.length) await store.delete(old);
  if (keys.length - old.length >= perDay) return false;
  await store.put(`${prefix}${ulid(now.getTime())}`, '');
  return true;
}

/**
 * A one-time token that lifts the address's stop, for a confirmation mail sent to that
 * address only (whoever uses it reads the mailbox). Only the token's hash is kept.
 */
export async function issueStopLift(store: BlobStore, email: string, now: Date): Promise<string> {
  const token = newSecret();
  await store.put(
    addressStopLiftKey(sha256Hex(token)),
    JSON.stringify({
      stopKey: addressStopKey(email),
      addressHash: addressHash(email),
      expiresAt: new Date(now.getTime() + STOP_LIFT_TTL_MS).toISOString(),
    }),
  );
  return token;
}

/** A lift token's form, checked before any read: anything else is refused at once. */
export function isStopLiftToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}

/**
 * Spends a lift token: the address's stop ends. Answers the address's hash (`addressHash`,
 * to find its cases), or undefined when the token is unknown, spent or expired.
 */
export async function liftAddressStop(
  store: BlobStore,
  token: string,
  now: Date,
): Promise<string | undefined> {
  if (!isStopLiftToken(token)) return undefined;
  const key = addressStopLiftKey(sha256Hex(token));
  const body = await store.get(key);
  if (!body) return undefined;
  await store.delete([key]);
  const lift = JSON.parse(new TextDecoder().decode(body)) as {
    stopKey: string;
    addressHash: string;
    expiresAt: string;
  };
  if (Date.parse(lift.expiresAt) <= now.getTime()) return undefined;
  await store.delete([lift.stopKey]);
  return lift.addressHash;
}
