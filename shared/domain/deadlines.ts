import type { CaseState } from './fold.js';
import type { HarassmentKind } from './harassment-kinds.js';

/**
 * Time limits a victim must know about (facts to cite in the guidance and the dossier):
 * - public insult or defamation: "trois mois révolus, à compter du jour où ils auront été
 *   commis" (loi du 29 juillet 1881, art. 65), i.e. from each publication; one year when
 *   discriminatory (art. 65-3). Before prosecution starts, only "les réquisitions aux fins
 *   d'enquête" interrupt it (art. 65, al. 2): a simple complaint does not, a plainte avec
 *   constitution de partie civile does (it starts the prosecution; CPP art. 85, and art.
 *   15-3 CPP: the receipt of a complaint states that it interrupts the limit);
 * - online harassment, a délit (Code pénal art. 222-33-2-2; CPP art. 8: six years): from
 *   the last act, harassment being made of repeated acts.
 */
export type DeadlineId = 'public-insult-defamation' | 'harassment';

/** The press offences' limit for one public fact. */
export interface PublicationDeadline {
  readonly factId: string;
  /** A day or an instant, as the victim gave it. */
  readonly publishedAt: string;
  readonly dueBy: string;
  readonly dueByIfDiscriminatory: string;
  readonly passed: boolean;
  readonly passedIfDiscriminatory: boolean;
}

export interface Deadline {
  readonly id: DeadlineId;
  /** The earliest publication (press offences) or the last act (harassment) it runs from. */
  readonly from: string | null;
  readonly dueBy: string | null;
  /** For public insult or defamation: the longer limit when discriminatory. */
  readonly dueByIfDiscriminatory?: string | null;
  /** True when less than 30 days are left. */
  readonly urgent: boolean;
  /** True when the limit is behind us. */
  readonly passed: boolean;
  /** For public insult or defamation: each public fact's own limit, oldest first. */
  readonly publications?: readonly PublicationDeadline[];
}

/** A fact the victim marked as published for anyone to read. */
export interface Publication {
  readonly factId: string;
  readonly publishedAt: string;
}

/** Kinds of the advice page that may amount to public insult or defamation. */
const PRESS_OFFENCE_KINDS: ReadonlySet<HarassmentKind> = new Set(['rumours', 'threats-insults']);

const URGENT_MS = 30 * 24 * 3600 * 1000;

/** `months` later; a day (`YYYY-MM-DD`) counts to the end of the same day, in Paris. */
function addMonths(dayOrTime: string, months: number): string {
  const date = new Date(dayOrTime.length === 10 ? `${dayOrTime}T21:59:59Z` : dayOrTime);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString();
}

/**
 * The limits that apply to a case, from the kinds it names, the dates of its facts and the
 * facts marked public. Without public facts, the press limit is counted from the earliest
 * fact (a warning to act early); unknown dates give `null` limits, still worth stating.
 */
export function deadlines(
  kinds: readonly HarassmentKind[],
  actDates: readonly string[],
  now: Date = new Date(),
  publications: readonly Publication[] = [],
): Deadline[] {
  const sorted = [...actDates].sort();
  const last = sorted.at(-1) ?? null;
  const past = (dueBy: string | null) => dueBy !== null && Date.parse(dueBy) < now.getTime();
  const urgent = (dueBy: string | null) =>
    dueBy !== null && !past(dueBy) && Date.parse(dueBy) - now.getTime() < URGENT_MS;
  const result: Deadline[] = [];
  if (publications.length || kinds.some((kind) => PRESS_OFFENCE_KINDS.has(kind))) {
    const perFact = [...publications]
      .sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1))
      .map(({ factId, publishedAt }) => {
        const dueBy = addMonths(publishedAt, 3);
        const dueByIfDiscriminatory = addMonths(publishedAt, 12);
        return {
          factId,
          publishedAt,
          dueBy,
          dueByIfDiscriminatory,
          passed: past(dueBy),
          passedIfDiscriminatory: past(dueByIfDiscriminatory),
        };
      });
    const first = perFact[0]?.publishedAt ?? sorted[0] ?? null;
    const dueBy = first ? addMonths(first, 3) : null;
    result.push({
      id: 'public-insult-defamation',
      from: first,
      dueBy,
      dueByIfDiscriminatory: first ? addMonths(first, 12) : null,
      urgent: urgent(dueBy),
      passed: past(dueBy),
      ...(perFact.length ? { publications: perFact } : {}),
    });
  }
  const dueBy = last ? addMonths(last, 72) : null;
  result.push({ id: 'harassment', from: last, dueBy, urgent: urgent(dueBy), passed: past(dueBy) });
  return result;
}

/**
 * Dates of the acts the case records, which the limits run from: the facts' dates. Capture,
 * upload and report dates do not count: they come after the acts, so a limit counted from
 * them would be later than the real one.
 */
export function actDatesOf(state: CaseState): string[] {
  return state.evidence.facts.map((fact) => fact.occurredAt);
}

/** The facts the victim marked public, with their publication dates. */
export function publicationsOf(state: CaseState): Publication[] {
  return state.evidence.facts.flatMap((fact) =>
    fact.publishedAt ? [{ factId: fact.factId, publishedAt: fact.publishedAt }] : [],
  );
}
