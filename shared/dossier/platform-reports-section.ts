import { isDay } from '../domain/day-or-time.js';
import type { DossierInput } from './dossier-input.js';
import { COLORS, type Pen } from './layout.js';
import { PLATFORM_REPORT_TEXT } from './platform-reports-texts.js';
import { DOSSIER_TEXTS } from './texts.js';
import { calendarDate, dayOrParis } from './time.js';

type Report = DossierInput['reports'][number];

const DAY_MS = 24 * 3600 * 1000;
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Paris of a day or an instant (`YYYY-MM-DD`). */
function parisDay(value: string): string {
  return isDay(value) ? value.slice(0, 10) : PARIS_DAY.format(new Date(value));
}

/**
 * Whole calendar days from one date to another, in Paris: only what the dates say (a
 * report made "on the 3rd" answered "on the 5th" took 2 days), never an invented hour.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(parisDay(to)) - Date.parse(parisDay(from))) / DAY_MS);
}

/**
 * The reports the victim made to platforms, for a police officer: where, when, the
 * reference, what the platform answered (or how long it has not), the reasons it gave and
 * what the victim did next. The site's name, references and reasons print as typed.
 */
export function writePlatformReports(pen: Pen, input: DossierInput, none: string): void {
  const { locale } = input;
  const t = PLATFORM_REPORT_TEXT[locale];
  // A report a trusted helper recorded names her, as the facts and exhibits she brought do.
  const source = DOSSIER_TEXTS[locale];
  const colon = locale === 'fr' ? '\u202f: ' : ': ';
  const field = (label: string, value: string) =>
    pen.text(`${label}${colon}${value}`, { indent: 12, after: 2 });
  pen.text(t.intro, { color: COLORS.grey, after: 8 });
  if (!input.reports.length) pen.text(none);
  const reports = [...input.reports].sort((a, b) =>
    parisDay(a.reportedAt) < parisDay(b.reportedAt) ? -1 : 1,
  );
  for (const report of reports) {
    pen.ensure(90);
    pen.text(report.site, { face: 'bold', after: 2 });
    field(t.reportedAt, dayOrParis(report.reportedAt, locale));
    if (report.reference) field(t.reportReference, report.reference);
    if (report.addedBy) field(source.source, source.helperSource(report.addedBy));
    field(t.answer, answerLine(report, input));
    const answer = report.answer;
    if (answer?.reference) field(t.decisionReference, answer.reference);
    if (answer?.reason) field(t.reason, answer.reason);
    if (answer?.followUps.length) {
      pen.text(`${t.followUps}${colon}`, { indent: 12, after: 1 });
      for (const id of answer.followUps) pen.bullet(t.followUp[id], { indent: 24 });
    } else if (answer?.answer === 'refused') field(t.followUps, t.noFollowUp);
    pen.space(8);
  }
}

function answerLine(report: Report, input: DossierInput): string {
  const t = PLATFORM_REPORT_TEXT[input.locale];
  const answer = report.answer;
  if (!answer)
    return t.noAnswer(
      Math.max(0, daysBetween(report.reportedAt, input.compiledAt)),
      calendarDate(parisDay(input.compiledAt), input.locale),
    );
  const at = answer.answeredAt;
  const date = at && dayOrParis(at, input.locale);
  const days = at ? Math.max(0, daysBetween(report.reportedAt, at)) : undefined;
  return answer.answer === 'removed' ? t.removed(date, days) : t.refused(date, days);
}
