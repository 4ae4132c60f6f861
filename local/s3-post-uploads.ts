import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import Busboy from 'busboy';
import type S3rver from 's3rver';
import type { KoaContext, Middleware } from 's3rver';
import { checkPostPolicy, type PolicyRefusal } from './s3-post-policy.js';

export interface PostUploadOptions {
  /** Secret access keys by access key id: the credentials forms are signed with. */
  readonly secrets: ReadonlyMap<string, string>;
  /** Origins the bucket's CORS rules allow: a refusal is readable from them too. */
  readonly corsOrigins: readonly string[];
  readonly now?: () => Date;
}

/**
 * Gives the local S3 what s3rver lacks for browser uploads (`POST /{bucket}`), as S3
 * behaves: the form's policy is enforced (signature, expiry, every condition, no field
 * left uncovered, the file's size), and an upload cut off before its end leaves no
 * object. The body is kept aside (a temporary file) while it arrives; only a complete
 * body that passes the policy is handed to s3rver, which stores it and sends the event.
 */
export function enforcePostUploads(s3rver: S3rver, options: PostUploadOptions): void {
  const middleware: Middleware = async (ctx, next) => {
    const [, bucket = '', ...rest] = ctx.path.split('/');
    const isForm = (ctx.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
    if (ctx.method !== 'POST' || !bucket || rest.join('') || ctx.querystring || !isForm)
      return next();
    const folder = await mkdtemp(join(tmpdir(), 's3-post-'));
    try {
      const spool = join(folder, 'body');
      const form = await readForm(ctx.req, spool);
      if (form === 'cut-off') return; // nothing stored, nobody left to answer
      if (form === 'malformed') return refuse(ctx, MALFORMED, options.corsOrigins);
      const refusal = checkPostPolicy(
        { bucket, ...form },
        options.secrets,
        options.now?.() ?? new Date(),
      );
      if (refusal) return refuse(ctx, refusal, options.corsOrigins);
      // The checked body, in place of the request it came in (what Koa reads of it kept).
      const { headers, url, method, httpVersion, socket } = ctx.req;
      const body = Object.assign(createReadStream(spool), {
        headers,
        url,
        method,
        httpVersion,
        socket,
        connection: socket,
      });
      ctx.req = ctx.request.req = body as unknown as IncomingMessage;
      await next();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
  // First in line: s3rver's own route would store whatever arrives.
  s3rver.middleware.unshift(middleware);
}

/**
 * Reads a whole multipart body into `spool` while parsing its fields (those before the
 * file, as S3 reads them) and counting the file's bytes; `cut-off` when the client went
 * away before the end.
 */
async function readForm(
  request: IncomingMessage,
  spool: string,
): Promise<{ fields: Map<string, string>; fileSize: number } | 'cut-off' | 'malformed'> {
  const fields = new Map<string, string>();
  let fileSize = 0;
  let files = 0;
  const parser = new Busboy({ headers: request.headers, limits: { fieldSize: 64 * 1024 } });
  parser.on('field', (name, value) => {
    if (!files) fields.set(name, value);
  });
  parser.on('file', (name, file) => {
    if (name !== 'file' || files++) return void file.resume();
    file.on('data', (chunk: Buffer) => {
      fileSize += chunk.length;
    });
  });
  const out = createWriteStream(spool);
  // The request's own end, not `finished()`: on a kept-alive connection a request only
  // closes once answered, and it is answered after this.
  const arrived = new Promise<boolean>((resolve) => {
    request.once('end', () => resolve(true));
    request.once('aborted', () => resolve(false));
    request.once('error', () => resolve(false));
    request.once('close', () => resolve(request.complete));
  });
  const parsed = once(parser, 'finish').then(
    () => true,
    () => false,
  );
  request.pipe(out);
  request.pipe(parser);
  if (!(await arrived)) {
    request.unpipe();
    out.destroy();
    parser.destroy();
    return 'cut-off';
  }
  const [written, read] = await Promise.all([
    finished(out).then(
      () => true,
      () => false,
    ),
    parsed,
  ]);
  if (!written) return 'cut-off';
  return read ? { fields, fileSize } : 'malformed';
}

const MALFORMED: PolicyRefusal = {
  status: 400,
  code: 'MalformedPOSTRequest',
  message: 'The body of your POST request is not well-formed multipart/form-data.',
};

function refuse(ctx: KoaContext, refusal: PolicyRefusal, corsOrigins: readonly string[]): void {
  const origin = ctx.get('origin');
  if (origin && corsOrigins.includes(origin)) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Vary', 'Origin');
  }
  ctx.status = refusal.status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${escapeXml(refusal.message)}</Message></Error>`;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );
