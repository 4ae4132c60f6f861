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

  it('says it in French and English, with the dates in Europe/Paris', () => {
    const [press] = deadlines(['rumours'], ['2026-09-09T23:30:00.000Z'], now);
    if (!press) throw new Error('no deadline');

    expect(deadlineText('fr', press)).toContain('avant le 10 décembre 2026');
    expect(deadlineText('en', press)).toContain('before 10 December 2026');
  });
});
