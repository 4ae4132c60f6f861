/**
 * The local S3 stand-in's own process (see `startLocalS3Process`): waits for its options,
 * starts s3rver with the local runtime's checks, and sends its object events to the parent.
 */
import type { S3Event } from 'aws-lambda';
import { startLocalS3 } from './emulators.js';
import type { FromS3Process, ToS3Process } from './s3-process.js';

const send = (message: FromS3Process) =>
  new Promise<void>((resolve) => process.send?.(message, undefined, {}, () => resolve()));

// Without its parent nothing would stop it, and it would keep the port and the data folder.
process.once('disconnect', () => process.exit(0));
process.on('message', async (message: ToS3Process) => {
  if (message.kind !== 'start') return;
  try {
    const s3 = await startLocalS3(message.options);
    s3.s3rver.on('event', (event: S3Event) => void send({ kind: 'event', event }));
    process.on('message', async (next: ToS3Process) => {
      if (next.kind !== 'stop') return;
      await s3.close();
      process.exit(0);
    });
    await send({ kind: 'ready', url: s3.url });
  } catch (error) {
    const { name, message: text } = error instanceof Error ? error : new Error(String(error));
    await send({ kind: 'failed', name, message: text });
    process.exit(1);
  }
});
void send({ kind: 'waiting' });
