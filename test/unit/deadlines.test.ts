import { describe, expect, it } from 'vitest';
import { deadlines } from '../../shared/domain/deadlines.js';
import { deadlineText } from '../../shared/i18n/deadlines.js';

const now = new Date('2026-11-24T12:00:00Z');

describe('deadlines', () => {
  it('counts 3 months (1 year if discriminatory) from the earliest act for insults and rumours', () => {
    const [press] = deadlines(
      ['rumours'],
      ['2026-10-01T08:00:00.000Z', '2026-09-10T08:00:00.000Z'],
      now,
    );

    expect(press).toEqual({
      id: 'public-insult-defamation',
      from: '2026-09-10T08:00:00.000Z',
      dueBy: '2026-12-10T08:00:00.000Z',
      dueByIfDiscriminatory: '2027-09-10T08:00:00.000Z',
      urgent: true,
      passed: false,
    });
  });

  it('counts 6 years from the last act for the harassment itself', () => {
    const result = deadlines(
      ['message-flooding'],
      ['2026-09-10T08:00:00.000Z', '2026-10-01T08:00:00.000Z'],
      now,
    );

    expect(result).toEqual([
      {
        id: 'harassment',
        from: '2026-10-01T08:00:00.000Z',
        dueBy: '2032-10-01T08:00:00.000Z',
        urgent: false,
        passed: false,
      },
    ]);
  });

  it('still states both limits when no date is known', () => {
    const result = deadlines(['threats-insults'], [], now);

    expect(result.map((d) => [d.id, d.dueBy])).toEqual([
      ['public-insult-defamation', null],
      ['harassment', null],
    ]);
  });

  it('counts the press limit from each public fact, a day as the end of that day, and says when it passed', () => {
    const result = deadlines(
      ['message-flooding'],
      ['2026-08-01', '2026-10-01T08:00:00.000Z'],
      now,
      [
        { factId: 'late', publishedAt: '2026-10-01T08:00:00.000Z' },
        { factId: 'early', publishedAt: '2026-08-01' },
      ],
    );

    const [press, harassment] = result;
    expect(press).toMatchObject({
      id: 'public-insult-defamation',
      from: '2026-08-01',
      passed: true,
      urgent: false,
      publications: [
        {
          factId: 'early',
          publishedAt: '2026-08-01',
          dueBy: '2026-11-01T21:59:59.000Z',
          passed: true,
          passedIfDiscriminatory: false,
        },
        {
          factId: 'late',
          dueBy: '2027-01-01T08:00:00.000Z',
          dueByIfDiscriminatory: '2027-10-01T08:00:00.000Z',
          passed: false,
        },
      ],
    });
    expect(harassment).toMatchObject({ id: 'harassment', from: '2026-10-01T08:00:00.000Z' });
    expect(deadlineText('fr', press as never)).toContain('une plainte simple n’interrompt pas');
    expect(deadlineText('fr', press as never)).toContain(
      'ce délai est dépassé depuis le 1er novembre 2026',
    );
  });

  it('says it in French and English, with the dates in Europe/Paris', () => {
    const [press] = deadlines(['rumours'], ['2026-09-09T23:30:00.000Z'], now);
    if (!press) throw new Error('no deadline');

    expect(deadlineText('fr', press)).toContain('avant le 10 décembre 2026');
    expect(deadlineText('en', press)).toContain('before 10 December 2026');
  });
});
