import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startLocalS3 } from '../../local/emulators.js';

export const TEST_BUCKET = 'cases-bucket';

/**
 * The local S3 stand-in alone, on a free port and in a fresh folder, for tests of the
 * real adapter; `npm start`'s pair of credentials.
 */
export async function startTestS3(name: string): Promise<RunningEmulator> {
  process.env.AWS_REGION ??= 'eu-west-3';
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  return startLocalS3({
    host: '127.0.0.1',
    port: 0,
    directory: mkdtempSync(join(tmpdir(), `${name}-`)),
    bucket: TEST_BUCKET,
    corsOrigins: ['http://localhost:3000'],
  });
}
