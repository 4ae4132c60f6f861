import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface CaseAlarmsProps {
  readonly stateMachine: StateMachine;
  /** Every function of the app, by name: one errors alarm each. */
  readonly functions: Record<string, IFunction>;
  /** Dead-letter queues, by name: an alarm as soon as one holds a message. */
  readonly deadLetterQueues: Record<string, IQueue>;
  readonly configurationSet: IConfigurationSet;
  /**
   * Who is mailed when an alarm fires (an SNS topic with an email subscription).
   * @default no topic: the alarms only show in CloudWatch
   */
  readonly alarmEmail?: string;
  /**
   * Bounce rate of the configuration set above which the alarm fires (SES reviews an
   * account at 5 %, and may pause it at 10 %).
   * @default 0.04
   */
  readonly maxBounceRate?: number;
  /**
   * Complaint rate above which the alarm fires (SES reviews an account at 0.1 %).
   * @default 0.0008
   */
  readonly maxComplaintRate?: number;
}

/** CloudWatch alarms of the app and, with `alarmEmail`, the encrypted topic they notify. */
export class CaseAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: CaseAlarmsProps) {
    super(scope, id);
    if (props.alarmEmail) {
      // CloudWatch cannot use the AWS-managed SNS key: the topic gets a key of its own.
      const key = new Key(this, 'TopicKey', {
        description: 'Encrypts the harassment case alarm topic',
        enableKeyRotation: true,
      });
      key.grant(
        new ServicePrincipal('cloudwatch.amazonaws.com'),
        'kms:Decrypt',
        'kms:GenerateDataKey*',
      );
      this.topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    }

    const period = Duration.minutes(5);
    const atLeastOnce = (alarmId: string, metric: IMetric, description: string) =>
      this.add(
        alarmId,
        metric,
        description,
        1,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      );

    atLeastOnce(
      'WorkflowFailed',
      props.stateMachine.metricFailed({ period, statistic: 'Sum' }),
      'A case workflow execution failed',
    );
    atLeastOnce(
      'WorkflowTimedOut',
      props.stateMachine.metricTimedOut({ period, statistic: 'Sum' }),
      'A case workflow execution timed out',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      atLeastOnce(
        `${pascal(name)}Errors`,
        fn.metricErrors({ period, statistic: 'Sum' }),
        `The ${name} function failed`,
      );
    }
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      atLeastOnce(
        `${pascal(name)}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        `The ${name} dead-letter queue holds events that were never processed`,
      );
    }
    // Reputation metrics of the configuration set (enabled on it).
    const reputation = (metricName: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': props.configurationSet.configurationSetName },
        period: Duration.hours(1),
        statistic: 'Maximum',
      });
    this.add(
      'MailBounceRate',
      reputation('Reputation.BounceRate'),
      'Mail bounce rate is close to what SES reviews',
      props.maxBounceRate ?? 0.04,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    this.add(
      'MailComplaintRate',
      reputation('Reputation.ComplaintRate'),
      'Mail complaint rate is close to what SES reviews',
      props.maxComplaintRate ?? 0.0008,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
  }

  private add(
    id: string,
    metric: IMetric,
    description: string,
    threshold: number,
    comparisonOperator: ComparisonOperator,
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold,
      comparisonOperator,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.topic) alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}

function pascal(name: string): string {
  return `${name[0]?.toUpperCase()}${name.slice(1)}`;
}
