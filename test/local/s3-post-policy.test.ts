import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import type S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import type { RunningEmulator } from '../../local/emulators.js';
import { checkPostPolicy } from '../../local/s3-post-policy.js';
import type { BlobStore, PresignedPost } from '../../shared/ports/blob-store.js';
import { startTestS3, TEST_BUCKET } from '../support/local-s3.js';

let s3: RunningEmulator & { s3rver: S3rver };
let store: BlobStore;
const created: string[] = [];

beforeAll(async () => {
  s3 = (await startTestS3('post-policy')) as RunningEmulator & { s3rver: S3rver };
  s3.s3rver.on('event', (event: { Records: { s3: { object: { key: string } } }[] }) => {
    for (const record of event.Records) created.push(record.s3.object.key);
  });
  store = awsRuntime({ BUCKET_NAME: TEST_BUCKET, AWS_ENDPOINT_URL_S3: s3.url }).store;
});
afterAll(() => s3.close());

let n = 0;
/** A form for a fresh key: exactly `size` bytes of `image/png`, as the API issues it. */
async function form(size = 5, expiresSeconds = 600) {
  const key = `cases/post-policy/evidence/${String(++n).padStart(4, '0')}`;
  const post = await store.presignPost(key, {
    contentType: 'image/png',
    minBytes: size,
    maxBytes: size,
    expiresSeconds,
  });
  return { key, post };
}

/** Posts a form as a browser does (its fields, then the file), with `change` applied. */
async function send(
  post: PresignedPost,
  bytes: Uint8Array,
  change: (form: FormData) => void = () => undefined,
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(post.fields)) body.append(name, value);
  change(body);
  body.append('file', new Blob([bytes], { type: 'image/png' }), 'capture.png');
  const response = await fetch(post.url, { method: 'POST', body });
  return { status: response.status, text: await response.text() };
}

const CREDENTIAL = 'S3RVER/20260101/eu-west-3/s3/aws4_request';
const code = (text: string) => /<Code>([^<]*)<\/Code>/.exec(text)?.[1];

describe('the local S3 holds browser POSTs to their policy, as S3 does (issue 18, finding 9)', () => {
  it('stores a file posted with its form unchanged, and says so in an event', async () => {
    const { key, post } = await form();

    const answer = await send(post, Buffer.from('12345'));

    expect(answer.status).toBe(204);
    expect(await store.get(key)).toEqual(new Uint8Array(Buffer.from('12345')));
    expect(created).toContain(key);
  });

  it.each([
    [
      'another key',
      (f: FormData) => f.set('key', 'cases/other/evidence/0001'),
      403,
      'AccessDenied',
    ],
    [
      'another Content-Type',
      (f: FormData) => f.set('Content-Type', 'text/html'),
      403,
      'AccessDenied',
    ],
    [
      'a field the policy does not cover',
      (f: FormData) => f.append('x-amz-meta-note', 'x'),
      403,
      'AccessDenied',
    ],
    ['a policy rewritten to allow more', rewritePolicy, 403, 'SignatureDoesNotMatch'],
    [
      'a signature of another secret',
      (f: FormData) => f.set('X-Amz-Signature', '0'.repeat(64)),
      403,
      'SignatureDoesNotMatch',
    ],
    ['no policy at all', (f: FormData) => f.delete('Policy'), 403, 'AccessDenied'],
  ] as const)('refuses a form with %s, and stores nothing', async (_, change, status, expected) => {
    const { key, post } = await form();

    const answer = await send(post, Buffer.from('12345'), change);

    expect(answer.status).toBe(status);
    expect(code(answer.text)).toBe(expected);
    expect(await store.get(key)).toBeUndefined();
    expect(await store.get('cases/other/evidence/0001')).toBeUndefined();
    expect(created).not.toContain(key);
  });

  it.each([
    ['bigger', '123456', 'EntityTooLarge'],
    ['smaller', '1234', 'EntityTooSmall'],
  ])('refuses a file %s than the content-length-range', async (_, bytes, expected) => {
    const { key, post } = await form(5);

    const answer = await send(post, Buffer.from(bytes));

    expect(answer.status).toBe(400);
    expect(code(answer.text)).toBe(expected);
    expect(await store.get(key)).toBeUndefined();
  });

  it('refuses a form once it has expired', async () => {
    const { key, post } = await form(5, 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));

    const answer = await send(post, Buffer.from('12345'));

    expect(answer.status).toBe(403);
    expect(answer.text).toContain('Policy expired');
    expect(await store.get(key)).toBeUndefined();
  });

  it('leaves no object when the upload is cut off, then takes the same form whole', async () => {
    // Prepare: the form's body, of which only the first half will be sent.
    const { key, post } = await form(200_000);
    const file = Buffer.alloc(200_000, 0x61);
    const body = new FormData();
    for (const [name, value] of Object.entries(post.fields)) body.append(name, value);
    body.append('file', new Blob([file], { type: 'image/png' }), 'capture.png');
    const encoded = new Request('http://x/', { method: 'POST', body });
    const bytes = Buffer.from(await encoded.arrayBuffer());

    // Act: the browser crashes half-way.
    await new Promise<void>((resolve) => {
      const url = new URL(post.url);
      const cut = request(url, {
        method: 'POST',
        headers: {
          'content-type': encoded.headers.get('content-type') ?? '',
          'content-length': String(bytes.length),
        },
      });
      cut.on('error', () => resolve());
      cut.write(bytes.subarray(0, bytes.length / 2), () => {
        setTimeout(() => {
          cut.destroy();
          resolve();
        }, 200);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Assess: nothing to read or list, no event; the whole form still works afterwards.
    expect(await store.get(key)).toBeUndefined();
    expect(await store.list('cases/post-policy/')).not.toContain(key);
    expect(created).not.toContain(key);
    expect((await send(post, file)).status).toBe(204);
    expect((await store.get(key))?.length).toBe(200_000);
  });

  it('applies starts-with and {field: value} conditions, field names in any case', () => {
    const secrets = new Map([['S3RVER', 'S3RVER']]);
    const now = new Date('2026-01-01T00:00:00Z');
    const signed = (fields: Record<string, string>) => {
      const policy = Buffer.from(
        JSON.stringify({
          expiration: '2026-01-01T00:10:00Z',
          conditions: [
            { bucket: TEST_BUCKET },
            ['starts-with', '$key', 'cases/A/'],
            { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
            { 'x-amz-credential': CREDENTIAL },
            ['content-length-range', 1, 10],
          ],
        }),
      ).toString('base64');
      const key = (k: string | Buffer, data: string) =>
        createHmac('sha256', k).update(data).digest();
      const signing = key(
        key(key(key('AWS4S3RVER', '20260101'), 'eu-west-3'), 's3'),
        'aws4_request',
      );
      return new Map(
        Object.entries({
          ...fields,
          'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
          'X-Amz-Credential': CREDENTIAL,
          Policy: policy,
          'X-Amz-Signature': key(signing, policy).toString('hex'),
        }),
      );
    };
    const check = (fields: Record<string, string>) =>
      checkPostPolicy({ bucket: TEST_BUCKET, fields: signed(fields), fileSize: 5 }, secrets, now);

    expect(check({ KEY: 'cases/A/evidence/1' })).toBeUndefined();
    expect(check({ key: 'cases/B/evidence/1' })).toMatchObject({
      code: 'AccessDenied',
      message: expect.stringContaining('starts-with'),
    });
    expect(
      checkPostPolicy(
        { bucket: 'other-bucket', fields: signed({ key: 'cases/A/1' }), fileSize: 5 },
        secrets,
        now,
      ),
    ).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('bucket') });
  });
});

/** Rewrites the policy's size range (the signature then covers another text). */
function rewritePolicy(body: FormData) {
  const policy = JSON.parse(Buffer.from(String(body.get('Policy')), 'base64').toString());
  policy.conditions = policy.conditions.map((c: unknown) =>
    Array.isArray(c) && c[0] === 'content-length-range' ? [c[0], 0, 10_000_000] : c,
  );
  body.set('Policy', Buffer.from(JSON.stringify(policy)).toString('base64'));
}
