import { describe, expect, it } from 'vitest';
import { toCaseView } from '../../shared/domain/case-view.js';
import type { CaseEvent } from '../../shared/domain/events.js';
import { fold } from '../../shared/domain/fold.js';

const caseId = '0123456789ABCDEFGHJKMNPQRS';
const opened: CaseEvent = {
  id: '01JB0000000000000000000001',
  caseId,
  at: '2026-11-01T10:00:00.000Z',
  type: 'case-opened',
  email: 'victim@example.org',
  locale: 'fr',
  harassmentKinds: ['threats-insults'],
  accessTokenHash: 'a'.repeat(64),
};
const awaiting: CaseEvent = {
  id: '01JB0000000000000000000002',
  caseId,
  at: '2026-11-01T10:00:01.000Z',
  type: 'step-awaiting',
  stepId: 'collect-evidence',
  taskToken: 'token-1',
};
const done: CaseEvent = {
  id: '01JB0000000000000000000003',
  caseId,
  at: '2026-11-02T09:00:00.000Z',
  type: 'step-updated',
  stepId: 'collect-evidence',
  status: 'done',
};

describe('fold', () => {
  it('is undefined for a log without case-opened', () => {
    // Prepare / Act / Assess
    expect(fold([awaiting, done])).toBeUndefined();
    expect(fold([])).toBeUndefined();
  });

  it('starts every step pending and the workflow starting', () => {
    const state = fold([opened]);

    expect(state?.steps['collect-evidence']).toEqual({ status: 'pending' });
    expect(Object.keys(state?.steps ?? {})).toHaveLength(9);
    expect(state?.workflow.status).toBe('starting');
    expect(state?.watermark).toBe(opened.id);
  });

  it('records the awaited step with its token, then clears it when done', () => {
    const waiting = fold([opened, awaiting]);
    const finished = fold([opened, awaiting, done]);

    expect(waiting?.steps['collect-evidence'].status).toBe('awaiting');
    expect(waiting?.awaiting['collect-evidence']?.taskToken).toBe('token-1');
    expect(finished?.steps['collect-evidence']).toEqual({ status: 'done', updatedAt: done.at });
    expect(finished?.awaiting['collect-evidence']).toBeUndefined();
  });

  it('applies events in id order, whatever order they were read in', () => {
    expect(fold([done, awaiting, opened])).toEqual(fold([opened, awaiting, done]));
  });

  it('does not reopen a finished step when a late step-awaiting arrives', () => {
    const late = { ...awaiting, id: '01JB0000000000000000000004', taskToken: 'token-2' };

    const state = fold([opened, awaiting, done, late]);

    expect(state?.steps['collect-evidence'].status).toBe('done');
    expect(state?.awaiting['collect-evidence']).toBeUndefined();
  });

  it('tracks the workflow and the mails', () => {
    const state = fold([
      opened,
      {
        id: '01JB0000000000000000000005',
        caseId,
        at: opened.at,
        type: 'workflow-started',
        executionId: 'x',
      },
      {
        id: '01JB0000000000000000000006',
        caseId,
        at: opened.at,
        type: 'mail-sent',
        mail: 'welcome',
        messageId: 'm',
      },
      {
        id: '01JB0000000000000000000007',
        caseId,
        at: opened.at,
        type: 'mail-failed',
        mail: 'reminder',
        reason: 'MessageRejected',
      },
      {
        id: '01JB0000000000000000000008',
        caseId,
        at: opened.at,
        type: 'case-stalled',
        stepId: 'collect-evidence',
      },
    ]);

    expect(state?.workflow).toEqual({ status: 'stalled', executionId: 'x', executions: 1 });
    expect(state?.mails).toEqual([
      { mail: 'welcome', at: opened.at },
      { mail: 'reminder', at: opened.at, failed: 'MessageRejected' },
    ]);
  });

  it('confirms the address when a link mailed to it is first used, and only then', () => {
    const hash = (c: string) => c.repeat(64);
    const link = (id: string, c: string, at: string): CaseEvent => ({
      id,
      caseId,
      at,
      type: 'sign-in-link-issued',
      tokenHash: hash(c),
      expiresAt: '2026-11-05T00:00:00.000Z',
    });
    const used = (id: string, c: string, at: string): CaseEvent => ({
      id,
      caseId,
      at,
      type: 'sign-in-link-used',
      tokenHash: hash(c),
      sessionHash: hash('e'),
    });

    const unknownToken = fold([opened, used('01JB0000000000000000000005', 'b', opened.at)]);
    const confirmed = fold([
      opened,
      link('01JB0000000000000000000005', 'b', opened.at),
      used('01JB0000000000000000000006', 'b', '2026-11-02T08:00:00.000Z'),
      link('01JB0000000000000000000007', 'c', opened.at),
      used('01JB0000000000000000000008', 'c', '2026-11-03T08:00:00.000Z'),
    ]);

    expect(fold([opened])?.signIn.addressConfirmedAt).toBeUndefined();
    expect(unknownToken?.signIn.addressConfirmedAt).toBeUndefined();
    expect(confirmed?.signIn.addressConfirmedAt).toBe('2026-11-02T08:00:00.000Z');
  });
});

describe('toCaseView', () => {
  it('shows neither the token hash nor task tokens', () => {
    const state = fold([opened, awaiting]);
    if (!state) throw new Error('no state');

    const json = JSON.stringify(toCaseView(state));

    expect(json).not.toContain('a'.repeat(64));
    expect(json).not.toContain('token-1');
    expect(toCaseView(state).steps.map((s) => s.id)).toEqual([
      'stop-contact',
      'report-content',
      'lock-accounts',
      'collect-evidence',
      'seek-support',
      'medical-certificate',
      'file-complaint',
      'write-prosecutor',
      'follow-up',
    ]);
  });
});
