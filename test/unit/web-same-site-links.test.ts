import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const CASE_ID = '01JD0000000000000000000000';

function app() {
  const store = new MemoryBlobStore();
  return createApp({
    store,
    log: new CaseLog(store),
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
}

/** Every address a page or a redirect leads to: links, forms, refreshes, `Location`. */
async function addressesIn(response: Response): Promise<string[]> {
  const html = response.headers.get('content-type')?.includes('text/html')
    ? await response.text()
    : '';
  const attributes = [...html.matchAll(/(?:href|action|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const refreshes = [...html.matchAll(/content="0;url=([^"]*)"/g)].map((m) => m[1] ?? '');
  const location = response.headers.get('location');
  return [...attributes, ...refreshes, ...(location ? [location] : [])].map((a) =>
    a.replaceAll('&amp;', '&'),
  );
}

/** On this site: a path with one leading slash, no scheme, no host (a `//` or `/\` path is a host). */
function staysOnSite(address: string): boolean {
  if (address.startsWith('#')) return true;
  if (/^(?:https?:)?[/\\]{2}/i.test(address)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return false;
  return address.startsWith('/');
}

// Every route family that builds an address from the request: the 404 page, the pages' language
// links, the signed-out case page's refresh, the sign-in page, the download redirects.
const HOSTILE_PATHS = [
  '//evil.example/phish',
  '///evil.example/phish',
  '/%2F%2Fevil.example/phish',
  '/\\evil.example/phish',
  '/%5Cevil.example/phish',
  '/access/..%2F..%2F%2Fevil.example',
  '/access/%2F%2Fevil.example',
  '//cases/%2F%2Fevil.example',
  `/cases/%2F%2Fevil.example`,
  `/cases/%2F%2Fevil.example/evidence/${CASE_ID}`,
  `/cases/%2F%2Fevil.example/dossier/1/dossier.pdf`,
  `//lost-link`,
  `//mails/stop/${CASE_ID}`,
  `//mails/resume`,
  `//mails/resume/confirm?t=${'a'.repeat(43)}`,
];

describe('links and redirects built from the request', () => {
  it.each(HOSTILE_PATHS)('stay on the site for GET %s', async (path) => {
    const response = await app().request(`http://localhost${path}`);

    const addresses = await addressesIn(response);

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !staysOnSite(a))).toEqual([]);
  });

  it('give the 404 page a language link to the same page, with one leading slash', async () => {
    const response = await app().request('http://localhost//evil.example/phish');

    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('href="/evil.example/phish?lang=en"');
    expect(html).not.toContain('//evil.example');
  });
});
