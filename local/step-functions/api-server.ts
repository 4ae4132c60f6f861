import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LocalStepFunctions, StepFunctionsError } from './engine.js';

/** Largest request the server reads; SendTaskSuccess output is capped at 256 KiB on AWS. */
const MAX_BODY_BYTES = 512 * 1024;

/**
 * The Step Functions API (AWS JSON 1.0 protocol) in front of the local engine, so the
 * app's own `SFNClient` talks to it through `AWS_ENDPOINT_URL_SFN`, unchanged.
 */
export async function startStepFunctionsApi(
  engine: LocalStepFunctions,
  options: { host: string; port: number },
): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify(body));
    };
    try {
      const operation = String(req.headers['x-amz-target'] ?? '').replace(
        /^AWSStepFunctions\./,
        '',
      );
      const input = JSON.parse((await readBody(req)) || '{}') as Record<string, string>;
      reply(200, dispatch(engine, operation, input));
    } catch (error) {
      if (error instanceof StepFunctionsError) {
        reply(400, { __type: error.name, message: error.message });
      } else {
        reply(400, { __type: 'InvalidArn', message: (error as Error).message });
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${options.host}:${port}` };
}

function dispatch(engine: LocalStepFunctions, operation: string, input: Record<string, string>) {
  const seconds = (date: Date) => date.getTime() / 1000;
  switch (operation) {
    case 'StartExecution': {
      if (input.stateMachineArn !== engine.stateMachineArn) {
        throw new StepFunctionsError('ExecutionDoesNotExist', 'State machine does not exist');
      }
      const execution = engine.startExecution(
        input.name ?? crypto.randomUUID(),
        input.input ?? '{}',
      );
      return { executionArn: execution.executionArn, startDate: seconds(execution.startDate) };
    }
    case 'SendTaskSuccess':
      engine.sendTaskSuccess(input.taskToken ?? '', input.output ?? '{}');
      return {};
    case 'SendTaskFailure':
      engine.sendTaskFailure(input.taskToken ?? '', input.error ?? '', input.cause ?? '');
      return {};
    case 'StopExecution':
      return { stopDate: seconds(engine.stopExecution(input.executionArn ?? '')) };
    case 'DescribeExecution': {
      const execution = engine.describeExecution(input.executionArn ?? '');
      return {
        executionArn: execution.executionArn,
        stateMachineArn: engine.stateMachineArn,
        name: execution.name,
        status: execution.status,
        startDate: seconds(execution.startDate),
        ...(execution.stopDate ? { stopDate: seconds(execution.stopDate) } : {}),
        input: execution.input,
        ...(execution.output !== undefined ? { output: JSON.stringify(execution.output) } : {}),
      };
    }
    default:
      throw new Error(`operation ${operation} is not supported locally`);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
