import { describe, expect, it } from 'vitest';
import { type AslDefinition, adaptForLocalEngine } from '../../local/step-functions/asl.js';

const waitTask = (payload: Record<string, unknown>): AslDefinition => ({
  StartAt: 'Wait',
  TimeoutSeconds: 365 * 24 * 3600,
  States: {
    Wait: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      TimeoutSecondsPath: '$.timing.stepTimeoutSeconds',
      Parameters: { FunctionName: 'f', Payload: payload },
      End: true,
    },
  },
});

describe('adaptForLocalEngine', () => {
  it('points TimeoutSecondsPath into the payload that carries the same field', () => {
    const adapted = adaptForLocalEngine(waitTask({ 'timing.$': '$.timing' }));

    expect(adapted.States.Wait?.TimeoutSecondsPath).toBe('$.Payload.timing.stepTimeoutSeconds');
  });

  it('refuses a timeout path the payload does not carry, naming the state', () => {
    expect(() => adaptForLocalEngine(waitTask({ 'caseId.$': '$.caseId' }))).toThrow(
      /state "Wait".*timing/,
    );
  });

  it('clamps the top-level timeout under the longest Node timer, leaving the input untouched', () => {
    const definition = waitTask({ 'timing.$': '$.timing' });

    const adapted = adaptForLocalEngine(definition);

    expect(adapted.TimeoutSeconds).toBe(2_147_483);
    expect(definition.TimeoutSeconds).toBe(365 * 24 * 3600);
    expect(definition.States.Wait?.TimeoutSecondsPath).toBe('$.timing.stepTimeoutSeconds');
  });
});
