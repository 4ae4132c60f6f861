import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { createApiApp } from '../../../functions/http/api-app.js';
import { openApiDocumentPath, openApiRoute } from '../../../functions/http/openapi-route.js';
import { openApiPath } from '../../../scripts/openapi/document.js';
import { DOCUMENT_PATH, openApiText } from '../../../scripts/openapi/write.js';
import { CaseLog } from '../../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { committedDocument, expectDocumentedAnswer } from '../../support/openapi-contract.js';

/** The API function's app: what `/api/` serves on AWS, and within `npm start`. */
function app() {
  const store = new MemoryBlobStore();
  return createApiApp({
    store,
    log: new CaseLog(store),
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
}

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Every `METHOD path` the app routes under `/api/`; middleware (`app.use`) is `ALL`. */
function routedOperations(): string[] {
  const routed = app()
    .routes.filter(({ path, method }) => path.startsWith('/api/') && HTTP_METHODS.has(method))
    .map(({ method, path }) => `${method} ${openApiPath(path)}`);
  return [...new Set(routed)].sort();
}

function documentedOperations(): string[] {
  return Object.entries(committedDocument.paths)
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

describe('docs/openapi.json', () => {
  it('is what `npm run openapi` generates from the schemas now', () => {
    // Prepare
    const committed = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8'));

    // Act
    const generated = JSON.parse(openApiText());

    // Assess: a failure here means a schema or route changed: run `npm run openapi`.
    expect(committed).toEqual(generated);
  });

  it('documents every /api/ route of the app, and no other', () => {
    const routed = routedOperations();

    expect(routed.length).toBeGreaterThan(15);
    expect(documentedOperations()).toEqual(routed);
  });

  it('is a valid OpenAPI 3.1 document for an independent validator', async () => {
    // @readme/openapi-parser checks it against the OpenAPI 3.1 schema and resolves each $ref.
    const document = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8'));

    const broken = structuredClone(document);
    broken.paths['/api/v1/cases'].post.responses['201'].content['application/json'].schema = {
      $ref: '#/components/schemas/Missing',
    };

    const result = await validate(document);
    const brokenResult = await validate(broken);

    expect(result).toMatchObject({ valid: true, specification: 'OpenAPI' });
    expect(brokenResult.valid).toBe(false);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents the problems each route can answer, with their types', () => {
    const getCase = committedDocument.paths['/api/v1/cases/{caseId}']?.get?.responses ?? {};
    const openCase = committedDocument.paths['/api/v1/cases']?.post?.responses ?? {};

    expect(Object.keys(getCase)).toEqual(['200', '404', '429', '500']);
    expect(Object.keys(openCase)).toEqual(['201', '400', '413', '415', '422', '429', '500']);
    expect(JSON.stringify(openCase['422'])).toContain('/problems/too-many-cases-for-email');
    expect(JSON.stringify(openCase['415'])).toContain('/problems/unsupported-media-type');
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('answers the committed document', async () => {
    // Act
    const response = await app().request('/api/v1/openapi.json');

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.clone().json()).toEqual(committedDocument);
    await expectDocumentedAnswer(response, 'GET', '/api/v1/openapi.json');
  });

  it('reads the copy beside the Lambda bundle when OPENAPI_DOCUMENT names it', () => {
    expect(openApiDocumentPath({ OPENAPI_DOCUMENT: '/var/task/openapi.json' })).toBe(
      '/var/task/openapi.json',
    );
    expect(openApiDocumentPath({})).toBe(DOCUMENT_PATH);
  });

  it('reads the document again after a failed read', async () => {
    // Prepare
    const path = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    const route = openApiRoute(path);
    const failed = await route.request('/openapi.json');
    writeFileSync(path, '{"openapi":"3.1.0"}');

    // Act
    const response = await route.request('/openapi.json');

    // Assess
    expect(failed.status).toBe(500);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ openapi: '3.1.0' });
  });
});

describe('expectDocumentedAnswer', () => {
  it('refuses an answer whose body breaks the documented schema', async () => {
    const answer = new Response(JSON.stringify({ caseId: 'not-an-id' }), {
      status: 201,
      headers: { 'content-type': 'application/json', location: '/api/v1/cases/x' },
    });

    await expect(expectDocumentedAnswer(answer, 'POST', '/api/v1/cases')).rejects.toThrow(
      /does not match docs\/openapi.json/,
    );
  });

  it('refuses an undocumented status and a problem type not documented for it', async () => {
    const teapot = new Response('{}', {
      status: 418,
      headers: { 'content-type': 'application/json' },
    });
    const wrongType = new Response(
      JSON.stringify({
        type: '/problems/step-conflict',
        title: 'x',
        status: 404,
        detail: 'x',
        instance: '/api/v1/cases/01JB0000000000000000000000',
      }),
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    );

    await expect(
      expectDocumentedAnswer(teapot, 'GET', '/api/v1/cases/01JB0000000000000000000000'),
    ).rejects.toThrow(/status not documented/);
    await expect(
      expectDocumentedAnswer(wrongType, 'GET', '/api/v1/cases/01JB0000000000000000000000'),
    ).rejects.toThrow(/does not match/);
  });
});
