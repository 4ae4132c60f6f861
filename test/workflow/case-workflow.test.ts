import { createHash } from 'node:crypto';
import { TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { ulid } from 'ulid';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocalStepFunctions, StepFunctionsError } from '../../local/step-functions/engine.js';
import { type SynthesizedWorkflow, synthesizeWorkflow } from '../../local/synthesized-workflow.js';
import { CaseLog } from '../../shared/case-log.js';
import type { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import type { StepRequest } from '../../shared/domain/step-requests.js';
import type { StepId } from '../../shared/domain/steps.js';
import {
  AwaitStepTask,
  CompileDossierTask,
  NotifyTask,
} from '../../shared/domain/workflow-messages.js';
import { MailRejectedError } from '../../shared/ports/mailer.js';
import { awaitStep } from '../../shared/usecases/await-step.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { resumeCase } from '../../shared/usecases/resume-case.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { useSignInLink } from '../../shared/usecases/sign-in.js';
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
function harness(timing = { stepTimeoutSeconds: 30, maxReminders: 2 }) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const mailer = new RecordingMailer();
  const logger = capturingLogger();
  const holder: { workflow?: EngineWorkflow } = {};
  const workflowOf = () => holder.workflow as EngineWorkflow;
  const engine = new LocalStepFunctions({
    definition: synthesized.definition,
    stateMachineArn: synthesized.stateMachineArn,
    retryPauseMs: 10,
    handlerFor: (arn) => {
      switch (synthesized.functionOf(arn)) {
        case 'notify':
          return (p) =>
            sendCaseMail(
              { log, mailer, logger, store, mail: { publicBaseUrl: 'http://app.test' } },
              NotifyTask.parse(p),
            );
        case 'awaitStep':
          return (p) => awaitStep({ log, workflow: workflowOf(), logger }, AwaitStepTask.parse(p));
        case 'compileDossier':
          return (p) => compileCaseDossier({ log, store, logger }, CompileDossierTask.parse(p));
        default:
          throw new Error(`no task runs ${arn}`);
      }
    },
  });
  engines.push(engine);
  holder.workflow = new EngineWorkflow(engine);
  const deps = { log, workflow: workflowOf(), timing, logger };

  return {
    log,
    mailer,
    engine,
    deps,
    open: () =>
      openCase(deps, {
        email: 'victim@example.org',
        locale: 'en',
        harassmentKinds: ['threats-insults'],
      }),
    /** Resolves once the workflow waits on `stepId`. */
    awaiting: (caseId: string, stepId: StepId) =>
      waitFor(async () => (await log.load(caseId))?.awaiting[stepId], {
        what: `a wait on ${stepId}`,
      }),
    /** The victim opens the sign-in link of the welcome mail: the address is confirmed. */
    signInFromWelcome: async (caseId: string) => {
      const token = /\/access\/\w+\?t=([\w-]+)/.exec(mailer.sent[0]?.text ?? '')?.[1];
      const state = await log.load(caseId);
      if (!token || !state) throw new Error('no welcome mail with a sign-in link');
      if (!(await useSignInLink({ log, logger }, state, token))) throw new Error('link refused');
    },
    /** The victim keeps a link to a page: evidence enough to finish collecting. */
    addLink: (caseId: string) =>
      log.append({
        type: 'link-added',
        caseId,
        evidenceId: ulid(),
        url: 'https://forum.example/topic/1',
      }),
    complete: async (caseId: string, request: StepRequest) => {
      const state = await log.load(caseId);
      if (!state) throw new Error('no case');
      return completeStep(deps, state, request);
    },
    subjects: () => mailer.sent.map((m) => m.subject),
    types: async (caseId: string) => (await log.read(caseId)).map((e) => e.type),
    execution: (index = 0) => {
      const execution = engine.listExecutions()[index];
      if (!execution) throw new Error(`no execution ${index}`);
      return execution;
    },
  };
}

type Harness = ReturnType<typeof harness>;

/**
 * Walks a case up to the complaint: the welcome mail's link opened, evidence collected,
 * certificate skipped.
 */
async function untilComplaint(h: Harness, caseId: string, attachment?: DossierAttachment) {
  await h.awaiting(caseId, 'collect-evidence');
  await h.signInFromWelcome(caseId);
  if (attachment) await h.log.append({ type: 'dossier-delivery-chosen', caseId, attachment });
  await h.addLink(caseId);
  await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });
  await h.awaiting(caseId, 'medical-certificate');
  await h.complete(caseId, { stepId: 'medical-certificate', body: { status: 'skipped' } });
  await h.awaiting(caseId, 'file-complaint');
}

describe('the synthesized case workflow', () => {
  it('walks the filed branch: welcome, evidence, certificate, dossier, complaint filed, closed', async () => {
    // Prepare
    const h = harness();
    const { caseId } = await h.open();

    // Act: she chose to receive the dossier attached as is.
    await untilComplaint(h, caseId, 'plain');
    const filed = await h.complete(caseId, {
      stepId: 'file-complaint',
      body: {
        outcome: 'filed',
        reference: 'PV-2026-001',
        policeStation: 'Commissariat de Lyon 3e',
      },
    });
    await h.execution().done;

    // Assess
    expect(filed).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(h.execution().status).toBe('SUCCEEDED');
    // Discreet mode, on by default: subjects say nothing of harassment or a complaint.
    expect(h.subjects()).toEqual([
      'Your space is open',
      'Your document is ready',
      'It is recorded',
    ]);
    // The receipt number stays on the case page: mails carry nothing anyone typed.
    expect(h.mailer.sent[2]?.text).toContain('Keep the receipt safe');
    expect(h.mailer.sent[2]?.text).not.toContain('PV-2026-001');
    // The "dossier ready" mail carries the compiled PDF, byte for byte.
    const attached = h.mailer.sent[1]?.attachments?.[0];
    expect(attached?.fileName).toBe('document-v1.pdf');
    expect(h.mailer.sent[1]?.text).toContain('The PDF dossier is attached');
    const stored = (await h.log.load(caseId))?.dossiers[0]?.files.find(
      (f) => f.name === 'dossier.pdf',
    );
    expect(
      createHash('sha256')
        .update(attached?.content ?? new Uint8Array())
        .digest('hex'),
    ).toBe(stored?.sha256);
    const types = await h.types(caseId);
    expect(types).toContain('dossier-progress');
    expect(types.filter((t) => t !== 'dossier-progress')).toEqual([
      'case-opened',
      'workflow-started',
      // The welcome mail carries a sign-in link: its hash is recorded first.
      'sign-in-link-issued',
      'mail-sent',
      'step-awaiting',
      'sign-in-link-used',
      'dossier-delivery-chosen',
      'link-added',
      'step-updated',
      'step-awaiting',
      'step-updated',
      'dossier-compiled',
      'mail-sent',
      'step-awaiting',
      'complaint-outcome-recorded',
      'mail-sent',
      'case-closed',
    ]);
    const state = await h.log.load(caseId);
    expect(state?.workflow.status).toBe('closed');
    expect(state?.steps['write-prosecutor'].status).toBe('not-applicable');
  });

  it('walks the refused branch: the letter to the Procureur, then closed', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);

    await h.complete(caseId, { stepId: 'file-complaint', body: { outcome: 'refused' } });
    await h.awaiting(caseId, 'write-prosecutor');
    const sent = await h.complete(caseId, {
      stepId: 'write-prosecutor',
      body: { status: 'done', trackingNumber: '1A 234 567 8901 2' },
    });
    await h.execution().done;

    expect(sent).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(h.subjects()).toEqual([
      'Your space is open',
      'Your document is ready',
      'Your letter is ready',
      'Every step is done',
    ]);
    // She never said how the dossier should come by mail: no mail carries it.
    expect(h.mailer.sent.flatMap((m) => m.attachments ?? [])).toEqual([]);
    expect(h.mailer.sent[1]?.text).toContain('The PDF dossier is not attached.');
    expect(h.mailer.sent[2]?.text).toMatch(/registered letter with acknowledgement of receipt/);
    const events = await h.log.read(caseId);
    expect(
      events.filter((e) => e.type === 'dossier-compiled').map((e) => 'purpose' in e && e.purpose),
    ).toEqual(['complaint', 'prosecutor-letter']);
    const compiled = events.filter((e) => e.type === 'dossier-compiled');
    for (const dossier of compiled) {
      expect('files' in dossier && dossier.files.map((f) => f.name)).toEqual([
        'dossier.pdf',
        'dossier.zip',
      ]);
    }
    expect(
      events
        .map((e) => e.type)
        .filter((t) => t !== 'dossier-progress')
        .slice(-7),
    ).toEqual([
      'complaint-outcome-recorded',
      'dossier-compiled',
      'mail-sent',
      'step-awaiting',
      'prosecutor-letter-sent',
      'mail-sent',
      'case-closed',
    ]);
    expect((await h.log.load(caseId))?.workflow.status).toBe('closed');
  });

  it('reminds on timeout of the step, numbered as on the page, then stalls at the limit', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 2 });
    const { caseId } = await h.open();

    await h.execution().done;

    expect(h.subjects()).toEqual([
      'Your space is open',
      'Reminder – Step 4 of 8',
      'Reminder – Step 4 of 8',
      'We are stopping the reminders',
    ]);
    const [first, last] = [h.mailer.sent[1]?.text ?? '', h.mailer.sent[2]?.text ?? ''];
    // The step as the case page numbers it, not the list of every step again.
    expect(first).toContain('Step 4 of 8 – Keep screenshots and links');
    expect(first).toContain('7 other steps are waiting too');
    expect(first).not.toContain('File a complaint');
    expect(first).not.toContain('last reminder');
    expect(last).toContain('This is our last reminder for this step.');
    // No act dated yet: no time limit is near, so the reminders do not repeat them.
    expect(first + last).not.toContain('6 years after the last act');
    expect((await h.log.load(caseId))?.workflow.status).toBe('stalled');
  });

  it('resumes a stalled case at its step, without a second welcome', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 0 });
    const { caseId } = await h.open();
    await h.execution(0).done;
    await h.addLink(caseId);
    await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });

    const stalled = await h.log.load(caseId);
    const resumed = await resumeCase(h.deps, stalled as NonNullable<typeof stalled>);

    expect(resumed).toEqual({ outcome: 'resumed', resumeAt: 'medical-certificate' });
    await h.awaiting(caseId, 'medical-certificate');
    expect(h.execution(1).name).toBe(`${caseId}-2`);
    expect(h.subjects().filter((s) => s === 'Your space is open')).toHaveLength(1);
    const again = await h.log.load(caseId);
    expect(await resumeCase(h.deps, again as NonNullable<typeof again>)).toEqual({
      outcome: 'already-running',
    });
  });

  it('takes a step posted twice once, and a late post after a timeout too', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 3 });
    const { caseId } = await h.open();
    await h.addLink(caseId);
    const firstToken = await h.awaiting(caseId, 'collect-evidence');
    const staleState = await h.log.load(caseId);
    await waitFor(
      async () => {
        const token = (await h.log.load(caseId))?.awaiting['collect-evidence']?.taskToken;
        return token !== undefined && token !== firstToken.taskToken;
      },
      { what: 'a second wait' },
    );

    // The victim's page still showed the first wait: its token has timed out.
    const late = await completeStep(h.deps, staleState as NonNullable<typeof staleState>, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });
    const twice = await h.complete(caseId, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });

    expect(late).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(twice).toEqual({ outcome: 'already-complete' });
    await h.awaiting(caseId, 'medical-certificate');
    expect((await h.types(caseId)).filter((t) => t === 'step-updated')).toHaveLength(1);
    expect(() => h.engine.sendTaskSuccess(firstToken.taskToken, '{}')).toThrow(StepFunctionsError);
  });

  it('needs evidence before the evidence step, and an upload for the certificate', async () => {
    const h = harness();
    const { caseId } = await h.open();

    const noEvidence = await h.complete(caseId, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });
    const noCertificate = await h.complete(caseId, {
      stepId: 'medical-certificate',
      body: { status: 'done' },
    });

    expect(noEvidence).toEqual({ outcome: 'missing', missing: 'evidence' });
    expect(noCertificate).toEqual({ outcome: 'missing', missing: 'certificate' });
    expect(await h.types(caseId)).not.toContain('step-updated');
  });

  it('refuses the letter step before a refused complaint, and a changed outcome', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);

    const early = await h.complete(caseId, {
      stepId: 'write-prosecutor',
      body: { status: 'done' },
    });
    await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'filed', reference: 'R-1' },
    });
    const changed = await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'refused' },
    });

    expect(early).toEqual({ outcome: 'not-applicable' });
    expect(changed).toEqual({ outcome: 'conflict', recorded: 'filed' });
  });

  it('retries a throttled mail until SES takes it', async () => {
    const h = harness();
    h.mailer.failWith.push(
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
    );

    const { caseId } = await h.open();

    await h.awaiting(caseId, 'collect-evidence');
    expect(h.subjects()).toEqual(['Your space is open']);
    expect(h.mailer.failWith).toHaveLength(0);
  });

  it('records a rejected mail and goes on with the case', async () => {
    const h = harness();
    h.mailer.failWith.push(new MailRejectedError('MessageRejected'));

    const { caseId } = await h.open();

    await h.awaiting(caseId, 'collect-evidence');
    const events = await h.log.read(caseId);
    expect(events.find((e) => e.type === 'mail-failed')).toMatchObject({
      mail: 'welcome',
      reason: 'MessageRejected',
    });
    expect(h.execution().status).toBe('RUNNING');
  });

  it('does not wait on a step the victim finished before the workflow got there', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await h.addLink(caseId);
    await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });

    // Whether the wait began before or after the post, the workflow moves on.
    await h.awaiting(caseId, 'medical-certificate');

    expect((await h.log.load(caseId))?.steps['collect-evidence'].status).toBe('done');
    expect(h.subjects()).toEqual(['Your space is open']);
  });
});
