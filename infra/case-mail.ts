import type { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';

/**
 * The configuration set every mail goes through: reputation metrics (bounce and complaint
 * rates, alarmed in `CaseAlarms`), event counts in CloudWatch, TLS required. Created in
 * `scope` itself so that its logical id stays the stack's.
 */
export function addMailConfigurationSet(scope: Construct): ConfigurationSet {
  const configurationSet = new ConfigurationSet(scope, 'MailConfigurationSet', {
    reputationMetrics: true,
    sendingEnabled: true,
    tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
  });
  configurationSet.addEventDestination('CloudWatch', {
    destination: EventDestination.cloudWatchDimensions([
      {
        name: 'ses:configuration-set',
        source: CloudWatchDimensionSource.MESSAGE_TAG,
        defaultValue: 'none',
      },
    ]),
    events: [
      EmailSendingEvent.SEND,
      EmailSendingEvent.DELIVERY,
      EmailSendingEvent.BOUNCE,
      EmailSendingEvent.COMPLAINT,
      EmailSendingEvent.REJECT,
      EmailSendingEvent.RENDERING_FAILURE,
    ],
  });
  return configurationSet;
}

/** Sending mail from `sesIdentity`, through `configurationSet` only. */
export function sendMailStatement(
  stack: Stack,
  sesIdentity: string,
  configurationSet: ConfigurationSet,
): PolicyStatement {
  return new PolicyStatement({
    actions: ['ses:SendEmail'],
    resources: [
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity }),
      stack.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: configurationSet.configurationSetName,
      }),
    ],
  });
}
