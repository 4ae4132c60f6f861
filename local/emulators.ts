import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesServer from 'aws-ses-v2-local';
import S3rver from 's3rver';
import { enforceConditionalWrites } from './s3-conditional-writes.js';
import { groupListingsByDelimiter } from './s3-delimiter-listing.js';
import { enforcePostUploads } from './s3-post-uploads.js';

/** s3rver's one account: the credentials every local request is signed with. */
const S3RVER_SECRETS: ReadonlyMap<string, string> = new Map([['S3RVER', 'S3RVER']]);

type SesServer = (config: { host: string; port: number }) => Promise<Server>;

export interface LocalS3Options {
  readonly host: string;
  readonly port: number;
  /** Where objects live on disk; they survive a restart. */
  readonly directory: string;
  readonly bucket: string;
  /** Origins allowed to post uploads from a browser. */
  readonly corsOrigins: readonly string[];
}

export interface RunningEmulator {
  readonly url: string;
  close(): Promise<void>;
}

/** s3rver on loopback: the local stand-in for S3 (see DESIGN.md for what it does not do). */
export async function startLocalS3(
  options: LocalS3Options,
): Promise<RunningEmulator & { s3rver: S3rver }> {
  const cors = `<CORSConfiguration>${options.corsOrigins
    .map(
      (origin) =>
        `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>`,
    )
    .join('')}</CORSConfiguration>`;
  const s3rver = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket, configs: [cors] }],
  });
  // Even silent, s3rver has koa-logger colour a line for every request and winston drop
  // it: about 15 % of its time while it serves a dossier compilation's reads.
  const logging = s3rver.middleware.findIndex((middleware) => middleware.name === 'logger');
  if (logging >= 0) s3rver.middleware.splice(logging, 1);
  enforceConditionalWrites(s3rver);
  enforcePostUploads(s3rver, { secrets: S3RVER_SECRETS, corsOrigins: options.corsOrigins });
  groupListingsByDelimiter(s3rver);
  const { port } = await s3rver.run();
  return { s3rver, url: `http://${options.host}:${port}`, close: () => s3rver.close() };
}

/** aws-ses-v2-local on loopback: takes SES v2 calls and shows the mails at its `/`. */
export async function startLocalSes(options: {
  host: string;
  port: number;
}): Promise<RunningEmulator> {
  // A CommonJS module with an ES default export: its shape depends on the loader.
  const module = sesServer as unknown as { default?: SesServer } & SesServer;
  const start: SesServer = module.default ?? module;
  const server = await start({ host: options.host, port: options.port });
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
