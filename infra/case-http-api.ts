import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpRoute,
  HttpRouteKey,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface CaseHttpApiProps {
  /** Retention of the access logs. */
  readonly logRetention: RetentionDays;
  /**
   * Steady-state request rate, per second, across all clients.
   * @default 20
   */
  readonly throttlingRateLimit?: number;
  /**
   * Burst of requests accepted above the steady rate.
   * @default 50
   */
  readonly throttlingBurstLimit?: number;
}

/**
 * The HTTP API with its throttled default stage and its access logs. Its resources are
 * created in `scope` itself (not in a construct of their own) so that their logical ids,
 * hence the deployed API and its URL, stay those the stack always had.
 */
export function addCaseHttpApi(scope: Construct, props: CaseHttpApiProps): HttpApi {
  const httpApi = new HttpApi(scope, 'HttpApi', {
    description: 'Harassment case API',
    createDefaultStage: false,
  });
  // Access logs name the route and the outcome: no query string, no body, no headers,
  // no source address.
  const accessLogs = new LogGroup(scope, 'HttpApiAccessLogs', { retention: props.logRetention });
  httpApi.addStage('DefaultStage', {
    stageName: '$default',
    autoDeploy: true,
    throttle: {
      rateLimit: props.throttlingRateLimit ?? 20,
      burstLimit: props.throttlingBurstLimit ?? 50,
    },
    accessLogSettings: {
      destination: new LogGroupLogDestination(accessLogs),
      format: AccessLogFormat.custom(
        JSON.stringify({
          requestId: '$context.requestId',
          time: '$context.requestTime',
          method: '$context.httpMethod',
          routeKey: '$context.routeKey',
          status: '$context.status',
          responseLength: '$context.responseLength',
          latencyMs: '$context.responseLatency',
          integrationStatus: '$context.integrationStatus',
        }),
      ),
    },
  });
  return httpApi;
}

/**
 * Where each request goes: `/api/…` to the API function, every other path (the pages,
 * the mails' sign-in links, the witness's and helper's landings, the stylesheet and
 * scripts, the home page at `/`) to the web function, through the `$default` route. The
 * API's route covers all of `/api/` so that an unknown API path still gets the API's
 * problem+json answer, not a page.
 */
export function routeCaseHttpApi(
  httpApi: HttpApi,
  functions: { readonly api: IFunction; readonly web: IFunction },
): void {
  httpApi.addRoutes({
    path: '/api/{proxy+}',
    integration: new HttpLambdaIntegration('ApiIntegration', functions.api),
  });
  new HttpRoute(httpApi, 'DefaultRoute', {
    httpApi,
    routeKey: HttpRouteKey.DEFAULT,
    integration: new HttpLambdaIntegration('WebIntegration', functions.web),
  });
}
