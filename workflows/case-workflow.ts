import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Fail,
  type IChainable,
  JsonPath,
  type State,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { ResumePoint } from '../shared/domain/progress.js';
import type { CompileDossierTask } from '../shared/domain/workflow-messages.js';
import { AwaitHumanStep } from './await-human-step.js';
import { followUpChain } from './follow-up.js';
import { notifyTask } from './notify-task.js';
import { STATE } from './state-names.js';

export interface CaseWorkflowOptions {
  /**
   * The wait before the follow-up question when the execution input gives none.
   * @default 92 days
   */
  readonly followUpWait?: Duration;
}

export interface CaseWorkflowFunctions {
  readonly notify: IFunction;
  readonly awaitStep: IFunction;
  readonly compileDossier: IFunction;
}

function compileTask(
  scope: Construct,
  id: string,
  fn: IFunction,
  purpose: CompileDossierTask['purpose'],
) {
  return new LambdaInvoke(scope, id, {
    stateName: id,
    lambdaFunction: fn,
    payload: TaskInput.fromObject({ caseId: JsonPath.stringAt('$.caseId'), purpose }),
    resultPath: JsonPath.DISCARD,
    taskTimeout: Timeout.duration(Duration.minutes(15)),
    retryOnServiceExceptions: true,
  }).addRetry({
    errors: ['States.TaskFailed'],
    interval: Duration.seconds(5),
    backoffRate: 2,
    maxAttempts: 3,
  });
}

/**
 * The victim's path through the advice page: welcome, evidence, medical certificate,
 * the complaint dossier, the complaint; on a refused complaint the letter to the
 * Procureur; then the follow-up (`follow-up.ts`). Input: `WorkflowInput` (`shared/domain/workflow-messages.ts`); `resumeAt`
 * starts a resumed case where its event log says it stopped. JSONPath only: the local
 * engine ignores JSONata.
 */
export function caseWorkflowDefinition(
  scope: Construct,
  fns: CaseWorkflowFunctions,
  options: CaseWorkflowOptions = {},
): IChainable {
  const human = (id: string, stepId: ConstructorParameters<typeof AwaitHumanStep>[2]['stepId']) =>
    new AwaitHumanStep(scope, id, {
      stepId,
      awaitStepFunction: fns.awaitStep,
      notifyFunction: fns.notify,
    });

  const closed = new Succeed(scope, STATE.closed, { stateName: STATE.closed });
  const sendWelcome = notifyTask(scope, STATE.sendWelcome, fns.notify, { mail: 'welcome' });
  const collectEvidence = human('CollectEvidence', 'collect-evidence');
  const medicalCertificate = human('MedicalCertificate', 'medical-certificate');
  const compileDossier = compileTask(scope, STATE.compileDossier, fns.compileDossier, 'complaint');
  const sendDossierReady = notifyTask(scope, STATE.sendDossierReady, fns.notify, {
    mail: 'dossier-ready',
  });
  const fileComplaint = human('FileComplaint', 'file-complaint');
  const sendComplaintFiled = notifyTask(scope, STATE.sendComplaintFiled, fns.notify, {
    mail: 'complaint-filed',
  });
  const compileLetter = compileTask(
    scope,
    STATE.compileProsecutorLetter,
    fns.compileDossier,
    'prosecutor-letter',
  );
  const sendLetter = notifyTask(scope, STATE.sendProsecutorLetter, fns.notify, {
    mail: 'prosecutor-letter',
  });
  const writeProsecutor = human('WriteProsecutor', 'write-prosecutor');
  const sendCaseClosed = notifyTask(scope, STATE.sendCaseClosed, fns.notify, {
    mail: 'case-closed',
    marks: 'closed',
  });

  const followUp = human('FollowUp', 'follow-up');
  const compileFollowUpLetters = compileTask(
    scope,
    STATE.compileFollowUpLetters,
    fns.compileDossier,
    'civil-party',
  );
  const sendFollowUpLetters = notifyTask(scope, STATE.sendFollowUpLetters, fns.notify, {
    mail: 'follow-up-letters',
  });
  compileFollowUpLetters.next(sendFollowUpLetters);
  const { start: followUpWait, askAgain } = followUpChain(scope, {
    followUp,
    letters: { start: compileFollowUpLetters, end: sendFollowUpLetters },
    closing: sendCaseClosed,
    notifyFunction: fns.notify,
    followUpWait: options.followUpWait,
  });
  sendCaseClosed.next(closed);
  sendComplaintFiled.next(followUpWait);
  compileLetter.next(sendLetter).next(writeProsecutor).next(followUpWait);
  const complaintOutcome = new Choice(scope, STATE.complaintOutcome, {
    stateName: STATE.complaintOutcome,
  })
    .when(Condition.stringEquals('$.completed.outcome', 'filed'), sendComplaintFiled)
    .when(Condition.stringEquals('$.completed.outcome', 'refused'), compileLetter)
    .otherwise(
      new Fail(scope, STATE.unknownOutcome, {
        stateName: STATE.unknownOutcome,
        error: 'UnknownOutcome',
      }),
    );

  sendWelcome
    .next(collectEvidence)
    .next(medicalCertificate)
    .next(compileDossier)
    .next(sendDossierReady)
    .next(fileComplaint)
    .next(complaintOutcome);

  const resumeTargets: Record<ResumePoint, State> = {
    'collect-evidence': collectEvidence.startState,
    'medical-certificate': medicalCertificate.startState,
    'compile-dossier': compileDossier,
    'file-complaint': fileComplaint.startState,
    'complaint-filed': sendComplaintFiled,
    'prosecutor-letter': compileLetter,
    'write-prosecutor': writeProsecutor.startState,
    'follow-up-wait': followUpWait,
    'follow-up': followUp.startState,
    'follow-up-again': askAgain,
    'follow-up-letters': compileFollowUpLetters,
    'case-closed': sendCaseClosed,
  };
  const resumeAt = new Choice(scope, STATE.resumeAt, { stateName: STATE.resumeAt });
  for (const [point, target] of Object.entries(resumeTargets)) {
    resumeAt.when(
      Condition.and(Condition.isPresent('$.resumeAt'), Condition.stringEquals('$.resumeAt', point)),
      target,
    );
  }
  return resumeAt.otherwise(sendWelcome);
}
