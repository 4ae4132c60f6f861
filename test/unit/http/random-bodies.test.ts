import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import openApi from '../../../docs/openapi.json' with { type: 'json' };
import { apiHarness } from '../../support/api-harness.js';
import { CASE_ROUTES } from '../../support/case-routes.js';

const ROUTES = [
  ['POST', ''],
  ['POST', '/{id}/steps/stop-contact'],
  ['POST', '/{id}/steps/report-content'],
  ['POST', '/{id}/steps/file-complaint'],
  ['POST', '/{id}/steps/write-prosecutor'],
  ['POST', '/{id}/steps/follow-up'],
  ['POST', '/{id}/steps/medical-certificate'],
  ['POST', '/{id}/uploads'],
  ['POST', '/{id}/links'],
  ['POST', '/{id}/facts'],
  ['PUT', '/{id}/identity'],
  ['PUT', '/{id}/harm'],
  ['PUT', '/{id}/letter'],
  ['PUT', '/{id}/authors'],
  ['PUT', '/{id}/offences'],
  ['PUT', '/{id}/mails'],
  ['PUT', '/{id}/dossier-delivery'],
  ['PUT', '/{id}/discretion'],
  ['PUT', '/{id}/countdowns'],
  ['POST', '/{id}/witnesses'],
  ['POST', '/{id}/witnesses/{witnessId}/link'],
  ['POST', '/{id}/helpers'],
  ['PUT', '/{id}/evidence/{linkId}'],
  ['PUT', '/{id}/facts/{factId}'],
  ['PUT', '/{id}/reports/{reportId}/answer'],
] as const;

/**
 * The longest input each text field of a request allows, as one unbroken word (no space
 * for a renderer to break a line at): every `maxLength` of the API's request schemas, and
 * an address that long for the URL fields.
 */
function longestWords(): string[] {
  const lengths = new Set<number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (node && typeof node === 'object') {
      const { maxLength } = node as { maxLength?: unknown };
      if (typeof maxLength === 'number') lengths.add(maxLength);
      for (const child of Object.values(node)) walk(child);
    }
  };
  walk(openApi.components);
  const start = 'https://forum.example/';
  return [...lengths].flatMap((n) => [
    'é'.repeat(n),
    'W'.repeat(n + 1),
    ...(n > start.length ? [`${start}${'a'.repeat(n - start.length)}`] : []),
  ]);
}
const LONGEST_WORDS = longestWords();

/** JSON-ish values, with the field names the routes know, so validation goes deep. */
const fieldName = fc.constantFrom(
  'email',
  'locale',
  'harassmentKinds',
  'summary',
  'displayName',
  'status',
  'site',
  'reportedAt',
  'reference',
  'outcome',
  'policeStation',
  'filedAt',
  'sentAt',
  'trackingNumber',
  'kind',
  'fileName',
  'contentType',
  'size',
  'url',
  'capturedAt',
  'platform',
  'authorPseudonym',
  'description',
  'occurredAt',
  'evidenceIds',
  'fullName',
  'dateOfBirth',
  'placeOfBirth',
  'address',
  'phone',
  'stopped',
  'attachment',
  'password',
  'discreet',
  'sleep',
  'ittDays',
  'certificateDate',
  'doctor',
  'estimate',
  'civility',
  'tribunal',
  'place',
  'civilParty',
  'authors',
  'pseudonyms',
  'profileUrls',
  'details',
  'offences',
  'public',
  'publishedAt',
  'exposesPersonalData',
  'name',
  'contact',
  'statement',
  'answer',
  'answeredAt',
  '__proto__',
  'constructor',
);
const value = fc.oneof(
  fc.string(),
  fc.constantFrom(...LONGEST_WORDS),
  fc.constantFrom(
    'done',
    'skipped',
    'filed',
    'refused',
    'removed',
    'fr',
    'en',
    'screenshot',
    'image/png',
    'javascript:alert(1)',
    '2026-11-01T10:00:00Z',
    '2026-11-01',
    '2026-02-30',
    '1994-03-07',
    'madame',
    'monsieur',
    'threats',
    'public-insult',
    '+33 6 12 34 56 78',
    'https://x.example',
    'protected',
    'plain',
    'none',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);
const body = fc.oneof(
  fc.dictionary(fieldName, value, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

describe('random bodies to every route that takes one', () => {
  it('get 2xx or 4xx, never 5xx', async () => {
    const h = apiHarness({
      mailWitnessLink: async () => undefined,
      mailHelperInvite: async () => undefined,
    });
    const { caseId, accessToken } = await h.openCase();
    // Items to put right, so the edit routes read their bodies through.
    const created = async (route: string, body: unknown) =>
      (await (
        await h.call('POST', `/api/v1/cases/${caseId}${route}`, accessToken, JSON.stringify(body))
      ).json()) as Record<string, string>;
    const { evidenceId: linkId = '' } = await created('/links', { url: 'https://x.example/1' });
    const { witnessId = '' } = await created('/witnesses', { name: 'Karim B.' });
    const { factId = '' } = await created('/facts', {
      occurredAt: '2026-11-01',
      description: 'Message menaçant',
    });
    await created('/steps/report-content', { site: 'jeuxvideo.com', reportedAt: '2026-11-02' });
    const { reports } = (await (
      await h.call('GET', `/api/v1/cases/${caseId}`, accessToken)
    ).json()) as { reports: { reportId: string }[] };
    const reportId = reports[0]?.reportId ?? '';

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        body,
        fc.constantFrom('application/json', 'text/plain'),
        async ([method, route], text, type) => {
          const response = await h.call(
            method,
            `/api/v1/cases${route.replace('{id}', caseId).replace('{linkId}', linkId).replace('{factId}', factId).replace('{witnessId}', witnessId).replace('{reportId}', reportId)}`,
            accessToken,
            text,
            type,
          );
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400)
            expect(response.headers.get('content-type')).toBe('application/problem+json');
        },
      ),
      { numRuns: 400 },
    );
  });
});

type JsonSchema = {
  $ref?: string;
  type?: string;
  maxLength?: number;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
};
type Document = {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
  >;
  components: { schemas: Record<string, JsonSchema> };
};

/** The request schema of a route of CASE_ROUTES, from the API's document. */
function requestSchema(method: string, path: string): JsonSchema | undefined {
  const doc = openApi as unknown as Document;
  const template = path
    .replace(/^\/api\/v1\/cases\/[^/]+/, '/api/v1/cases/{caseId}')
    .replace(/\/evidence\/[^/]+$/, '/evidence/{evidenceId}')
    .replace(/\/facts\/[^/]+$/, '/facts/{factId}');
  const schema =
    doc.paths[template]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
  const ref = schema?.$ref?.replace('#/components/schemas/', '');
  return ref ? doc.components.schemas[ref] : schema;
}

/** Fields another rule holds to less than their `maxLength`: refused, naming the field. */
const NARROWER_THAN_LENGTH: Record<string, string> = {
  fileName: 'kept to 255 characters once cleaned (1024 before)',
  contentType: "one of the types of the upload's kind",
};

describe('the longest unbroken word in every text field', () => {
  const cases = CASE_ROUTES.flatMap((route) => {
    const schema =
      route.body === undefined ? undefined : requestSchema(route.method, route.path('{id}'));
    return Object.entries(schema?.properties ?? {})
      .filter(([, field]) => field.type === 'string' && field.maxLength)
      .map(
        ([name, field]) =>
          [`${route.method} ${route.path('{id}')} ${name}`, route, name, field] as const,
      );
  });

  it('covers the text fields of the routes that put a mistake right', () => {
    const labels = cases.map(([label]) => label);
    expect(labels).toContain('PUT /api/v1/cases/{id}/facts/01JB0000000000000000000000 description');
    expect(labels).toContain(
      'PUT /api/v1/cases/{id}/evidence/01JB0000000000000000000000 description',
    );
  });

  it.each(cases)('%s: is kept whole, or refused with a problem', async (_, route, name, field) => {
    // Prepare
    const h = apiHarness({ mailHelperInvite: async () => undefined });
    const { caseId, accessToken } = await h.openCase();
    const { evidenceId } = (await (
      await h.call(
        'POST',
        `/api/v1/cases/${caseId}/links`,
        accessToken,
        '{"url":"https://x.example/1"}',
      )
    ).json()) as { evidenceId: string };
    const { factId } = (await (
      await h.call(
        'POST',
        `/api/v1/cases/${caseId}/facts`,
        accessToken,
        '{"occurredAt":"2026-11-01","description":"Message"}',
      )
    ).json()) as { factId: string };
    const max = field.maxLength ?? 0;
    const url = 'https://forum.example/';
    const word =
      field.format === 'uri' || name.endsWith('url') || name === 'url'
        ? `${url}${'a'.repeat(max - url.length)}`
        : 'é'.repeat(max);
    const path = route
      .path(caseId)
      .replace(/evidence\/01JB0+$/, `evidence/${evidenceId}`)
      .replace(/facts\/01JB0+$/, `facts/${factId}`);

    // Act
    const response = await h.call(
      route.method,
      path,
      accessToken,
      JSON.stringify({ ...(route.body as object), [name]: word }),
    );

    // Assess
    if (field.format || field.pattern || name in NARROWER_THAN_LENGTH) {
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) {
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await response.json()) as { errors?: { field: string }[] };
        expect(problem.errors?.map((error) => error.field)).toEqual([name]);
      }
    } else {
      expect(response.status, await response.clone().text()).toBeLessThan(300);
    }
  });
});
