import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  SendTaskSuccessCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { S3BlobStore } from '../../shared/ports/blob-store-s3-adapter.js';
import { SfnWorkflow } from '../../shared/ports/workflow-sfn-adapter.js';
import { capturingLogger } from '../support/fakes.js';

/**
 * Faults of S3 and Step Functions injected under the real adapters: each request either
 * succeeds, or fails with a 5xx that says nothing was lost, or records what failed.
 */
const s3Mock = mockClient(S3Client);
const sfnMock = mockClient(SFNClient);
const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };
const objects = new Map<string, string>();

function app() {
  const store = new S3BlobStore(new S3Client({ region: 'eu-west-3', credentials }), 'case-bucket');
  const workflow = new SfnWorkflow(
    new SFNClient({ region: 'eu-west-3', credentials }),
    'arn:aws:states:eu-west-3:1:stateMachine:W',
  );
  const logger = capturingLogger();
  const api = createApp({
    log: new CaseLog(store),
    store,
    workflow,
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
  });
  return { api, logger };
}

const throttled = (
  Exception: typeof S3ServiceException | typeof SFNServiceException,
  status = 503,
) =>
  new Exception({
    name: 'ThrottlingException',
    message: 'Rate exceeded',
    $fault: 'client',
    $metadata: { httpStatusCode: status },
  });

/** S3 backed by a map, so the event log works until a fault is injected. */
function workingS3() {
  s3Mock.on(PutObjectCommand).callsFake(async (input: { Key: string; Body: string }) => {
    objects.set(input.Key, input.Body);
    return {};
  });
  s3Mock.on(ListObjectsV2Command).callsFake(async (input: { Prefix: string }) => ({
    Contents: [...objects.keys()]
      .filter((k) => k.startsWith(input.Prefix))
      .sort()
      .map((Key) => ({ Key })),
  }));
  s3Mock.on(GetObjectCommand).callsFake(async (input: { Key: string }) => ({
    Body: {
      transformToByteArray: async () => new TextEncoder().encode(objects.get(input.Key) ?? ''),
    },
  }));
}

const openBody = JSON.stringify({ email: 'victim@example.org', locale: 'en', harassmentKinds: [] });
const open = (api: ReturnType<typeof app>['api']) =>
  api.request('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: openBody,
  });

describe('faults of the AWS services', () => {
  beforeEach(() => {
    s3Mock.reset();
    sfnMock.reset();
    objects.clear();
    workingS3();
  });

  it('answers 500 problem+json, never 201, when S3 cannot store the case', async () => {
    s3Mock.on(PutObjectCommand).rejects(throttled(S3ServiceException));
    const { api } = app();

    const response = await open(api);

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(sfnMock).toReceiveCommandTimes(StartExecutionCommand, 0);
  });

  it('keeps the case and records why when Step Functions is throttled', async () => {
    sfnMock.on(StartExecutionCommand).rejects(throttled(SFNServiceException));
    const { api, logger } = app();

    const response = await open(api);

    expect(response.status).toBe(201);
    const events = [...objects.values()].map(
      (body) => JSON.parse(body) as { type: string; reason?: string },
    );
    expect(events.map((e) => [e.type, e.reason])).toEqual([
      ['case-opened', undefined],
      ['workflow-start-failed', 'ThrottlingException'],
    ]);
    expect(logger.lines.join()).toContain('ThrottlingException');
  });

  it('records a step and answers 200 when Step Functions fails to take the token', async () => {
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'exec', startDate: new Date() });
    sfnMock.on(SendTaskSuccessCommand).rejects(throttled(SFNServiceException, 500));
    const { api } = app();
    const { caseId, accessToken } = (await (await open(api)).json()) as {
      caseId: string;
      accessToken: string;
    };
    const eventsKey = [...objects.keys()][0]?.replace(/[^/]+$/, '') ?? '';
    objects.set(
      `${eventsKey}01ZZZZZZZZZZZZZZZZZZZZZZZZ.json`,
      JSON.stringify({
        id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ',
        caseId,
        at: new Date().toISOString(),
        type: 'step-awaiting',
        stepId: 'seek-support',
        taskToken: 'tok',
      }),
    );

    const response = await api.request(`/api/v1/cases/${caseId}/steps/seek-support`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'done' }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'completed', workflowResumed: false });
    expect(sfnMock).toReceiveCommandWith(SendTaskSuccessCommand, { taskToken: 'tok' });
    expect([...objects.values()].some((body) => body.includes('"step-updated"'))).toBe(true);
  });

  it('answers 500 when S3 cannot be read, and the victim can try again', async () => {
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'exec', startDate: new Date() });
    const { api } = app();
    const { caseId, accessToken } = (await (await open(api)).json()) as {
      caseId: string;
      accessToken: string;
    };
    let failures = 1;
    s3Mock.on(ListObjectsV2Command).callsFake(async (input: { Prefix: string }) => {
      if (failures-- > 0) throw throttled(S3ServiceException, 500);
      return {
        Contents: [...objects.keys()]
          .filter((k) => k.startsWith(input.Prefix))
          .sort()
          .map((Key) => ({ Key })),
      };
    });

    const first = await api.request(`/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const second = await api.request(`/api/v1/cases/${caseId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });

    expect(first.status).toBe(500);
    expect(second.status).toBe(200);
  });
});
