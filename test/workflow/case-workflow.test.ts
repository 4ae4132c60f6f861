import { TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocalStepFunctions, StepFunctionsError } from '../../local/step-functions/engine.js';
import { type SynthesizedWorkflow, synthesizeWorkflow } from '../../local/synthesized-workflow.js';
import { CaseLog } from '../../shared/case-log.js';
import { newCaseId } from '../../shared/domain/ids.js';
import { AwaitStepTask, NotifyTask } from '../../shared/domain/workflow-messages.js';
import { MailRejectedError } from '../../shared/ports/mailer.js';
import { awaitStep } from '../../shared/usecases/await-step.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { EngineWorkflow } from '../support/engine-workflow.js';
import { capturingLogger, RecordingMailer } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { waitFor } from '../support/wait-for.js';

let synthesized: SynthesizedWorkflow;
beforeAll(() => {
  synthesized = synthesizeWorkflow();
});

const engines: LocalStepFunctions[] = [];
afterEach(() => {
  for (const engine of engines.splice(0)) engine.stopAll();
});

/** The synthesized state machine, its tasks routed to the use cases the Lambdas run. */
function harness(timing = { stepTimeoutSeconds: 1, maxReminders: 2 }) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const mailer = new RecordingMailer();
  const logger = capturingLogger();
  let workflow: EngineWorkflow | undefined;
  const engine = new LocalStepFunctions({
    definition: synthesized.definition,
    stateMachineArn: synthesized.stateMachineArn,
    retryPauseMs: 10,
    handlerFor: (arn) => {
      const name = synthesized.functionOf(arn);
      if (name === 'notify') {
        return (payload) =>
          sendCaseMail(
            { log, mailer, logger, mail: { publicBaseUrl: 'http://app.test' } },
            NotifyTask.parse(payload),
          );
      }
      if (name === 'awaitStep' && workflow) {
        return (payload) =>
          awaitStep(
            { log, workflow: workflow as EngineWorkflow, logger },
            AwaitStepTask.parse(payload),
          );
      }
      throw new Error(`no task runs ${name}`);
    },
  });
  engines.push(engine);
  workflow = new EngineWorkflow(engine);
  const open = () =>
    openCase(
      { log, workflow: workflow as EngineWorkflow, timing, logger },
      { email: 'victim@example.org', locale: 'en', harassmentKinds: ['rumours'] },
    );
  const types = async (caseId: string) => (await log.read(caseId)).map((e) => e.type);
  return { store, log, mailer, engine, workflow, open, types };
}

describe('the synthesized case workflow', () => {
  it('welcomes, reminds on timeout, and moves on when the victim completes the step', async () => {
    // Prepare
    const h = harness();
    const { caseId } = await h.open();
    const execution = h.engine.listExecutions()[0];
    if (!execution) throw new Error('no execution started');
    const firstToken = await waitFor(
      async () => (await h.log.load(caseId))?.awaiting['collect-evidence']?.taskToken,
    );

    // Act: let the first wait time out, then complete the step on the second wait
    await waitFor(() => h.mailer.sent.length === 2, { what: 'a reminder' });
    const secondToken = await waitFor(async () => {
      const token = (await h.log.load(caseId))?.awaiting['collect-evidence']?.taskToken;
      return token !== firstToken && token;
    });
    await h.workflow.sendTaskSuccess(secondToken, { stepId: 'collect-evidence', status: 'done' });
    await execution.done;

    // Assess
    expect(h.mailer.sent.map((m) => m.subject)).toEqual([
      'Your case is open',
      'Reminder: Keep screenshots and links',
    ]);
    expect(await h.types(caseId)).toEqual([
      'case-opened',
      'workflow-started',
      'mail-sent',
      'step-awaiting',
      'mail-sent',
      'step-awaiting',
    ]);
    expect(execution.status).toBe('SUCCEEDED');
    expect(execution.output).toMatchObject({
      caseId,
      completed: { stepId: 'collect-evidence', status: 'done' },
    });
    // The token of the wait that timed out is dead, as on AWS.
    expect(() => h.engine.sendTaskSuccess(firstToken, '{}')).toThrow(StepFunctionsError);
    expect(await h.workflow.sendTaskSuccess(firstToken, {})).toBe(false);
  });

  it('stops reminding at the limit, sends a last mail and ends stalled', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 2 });
    const { caseId } = await h.open();
    const execution = h.engine.listExecutions()[0];

    await execution?.done;

    expect(h.mailer.sent.map((m) => m.subject)).toEqual([
      'Your case is open',
      'Reminder: Keep screenshots and links',
      'Reminder: Keep screenshots and links',
      'We are stopping the reminders',
    ]);
    expect(h.mailer.sent[2]?.text).toContain('(2/2)');
    expect(execution?.status).toBe('SUCCEEDED');
    expect((await h.log.load(caseId))?.workflow.status).toBe('stalled');
    expect((await h.types(caseId)).filter((t) => t === 'step-awaiting')).toHaveLength(3);
  });

  it('sends no reminder when maxReminders is 0', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 0 });
    await h.open();

    await h.engine.listExecutions()[0]?.done;

    expect(h.mailer.sent.map((m) => m.subject)).toEqual([
      'Your case is open',
      'We are stopping the reminders',
    ]);
  });

  it('retries a throttled mail until SES takes it', async () => {
    const h = harness({ stepTimeoutSeconds: 30, maxReminders: 1 });
    h.mailer.failWith.push(
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
    );

    const { caseId } = await h.open();

    await waitFor(async () => (await h.types(caseId)).includes('step-awaiting'), {
      what: 'the wait',
    });
    expect(h.mailer.sent.map((m) => m.subject)).toEqual(['Your case is open']);
    expect(h.mailer.failWith).toHaveLength(0);
  });

  it('records a rejected mail and goes on with the case', async () => {
    const h = harness({ stepTimeoutSeconds: 30, maxReminders: 1 });
    h.mailer.failWith.push(new MailRejectedError('MessageRejected'));

    const { caseId } = await h.open();

    await waitFor(async () => (await h.types(caseId)).includes('step-awaiting'), {
      what: 'the wait',
    });
    const events = await h.log.read(caseId);
    expect(events.find((e) => e.type === 'mail-failed')).toMatchObject({
      mail: 'welcome',
      reason: 'MessageRejected',
    });
    expect(h.engine.listExecutions()[0]?.status).toBe('RUNNING');
  });

  it('does not wait on a step the victim already finished', async () => {
    const h = harness({ stepTimeoutSeconds: 30, maxReminders: 1 });
    const caseId = newCaseId();
    await h.log.append({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: [],
      accessTokenHash: 'a'.repeat(64),
    });
    await h.log.append({
      type: 'step-updated',
      caseId,
      stepId: 'collect-evidence',
      status: 'done',
    });

    const execution = h.engine.startExecution(
      caseId,
      JSON.stringify({ caseId, timing: { stepTimeoutSeconds: 30, maxReminders: 1 } }),
    );
    await execution.done;

    expect(execution.status).toBe('SUCCEEDED');
    expect(execution.output).toMatchObject({
      completed: { stepId: 'collect-evidence', status: 'done' },
    });
    expect(await h.types(caseId)).not.toContain('step-awaiting');
  });
});
