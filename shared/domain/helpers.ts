import * as z from 'zod';
import { helperIdOf } from './actor.js';
import type { CaseState } from './case-state.js';
import { eventEnvelope } from './event-envelope.js';
import type { CaseEvent } from './events.js';
import { applyGuestAccess, emptyGuestAccess } from './guest-access.js';
import { ID_PATTERN } from './ids.js';
import { Locale } from './locale.js';
import type { StepId } from './steps.js';

/**
 * A trusted helper: someone the victim invites by mail to carry part of the load. What
 * they may do is the roles she grants; what no helper ever does (erase the case, stop the
 * mails, change her identity, choose how the dossier comes, invite others, see her sign-in
 * settings, withdraw her items) has no role at all: those pages answer a helper "not found".
 */
export const HELPER_ROLES = [
  /** Add evidence (files and links) and dated facts. */
  'evidence',
  /** Follow the steps: read where the case stands and what each step asks. */
  'steps',
  /** Read the victim's civil identity (off by default). */
  'identity',
  /** Read what the harassment does to her life (off by default). */
  'harm',
  /** Read the witnesses and their attestations' state (off by default). */
  'witnesses',
] as const;
export const HelperRole = z.enum(HELPER_ROLES);
export type HelperRole = z.infer<typeof HelperRole>;
/** What a new helper may do unless the victim chooses otherwise. */
export const DEFAULT_HELPER_ROLES: readonly HelperRole[] = ['evidence', 'steps'];

/** Helpers one case may have at a time (invited or signed in, not taken off). */
export const MAX_HELPERS_PER_CASE = 3;
/** Helpers remembered per case, taken off included (their actions stay listed). */
const KEPT_HELPERS = 20;
/** Actions listed per helper for the victim; the log itself keeps them all. */
const KEPT_ACTIONS = 200;

export const HelperId = z.string().regex(ID_PATTERN, 'must be a helper id (26 characters)');

/** Body of `POST /api/v1/cases/{id}/helpers`: the address is used for one mail, never kept. */
export const HelperInviteRequest = z
  .object({
    name: z.string().trim().min(1).max(60, 'must be at most 60 characters'),
    email: z.email('must be an e-mail address').max(254),
    roles: z
      .array(HelperRole)
      .max(HELPER_ROLES.length)
      .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role')
      .default([...DEFAULT_HELPER_ROLES]),
    locale: Locale.default('fr'),
  })
  .strict();
export type HelperInviteRequest = z.infer<typeof HelperInviteRequest>;

/** The victim invited a helper: the name she gave and the roles; never the address. */
export const HelperInvited = z.object({
  ...eventEnvelope,
  type: z.literal('helper-invited'),
  helperId: HelperId,
  name: z.string(),
  roles: z.array(HelperRole),
});

/** The victim took a helper off the case: their link and sessions end with it. */
export const HelperRemoved = z.object({
  ...eventEnvelope,
  type: z.literal('helper-removed'),
  helperId: HelperId,
});

export const HELPER_EVENTS = [HelperInvited, HelperRemoved] as const;
export type HelperEvent = z.infer<(typeof HELPER_EVENTS)[number]>;

/**
 * The steps a helper with the `steps` role may mark done for the victim: work a friend can
 * do with her or for her, whose record only says it was done. Reporting the content to the
 * sites (each report names the site, the date, the reference), locking her accounts to
 * real-life friends (done together, on her phone), and keeping the screenshots (the helper
 * adds them herself with the `evidence` role).
 * Never a helper's: what is the victim's own act or word. Not answering the authors and
 * talking to someone (3018) are about her; the medical certificate is her health; the
 * complaint (plainte, art. 15-3 CPP) and the letter to the Procureur are made and signed
 * in her name, and what came of them only she is told; the use case refuses those.
 */
export const HELPER_STEPS = ['report-content', 'lock-accounts', 'collect-evidence'] as const;

export function helperMayComplete(stepId: StepId): boolean {
  return (HELPER_STEPS as readonly StepId[]).includes(stepId);
}

export const HELPER_ACTION_KINDS = [
  'signed-in',
  'upload',
  'link',
  'fact',
  'step',
  'report',
] as const;
export type HelperActionKind = (typeof HELPER_ACTION_KINDS)[number];

export interface HelperAction {
  readonly at: string;
  readonly action: HelperActionKind;
  /** The evidence item, fact or platform report it made, or the step it marked. */
  readonly ref?: string;
}

export interface Helper {
  readonly helperId: string;
  readonly name: string;
  readonly roles: readonly HelperRole[];
  readonly invitedAt: string;
  readonly removedAt?: string;
  readonly actions: readonly HelperAction[];
}

export function applyHelper(helpers: readonly Helper[], event: HelperEvent): readonly Helper[] {
  switch (event.type) {
    case 'helper-invited':
      if (helpers.some((h) => h.helperId === event.helperId)) return helpers;
      return [
        ...helpers,
        {
          helperId: event.helperId,
          name: event.name,
          roles: event.roles,
          invitedAt: event.at,
          actions: [],
        },
      ].slice(-KEPT_HELPERS);
    case 'helper-removed':
      return helpers.map((h) =>
        h.helperId === event.helperId && !h.removedAt ? { ...h, removedAt: event.at } : h,
      );
  }
}

/** Adds to a helper's list what an event they wrote did. */
export function noteHelperAction(
  helpers: readonly Helper[] | undefined,
  event: { readonly at: string; readonly by?: { kind: 'helper'; id: string } },
  action: HelperActionKind,
  ref?: string,
): readonly Helper[] | undefined {
  const helperId = helperIdOf(event);
  if (!helperId || !helpers) return helpers;
  return helpers.map((h) =>
    h.helperId === helperId
      ? {
          ...h,
          actions: [...h.actions, { at: event.at, action, ...(ref ? { ref } : {}) }].slice(
            -KEPT_ACTIONS,
          ),
        }
      : h,
  );
}

/** A used guest link: a helper's sign-in also goes in their list of actions. */
export function applyGuestLinkUsed(
  state: CaseState,
  event: Extract<CaseEvent, { type: 'guest-link-used' }>,
): CaseState {
  const guests = state.guests ?? emptyGuestAccess();
  const principal = guests.links.find((l) => l.tokenHash === event.tokenHash)?.principal;
  const helpers =
    principal?.kind === 'helper'
      ? noteHelperAction(
          state.helpers,
          { at: event.at, by: { kind: 'helper', id: principal.id } },
          'signed-in',
        )
      : state.helpers;
  return { ...state, guests: applyGuestAccess(guests, event), helpers };
}

/**
 * The helpers once an item is added or a step marked: a helper's link, fact, report or
 * step goes in their list, and so does a file their form brought, once it passed its checks
 * (read from the case before the event is applied).
 */
export function helpersAfterAdding(
  state: CaseState,
  event: Extract<
    CaseEvent,
    {
      type:
        | 'evidence-uploaded'
        | 'link-added'
        | 'fact-recorded'
        | 'step-updated'
        | 'platform-report-recorded';
    }
  >,
): readonly Helper[] | undefined {
  if (event.type === 'step-updated')
    return noteHelperAction(state.helpers, event, 'step', event.stepId);
  if (event.type === 'platform-report-recorded')
    return noteHelperAction(state.helpers, event, 'report', event.id);
  if (event.type === 'link-added')
    return noteHelperAction(state.helpers, event, 'link', event.evidenceId);
  if (event.type === 'fact-recorded')
    return noteHelperAction(state.helpers, event, 'fact', event.factId);
  const helperId = state.evidence.uploads[event.evidenceId]?.addedBy;
  const known = state.evidence.items.some((i) => i.evidenceId === event.evidenceId);
  return helperId && !known
    ? noteHelperAction(
        state.helpers,
        { at: event.at, by: { kind: 'helper', id: helperId } },
        'upload',
        event.evidenceId,
      )
    : state.helpers;
}

export const activeHelpers = (helpers: readonly Helper[] | undefined) =>
  (helpers ?? []).filter((h) => !h.removedAt);

/** The helper's name for the custody log and the dossier: the one the victim gave. */
export function helperName(helpers: readonly Helper[] | undefined, helperId: string | undefined) {
  return helperId ? helpers?.find((h) => h.helperId === helperId)?.name : undefined;
}

/** A helper as the victim reads them (API and page): never an address, never a secret. */
export function helperView(helper: Helper, signedIn: boolean) {
  return {
    helperId: helper.helperId,
    name: helper.name,
    roles: [...helper.roles],
    invitedAt: helper.invitedAt,
    removedAt: helper.removedAt ?? null,
    signedIn,
    actions: helper.actions.map((a) => ({ at: a.at, action: a.action, ref: a.ref ?? null })),
  };
}
