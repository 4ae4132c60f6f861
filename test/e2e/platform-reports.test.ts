import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { expectAccessible, screenshots } from './browser.js';
import { openCase, phone, type Stage, startStage, submitForm } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

/**
 * axe runs in the page's JavaScript. For the run without it, the same page (same cookies)
 * is opened in a context whose own scripts are refused: what a browser without JavaScript
 * shows, every folded part opened, checked by axe.
 */
async function accessibleWithoutScripts(from: BrowserContext, url: string, what: string) {
  const context = await phone(stage, true);
  await context.route(/\/assets\/[^/?]+\.js/, (route) => route.abort());
  await context.addCookies(await from.cookies());
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
  expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
  await expectAccessible(page, what);
  await context.close();
}

describe('a report to a platform, on a phone (390×844)', () => {
  for (const javaScript of [true, false])
    it(`gives the notice to copy, records a refusal and what she did next, guides art. 20, 21 and Arcom; axe clean in French and English (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      // Prepare
      const context = await phone(stage, javaScript);
      const page = await context.newPage();
      await openCase(stage, page, javaScript, `dsa-victim-${javaScript}@example.org`);
      const accessible = async (what: string) =>
        javaScript
          ? expectAccessible(page, what)
          : accessibleWithoutScripts(context, page.url(), what);

      // Act: a report from step 2; its notice, copied with the button or selected by hand.
      await page.locator('#step-report-content > summary').click();
      await page.fill('#report-content-site', 'jeuxvideo.com');
      await page.fill('#report-content-reportedAt', '2026-11-03');
      await submitForm(page, javaScript, '#form-report-content button[type=submit]');
      const step = page.locator('#step-report-content');
      await step.locator('details.notice-text > summary').click();
      const field = step.locator('details.notice-text textarea').first();
      const text = await field.inputValue();
      const copy = step.locator('details.notice-text button[data-copy]').first();
      let copied: string | undefined;
      if (javaScript) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(page.url()).origin,
        });
        await copy.click();
        await expect
          .poll(() => step.locator('details.notice-text [role=status]').first().textContent())
          .toContain('Texte copié');
        copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
      } else {
        await field.selectText();
      }
      const copyShown = await copy.isVisible();
      await accessible('the report with its notice (fr)');
      // The platform refused; she complained to it and to Arcom.
      await step.locator('input[name=answer][value=refused]').check();
      await step.locator('input[name=followUps][value=internal-complaint]').check();
      await step.locator('input[name=followUps][value=arcom-complaint]').check();
      await submitForm(page, javaScript, '#step-report-content form[action$="/answer"] button');
      if (!(await step.evaluate((d) => (d as unknown as { open: boolean }).open)))
        await step.locator('> summary').click();
      const guidance = await step.locator('.after-refusal').textContent();

      // Assess: the notice, whole, as the page gives it.
      expect(text).toContain('Notification au titre de l’article 16');
      expect(text).toContain('croire de bonne foi');
      expect(await field.getAttribute('readonly')).not.toBeNull();
      // The button only where the script can copy; without it the text is selected by hand.
      expect(copyShown).toBe(javaScript);
      if (javaScript) expect(copied).toBe(text);
      expect(guidance).toContain('article 20 du DSA');
      expect(guidance).toContain('article 21 du DSA');
      expect(guidance).toContain('Arcom');
      expect(guidance).toContain('formulaire de contact (champ Forum / Modération)');
      expect(await step.locator('.reports .badge').first().textContent()).toBe('Retrait refusé');
      expect(await step.locator('input[name=followUps][value=arcom-complaint]').isChecked()).toBe(
        true,
      );
      await accessible('after a refusal (fr)');
      await screenshots(page, `platform-refused-fr-${javaScript ? 'js' : 'nojs'}`);
      await page.goto(`${page.url().split(/[?#]/)[0]}?lang=en`);
      await page.locator('#step-report-content > summary').click();
      expect(await page.locator('#step-report-content .after-refusal').textContent()).toContain(
        'Article 20 of the DSA',
      );
      if (javaScript)
        expect(
          await page.locator('#step-report-content button[data-copy]').first().textContent(),
        ).toBe('Copy the text');
      await accessible('after a refusal (en)');
      await context.close();
    }, 120_000);
});
