import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The cold-start floor of any API reading S3: bare Hono, the S3 client made at load as
 * ours is, and one route answering an object. Our module load is measured against it.
 */
const s3 = new S3Client({});

export const app = new Hono().get('/api/v1/cases/:caseId', async (c) => {
  const object = await s3.send(
    new GetObjectCommand({ Bucket: process.env.BUCKET_NAME, Key: c.req.param('caseId') }),
  );
  return c.body((await object.Body?.transformToString()) ?? '', 200, {
    'Content-Type': 'application/json',
  });
});

export const handler = handle(app);
