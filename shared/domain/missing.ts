import type { CaseState } from './fold.js';

/**
 * What a complaint or a letter to the Procureur should state and this case does not yet,
 * after service-public F1435 ("Porter plainte", par courrier): the complainant's civil
 * status and contact details; a detailed account with the date and place of the facts; the
 * presumed author's name (else "contre X"); witnesses' names and addresses; the description
 * and estimate of the harm; the evidence; the declaration of constitution de partie civile
 * (optional). Shown on the case page before compiling and in the victim-only page of the ZIP.
 */
export const MISSING_ITEMS = [
  'identity.civility',
  'identity.fullName',
  'identity.dateOfBirth',
  'identity.placeOfBirth',
  'identity.address',
  'identity.phone',
  'letter.tribunal',
  'letter.place',
  'facts',
  'facts.places',
  'authors',
  'witnesses',
  'harm',
  'harm.estimate',
  'evidence',
  'offences',
  'civil-party',
] as const;
export type MissingItem = (typeof MISSING_ITEMS)[number];

/** The items still missing, in the order of the letter. */
export function missingItems(state: CaseState): MissingItem[] {
  const id = state.identity ?? {};
  const facts = state.evidence.facts;
  const pseudonyms = [...facts, ...state.evidence.items].some((entry) => entry.authorPseudonym);
  const harm = state.harm ?? {};
  const describedHarm = Object.entries(harm).some(
    ([key, value]) => key !== 'estimate' && value !== undefined,
  );
  const letterMatters = state.complaint?.outcome === 'refused';
  const missing: Record<MissingItem, boolean> = {
    'identity.civility': !id.civility,
    'identity.fullName': !id.fullName,
    'identity.dateOfBirth': !id.dateOfBirth,
    'identity.placeOfBirth': !id.placeOfBirth,
    'identity.address': !id.address,
    'identity.phone': !id.phone,
    'letter.tribunal': letterMatters && !state.letter?.tribunal,
    'letter.place': letterMatters && !state.letter?.place,
    facts: facts.length === 0,
    'facts.places': facts.some((fact) => !fact.platform && !fact.url),
    authors: state.authors.length === 0 && !pseudonyms,
    witnesses: state.witnesses.length === 0,
    harm: !describedHarm,
    'harm.estimate': !harm.estimate,
    evidence: state.evidence.items.length === 0,
    offences: state.confirmedOffences === undefined,
    'civil-party': state.letter?.civilParty === undefined,
  };
  return MISSING_ITEMS.filter((item) => missing[item]);
}
