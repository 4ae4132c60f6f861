import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makePng } from '../fixtures/make-hostile-corpus.js';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import { expectAccessible, SCREENSHOTS } from './browser.js';
import { openCase, phone, type Stage, startStage } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

const png = (seed: number, name = `capture-${seed}.png`) => ({
  name,
  mimeType: 'image/png',
  buffer: makePng(24 + seed, 16, seed),
});

/** The element lies inside the phone's screen, below the header, where the victim is looking. */
async function expectInViewport(target: Locator, what: string) {
  const box = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // The sticky header covers the top of the screen.
    const header = el.ownerDocument.querySelector('.topbar')?.getBoundingClientRect().bottom;
    const height = el.ownerDocument.documentElement.clientHeight;
    return { top: r.top, bottom: r.bottom, height, header: header ?? 0 };
  });
  expect(box.top, `${what} under the header`).toBeGreaterThanOrEqual(box.header - 1);
  expect(box.bottom, `${what} below the screen`).toBeLessThanOrEqual(box.height + 1);
}

/** Waits until every upload line of the page has its check's result. */
async function settledLines(page: Page, count: number): Promise<string[]> {
  return waitFor(
    async () => {
      const states = await page
        .locator('.upload-lines li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state') ?? ''));
      return states.length === count && states.every((s) => s === 'accepted' || s === 'rejected')
        ? states
        : undefined;
    },
    { what: `${count} checked uploads`, timeoutMs: 30_000 },
  );
}

describe('uploads on a phone', () => {
  it('with JavaScript: four in a row, then three at once, each listed with its check, no reload', async () => {
    const context = await phone(stage, true);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, true, 'uploads-js@example.org');
    // Item 12: where the sign-in link went, how long this browser stays in, how to leave.
    const welcome = (await page.locator('#welcome').textContent()) ?? '';
    expect(welcome).toContain('uploads-js@example.org');
    expect(welcome).toContain('7 jours');
    expect(welcome).toContain('Quitter vite\u202f»');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-welcome-js-phone.png') });
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    // The forms are in step 4 ("Keep screenshots…"), folded in the list of a new case.
    await page.locator('#step-collect-evidence > summary').click();
    const input = '#upload-screenshot-file';
    const send = page.locator('#form-upload-screenshot button[type=submit]');
    const lines = page.locator('#form-upload-screenshot .upload-lines li');

    // Four in a row, the fourth not an image: refused, with the reason and the file's name.
    for (let i = 1; i <= 4; i += 1) {
      const file = i === 4 ? { ...png(i), buffer: makePdf('pas une image') } : png(i);
      await page.setInputFiles(input, file);
      await send.click();
      const states = await settledLines(page, i);
      expect(states.at(-1)).toBe(i === 4 ? 'rejected' : 'accepted');
      const line = lines.nth(i - 1);
      expect(await line.locator('.upload-name').textContent()).toBe(file.name);
      expect(await line.locator('.upload-state').textContent()).toMatch(
        i === 4 ? /^Refusé\u202f: .*format/ : new RegExp(`^Vérifié\u202f: preuve n°\u00a0${i}$`),
      );
      await expectInViewport(line, `upload ${i}'s line`);
      // The button is free for the next file.
      expect(await send.isDisabled()).toBe(false);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'uploads-four-in-a-row-js-phone.png') });

    // Three at once.
    await page.setInputFiles(input, [png(5), png(6), png(7)]);
    await send.click();
    expect(await settledLines(page, 7)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'rejected',
      'accepted',
      'accepted',
      'accepted',
    ]);
    await expectInViewport(lines.nth(6), 'the last line');
    await page.screenshot({ path: join(SCREENSHOTS, 'uploads-three-at-once-js-phone.png') });

    // The evidence list below followed, without a reload: six items, one file refused, named.
    await waitFor(
      async () => (await page.locator('#evidence-list [data-sha256]').count()) === 6 || undefined,
      { what: 'the evidence list', timeoutMs: 10_000 },
    );
    expect(await page.locator('#evidence-list .rejected').textContent()).toContain('capture-4.png');
    // Each picture's thumbnail, served by the app under the page's CSP, small.
    const thumbs = page.locator('#evidence-list img.thumb');
    expect(await thumbs.count()).toBe(6);
    for (const thumb of await thumbs.all()) {
      await thumb.scrollIntoViewIfNeeded();
      await waitFor(
        async () =>
          (await thumb.evaluate(
            (img) => (img as unknown as { naturalWidth: number }).naturalWidth,
          )) > 0 || undefined,
        { what: 'a thumbnail', timeoutMs: 5000 },
      );
      expect(await thumb.getAttribute('src')).toMatch(
        /^\/cases\/[0-9A-Z]{26}\/evidence\/[0-9A-Z]{26}\/picture$/,
      );
      expect((await thumb.boundingBox())?.width).toBeLessThanOrEqual(130);
    }
    // Without this browser's session, no picture.
    const src = (await thumbs.first().getAttribute('src')) as string;
    expect((await fetch(`${stage.runtime.apiUrl}${src}`)).status).toBe(404);
    expect(loads).toBe(0);
    expect(page.url()).toBe(`${stage.runtime.apiUrl}/cases/${caseId}?ok=upload`);
    await expectAccessible(page, 'the upload lines');

    // The certificate, sent from step 6, confirms in step 6.
    await page.locator('#step-medical-certificate > summary').click();
    await page.setInputFiles('#upload-medical-certificate-file', {
      name: 'certificat.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf('Certificat'),
    });
    await page.locator('#form-upload-medical-certificate button[type=submit]').click();
    const certificate = page.locator('#step-medical-certificate .upload-lines li');
    await waitFor(
      async () => (await certificate.getAttribute('data-state')) === 'accepted' || undefined,
      { what: 'the certificate checked', timeoutMs: 30_000 },
    );
    await expectInViewport(certificate, 'the certificate’s line');
    await page.screenshot({ path: join(SCREENSHOTS, 'uploads-certificate-step6-js-phone.png') });
    expect(loads).toBe(0);
    await context.close();
  }, 150_000);

  it('without JavaScript: four in a row, each back at its form with its check, no S3 key in the address', async () => {
    const context = await phone(stage, false);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, false, 'uploads-nojs@example.org');
    // Step 4 holds the form; the page storage sends her back to keeps it open.
    await page.locator('#step-collect-evidence > summary').click();
    for (let i = 1; i <= 4; i += 1) {
      const file = i === 3 ? { ...png(i), buffer: makePdf('pas une image') } : png(i);
      await page.setInputFiles('#upload-screenshot-file', file);
      const before = new URL(page.url()).searchParams.get('item');
      await Promise.all([
        page.waitForURL(
          (u) =>
            u.pathname === `/cases/${caseId}` &&
            u.searchParams.get('uploaded') === 'screenshot' &&
            u.searchParams.get('item') !== before,
        ),
        page.locator('#form-upload-screenshot button[type=submit]').click(),
      ]);
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/cases/${caseId}`);
      for (const leak of ['key', 'etag', 'bucket']) expect(url.searchParams.has(leak)).toBe(false);
      // The page looks again by itself until the check is done (no tap, no reload by hand).
      const notice = page.locator('#upload-screenshot-done');
      await waitFor(
        async () => {
          const state = await notice.getAttribute('data-state', { timeout: 2000 }).catch(() => '');
          return state === 'accepted' || state === 'rejected' ? state : undefined;
        },
        { what: `upload ${i} checked`, timeoutMs: 30_000 },
      );
      expect(await notice.getAttribute('data-state')).toBe(i === 3 ? 'rejected' : 'accepted');
      await expectInViewport(notice, `upload ${i}'s confirmation`);
      if (i === 1)
        await page.screenshot({ path: join(SCREENSHOTS, 'upload-nojs-confirmed-phone.png') });
    }
    expect(await page.locator('#evidence-list [data-sha256]').count()).toBe(3);
    // A refused file is named (the form of a page without JavaScript names it by its kind).
    expect(await page.locator('#evidence-list .rejected').count()).toBe(1);
    await context.close();
  }, 150_000);
});
