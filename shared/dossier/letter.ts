import { pseudonymKey } from '../domain/authors.js';
import { exhibitCaption } from './captions.js';
import type { DossierEvidence, DossierInput, DossierSuspect } from './dossier-input.js';
import { writeReceivability } from './follow-up-letters.js';
import { FOLLOW_UP_LETTER_TEXT } from './follow-up-texts.js';
import { COLORS, type Pen } from './layout.js';
import { signatoryOf, tribunalLine, writeLetterHead, writeSignedClosing } from './letter-head.js';
import { OFFENCE_TEXTS } from './offence-texts.js';
import type { DossierTexts } from './texts.js';
import { calendarDate, dayOrParis, longDate } from './time.js';

/**
 * The letter: to the Procureur (a refused complaint) or the complaint summary for the
 * police. Ready to sign: tribunal and place as the victim gave them, or a clear line to fill
 * in by hand; the signature block never on a page of its own.
 */
export function writeLetter(
  pen: Pen,
  input: DossierInput,
  t: DossierTexts,
  evidence: readonly DossierEvidence[],
): void {
  const l = t.letter;
  const { locale } = input;
  const colon = locale === 'fr' ? '\u202f: ' : ': ';
  if (input.purpose !== 'complaint') {
    const addressee =
      input.purpose === 'civil-party'
        ? FOLLOW_UP_LETTER_TEXT[locale].deanAddressee
        : l.prosecutorAddressee;
    writeLetterHead(pen, input, t, addressee, tribunalLine(input, t));
  }
  pen.text(l.subject[input.purpose], { face: 'bold', after: 10 });
  pen.text(l.salutation[input.purpose], { after: 8 });

  const who = signatoryOf(input);
  const suspects = authorsOf(input);
  const named = suspects.map((s) => s.name).filter((n): n is string => Boolean(n));
  const against = named.length ? l.againstNamed(named.join(', ')) : l.againstX;
  pen.text(
    input.purpose === 'civil-party'
      ? FOLLOW_UP_LETTER_TEXT[locale].openingCivilParty(who, against)
      : input.purpose === 'prosecutor-letter'
        ? l.opening(who, against)
        : l.openingComplaint(who, against),
  );
  if (input.purpose === 'civil-party') writeReceivability(pen, input);
  else if (input.complaint?.outcome === 'refused') {
    pen.text(
      l.refused(
        input.complaint.policeStation,
        input.complaint.filedAt && longDate(input.complaint.filedAt, locale),
      ),
    );
    pen.text(l.refusedRight);
  }
  if (input.harassmentKinds.length) {
    pen.text(l.kindsIntro, { after: 2 });
    for (const kind of input.harassmentKinds) pen.bullet(t.harassmentKinds[kind] ?? kind);
    pen.space(4);
  }
  if (input.summary) {
    pen.text(l.summaryIntro, { after: 2 });
    pen.text(input.summary, { indent: 12 });
  }

  pen.heading(l.factsHeading, 2);
  const facts = [...input.facts].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
  if (facts.length) {
    pen.text(l.factsIntro, { after: 2 });
    for (const fact of facts) {
      const exhibits = numbersOf(fact.evidenceIds, evidence).map((n) => t.exhibit(n));
      pen.bullet(
        [
          dayOrParis(fact.occurredAt, locale),
          fact.platform,
          fact.description,
          fact.authorPseudonym && `${t.author}${colon}${fact.authorPseudonym}`,
          fact.url,
          fact.publishedAt && l.publicFact(dayOrParis(fact.publishedAt, locale)),
          exhibits.length ? `(${exhibits.join(', ')})` : undefined,
          fact.addedBy && `${t.source}${colon}${t.helperSource(fact.addedBy)}`,
        ]
          .filter(Boolean)
          .join(' – '),
      );
    }
  } else pen.text(l.noFacts);

  pen.heading(l.authorsHeading, 2);
  if (!named.length) pen.text(l.authorsUnknown);
  for (const s of suspects.filter((s) => s.name))
    pen.bullet([s.name, s.details].filter(Boolean).join(' – '));
  const unnamed = suspects.filter((s) => s.pseudonyms.length || s.profileUrls.length);
  if (unnamed.length) pen.text(l.authorsIntro, { after: 2 });
  for (const s of unnamed) {
    pen.bullet(
      [
        [s.name, s.pseudonyms.join(', ')].filter(Boolean).join(colon),
        s.platforms.length ? `${l.seenOn} ${s.platforms.join(', ')}` : undefined,
        ...s.profileUrls,
      ]
        .filter(Boolean)
        .join(' – '),
    );
  }

  pen.heading(l.witnessesHeading, 2);
  if (input.witnesses.length) {
    pen.text(l.witnessesIntro, { after: 2 });
    for (const w of input.witnesses)
      pen.bullet([w.name, w.contact, w.statement].filter(Boolean).join(' – '));
  } else pen.text(l.noWitness);

  pen.heading(l.harmHeading, 2);
  const harm = input.harm;
  const points = harm
    ? (Object.keys(l.harmPoints) as (keyof typeof l.harmPoints)[]).filter((k) => harm[k])
    : [];
  if (harm && (points.length || harm.ittDays !== undefined)) {
    pen.text(l.harmIntro, { after: 2 });
    for (const k of points) pen.bullet(`${l.harmPoints[k]}${colon}${harm[k]}`);
    if (harm.ittDays !== undefined) pen.bullet(l.itt(harm.ittDays));
    if (harm.doctor || harm.certificateDate)
      pen.text(
        l.certificateBy(
          harm.doctor,
          harm.certificateDate && calendarDate(harm.certificateDate, locale),
        ),
        { color: COLORS.grey },
      );
  } else pen.text(l.noHarm);
  if (harm?.estimate) pen.text(l.estimate(harm.estimate));

  writeQualification(pen, input, l);

  if (input.reports.length) {
    pen.heading(l.reportsHeading, 2);
    pen.text(l.reportsIntro, { after: 2 });
    for (const r of input.reports)
      pen.bullet(
        [r.site, dayOrParis(r.reportedAt, locale), r.reference].filter(Boolean).join(' – '),
      );
  }

  pen.heading(l.attachmentsHeading, 2);
  pen.text(l.attachmentsIntro, { after: 2 });
  for (const e of evidence) pen.bullet(exhibitCaption(e, t, locale));
  pen.space(8);
  writeSignedClosing(pen, input, t, [l.acknowledgement[input.purpose], l.closing[input.purpose]]);
}

/** The offences named: harassment with the aggravating circumstances shown, then the others. */
function writeQualification(pen: Pen, input: DossierInput, l: DossierTexts['letter']): void {
  const o = OFFENCE_TEXTS[input.locale];
  pen.heading(l.offencesHeading, 2);
  pen.text(o.aggravating.intro, { after: 2 });
  pen.bullet(o.aggravating.online);
  const itt = input.harm?.ittDays;
  if (itt !== undefined && itt > 8) {
    pen.bullet(o.aggravating.itt(itt));
    pen.text(o.aggravating.two);
  }
  if (input.offences.length) {
    pen.text(o.otherOffencesIntro, { after: 2 });
    for (const offence of input.offences) pen.bullet(o.others[offence].short);
    pen.space(4);
  }
  if (input.civilParty || input.purpose === 'civil-party') pen.text(l.civilParty);
  if (input.purpose === 'civil-party') pen.text(FOLLOW_UP_LETTER_TEXT[input.locale].consignation);
}

/**
 * The authors as the letter names them: the input's, then any pseudonym of the facts and
 * evidence not yet among them, each pseudonym once whatever its case.
 */
export function authorsOf(input: DossierInput): DossierSuspect[] {
  const suspects = input.suspects.map((s) => ({
    ...s,
    pseudonyms: dedupe(s.pseudonyms),
    profileUrls: [...new Set(s.profileUrls)],
    platforms: [...new Set(s.platforms)],
  }));
  const known = new Set(suspects.flatMap((s) => s.pseudonyms.map(pseudonymKey)));
  const extra: string[] = [];
  for (const entry of [...input.facts, ...input.evidence]) {
    const p = entry.authorPseudonym;
    if (p && !known.has(pseudonymKey(p))) {
      known.add(pseudonymKey(p));
      extra.push(p);
    }
  }
  if (extra.length) suspects.push({ pseudonyms: extra, profileUrls: [], platforms: [] });
  return suspects;
}

function dedupe(pseudonyms: readonly string[]): string[] {
  const seen = new Set<string>();
  return pseudonyms.filter((p) => {
    const key = pseudonymKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function numbersOf(ids: readonly string[], evidence: readonly DossierEvidence[]): number[] {
  return ids
    .map((id) => evidence.find((e) => e.evidenceId === id)?.number)
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
}
