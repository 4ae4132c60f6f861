import { Duration } from 'aws-cdk-lib';
import {
  Choice,
  Condition,
  type IChainable,
  type State,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { DEFAULT_FOLLOW_UP_WAIT_SECONDS } from '../shared/domain/follow-up.js';
import type { AwaitHumanStep } from './await-human-step.js';
import { STATE } from './state-names.js';

export interface FollowUpProps {
  /** The `follow-up` human step (task token and reminders). */
  readonly followUp: AwaitHumanStep;
  /** Compiles the follow-up letters (dossier purpose `civil-party`) and mails them. */
  readonly letters: { readonly start: State; readonly end: { next(next: IChainable): unknown } };
  /** Where every branch ends: the closing mail. */
  readonly closing: State;
  /**
   * The wait when the execution input gives no `timing.followUpWaitSeconds`.
   * @default 92 days
   */
  readonly followUpWait?: Duration;
}

/**
 * After the complaint: wait (`$.timing.followUpWaitSeconds`, else the default), ask what
 * came of it, and on no news or a dismissal compile the letters of CPP art. 85 and 40-3
 * (see `shared/domain/follow-up.ts`) before the closing mail. Returns the wait's first state.
 */
export function followUpChain(scope: Construct, props: FollowUpProps): State {
  const fallback = props.followUpWait ?? Duration.seconds(DEFAULT_FOLLOW_UP_WAIT_SECONDS);
  const waitGiven = new Wait(scope, STATE.waitForFollowUp, {
    stateName: STATE.waitForFollowUp,
    time: WaitTime.secondsPath('$.timing.followUpWaitSeconds'),
  });
  const waitDefault = new Wait(scope, STATE.waitForFollowUpDefault, {
    stateName: STATE.waitForFollowUpDefault,
    time: WaitTime.duration(fallback),
  });
  const start = new Choice(scope, STATE.followUpWait, { stateName: STATE.followUpWait })
    .when(Condition.isPresent('$.timing.followUpWaitSeconds'), waitGiven)
    .otherwise(waitDefault);
  waitGiven.next(props.followUp);
  waitDefault.next(props.followUp);

  const outcome = new Choice(scope, STATE.followUpOutcome, { stateName: STATE.followUpOutcome })
    .when(
      Condition.or(
        Condition.stringEquals('$.completed.answer', 'no-news'),
        Condition.stringEquals('$.completed.answer', 'dismissed'),
      ),
      props.letters.start,
    )
    .otherwise(props.closing);
  props.letters.end.next(props.closing);
  props.followUp.next(outcome);
  return start;
}
