import { describe, expect, it } from 'vitest';
import { HELPER_PAGES, VICTIM_PAGES, WITNESS_PAGES } from '../support/case-pages.js';
import {
  ALL_ROLES,
  guestWitnessBrowser,
  helperBrowser,
  victimAndHelper,
} from '../support/helper-browser.js';
import { post } from '../support/web-forms.js';

/**
 * The page half of the access matrix for guests: a witness's session opens its attestation
 * pages only, a helper's session its own pages only. Every other page answers each of them
 * exactly as it answers a browser with no credential (status and where it leads), and
 * writes nothing. The API half is test/unit/http/access-matrix.test.ts.
 */
const OTHERS_OF = {
  witness: [
    ...VICTIM_PAGES.map(([m, r, b]) => [m, `/cases/{id}${r}`, b] as const),
    ...HELPER_PAGES,
  ],
  helper: WITNESS_PAGES,
} as const;

describe('a guest’s session on the pages that are not its own', () => {
  for (const kind of ['witness', 'helper'] as const)
    for (const [method, route, body] of OTHERS_OF[kind])
      it(`${method} ${route} answers a ${kind} as it answers nobody, and changes nothing`, async () => {
        const s = await victimAndHelper(ALL_ROLES);
        const helper = await helperBrowser(s);
        const witness = await guestWitnessBrowser(s);
        const guest = kind === 'witness' ? witness : helper;
        const helperId = (await s.log.load(s.victim.caseId))?.helpers?.[0]?.helperId ?? '';
        const path = route.replace('{id}', s.victim.caseId).replace('{helperId}', helperId);
        const before = (await s.log.read(s.victim.caseId)).length;
        const call = (headers: Record<string, string>) =>
          method === 'GET'
            ? s.page(path, headers)
            : post(s.app, path, { csrf: guest.csrf, ...body }, headers);

        const asGuest = await call(guest.headers);
        const asNobody = await call(guest.base);

        expect(asGuest.status).toBe(asNobody.status);
        expect(asGuest.headers.get('location')).toBe(asNobody.headers.get('location'));
        expect(await asGuest.text()).not.toContain('Camille Secrète-Durand');
        expect((await s.log.read(s.victim.caseId)).length).toBe(before);
      });

  it('opens to a witness its own attestation page, and to a helper theirs', async () => {
    const s = await victimAndHelper(ALL_ROLES);
    const helper = await helperBrowser(s);
    const witness = await guestWitnessBrowser(s);

    const own = {
      witness: await s.page(`/witness/${s.victim.caseId}`, witness.headers),
      helper: await s.page(`/helper/${s.victim.caseId}`, helper.headers),
    };

    expect(own.witness.status).toBe(200);
    expect(await own.witness.text()).toContain('id="form-statement"');
    expect(own.helper.status).toBe(200);
    expect(await own.helper.text()).toContain('id="steps-title"');
  });
});
