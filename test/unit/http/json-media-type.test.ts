import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';
import { committedDocument } from '../../support/openapi-contract.js';

/** Every operation the document says takes a JSON body: new routes are covered as added. */
const JSON_ROUTES = Object.entries(committedDocument.paths).flatMap(([path, operations]) =>
  Object.entries(operations as Record<string, { requestBody?: unknown }>)
    .filter(([, operation]) => operation.requestBody)
    .map(([method, _]) => ({ method: method.toUpperCase(), path })),
);

const concrete = (path: string, caseId: string) =>
  path.replace('{caseId}', caseId).replace('{stepId}', 'stop-contact');

describe('a JSON body sent with another media type', () => {
  it('covers every JSON route of the document', () => {
    expect(JSON_ROUTES.length).toBeGreaterThanOrEqual(9);
  });

  for (const { method, path } of JSON_ROUTES) {
    it.each([
      ['text/plain'],
      ['text/plain;charset=UTF-8'],
      ['application/x-www-form-urlencoded'],
      ['multipart/form-data; boundary=x'],
      ['application/json-seq'],
      ['text/json'],
      [undefined],
    ])(
      `${method} ${path} answers 415 naming Content-Type for %s, and records nothing`,
      async (type) => {
        // Prepare
        const h = apiHarness();
        const { caseId, accessToken } = await h.openCase();
        const before = [...h.store.objects.keys()];

        // Act
        const response = await h.app.request(concrete(path, caseId), {
          method,
          headers: {
            authorization: `Bearer ${accessToken}`,
            ...(type === undefined ? {} : { 'content-type': type }),
          },
          body: JSON.stringify({ status: 'done', stopped: true, name: 'Karim B.' }),
        });

        // Assess
        expect(response.status).toBe(415);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await response.json()) as { type: string; detail: string };
        expect(problem.type).toBe('/problems/unsupported-media-type');
        expect(problem.detail).toContain('Content-Type');
        expect(problem.detail).toContain('application/json');
        expect([...h.store.objects.keys()]).toEqual(before);
      },
    );
  }

  it.each([
    ['application/json'],
    ['application/json; charset=utf-8'],
    ['Application/JSON'],
    ['application/merge-patch+json'],
  ])('is not what %s is: that is read as JSON', async (type) => {
    const h = apiHarness();
    const { caseId, accessToken } = await h.openCase();

    const response = await h.call(
      'PUT',
      `/api/v1/cases/${caseId}/mails`,
      accessToken,
      JSON.stringify({ stopped: true }),
      type,
    );

    expect(response.status).toBe(200);
  });
});
