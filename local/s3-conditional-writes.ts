import type S3rver from 's3rver';
import type { KoaContext, Middleware } from 's3rver';

/**
 * Gives the local S3 what s3rver lacks: `PUT` with `If-None-Match: *` (S3's conditional
 * write) answers 412 when the key exists or another such write of it is under way. The
 * check and the claim happen before any await, so of concurrent writers exactly one wins,
 * as on S3.
 */
export function enforceConditionalWrites(s3rver: S3rver): void {
  const writing = new Set<string>();
  const middleware: Middleware = async (ctx, next) => {
    // A whole object only: not a multipart upload's part.
    const part = new URLSearchParams(ctx.querystring).has('uploadId');
    if (ctx.method !== 'PUT' || ctx.get('if-none-match') !== '*' || part) return next();
    const [, bucket = '', ...rest] = ctx.path.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const id = `${bucket}/${key}`;
    if (writing.has(id)) return preconditionFailed(ctx);
    writing.add(id);
    try {
      if (await s3rver.store.existsObject(bucket, key)) return preconditionFailed(ctx);
      await next();
    } finally {
      writing.delete(id);
    }
  };
  // First in line: s3rver's own routes would store the object regardless.
  s3rver.middleware.unshift(middleware);
}

function preconditionFailed(ctx: KoaContext): void {
  ctx.status = 412;
  ctx.type = 'application/xml';
  ctx.body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>';
}
