import { createHmac, timingSafeEqual } from 'node:crypto';

/** The fields of a form POSTed to a bucket, before its file; names as sent. */
export interface PostedForm {
  readonly bucket: string;
  readonly fields: ReadonlyMap<string, string>;
  /** Bytes of the `file` field. */
  readonly fileSize: number;
}

export interface PolicyRefusal {
  readonly status: 400 | 403;
  readonly code: string;
  readonly message: string;
}

/** Form fields no condition has to cover (S3's rule: the policy, the signature, the file). */
const UNCOVERED = new Set(['policy', 'x-amz-signature', 'file']);

type Condition =
  | Record<string, string>
  | [string, string, string]
  | ['content-length-range', number, number];

/**
 * Checks a browser POST as S3 does before storing anything: a policy signed (SigV4) with
 * the credential it names, not expired, whose every condition holds (`eq`, `starts-with`,
 * `{field: value}`, `content-length-range`) and which covers every field sent. Returns
 * S3's refusal, or `undefined` when S3 would store the file.
 * See https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
 */
export function checkPostPolicy(
  form: PostedForm,
  secrets: ReadonlyMap<string, string>,
  now: Date,
): PolicyRefusal | undefined {
  const field = (name: string) => {
    for (const [key, value] of form.fields) if (key.toLowerCase() === name) return value;
    return undefined;
  };
  const denied = (message: string): PolicyRefusal => ({
    status: 403,
    code: 'AccessDenied',
    message,
  });
  const policy64 = field('policy');
  if (!policy64) return denied('Bucket POST must contain a field named policy');

  const [accessKeyId, date, region, service] = (field('x-amz-credential') ?? '').split('/');
  const secret = secrets.get(accessKeyId ?? '');
  if (field('x-amz-algorithm') !== 'AWS4-HMAC-SHA256' || !secret || !date || !region || !service)
    return denied('Invalid according to Policy: no valid AWS4-HMAC-SHA256 credential');
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(signingKey, policy64);
  const given = Buffer.from(field('x-amz-signature') ?? '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
    };

  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(policy64, 'base64').toString('utf8'));
  } catch {
    return { status: 400, code: 'InvalidPolicyDocument', message: 'Invalid Policy: Invalid JSON.' };
  }
  const expires = Date.parse(policy.expiration ?? '');
  if (!Number.isFinite(expires) || now.getTime() > expires)
    return denied('Invalid according to Policy: Policy expired.');

  const sent = (name: string) => (name === 'bucket' ? form.bucket : field(name));
  const covered = new Set<string>();
  for (const condition of policy.conditions ?? []) {
    if (!Array.isArray(condition)) {
      for (const [name, value] of Object.entries(condition)) {
        covered.add(name.toLowerCase());
        if (sent(name.toLowerCase()) !== value)
          return denied(
            `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${value}"]`,
          );
      }
      continue;
    }
    const [operator, target, value] = condition;
    if (operator === 'content-length-range') {
      const [min, max] = [Number(target), Number(value)];
      if (form.fileSize > max)
        return {
          status: 400,
          code: 'EntityTooLarge',
          message: 'Your proposed upload exceeds the maximum allowed size',
        };
      if (form.fileSize < min)
        return {
          status: 400,
          code: 'EntityTooSmall',
          message: 'Your proposed upload is smaller than the minimum allowed size',
        };
      continue;
    }
    const name = String(target).replace(/^\$/, '').toLowerCase();
    covered.add(name);
    const actual = sent(name) ?? '';
    const holds =
      operator.toLowerCase() === 'eq'
        ? actual === value
        : operator.toLowerCase() === 'starts-with' && actual.startsWith(String(value));
    if (!holds)
      return denied(
        `Invalid according to Policy: Policy Condition failed: ["${operator}", "${target}", "${value}"]`,
      );
  }
  for (const name of form.fields.keys()) {
    const lower = name.toLowerCase();
    if (!UNCOVERED.has(lower) && !lower.startsWith('x-ignore-') && !covered.has(lower))
      return denied(`Invalid according to Policy: Extra input fields: ${name}`);
  }
  return undefined;
}
