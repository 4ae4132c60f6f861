import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  type IChainable,
  type State,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  DEFAULT_FOLLOW_UP_WAIT_SECONDS,
  MAX_FOLLOW_UP_ROUNDS,
} from '../shared/domain/follow-up.js';
import type { AwaitHumanStep } from './await-human-step.js';
import { notifyTask } from './notify-task.js';
import { STATE } from './state-names.js';

export interface FollowUpProps {
  /** The `follow-up` human step (task token and reminders). */
  readonly followUp: AwaitHumanStep;
  /** Compiles the follow-up letters (dossier purpose `civil-party`) and mails them. */
  readonly letters: { readonly start: State; readonly end: { next(next: IChainable): unknown } };
  /** Where every branch ends: the closing mail. */
  readonly closing: State;
  /** Sends the question asked again and the hearing's reminder. */
  readonly notifyFunction: IFunction;
  /**
   * The wait when the execution input gives no `timing.followUpWaitSeconds`.
   * @default 92 days
   */
  readonly followUpWait?: Duration;
}

const FOLLOW_UP_WAIT = '$.timing.followUpWaitSeconds';
/** Only locally: short waits stand in for the days before and after a hearing. */
const HEARING_WAIT = '$.timing.hearingWaitSeconds';

/**
 * A wait of `given` seconds when the input has it, else `otherwise` (the definition's
 * default, or a date the victim gave), then `next`.
 */
function waitThen(
  scope: Construct,
  names: { choice: string; given: string; otherwise: string },
  otherwise: WaitTime,
  next: IChainable,
  givenPath = FOLLOW_UP_WAIT,
): State {
  const given = new Wait(scope, names.given, {
    stateName: names.given,
    time: WaitTime.secondsPath(givenPath),
  });
  const fallback = new Wait(scope, names.otherwise, {
    stateName: names.otherwise,
    time: otherwise,
  });
  given.next(next);
  fallback.next(next);
  return new Choice(scope, names.choice, { stateName: names.choice })
    .when(Condition.isPresent(givenPath), given)
    .otherwise(fallback);
}

/**
 * After the complaint: wait (`$.timing.followUpWaitSeconds`, else the default), ask what
 * came of it, and on no news or a dismissal compile the letters of CPP art. 85 and 40-3
 * (see `shared/domain/follow-up.ts`) before the closing mail. An investigation under way is
 * asked about again after the same wait; a hearing gets a reminder a week before its date
 * and the question again a week after (`$.completed.reminderAt`, `afterAt`; locally
 * `$.timing.hearingWaitSeconds` stands in for both; on AWS the input has none, so the
 * dates hold). A decision, or the `MAX_FOLLOW_UP_ROUNDS`th answer, ends with the closing
 * mail. Returns the first wait's first state, and the later rounds' wait
 * (where a resumed case that was told of an investigation or a hearing goes on).
 */
export function followUpChain(
  scope: Construct,
  props: FollowUpProps,
): { start: State; askAgain: State } {
  const wait = Duration.seconds(
    (props.followUpWait ?? Duration.seconds(DEFAULT_FOLLOW_UP_WAIT_SECONDS)).toSeconds(),
  );
  const start = waitThen(
    scope,
    {
      choice: STATE.followUpWait,
      given: STATE.waitForFollowUp,
      otherwise: STATE.waitForFollowUpDefault,
    },
    WaitTime.duration(wait),
    props.followUp,
  );

  // Asked again: a mail says so and opens the step for a new answer.
  const askAgain = notifyTask(scope, STATE.sendFollowUpAgain, props.notifyFunction, {
    mail: 'follow-up-again',
    marks: 'follow-up-reopened',
  });
  askAgain.next(props.followUp);
  const afterInvestigation = waitThen(
    scope,
    {
      choice: STATE.askAgainWait,
      given: STATE.waitToAskAgain,
      otherwise: STATE.waitToAskAgainDefault,
    },
    WaitTime.duration(wait),
    askAgain,
  );
  const afterHearing = waitThen(
    scope,
    {
      choice: STATE.afterHearingWait,
      given: STATE.waitAfterHearing,
      otherwise: STATE.waitUntilAfterHearing,
    },
    WaitTime.timestampPath('$.completed.afterAt'),
    askAgain,
    HEARING_WAIT,
  );
  const hearingReminder = notifyTask(scope, STATE.sendHearingReminder, props.notifyFunction, {
    mail: 'hearing-reminder',
  });
  hearingReminder.next(afterHearing);
  const beforeHearing = waitThen(
    scope,
    {
      choice: STATE.hearingReminderWait,
      given: STATE.waitForHearingReminder,
      otherwise: STATE.waitUntilHearingReminder,
    },
    WaitTime.timestampPath('$.completed.reminderAt'),
    hearingReminder,
    HEARING_WAIT,
  );

  const outcome = new Choice(scope, STATE.followUpOutcome, { stateName: STATE.followUpOutcome })
    .when(
      Condition.or(
        Condition.stringEquals('$.completed.answer', 'no-news'),
        Condition.stringEquals('$.completed.answer', 'dismissed'),
      ),
      props.letters.start,
    )
    // The bound on the loop: the round comes from the event log, so a resumed case keeps it.
    .when(
      Condition.and(
        Condition.isPresent('$.completed.round'),
        Condition.numberGreaterThanEquals('$.completed.round', MAX_FOLLOW_UP_ROUNDS),
      ),
      props.closing,
    )
    .when(Condition.stringEquals('$.completed.answer', 'investigation'), afterInvestigation)
    .when(
      Condition.and(
        Condition.stringEquals('$.completed.answer', 'hearing'),
        Condition.isPresent('$.completed.reminderAt'),
        Condition.isPresent('$.completed.afterAt'),
      ),
      beforeHearing,
    )
    .otherwise(props.closing);
  props.letters.end.next(props.closing);
  props.followUp.next(outcome);
  return { start, askAgain: afterInvestigation };
}
