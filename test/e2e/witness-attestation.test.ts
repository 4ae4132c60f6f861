import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/make-hostile-corpus.js';
import { encodePng } from '../support/images.js';
import { mailbox } from '../support/mailbox.js';
import { DOSSIER_COMPILE_MS, RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import { expectAccessible, expectAccessibleWithoutJavaScript, screenshots } from './browser.js';
import { openCase, phone, type Stage, startStage, submitForm } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const FACTS = 'Le 2 novembre à la pause, j’ai vu sur son téléphone les menaces de Kr4ken_du_93.';

/** axe on the page in French and English (the language switch keeps the page), then back. */
async function audit(page: Page, name: string, check = expectAccessible) {
  const current = page.url();
  for (const locale of ['fr', 'en'] as const) {
    const url = new URL(current);
    url.searchParams.set('lang', locale);
    url.searchParams.delete('uploaded');
    url.searchParams.delete('try');
    await page.goto(url.href);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await check(page, `${name} (${locale})`);
    await screenshots(page, `${name}-${locale}`);
  }
  const back = new URL(current);
  back.searchParams.set('lang', 'fr');
  await page.goto(back.href);
}

/** The witness link of the last mail to `to`. */
async function witnessLink(to: string): Promise<string> {
  const mail = await waitFor(
    async () =>
      (await mailbox(stage.runtime.mailboxUrl)).findLast((m) => m.destination.to.includes(to)),
    { what: `a mail to ${to}`, timeoutMs: 60_000 },
  );
  expect(mail.body.text).not.toMatch(/Zoé|victim@/);
  const link = mail.body.text?.match(/https?:\/\/\S+\/witness\/\S+/)?.[0];
  if (!link) throw new Error('no witness link in the mail');
  return link;
}

/** Reloads until `selector` holds `text`: ingestion runs beside the page. */
async function reloadUntil(page: Page, selector: string, text: string) {
  const deadline = Date.now() + 60_000;
  while (
    !(
      (await page
        .locator(selector)
        .first()
        .textContent()
        .catch(() => '')) ?? ''
    ).includes(text)
  ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${text} in ${selector}`);
    await page.waitForTimeout(400);
    // A reload that meets the page's own navigation is aborted; the next turn reloads again.
    await page.reload().catch((error: Error) => {
      if (!error.message.includes('ERR_ABORTED')) throw error;
    });
  }
}

/** Unfolds the case page's witnesses section, folded until used. */
async function openWitnesses(victim: Page) {
  if ((await victim.locator('#witnesses > details').getAttribute('open')) === null)
    await victim.locator('#witnesses > details > summary').click();
}

/** The victim names a witness and has them mailed a link, from her case page. */
async function askWitness(victim: Page, javaScript: boolean, name: string, email: string) {
  await openWitnesses(victim);
  await victim.fill('#form-witness input[name=name]', name);
  await submitForm(victim, javaScript, '#form-witness button[type=submit]');
  await openWitnesses(victim);
  const entry = victim.locator('#witnesses li', { hasText: name });
  await entry.locator('details.attestation summary').click();
  await entry.locator('input[name=email]').fill(email);
  await submitForm(
    victim,
    javaScript,
    `#witnesses li:has-text("${name}") details.attestation button[type=submit]`,
  );
  await expect
    .poll(() => victim.locator('#witnesses li', { hasText: name }).textContent(), {
      timeout: 30_000,
    })
    .toContain('Un lien lui a été envoyé');
}

/** The witness fills in the text and sends the identity copy from their page. */
async function fillAndUpload(page: Page, javaScript: boolean, lastName: string, dir: string) {
  await page.fill('#statement-lastName', lastName);
  await page.fill('#statement-firstNames', 'Karim');
  await page.fill('#statement-dateOfBirth', '1991-04-12');
  await page.fill('#statement-placeOfBirth', 'Lyon');
  await page.fill('#statement-address', '3 rue des Lilas, 69003 Lyon');
  await page.fill('#statement-occupation', 'Infirmier');
  await page.check('input[name=tie-collaboration]');
  await page.fill('#statement-relationshipDetails', 'Collègue de la victime');
  await page.fill('#statement-facts', FACTS);
  await page.fill('#statement-place', 'Lyon');
  await page.check('input[name=aware]');
  await submitForm(page, javaScript, '#form-statement button[type=submit]');
  await expect
    .poll(() => page.locator('#statement-lastName').inputValue(), { timeout: 30_000 })
    .toBe(lastName);
  const id = join(dir, 'carte-identite.pdf');
  writeFileSync(id, makePdf());
  await page.setInputFiles('#part-identity-file', id);
  await Promise.all([
    page.waitForURL(/uploaded=identity/),
    page.locator('#part-identity-section button[type=submit]').click(),
  ]);
  await reloadUntil(page, '#part-identity-status', 'Reçu et vérifié');
}

describe('a witness writes their own attestation from a link the victim sends', () => {
  it('is filled and signed by the witness, read but not changed by the victim, and in the next dossier', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'witness-e2e-'));
    const victimContext = await phone(stage, true);
    const victim = await victimContext.newPage();
    const caseId = await openCase(stage, victim, true, 'zoe@example.org');
    await askWitness(victim, true, 'Karim B.', 'karim@example.org');
    await openWitnesses(victim);
    await expectAccessible(victim, 'case page with a witness link (fr)');

    // The witness, with JavaScript: the link's page, then the attestation, signed on screen.
    const link = await witnessLink('karim@example.org');
    const witnessContext = await phone(stage, true);
    const witness = await witnessContext.newPage();

    await witness.goto(link);
    await audit(witness, 'witness-landing');
    await submitForm(witness, true, 'form[action$="/start"] button[type=submit]');
    await witness.waitForURL(new RegExp(`/witness/${caseId}$`));
    await audit(witness, 'witness-page');
    await fillAndUpload(witness, true, 'Benali', dir);
    const pad = witness.locator('canvas[data-signature]');
    await expect.poll(() => pad.isVisible(), { timeout: 30_000 }).toBe(true);
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature box');
    await witness.mouse.move(box.x + 20, box.y + box.height / 2);
    await witness.mouse.down();
    for (let x = 20; x < box.width - 20; x += 15)
      await witness.mouse.move(box.x + x, box.y + box.height / 2 + ((x / 15) % 2 ? 12 : -12));
    await witness.mouse.up();
    await Promise.all([
      witness.waitForURL(/uploaded=signature/),
      witness.locator('#part-signature-section button[type=submit]').click(),
    ]);
    await reloadUntil(witness, '#part-signature-status', 'Reçu et vérifié');
    await submitForm(witness, true, 'form[action$="/submit"] button[type=submit]');
    await expect.poll(() => witness.locator('#sent-title').count(), { timeout: 30_000 }).toBe(1);
    await audit(witness, 'witness-sent');

    // The victim reads it, with nothing to change it.
    await victim.reload();
    await openWitnesses(victim);
    const sent = victim.locator('#witnesses li', { hasText: 'Karim B.' }).locator('.attestation');
    await expect.poll(() => sent.textContent(), { timeout: 30_000 }).toContain(FACTS);
    expect(await sent.locator('input, textarea, select').count()).toBe(0);
    expect(await victim.locator('form[action*="/witness/"]').count()).toBe(0);
    expect(
      (await victim.request.get(`${stage.runtime.apiUrl}/witness/${caseId}?r=1`)).status(),
    ).toBe(404);

    // The link used again, from another browser: a clear page.
    // (axe needs the page's JavaScript: this browser has it.)
    const other = await (await phone(stage, true)).newPage();
    await other.goto(link);
    await submitForm(other, true, 'form[action$="/start"] button[type=submit]');
    expect(await other.locator('h1').textContent()).toBe('Ce lien a déjà servi');
    await expectAccessible(other, 'witness link used twice');

    // The next dossier carries it: the PDF prints it, the ZIP holds its files with their hashes.
    await victim.locator('#dossier form[action$="/dossier"] button[type=submit]').first().click();
    const zipLink = victim.locator('#dossier a[href$="/dossier.zip"]').first();
    const deadline = Date.now() + 3 * DOSSIER_COMPILE_MS;
    while (!(await zipLink.count())) {
      if (Date.now() > deadline) throw new Error('no dossier');
      await victim.waitForTimeout(500);
      // The page refreshes itself while the dossier compiles: our navigation may be cut
      // short by its own (net::ERR_ABORTED), which the next turn of the loop reads again.
      await victim.goto(`${stage.runtime.apiUrl}/cases/${caseId}`).catch((error: Error) => {
        if (!error.message.includes('ERR_ABORTED')) throw error;
      });
    }
    const base = `${stage.runtime.apiUrl}${(await zipLink.getAttribute('href'))?.replace(/dossier\.zip$/, '')}`;
    for (const name of ['dossier.pdf', 'dossier.zip'])
      writeFileSync(join(dir, name), await (await victim.request.get(`${base}${name}`)).body());
    const text = run('pdftotext', ['-enc', 'UTF-8', join(dir, 'dossier.pdf'), '-']).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('(Article 202 du code de procédure civile)');
    expect(text).toContain(FACTS);
    run('unzip', ['-q', 'dossier.zip', '-d', 'x'], dir);
    const sums = run('sha256sum', ['-c', 'SHA256SUMS'], join(dir, 'x'));
    for (const file of ['piece-identite.pdf', 'signature.png', 'attestation.json'])
      expect(sums).toContain(`temoins/1-benali/${file}: OK`);
    expect(sums).not.toContain('FAILED');

    // Now in a dossier, the witness can no longer withdraw it.
    await witness.reload();
    expect(await witness.locator('form[action$="/withdraw"]').count()).toBe(0);
  }, 420_000);

  it('works without JavaScript: signed by hand on a printed page, then withdrawn, after which the link says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'witness-e2e-'));
    const victim = await (await phone(stage, false)).newPage();
    await openCase(stage, victim, false, 'lea.victim@example.org', 'en');
    await victim.goto(`${victim.url()}?lang=fr`);
    await askWitness(victim, false, 'Léa M.', 'lea@example.org');
    const link = await witnessLink('lea@example.org');
    const witness = await (await phone(stage, false)).newPage();
    await witness.goto(link);
    await audit(witness, 'witness-landing-nojs', expectAccessibleWithoutJavaScript);
    await submitForm(witness, false, 'form[action$="/start"] button[type=submit]');
    await audit(witness, 'witness-page-nojs', expectAccessibleWithoutJavaScript);
    await fillAndUpload(witness, false, 'Martin', dir);
    expect(await witness.locator('canvas[data-signature]').isVisible()).toBe(false);
    const signed = join(dir, 'page-signee.png');
    writeFileSync(
      signed,
      encodePng(400, 200, 0, (x, y) => [Math.abs(y - 100 - ((x / 8) % 30)) < 3 ? 0 : 255]),
    );
    await witness.setInputFiles('#part-signature-file', signed);
    await Promise.all([
      witness.waitForURL(/uploaded=signature/),
      witness.locator('#part-signature-section button[type=submit]').click(),
    ]);
    await reloadUntil(witness, '#part-signature-status', 'Reçu et vérifié');
    await submitForm(witness, false, 'form[action$="/submit"] button[type=submit]');
    await audit(witness, 'witness-sent-nojs', expectAccessibleWithoutJavaScript);
    await submitForm(witness, false, 'form[action$="/withdraw"] button[type=submit]');
    expect(await witness.locator('h1').textContent()).toBe('Attestation retirée');
    await expectAccessibleWithoutJavaScript(witness, 'witness withdrawn (fr)');

    await witness.goto(link);
    await submitForm(witness, false, 'form[action$="/start"] button[type=submit]');
    expect(await witness.locator('h1').textContent()).toBe('Attestation retirée');
    await victim.reload();
    await openWitnesses(victim);
    expect(await victim.locator('#witnesses li', { hasText: 'Léa M.' }).textContent()).toContain(
      'Le témoin a retiré son attestation',
    );
  }, 420_000);
});
