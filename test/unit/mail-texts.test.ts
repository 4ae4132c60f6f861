import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/events.js';
import { type CaseState, fold } from '../../shared/domain/fold.js';
import type { Locale } from '../../shared/domain/locale.js';
import { isDiscreet } from '../../shared/domain/mail-preferences.js';
import { STEP_IDS } from '../../shared/domain/steps.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import {
  caseClosedMail,
  complaintFiledMail,
  dossierReadyMail,
  type PdfAttachment,
  prosecutorLetterMail,
} from '../../shared/mail/dossier-mails.js';
import { stopLiftMail } from '../../shared/mail/stop-lift-mail.js';
import {
  type RenderedMail,
  reminderMail,
  retentionWarningMail,
  signInMail,
  stalledMail,
  welcomeMail,
} from '../../shared/mail/templates.js';

const context = { publicBaseUrl: 'https://dossier.example.org/' };
const CASE_ID = '0123456789ABCDEFGHJKMNPQRS';
const PDF_STATES: PdfAttachment[] = [
  undefined,
  'attached',
  'attached-protected',
  'too-large',
  'unconfirmed',
  'not-chosen',
  'not-wanted',
  'protected-on-request',
];

function caseIn(locale: Locale, discreet: boolean): CaseState {
  const events: CaseEvent[] = [
    {
      id: '01JB0000000000000000000001',
      caseId: CASE_ID,
      at: '2026-11-01T10:00:00.000Z',
      type: 'case-opened',
      email: 'victim@example.org',
      locale,
      harassmentKinds: ['rumours', 'threats-insults'],
      accessTokenHash: 'a'.repeat(64),
    },
    {
      id: '01JB0000000000000000000002',
      caseId: CASE_ID,
      at: '2026-11-01T10:00:01.000Z',
      type: 'discretion-set',
      discreet,
    },
  ];
  const state = fold(events);
  if (!state) throw new Error('no state');
  return state;
}

/** Every mail the app sends, in every variant its words depend on. */
function everyMail(state: CaseState): Omit<RenderedMail, 'stopMailsUrl'>[] {
  // An act 80 days ago: the 3-month limit is near, so reminders state it too.
  const acts = [new Date(Date.now() - 80 * 24 * 3600 * 1000).toISOString()];
  return [
    welcomeMail(state, context, acts, 'https://dossier.example.org/access/X?t=abc&lang=fr'),
    welcomeMail(state, context, []),
    signInMail(state, context, 'https://dossier.example.org/access/X?t=abc&lang=fr'),
    ...STEP_IDS.flatMap((stepId) => [
      reminderMail(state, context, { stepId, number: 1, max: 3 }, acts),
      reminderMail(state, context, { stepId, number: 3, max: 3 }, []),
    ]),
    stalledMail(state, context),
    ...PDF_STATES.flatMap((pdf) => [
      dossierReadyMail(state, context, acts, pdf),
      prosecutorLetterMail(state, context, [], pdf),
    ]),
    complaintFiledMail(state, context),
    caseClosedMail(state, context),
    retentionWarningMail(state, context, new Date('2027-11-01T00:00:00Z')),
    stopLiftMail({ locale: state.locale, discreet: isDiscreet(state) }, context, 'T'.repeat(43)),
  ];
}

/** The HTML's text, entities decoded, one line per block. */
function htmlText(html: string): string {
  return html
    .replace(/<(p|li|br|ol)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('every mail in French', () => {
  it.each([true, false])(
    'has no-break spaces before : ; ! ? and inside « » (discreet %s)',
    (discreet) => {
      for (const mail of everyMail(caseIn('fr', discreet))) {
        expect(typographyFaults(mail.subject), mail.subject).toEqual([]);
        expect(typographyFaults(mail.text), mail.subject).toEqual([]);
        expect(typographyFaults(htmlText(mail.html)), mail.subject).toEqual([]);
      }
    },
  );
});

describe.each(['fr', 'en'] as const)('every mail in %s', (locale) => {
  it('has no empty bold line in its HTML', () => {
    for (const mail of everyMail(caseIn(locale, false))) {
      expect(mail.html).not.toMatch(/<strong>\s*<\/strong>/);
      expect(mail.html).not.toMatch(/<p>\s*<\/p>/);
    }
  });

  it('speaks of a button only for the one on the page a link opens', () => {
    for (const mail of everyMail(caseIn(locale, false))) {
      // Mails have links; the sign-in page has the "Me connecter" button.
      const buttons = mail.text.match(/[^.]*\b(bouton|button)\b[^.]*/gi) ?? [];
      for (const sentence of buttons) {
        expect(sentence).toMatch(/Me connecter|Sign me in|Recevoir à nouveau|Receive mails again/);
      }
    }
  });

  it('has a text part that says all the HTML says', () => {
    for (const mail of everyMail(caseIn(locale, false))) {
      const words = (s: string) => s.split(/[\s\p{P}]+/u).filter((w) => /\p{L}{4,}/u.test(w));
      const text = new Set(words(mail.text));
      for (const word of words(htmlText(mail.html))) expect(text, word).toContain(word);
    }
  });

  it('in discreet mode, names neither harassment nor complaint where the mailbox shows it', () => {
    const telling = /harc[eè]lement|harass|plainte|complaint|procureur|prosecutor|police|dossier/i;
    for (const mail of everyMail(caseIn(locale, true))) {
      expect(mail.subject).not.toMatch(telling);
      expect(mail.senderName).toMatch(/^(Mon espace|My space)$/);
    }
    for (const mail of everyMail(caseIn(locale, false))) expect(mail.senderName).toBeUndefined();
  });
});

describe.each(['fr', 'en'] as const)('in discreet mode, in %s', (locale) => {
  it("begins every mail but the complaint's own with words a glance at the inbox does not recognise", () => {
    // A mailbox's list shows the first words of the text after the subject; the mails
    // about the complaint itself (filed, refused) cannot help naming it.
    const state = caseIn(locale, true);
    const mails = [
      welcomeMail(state, context, [], 'https://dossier.example.org/access/X?t=abc'),
      signInMail(state, context, 'https://dossier.example.org/access/X?t=abc'),
      reminderMail(state, context, { stepId: 'collect-evidence', number: 1, max: 3 }),
      stalledMail(state, context),
      dossierReadyMail(state, context, [], 'not-chosen'),
      caseClosedMail(state, context),
      retentionWarningMail(state, context, new Date('2027-11-01T00:00:00Z')),
    ];
    for (const mail of mails) {
      const preview = mail.text.replace(/\s+/g, ' ').slice(0, 110);
      expect(preview).not.toMatch(
        /harc[eè]lement|harass|plainte|complaint|procureur|prosecutor|police/i,
      );
    }
  });
});

describe('the lost-link mail', () => {
  it('does not assume the mailbox is read on the device that asked', () => {
    const mail = signInMail(caseIn('fr', false), context, 'https://dossier.example.org/access/X');

    expect(mail.text).not.toContain('sur cet appareil');
    expect(mail.text).toContain('Un lien pour ouvrir votre dossier a été demandé.');
  });
});
