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

describe('a report to a platform, in a phone’s browser (axe needs its script to run)', () => {
  it('gives the notice to paste, records a refusal and guides what comes next, axe clean in French and English', async () => {
    // Prepare
    const context = await phone(stage, true);
    const page = await context.newPage();
    await openCase(stage, page, true, 'dsa-victim@example.org');

    // Act: a report from step 2, then the platform's refusal.
    await page.locator('#step-report-content > summary').click();
    await page.fill('#report-content-site', 'jeuxvideo.com');
    await page.fill('#report-content-reportedAt', '2026-11-03');
    // Back on the page, the step stays open at its report.
    await submitForm(page, true, '#form-report-content button[type=submit]');
    const notice = page.locator('#step-report-content details.notice-text');
    await page.locator('#step-report-content details.notice-text > summary').click();
    const text = await notice.locator('textarea').first().inputValue();
    await expectAccessible(page, 'the report with its notice (fr)');
    await page.locator('#step-report-content input[name=answer][value=refused]').check();
    await submitForm(page, true, '#step-report-content form[action$="/answer"] button');
    const guidance = await page.locator('#step-report-content .after-refusal').textContent();

    // Assess
    expect(text).toContain('Notification au titre de l’article 16');
    expect(text).toContain('croire de bonne foi');
    expect(guidance).toContain('article 20 du DSA');
    expect(guidance).toContain('Arcom');
    await expectAccessible(page, 'after a refusal (fr)');
    await screenshots(page, 'platform-refused-fr');
    await page.goto(`${page.url().split('?')[0]}?lang=en`);
    await page.locator('#step-report-content > summary').click();
    expect(await page.locator('#step-report-content .after-refusal').textContent()).toContain(
      'Article 20 of the DSA',
    );
    await expectAccessible(page, 'after a refusal (en)');
    await context.close();
  }, 90_000);
});
