import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/events.js';
import { type CaseState, fold } from '../../shared/domain/fold.js';
import { MAX_FOLLOW_UP_ROUNDS } from '../../shared/domain/follow-up.js';
import type { HarassmentKind } from '../../shared/domain/harassment-kinds.js';
import type { Locale } from '../../shared/domain/locale.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import {
  caseClosedMail,
  complaintFiledMail,
  dossierReadyMail,
  prosecutorLetterMail,
} from '../../shared/mail/dossier-mails.js';
import { followUpAgainMail, hearingReminderMail } from '../../shared/mail/follow-up-mails.js';
import {
  reminderMail,
  retentionWarningMail,
  signInMail,
  stalledMail,
  welcomeMail,
} from '../../shared/mail/templates.js';

const context = { publicBaseUrl: 'https://dossier.example.org/' };

const CASE_ID = '0123456789ABCDEFGHJKMNPQRS';

/** A case as opened, in `locale`, then `later` events. */
function caseIn(
  locale: Locale,
  opened: { displayName?: string; summary?: string } = {},
  later: CaseEvent[] = [],
  harassmentKinds: HarassmentKind[] = [],
) {
  const state = fold([
    {
      id: '01JB0000000000000000000001',
      caseId: CASE_ID,
      at: '2026-11-01T10:00:00.000Z',
      type: 'case-opened',
      email: 'victim@example.org',
      locale,
      harassmentKinds,
      accessTokenHash: 'a'.repeat(64),
      ...opened,
    },
    ...later,
  ]);
  if (!state) throw new Error('no state');
  return state;
}

/** The same case with discreet mode turned off. */
function notDiscreet(state: CaseState): CaseState {
  return { ...state, discreet: false };
}

describe('every mail', () => {
  it.each(['fr', 'en'] as const)(
    'in %s carries nothing the person who opened the case typed',
    (locale) => {
      // Prepare: a stranger opened a case for someone else's address, then recorded a
      // filed complaint, both with a message of their own.
      const typed = 'Call 06 00 00 00 00 at evil.example';
      const state = caseIn(locale, { displayName: typed, summary: typed }, [
        {
          id: '01JB0000000000000000000002',
          caseId: CASE_ID,
          at: '2026-11-02T10:00:00.000Z',
          type: 'complaint-outcome-recorded',
          outcome: 'filed',
          reference: typed,
          policeStation: typed,
          filedAt: '2026-11-02T09:00:00.000Z',
        },
      ]);

      // Act
      const mails = everyMail(state);

      // Assess
      for (const mail of mails) {
        expect(mail.subject + mail.text + mail.html).not.toContain('evil.example');
        expect(mail.text).toMatch(/^(Bonjour|Hello),/);
      }
    },
  );

  it.each([
    ['fr', 'Ne plus recevoir ces messages'],
    ['en', 'Stop these mails'],
  ] as const)('in %s ends with a link that stops every mail about the case', (locale, label) => {
    // Prepare: whoever reads the mailbox may not be whoever opened the case.
    const url = `https://dossier.example.org/mails/stop/${CASE_ID}?lang=${locale}`;

    // Act
    const mails = everyMail(caseIn(locale));

    // Assess
    expect(mails).toHaveLength(9);
    const colon = locale === 'fr' ? '\u202F:' : ':';
    for (const mail of mails) {
      expect(mail.text.endsWith(`${label}${colon} ${url}`)).toBe(true);
      expect(mail.html).toContain(`<a href="${url}">${label}</a></p></body>`);
    }
  });
});

function everyMail(state: ReturnType<typeof caseIn>) {
  return [
    welcomeMail(state, context),
    signInMail(state, context, 'https://dossier.example.org/access/X?t=abc'),
    reminderMail(state, context, { stepId: 'seek-support', number: 1, max: 3 }),
    stalledMail(state, context),
    dossierReadyMail(state, context),
    complaintFiledMail(state, context),
    prosecutorLetterMail(state, context),
    caseClosedMail(state, context),
    retentionWarningMail(state, context, new Date('2027-11-01T00:00:00Z')),
  ];
}

describe('welcome mail', () => {
  it.each([
    [
      'fr',
      'Votre dossier est ouvert',
      ['3018', 'main courante', 'Procureur de la République', 'CNIL'],
    ],
    ['en', 'Your case is open', ['3018', 'main courante', 'Procureur de la République', 'CNIL']],
  ] as const)(
    'in %s lists the nine steps, the 3018 and links to the case page',
    (locale, subject, words) => {
      const mail = welcomeMail(notDiscreet(caseIn(locale)), context);

      expect(mail.subject).toBe(subject);
      for (const word of words) {
        expect(mail.text).toContain(word);
        expect(mail.html).toContain(word);
      }
      expect(mail.text.match(/^\d\. /gm)).toHaveLength(9);
      expect(mail.text).toContain('https://dossier.example.org/cases/0123456789ABCDEFGHJKMNPQRS');
      expect(mail.html).toContain(`lang="${locale}"`);
    },
  );

  it('carries no token and no signed URL', () => {
    const mail = welcomeMail(caseIn('fr'), context);

    expect(mail.text + mail.html).not.toMatch(/token|X-Amz-|Signature=/i);
  });
});

describe('reminder mail', () => {
  it("names the step with the case page's numbering, without the list of every step", () => {
    const mail = reminderMail(notDiscreet(caseIn('en')), context, {
      stepId: 'collect-evidence',
      number: 2,
      max: 3,
    });

    expect(mail.subject).toBe('Reminder – Step 4 of 9 – Keep screenshots and links');
    expect(mail.text).toContain('step 4 of 9 of your case is still waiting');
    expect(mail.text).toContain('Step 4 of 9 – Keep screenshots and links\nTake screenshots');
    expect(mail.text).toContain('8 other steps are waiting too');
    expect(mail.text).not.toContain('File a complaint');
    expect(mail.text).not.toMatch(/^\d\. /m);
    expect(mail.text).not.toContain('last reminder');
  });

  it('says when it is the last one for the step', () => {
    const mail = reminderMail(caseIn('fr'), context, {
      stepId: 'collect-evidence',
      number: 3,
      max: 3,
    });

    expect(mail.text).toContain('C’est notre dernier rappel pour cette étape.');
  });

  it('repeats a time limit only when it is near', () => {
    // Prepare: public insults (3 months) published on 1 November and 20 August.
    const state = caseIn('fr', {}, [], ['threats-insults']);
    const step = { stepId: 'file-complaint', number: 1, max: 3 } as const;

    // Act
    const far = reminderMail(state, context, step, [new Date().toISOString()]);
    const near = reminderMail(state, context, step, [
      new Date(Date.now() - 80 * 24 * 3600 * 1000).toISOString(),
    ]);

    // Assess
    expect(far.text).not.toContain('3 mois');
    expect(far.text).not.toContain('6 ans');
    expect(near.text).toContain('dans les 3 mois');
    expect(near.text).not.toContain('6 ans');
  });

  it('has one colon in its subject, even for a step whose title has one', () => {
    const mail = reminderMail(notDiscreet(caseIn('fr')), context, {
      stepId: 'write-prosecutor',
      number: 1,
      max: 3,
    });

    expect(mail.subject).toBe(
      'Rappel – Étape 8 sur 9 – En cas de refus\u202F: écrire au Procureur de la République',
    );
  });
});

describe('stalled mail', () => {
  it.each(['fr', 'en'] as const)('in %s says the case stays open', (locale) => {
    const mail = stalledMail(caseIn(locale), context);

    expect(mail.text).toMatch(locale === 'fr' ? /reste ouvert/ : /stays open/);
  });
});

describe('help numbers in the mails', () => {
  const numbers = ['3018', '116 006', '3919', '114', '112', 'aide juridictionnelle', 'UMJ'];
  /** The help named in a mail, in the order of `numbers`. */
  const named = (text: string) => numbers.filter((n) => text.replaceAll('\u202f', ' ').includes(n));

  it.each(['fr', 'en'] as const)(
    'in %s, each mail names the help that fits its moment',
    (locale) => {
      // Prepare: a case with threats, and one without.
      const calm = caseIn(locale);
      const threats = caseIn(locale, {}, [], ['threats-insults']);
      const remind = (stepId: Parameters<typeof reminderMail>[2]['stepId']) =>
        reminderMail(calm, context, { stepId, number: 1, max: 3 }).text;

      // Act + Assess: the one or two numbers of each moment, and no others.
      expect(named(remind('seek-support'))).toEqual(['3018', '116 006']);
      expect(named(remind('medical-certificate'))).toEqual(['UMJ']);
      expect(named(remind('file-complaint'))).toEqual(['116 006', 'aide juridictionnelle']);
      expect(named(remind('follow-up'))).toEqual(['116 006', 'aide juridictionnelle']);
      expect(named(complaintFiledMail(calm, context).text)).toEqual([
        '116 006',
        'aide juridictionnelle',
      ]);
      expect(named(prosecutorLetterMail(calm, context).text)).toEqual([
        '116 006',
        'aide juridictionnelle',
      ]);
      expect(named(welcomeMail(calm, context).text)).toEqual(['3018']);
      expect(named(welcomeMail(threats, context).text)).toEqual(['3018', '114', '112']);
      expect(
        named(reminderMail(threats, context, { stepId: 'stop-contact', number: 1, max: 3 }).text),
      ).toEqual(['3018', '114', '112']);
      expect(
        named(signInMail(calm, context, 'https://dossier.example.org/access/X?t=a').text),
      ).toEqual([]);
      // The HTML says the same as the text.
      const html = reminderMail(calm, context, { stepId: 'seek-support', number: 1, max: 3 }).html;
      expect(named(html)).toEqual(['3018', '116 006']);
    },
  );
});

describe('the later follow-up mails', () => {
  const answered = (n: number, answer: 'investigation' | 'hearing'): CaseEvent[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `01JB00000000000000000001${String(i).padStart(2, '0')}`,
      caseId: CASE_ID,
      at: '2026-12-01T10:00:00.000Z',
      type: 'follow-up-recorded',
      answer,
      ...(answer === 'hearing'
        ? { hearingAt: '2027-03-10', court: 'Tribunal correctionnel de Lyon' }
        : {}),
    }));

  it.each(['fr', 'en'] as const)(
    'in %s: the hearing reminder gives the date (not in discreet mode), never the court; the 8th answer closes with words that say so',
    (locale) => {
      // Prepare
      const hearing = caseIn(locale, {}, answered(1, 'hearing'));
      const eighth = caseIn(locale, {}, answered(MAX_FOLLOW_UP_ROUNDS, 'investigation'));

      // Act
      const plain = hearingReminderMail(notDiscreet(hearing), context);
      const discreet = hearingReminderMail(hearing, context);
      const again = followUpAgainMail(hearing, context);
      const closed = caseClosedMail(eighth, context);

      // Assess
      expect(plain.text).toContain(locale === 'fr' ? '10 mars 2027' : '10 March 2027');
      expect(discreet.text).not.toContain('2027');
      for (const mail of [plain, discreet, again, closed]) {
        expect(mail.text).not.toContain('Lyon');
        if (locale === 'fr') expect(typographyFaults(mail.text)).toEqual([]);
      }
      expect(plain.text).toContain('418');
      expect(plain.text).toContain('420-1');
      expect(again.text).toContain(locale === 'fr' ? 'L’audience est passée' : 'The hearing has');
      expect(closed.text).toContain(locale === 'fr' ? '8 fois' : '8 times');
    },
  );
});
