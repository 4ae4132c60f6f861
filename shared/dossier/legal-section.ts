import type { DossierInput } from './dossier-input.js';
import { COLORS, type Pen } from './layout.js';
import { OFFENCE_TEXTS } from './offence-texts.js';
import type { DossierTexts } from './texts.js';
import { dayOrParis, longDate } from './time.js';

/**
 * The legal basis: harassment with its penalties, the other offences the letter names (and
 * only those), the right to complain, and the time limits counted from the case's own dates.
 */
export function writeLegal(pen: Pen, input: DossierInput, t: DossierTexts): void {
  const o = OFFENCE_TEXTS[input.locale];
  for (const text of [
    o.harassment,
    ...input.offences.map((id) => o.others[id]),
    o.rightToComplain,
  ]) {
    pen.heading(text.heading, 2);
    for (const paragraph of text.paragraphs) pen.text(paragraph);
  }
  pen.text(t.qualification, { color: COLORS.grey });
  if (input.deadlines.length) writeDeadlines(pen, input, t);
}

function writeDeadlines(pen: Pen, input: DossierInput, t: DossierTexts): void {
  const d = t.deadlines;
  const { locale } = input;
  pen.heading(d.heading, 2);
  let anyPassed = false;
  for (const deadline of input.deadlines) {
    if (deadline.id === 'public-insult-defamation') {
      pen.text(d.pressRule, { after: 2 });
      const publications = deadline.publications ?? [];
      if (!publications.length) pen.bullet(d.pressNoDate);
      for (const p of publications) {
        const published = dayOrParis(p.publishedAt, locale);
        if (p.passed) anyPassed = true;
        pen.bullet(
          p.passed
            ? d.pressPassed(
                published,
                p.passedIfDiscriminatory ? undefined : longDate(p.dueByIfDiscriminatory, locale),
              )
            : d.pressFact(
                published,
                longDate(p.dueBy, locale),
                longDate(p.dueByIfDiscriminatory, locale),
              ),
        );
      }
      pen.space(4);
      continue;
    }
    if (!deadline.from || !deadline.dueBy) pen.bullet(d.harassmentNoDate);
    else if (deadline.passed) {
      anyPassed = true;
      pen.bullet(
        d.harassmentPassed(dayOrParis(deadline.from, locale), longDate(deadline.dueBy, locale)),
      );
    } else
      pen.bullet(d.harassment(dayOrParis(deadline.from, locale), longDate(deadline.dueBy, locale)));
  }
  if (anyPassed) pen.text(d.pressWhatRemains, { color: COLORS.grey });
}
