import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { expectAccessible, SCREENSHOTS } from './browser.js';
import { openCase, phone, type Stage, startStage } from './support/journey.js';
import { type HeaderBox, measureFirstScreenshot, PHONE } from './support/phone-measure.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

/** One line: every item in one row, the header no taller than that row and its padding. */
function expectOneLine(header: HeaderBox, what: string) {
  expect(header.oneRow, `${what}: one row`).toBe(true);
  expect(header.visibleHint, `${what}: no hint line`).toBe(false);
  // The row's tallest item (the 48 px quick exit), its padding, the bottom border.
  expect(header.height, `${what}: height`).toBeLessThanOrEqual(
    header.tallest + header.padding + 1.5,
  );
}

/*
 * Issue 17, item 7, measured on main before the change (785e444), with this walk: 4 taps
 * (open the case, open step 4, step 4's link to the upload form, send), 2 pages (3 without
 * JavaScript: storage's return page), 4.2 phone screens of scrolling (FR), the home page's
 * email field 1,942 px down (2.3 screens), a fresh case page 10 screens long (FR; 9.5 EN),
 * a 165 px header (19.5 % of the screen). See docs/web-pages.md for the after.
 */
describe('a new victim on a phone, from the home page to her first screenshot', () => {
  for (const [javaScript, locale] of [
    [true, 'fr'],
    [true, 'en'],
    [false, 'fr'],
  ] as const) {
    it(`JavaScript ${javaScript ? 'on' : 'off'}, ${locale}: at most 3 taps, the form on the first screen, a one-line header`, async () => {
      const context = await phone(stage, javaScript);
      const page = await context.newPage();
      const measure = await measureFirstScreenshot(stage, page, {
        javaScript,
        locale,
        email: `taps-${javaScript ? 'js' : 'nojs'}-${locale}@example.org`,
        screenshots: `journey-${javaScript ? 'js' : 'nojs'}-${locale}`,
      });
      console.info(
        `phone journey, JavaScript ${javaScript}, ${locale}: ${JSON.stringify(measure)}`,
      );
      expect(measure.tapped).toEqual(['open the case', 'open step 4', 'send']);
      expect(measure.taps).toBeLessThanOrEqual(3);
      expect(measure.pages).toBe(javaScript ? 2 : 3);
      expect(measure.homeEmailBottom).toBeLessThanOrEqual(PHONE.height);
      expect(measure.caseWidth).toBeLessThanOrEqual(PHONE.width);
      expectOneLine(measure.homeHeader, 'home page header');
      expectOneLine(measure.caseHeader, 'case page header');
      await context.close();
    }, 90_000);
  }

  it('the case page with every folded part open: accessible in French and English', async () => {
    const context = await phone(stage, true);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, true, 'folds@example.org');
    for (const locale of ['fr', 'en'] as const) {
      await page.goto(`${stage.runtime.apiUrl}/cases/${caseId}?lang=${locale}`);
      // Folded: the steps but none, the fact form, what the complaint lacks, the mails.
      const open = await page.locator('main details[open]').count();
      expect(open, 'a fresh case opens no folded part').toBe(0);
      await page.locator('main details').evaluateAll((all) => {
        for (const d of all) d.setAttribute('open', '');
      });
      await expectAccessible(page, `the case page, all open (${locale})`);
      await page.screenshot({
        path: join(SCREENSHOTS, `case-all-open-${locale}-phone.png`),
        fullPage: true,
      });
    }
    await context.close();
  }, 60_000);

  it('the Escape shortcut is still said to keyboard users, and still works', async () => {
    const context = await phone(stage, true);
    const page = await context.newPage();
    await page.goto(`${stage.runtime.apiUrl}/?lang=fr`);
    const exit = page.locator('#quick-exit');
    expect(await exit.getAttribute('aria-keyshortcuts')).toBe('Escape');
    const hint = page.locator(`#${await exit.getAttribute('aria-describedby')}`);
    expect(await hint.textContent()).toContain('Échap');
    // Not shown to a finger; shown once the keyboard reaches the header.
    expect((await hint.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    for (let i = 0; i < 6 && !(await exit.evaluate((el) => el.matches(':focus'))); i += 1)
      await page.keyboard.press('Tab');
    expect(await exit.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect((await hint.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'header-keyboard-hint-phone.png') });
    await expectAccessible(page, 'home, keyboard in the header');
    await page.keyboard.press('Escape');
    await page.waitForURL(stage.neutral.url);
    await context.close();
  }, 60_000);
});
