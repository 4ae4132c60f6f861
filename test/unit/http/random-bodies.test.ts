import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';

const ROUTES = [
  ['POST', ''],
  ['POST', '/{id}/steps/stop-contact'],
  ['POST', '/{id}/steps/report-content'],
  ['POST', '/{id}/steps/file-complaint'],
  ['POST', '/{id}/steps/write-prosecutor'],
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
  ['POST', '/{id}/witnesses'],
] as const;

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
  '__proto__',
  'constructor',
);
const value = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'done',
    'skipped',
    'filed',
    'refused',
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
    const h = apiHarness();
    const { caseId, accessToken } = await h.openCase();

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        body,
        fc.constantFrom('application/json', 'text/plain'),
        async ([method, route], text, type) => {
          const response = await h.call(
            method,
            `/api/v1/cases${route.replace('{id}', caseId)}`,
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
