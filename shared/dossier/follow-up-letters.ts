import type { DossierInput } from './dossier-input.js';
import { FOLLOW_UP_LETTER_TEXT } from './follow-up-texts.js';
import type { Pen } from './layout.js';
import { signatoryOf, writeLetterHead, writeSignedClosing } from './letter-head.js';
import type { DossierTexts } from './texts.js';
import { longDate } from './time.js';

/**
 * Why the civil-party complaint is receivable (CPP art. 85, al. 2; sources in
 * `shared/domain/follow-up.ts`): the Procureur's dismissal, or three months since the
 * complaint reached him (the letter's date, or a copy of the police complaint sent by
 * registered post, whose date the victim fills in). The press-law exception is stated when
 * the case holds public insult or defamation.
 */
export function writeReceivability(pen: Pen, input: DossierInput): void {
  const f = FOLLOW_UP_LETTER_TEXT[input.locale];
  const date = (value: string | undefined) => value && longDate(value, input.locale);
  if (input.followUp?.answer === 'dismissed') {
    pen.text(
      f.afterDismissal(date(input.followUp.dismissedAt), input.followUp.prosecutionReference),
    );
  } else if (input.complaint?.outcome === 'filed') {
    pen.text(
      f.afterPoliceComplaint(
        input.complaint.policeStation,
        date(input.complaint.filedAt),
        input.complaint.reference,
      ),
    );
  } else {
    pen.text(
      f.afterLetter(date(input.prosecutorLetter?.sentAt), input.prosecutorLetter?.trackingNumber),
    );
  }
  if (input.deadlines.some((d) => d.id === 'public-insult-defamation')) pen.text(f.pressException);
}

/** The recours to the procureur général after a dismissal (CPP art. 40-3). */
export function writeRecoursLetter(pen: Pen, input: DossierInput, t: DossierTexts): void {
  const f = FOLLOW_UP_LETTER_TEXT[input.locale];
  writeLetterHead(pen, input, t, f.generalAddressee, { line: f.courtOfAppeal, given: false });
  pen.text(f.recoursSubject, { face: 'bold', after: 10 });
  pen.text(f.recoursSalutation, { after: 8 });
  pen.text(f.recoursOpening(signatoryOf(input), input.prosecutor?.tribunal));
  const dismissedAt = input.followUp?.dismissedAt;
  pen.text(
    f.recoursNotice(
      dismissedAt && longDate(dismissedAt, input.locale),
      input.followUp?.prosecutionReference,
    ),
  );
  pen.text(f.recoursAsk);
  pen.space(8);
  writeSignedClosing(pen, input, t, [f.recoursAttachments, f.recoursClosing]);
}
