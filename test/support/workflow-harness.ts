import { ulid } from 'ulid';
import { LocalStepFunctions } from '../../local/step-functions/engine.js';
import { type SynthesizedWorkflow, synthesizeWorkflow } from '../../local/synthesized-workflow.js';
import { CaseLog } from '../../shared/case-log.js';
import type { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import type { StepRequest } from '../../shared/domain/step-requests.js';
import type { StepId } from '../../shared/domain/steps.js';
import {
  AwaitStepTask,
  CompileDossierTask,
  NotifyTask,
  type WorkflowTiming,
} from '../../shared/domain/workflow-messages.js';
import { awaitStep } from '../../shared/usecases/await-step.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { useSignInLink } from '../../shared/usecases/sign-in.js';
import { EngineWorkflow } from './engine-workflow.js';
import { capturingLogger, RecordingMailer } from './fakes.js';
import { MemoryBlobStore } from './memory-blob-store.js';
import { waitFor } from './wait-for.js';

/**
 * The synthesized state machine run by the local engine, its tasks routed to the use
 * cases the Lambdas run, over an in-memory store and a recording mailer: the workflow
 * tests' harness.
 */
let synthesized: SynthesizedWorkflow | undefined;

const engines: LocalStepFunctions[] = [];
/** Synthesizes the app once per test file (slow: call it in `beforeAll`). */
export function prepareWorkflow(): void {
  synthesized ??= synthesizeWorkflow();
}

/** Stops every engine the harnesses started (call it after each test). */
export function stopEngines(): void {
  for (const engine of engines.splice(0)) engine.stopAll();
}

/** The synthesized state machine, its tasks routed to the use cases the Lambdas run. */
export function harness(
  timing: WorkflowTiming = {
    stepTimeoutSeconds: 30,
    maxReminders: 2,
    followUpWaitSeconds: 1,
    hearingWaitSeconds: 1,
  },
) {
  synthesized ??= synthesizeWorkflow();
  const definition = synthesized;
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const mailer = new RecordingMailer();
  const logger = capturingLogger();
  const holder: { workflow?: EngineWorkflow } = {};
  const workflowOf = () => holder.workflow as EngineWorkflow;
  const engine = new LocalStepFunctions({
    definition: definition.definition,
    stateMachineArn: definition.stateMachineArn,
    retryPauseMs: 10,
    handlerFor: (arn) => {
      switch (definition.functionOf(arn)) {
        case 'notify':
          return (p) =>
            sendCaseMail(
              { log, mailer, logger, store, mail: { publicBaseUrl: 'http://app.test' } },
              NotifyTask.parse(p),
            );
        case 'awaitStep':
          return (p) =>
            awaitStep({ log, store, workflow: workflowOf(), logger }, AwaitStepTask.parse(p));
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
    open: (locale: 'fr' | 'en' = 'en') =>
      openCase(deps, {
        email: 'victim@example.org',
        locale,
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
    store,
    execution: (index = 0) => {
      const execution = engine.listExecutions()[index];
      if (!execution) throw new Error(`no execution ${index}`);
      return execution;
    },
  };
}

export type Harness = ReturnType<typeof harness>;

/**
 * Walks a case up to the complaint: the welcome mail's link opened, evidence collected,
 * certificate skipped.
 */
export async function untilComplaint(h: Harness, caseId: string, attachment?: DossierAttachment) {
  await h.awaiting(caseId, 'collect-evidence');
  await h.signInFromWelcome(caseId);
  if (attachment) await h.log.append({ type: 'dossier-delivery-chosen', caseId, attachment });
  await h.addLink(caseId);
  await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });
  await h.awaiting(caseId, 'medical-certificate');
  await h.complete(caseId, { stepId: 'medical-certificate', body: { status: 'skipped' } });
  await h.awaiting(caseId, 'file-complaint');
}
