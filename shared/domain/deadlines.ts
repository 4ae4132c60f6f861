import type { CaseState } from './fold.js';
import type { HarassmentKind } from './harassment-kinds.js';

/**
 * Time limits a victim must know about (facts to cite in the guidance and the dossier):
 * - public insult or defamation (loi du 29 juillet 1881, art. 65): 3 months from
 *   publication, 1 year when discriminatory (art. 65-3);
 * - online harassment, a délit (Code pénal art. 222-33-2-2; limitation, CPP art. 8):
 *   6 years from the last act.
 */
export type DeadlineId = 'public-insult-defamation' | 'harassment';

export interface Deadline {
  readonly id: DeadlineId;
  /** The earliest (press offences) or latest (harassment) act the limit runs from. */
  readonly from: string | null;
  readonly dueBy: string | null;
  /** For public insult or defamation: the longer limit when discriminatory. */
  readonly dueByIfDiscriminatory?: string | null;
  /** True when less than 30 days are left. */
  readonly urgent: boolean;
}

/** Kinds of the advice page that may amount to public insult or defamation. */
const PRESS_OFFENCE_KINDS: ReadonlySet<HarassmentKind> = new Set(['rumours', 'threats-insults']);

const URGENT_MS = 30 * 24 * 3600 * 1000;

function addMonths(iso: string, months: number): string {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString();
}

/**
 * The limits that apply to a case, from the kinds it names and the dates of the acts it
 * records (facts, captures). Dates unknown yet give `null` limits, still worth stating.
 */
export function deadlines(
  kinds: readonly HarassmentKind[],
  actDates: readonly string[],
  now: Date = new Date(),
): Deadline[] {
  const sorted = [...actDates].sort();
  const first = sorted[0] ?? null;
  const last = sorted.at(-1) ?? null;
  const urgent = (dueBy: string | null) =>
    dueBy !== null && new Date(dueBy).getTime() - now.getTime() < URGENT_MS;
  const result: Deadline[] = [];
  if (kinds.some((kind) => PRESS_OFFENCE_KINDS.has(kind))) {
    const dueBy = first ? addMonths(first, 3) : null;
    result.push({
      id: 'public-insult-defamation',
      from: first,
      dueBy,
      dueByIfDiscriminatory: first ? addMonths(first, 12) : null,
      urgent: urgent(dueBy),
    });
  }
  const dueBy = last ? addMonths(last, 72) : null;
  result.push({ id: 'harassment', from: last, dueBy, urgent: urgent(dueBy) });
  return result;
}

/**
 * Dates of the acts the case records, which the limits run from: the facts' dates and the
 * capture times the victim gave for evidence. Upload and report dates do not count: they
 * come after the publication, so a limit counted from them would be later than the real one.
 */
export function actDatesOf(state: CaseState): string[] {
  return [
    ...state.evidence.facts.map((fact) => fact.occurredAt),
    ...state.evidence.items.flatMap((item) => (item.capturedAt ? [item.capturedAt] : [])),
  ];
}
