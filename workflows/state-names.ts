import type { StepId } from '../shared/domain/steps.js';

/** State names, shared by the definition, the local engine and the tests. */
export const STATE = {
  resumeAt: 'ResumeAt',
  sendWelcome: 'SendWelcome',
  compileDossier: 'CompileDossier',
  sendDossierReady: 'SendDossierReady',
  complaintOutcome: 'ComplaintOutcome',
  sendComplaintFiled: 'SendComplaintFiled',
  compileProsecutorLetter: 'CompileProsecutorLetter',
  sendProsecutorLetter: 'SendProsecutorLetter',
  sendCaseClosed: 'SendCaseClosed',
  followUpWait: 'FollowUpWait',
  waitForFollowUp: 'WaitForFollowUp',
  waitForFollowUpDefault: 'WaitForFollowUpDefault',
  followUpOutcome: 'FollowUpOutcome',
  compileFollowUpLetters: 'CompileFollowUpLetters',
  sendFollowUpLetters: 'SendFollowUpLetters',
  unknownOutcome: 'UnknownOutcome',
  closed: 'Closed',
  await: (step: StepId) => `Await ${step}`,
  startReminders: (step: StepId) => `StartReminders ${step}`,
  remindersLeft: (step: StepId) => `RemindersLeft ${step}`,
  countReminder: (step: StepId) => `CountReminder ${step}`,
  remind: (step: StepId) => `Remind ${step}`,
  notifyStalled: (step: StepId) => `NotifyStalled ${step}`,
  stalled: (step: StepId) => `Stalled ${step}`,
} as const;
