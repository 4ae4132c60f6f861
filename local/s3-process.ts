import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { S3Event } from 'aws-lambda';
import type { LocalS3Options, RunningEmulator } from './emulators.js';

/** What the S3 process says to the local runtime. */
export type FromS3Process =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'event'; readonly event: S3Event }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };

/** What the local runtime says to the S3 process. */
export type ToS3Process =
  | { readonly kind: 'start'; readonly options: LocalS3Options }
  | { readonly kind: 'stop' };

/** tsx, so that the child loads the TypeScript sources as `npm start` does. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const STOP_GRACE_MS = 5000;

/**
 * The local S3 stand-in (`startLocalS3`) in a child process of its own
 * (`s3-process-child.ts`), as S3 runs apart from the API on AWS: serving a dossier
 * compilation's hundreds of reads and its large writes takes none of the time of the
 * process that answers the victims' requests. `events` emits s3rver's object events
 * (`'event'`), as `s3rver.on('event')` does in process. The child ends with its parent.
 */
export async function startLocalS3Process(
  options: LocalS3Options,
): Promise<RunningEmulator & { readonly events: EventEmitter }> {
  const child = fork(fileURLToPath(new URL('./s3-process-child.ts', import.meta.url)), [], {
    // s3rver encrypts listing continuation tokens with DES: OpenSSL 3 keeps it in its
    // legacy provider (a truncated ListObjectsV2 fails without it).
    execArgv: ['--import', TSX, '--openssl-legacy-provider'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const events = new EventEmitter();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: FromS3Process) => {
      if (message.kind === 'waiting') child.send({ kind: 'start', options } satisfies ToS3Process);
      else if (message.kind === 'ready') resolve(message.url);
      else if (message.kind === 'event') events.emit('event', message.event);
      else if (message.kind === 'failed') {
        const error = new Error(message.message);
        error.name = message.name;
        reject(error);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`the local S3 process ended (${signal ?? `exit code ${code}`})`)),
    );
  });
  return {
    url,
    events,
    close: async () => {
      if (child.connected) child.send({ kind: 'stop' } satisfies ToS3Process);
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
