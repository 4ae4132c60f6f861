import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import { describeTexts } from '../../functions/web/case/evidence/describe-texts.js';
import { evidenceKey } from '../../shared/bucket-keys.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import { makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import { expectAccessible, SCREENSHOTS } from './browser.js';
import { openCase, type Stage, startStage, submitForm } from './support/journey.js';

/**
 * Describe, correct and withdraw, walked on a phone in a real Chromium, JavaScript on and
 * off, French and English: evidence described as it is sent and afterwards, a fact given a
 * day and no time, a private photo and a fact withdrawn; the photo gone from storage, the
 * custody log saying so, the next dossier without it, and no invented time anywhere.
 */
let stage: Stage;
let store: BlobStore;
beforeAll(async () => {
  stage = await startStage();
  store = awsRuntime(stage.runtime.environment, capturingLogger()).store;
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A time of day as any page or the PDF would print it (21:15, 9:15 PM, 21 h 15). */
const TIME = /\d{1,2}[:h]\s?\d{2}|[AP]M\b/;

function daysAgo(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() - days * 86_400_000),
  );
}
/** A day as the pages and the dossier write it: `28 novembre 2026`, `28 November 2026`. */
function longDay(day: string, locale: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Opens every folded part around `target`, as a victim tapping her way there would. */
async function reveal(target: Locator): Promise<Locator> {
  await target.evaluate((el) => {
    type Node = { tagName: string; open?: boolean; parentElement: Node | null };
    for (let node = el as unknown as Node | null; node; node = node.parentElement)
      if (node.tagName === 'DETAILS') node.open = true;
  });
  // (the script may draw the evidence list again meanwhile: the same element, redrawn)
  await target.scrollIntoViewIfNeeded().catch(() => target.scrollIntoViewIfNeeded());
  return target;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
}

/** The line of an item on the case page, found by what it says. */
const itemLine = (page: Page, text: string) =>
  page.locator('#evidence-list li[data-evidence-id]', { hasText: text });

const cases = [
  { javaScript: true, locale: 'fr' },
  { javaScript: false, locale: 'fr' },
  { javaScript: true, locale: 'en' },
  { javaScript: false, locale: 'en' },
] as const;

describe('describe, correct and withdraw on a phone', () => {
  it.each(cases)(
    'JavaScript $javaScript, $locale',
    async ({ javaScript, locale }) => {
      const js = javaScript ? 'js' : 'nojs';
      const name = (state: string) => `describe-${state}-${js}-${locale}`;
      const d = describeTexts[locale];
      // A phone set to the case's language: native date and time fields read as hers do.
      const context = await stage.browser.newContext({
        javaScriptEnabled: javaScript,
        viewport: { width: 390, height: 844 },
        acceptDownloads: true,
        locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
      });
      const page = await context.newPage();
      const caseId = await openCase(
        stage,
        page,
        javaScript,
        `describe-${js}-${locale}@example.org`,
        locale,
      );
      const capturedDay = daysAgo(3);
      const factDay = daysAgo(5);
      const send = page.locator('#form-upload-screenshot button[type=submit]');
      const threat = { name: 'menace.png', mimeType: 'image/png', buffer: makePng(30, 20, 1) };
      const second = {
        name: 'menace-suite.png',
        mimeType: 'image/png',
        buffer: makePng(31, 20, 2),
      };
      const privatePhoto = {
        name: 'photo-privee.png',
        mimeType: 'image/png',
        buffer: makePng(33, 21, 3),
      };

      // 1. Evidence described as it is sent.
      if (javaScript) {
        await reveal(page.locator('#form-upload-screenshot'));
        const fields = page.locator('#form-upload-screenshot details[data-describe]');
        await fields.locator('summary').click();
        expect(await fields.getAttribute('open')).not.toBeNull();
        expect(await fields.textContent()).toContain(d.uploadHint);
        await expectAccessible(page, `the upload's describe fields (${locale})`);
        await page.setInputFiles('#upload-screenshot-file', [threat, second]);
        // A mistake: a time without a date, an address that is none. Nothing is sent.
        await page.fill('#upload-screenshot-capturedTime', '21:15');
        await page.fill('#upload-screenshot-url', 'instagram.com/kr4ken');
        await page.fill('#upload-screenshot-platform', 'Instagram');
        await page.fill('#upload-screenshot-description', 'Menace de mort en message privé');
        await send.click();
        const dateError = page.locator('#upload-screenshot-capturedDate-error');
        await dateError.waitFor({ timeout: 10_000 });
        expect(await dateError.textContent()).toBe(d.timeWithoutDate);
        expect(await page.locator('#upload-screenshot-url-error').textContent()).toContain('http');
        expect(await page.locator('#upload-screenshot-url').getAttribute('aria-invalid')).toBe(
          'true',
        );
        expect(await page.locator('#upload-screenshot-platform').inputValue()).toBe('Instagram');
        expect(
          await page
            .locator('#upload-screenshot-file')
            .evaluate((i) => (i as unknown as { files: { length: number } }).files.length),
        ).toBe(2);
        expect(
          await page.locator('#form-upload-screenshot .upload-lines li').getAttribute('data-state'),
        ).toBe('unsent');
        await shot(page, name('upload-mistake'));
        await expectAccessible(page, `the upload's describe fields with their errors (${locale})`);
        // Put right: a day and no time, a real address; both files go, described alike.
        await page.fill('#upload-screenshot-capturedDate', capturedDay);
        await page.fill('#upload-screenshot-capturedTime', '');
        await page.fill('#upload-screenshot-url', 'https://www.instagram.com/kr4ken/');
        await page.fill('#upload-screenshot-authorPseudonym', 'kr4ken.93');
        await send.click();
        await waitFor(
          async () =>
            (await page.locator('#evidence-list li[data-evidence-id]').count()) === 2 || undefined,
          { what: 'two described items', timeoutMs: 30_000 },
        );
        await waitFor(
          async () =>
            (await page
              .locator('#form-upload-screenshot .upload-lines li[data-state=accepted]')
              .count()) === 2 || undefined,
          { what: 'two checked lines', timeoutMs: 30_000 },
        );
        expect(await page.locator('#upload-screenshot-description').inputValue()).toBe('');
        await shot(page, name('upload-described'));
      } else {
        // Without JavaScript, storage takes no unsigned field: the file goes, then is described.
        expect(
          await page
            .locator(
              '#form-upload-screenshot noscript, #form-upload-screenshot details[data-describe]',
            )
            .count(),
        ).toBeGreaterThan(0);
        expect(await page.locator('#form-upload-screenshot details[data-describe]').count()).toBe(
          0,
        );
        for (const file of [threat, second]) {
          // The forms may sit in a folded step (step 4 while it is to do).
          await reveal(page.locator('#form-upload-screenshot'));
          await page.setInputFiles('#upload-screenshot-file', file);
          const before = new URL(page.url()).searchParams.get('item');
          await Promise.all([
            page.waitForURL(
              (u) => u.searchParams.get('item') !== before && u.searchParams.has('item'),
            ),
            send.click(),
          ]);
          const notice = page.locator('#upload-screenshot-done[data-state=accepted]');
          await waitFor(async () => (await notice.count()) > 0 || undefined, {
            what: 'the upload checked',
            timeoutMs: 30_000,
          });
          const describeLink = notice.locator('a');
          expect(await describeLink.textContent()).toBe(d.describeNow);
          if (file === second) continue;
          await describeLink.click();
          const item = new URL(page.url()).searchParams.get('item') as string;
          const form = page.locator(`#form-item-${item}`);
          expect(await form.isVisible()).toBe(true);
          await shot(page, name('describe-after-upload'));
          // A mistake first: named at its field, everything typed kept.
          await page.fill(`#item-${item}-capturedDate`, capturedDay);
          await page.fill(`#item-${item}-platform`, 'Instagram');
          await page.fill(`#item-${item}-authorPseudonym`, 'kr4ken.93');
          await page.fill(`#item-${item}-url`, 'instagram.com/kr4ken');
          await page.fill(`#item-${item}-description`, 'Menace de mort en message privé');
          await submitForm(page, false, `#form-item-${item} button[type=submit]`);
          expect(await page.locator(`#item-${item}-url-error`).textContent()).toContain('http');
          expect(await page.locator(`#item-${item}-description`).inputValue()).toBe(
            'Menace de mort en message privé',
          );
          expect(await page.locator(`#item-${item}-capturedDate`).inputValue()).toBe(capturedDay);
          await shot(page, name('describe-mistake'));
          await page.fill(`#item-${item}-url`, 'https://www.instagram.com/kr4ken/');
          await submitForm(page, false, `#form-item-${item} button[type=submit]`);
        }
      }

      // 2. Each line says what was described: the day of the capture, no time.
      const described = itemLine(page, 'Menace de mort en message privé').first();
      const captured = described.locator('dd[data-detail=captured]');
      expect(await captured.textContent()).toBe(longDay(capturedDay, locale));
      expect(await described.textContent()).toContain('kr4ken.93');

      // 3. Described after upload, from its line: the second file, a day and no time.
      const secondLine = page.locator('#evidence-list li[data-evidence-id]').nth(1);
      const secondId = (await secondLine.getAttribute('data-evidence-id')) as string;
      await reveal(secondLine);
      // (without JavaScript it is open already: the file just came back from storage)
      if ((await secondLine.locator('details.put-right').getAttribute('open')) === null)
        await secondLine.locator('details.put-right > summary').click();
      await page.fill(`#item-${secondId}-capturedDate`, capturedDay);
      await page.fill(`#item-${secondId}-capturedTime`, '');
      await page.fill(`#item-${secondId}-description`, 'La suite des menaces');
      // axe runs inside the page, so only with JavaScript (the same forms, drawn alike).
      if (javaScript) await expectAccessible(page, `an item's describe form, open (${locale})`);
      await submitForm(page, javaScript, `#form-item-${secondId} button[type=submit]`);
      const secondAfter = page.locator(`#evidence-list li[data-evidence-id="${secondId}"]`);
      expect(await secondAfter.locator('dd[data-detail=captured]').textContent()).toBe(
        longDay(capturedDay, locale),
      );
      await (await reveal(secondAfter)).scrollIntoViewIfNeeded();
      await shot(page, name('described-after-upload'));

      // 4. A private photo sent by mistake, then withdrawn.
      await reveal(page.locator('#form-upload-screenshot'));
      await page.setInputFiles('#upload-screenshot-file', privatePhoto);
      const known = await page
        .locator('#evidence-list li[data-evidence-id]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-evidence-id')));
      if (javaScript) await send.click();
      else await Promise.all([page.waitForURL((u) => u.searchParams.has('item')), send.click()]);
      // The new line (without JavaScript a page form cannot know the file's name).
      const photoId = await waitFor(
        async () =>
          (
            await page
              .locator('#evidence-list li[data-evidence-id]')
              .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-evidence-id')))
              .catch(() => [])
          ).find((id) => id && !known.includes(id)) ?? undefined,
        { what: 'the private photo listed', timeoutMs: 30_000 },
      );
      const photoLine = page.locator(`#evidence-list li[data-evidence-id="${photoId}"]`);
      const photoKey = evidenceKey(caseId, photoId);
      expect(await store.get(photoKey)).toBeDefined();
      await reveal(photoLine.locator('details.put-right form[action$="/withdraw"] button'));
      await shot(page, name('withdraw-item'));
      await submitForm(page, javaScript, `#describe-${photoId} form[action$="/withdraw"] button`);
      expect(await photoLine.count()).toBe(0);
      // Gone from storage, every version (the local S3 keeps none but the current one).
      expect(await store.get(photoKey)).toBeUndefined();
      expect((await store.listVersions(photoKey)) ?? []).toEqual([]);
      expect(await store.list(`cases/${caseId}/evidence/`)).not.toContain(photoKey);
      // The log keeps that it was withdrawn, and its hash, not the bytes.
      const events = await Promise.all(
        (await store.list(`cases/${caseId}/events/`)).map(async (key) =>
          JSON.parse(Buffer.from((await store.get(key)) as Uint8Array).toString('utf8')),
        ),
      );
      expect(events).toContainEqual(
        expect.objectContaining({
          type: 'evidence-withdrawn',
          evidenceId: photoId,
          sha256: sha256(privatePhoto.buffer),
        }),
      );

      // 5. A fact with a day and no time; corrected; another withdrawn.
      await reveal(page.locator('#fact-date'));
      await page.fill('#fact-date', factDay);
      await page.fill('#fact-description', 'Premier message de menace');
      await submitForm(page, javaScript, '#form-fact button[type=submit]');
      await reveal(page.locator('#fact-date'));
      await page.fill('#fact-date', factDay);
      await page.fill('#fact-description', 'Fait noté par erreur');
      await submitForm(page, javaScript, '#form-fact button[type=submit]');
      const factLine = page.locator('#facts li', { hasText: 'Premier message de menace' });
      expect(await factLine.locator('strong').first().textContent()).toBe(longDay(factDay, locale));
      const correct = await reveal(
        factLine.locator('details.put-right textarea[name=description]'),
      );
      await correct.fill('Premier message de menace, corrigé');
      if (javaScript) await expectAccessible(page, `a fact's correction form, open (${locale})`);
      await shot(page, name('fact-correct'));
      await submitForm(
        page,
        javaScript,
        '#facts li:has-text("Premier message de menace") form[id^=form-fact-] button[type=submit]',
      );
      const corrected = page.locator('#facts li', {
        hasText: 'Premier message de menace, corrigé',
      });
      expect(await corrected.count()).toBe(1);
      expect(await corrected.locator('strong').first().textContent()).toBe(
        longDay(factDay, locale),
      );
      await reveal(
        page.locator('#facts li:has-text("Fait noté par erreur") form[action$="/withdraw"] button'),
      );
      await submitForm(
        page,
        javaScript,
        '#facts li:has-text("Fait noté par erreur") form[action$="/withdraw"] button',
      );
      expect(await page.locator('#facts li', { hasText: 'Fait noté par erreur' }).count()).toBe(0);
      await (await reveal(page.locator('#facts'))).scrollIntoViewIfNeeded();
      await shot(page, name('facts-after'));
      // No time on the page for the days given without one.
      for (const text of [
        await page.locator('#evidence-list').textContent(),
        await corrected.locator('strong').first().textContent(),
      ])
        expect(text).not.toMatch(
          new RegExp(`${longDay(capturedDay, locale)}\\s*(à|at|,)?\\s*${TIME.source}`),
        );

      // 6. The next dossier: without the photo, saying it was withdrawn; days stay days.
      const pdfLinks = page.locator('#dossier a[href$="/dossier.pdf"]');
      const before = await pdfLinks.count();
      await reveal(page.locator('#dossier form[action$="/dossier"] button'));
      await submitForm(page, javaScript, '#dossier form[action$="/dossier"] button');
      await waitFor(
        async () => {
          if ((await pdfLinks.count()) > before) return true;
          await page.reload();
          return undefined;
        },
        { what: 'the new dossier', timeoutMs: 60_000, intervalMs: 1000 },
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        (await reveal(pdfLinks.first())).click(),
      ]);
      const text = execFileSync(
        'pdftotext',
        ['-enc', 'UTF-8', (await download.path()) as string, '-'],
        {
          encoding: 'utf8',
        },
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).not.toContain('photo-privee');
      expect(flat).toContain('Menace de mort en message privé');
      expect(flat).toContain('La suite des menaces');
      expect(flat).not.toContain('Fait noté par erreur');
      expect(flat).toContain('Premier message de menace, corrigé');
      const [captureLabel, uploadLabel] =
        locale === 'fr' ? ['Capturé le', 'Déposé le'] : ['Captured', 'Uploaded'];
      // "Capturé le" with the day only, "Déposé le" always, for both described screenshots.
      const capturedLines = [
        ...flat.matchAll(new RegExp(`${captureLabel} ?: ([^:]*?) ${uploadLabel} ?:`, 'g')),
      ];
      // (in the evidence index and again on each exhibit's page)
      expect(capturedLines.length).toBeGreaterThanOrEqual(2);
      expect(new Set(capturedLines.map((m) => m[1]))).toEqual(
        new Set([longDay(capturedDay, locale)]),
      );
      expect(flat).not.toMatch(new RegExp(`${longDay(factDay, locale)},? ${TIME.source}`));
      // The custody log keeps the withdrawal, with the photo's hash.
      expect(flat).toContain(locale === 'fr' ? 'Pièce retirée' : 'Exhibit withdrawn');
      expect(text.replace(/\s+/g, '')).toContain(sha256(privatePhoto.buffer).slice(0, 32));
      await context.close();
    },
    240_000,
  );
});
