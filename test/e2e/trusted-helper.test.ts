import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../fixtures/make-hostile-corpus.js';
import { mailbox, type StoredMail } from '../support/mailbox.js';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
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

/** The invitation's link from the local mailbox, as the helper's mail client shows it. */
async function invitationLink(to: string): Promise<string> {
  const mail = await waitFor(
    async () =>
      (await mailbox(stage.runtime.mailboxUrl)).find((m: StoredMail) =>
        m.destination.to.includes(to),
      ),
    { what: `the invitation to ${to}`, timeoutMs: 15_000 },
  );
  const link = mail.body.text?.match(/https?:\/\/\S+\/helper\/\S+/)?.[0];
  if (!link) throw new Error('no invitation link in the mail');
  return link;
}

describe('a trusted helper on a phone', () => {
  for (const javaScript of [false, true])
    it(`is invited, adds a screenshot and a fact, is seen, then taken off (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const to = `helper-${javaScript ? 'js' : 'nojs'}@example.org`;
      // Without JavaScript, axe checks the page as that browser rendered it.
      const expectAccessibleHere = (page: Page, what: string) =>
        javaScript ? expectAccessible(page, what) : expectAccessibleWithoutJavaScript(page, what);
      // The victim, on her phone, opens her case and invites Léa.
      const victim = await (await phone(stage, javaScript)).newPage();
      const caseId = await openCase(
        stage,
        victim,
        javaScript,
        `victim-helper-${javaScript}@example.org`,
      );
      await victim.goto(`${stage.runtime.apiUrl}/cases/${caseId}/helpers`);
      await expectAccessibleHere(victim, 'helpers page (fr)');
      await victim.fill('#invite-name', 'Léa');
      await victim.fill('#invite-email', to);
      await submitForm(victim, javaScript, '#form-invite button[type=submit]');
      expect(await victim.locator('.notice').textContent()).toContain('Invitation envoyée');

      // Léa, on her own phone, opens the mailed link and accepts.
      const helper = await (await phone(stage, javaScript)).newPage();
      const link = await invitationLink(to);
      // Opening the link spends nothing: the landing in English first, then in French.
      await helper.goto(link.replace('lang=fr', 'lang=en'));
      await expectAccessibleHere(helper, 'invitation landing (en)');
      await helper.goto(link);
      await expectAccessibleHere(helper, 'invitation landing (fr)');
      await submitForm(helper, javaScript, 'form[action$="/start"] button[type=submit]');
      await helper.waitForURL(new RegExp(`/helper/${caseId}$`));
      await expectAccessibleHere(helper, 'helper page (fr)');
      expect(await helper.locator('#quick-exit').count()).toBe(1);
      // Identity, harm and witnesses are off unless the victim grants them.
      expect(await helper.locator('#identity-title').count()).toBe(0);

      // A screenshot through storage's own form, then a dated fact.
      await helper.setInputFiles('#upload-file', {
        name: 'capture-lea.png',
        mimeType: 'image/png',
        buffer: makePng(40, 30, 7),
      });
      await Promise.all([
        helper.waitForURL(/uploaded=1/),
        helper.click('#form-upload button[type=submit]'),
      ]);
      await helper.fill('#fact-date', '2026-11-02');
      await helper.fill('#fact-description', 'Menace reçue en message privé');
      await submitForm(helper, javaScript, '#form-fact button[type=submit]');
      // A step she may mark: the accounts locked, in her name.
      await submitForm(helper, javaScript, '#form-lock-accounts button[type=submit]');
      // The fact at once, the screenshot once ingestion has checked it.
      await waitFor(
        async () => {
          await helper.goto(`${stage.runtime.apiUrl}/helper/${caseId}`);
          return (await helper.locator('#evidence-title ~ ul.items li').count()) === 2 || undefined;
        },
        { what: 'the screenshot checked', timeoutMs: 30_000 },
      );
      await helper.goto(`${stage.runtime.apiUrl}/helper/${caseId}?lang=en`);
      await expectAccessibleHere(helper, 'helper page (en)');
      await screenshots(helper, `helper-page-${javaScript ? 'js' : 'nojs'}`);

      // The victim sees both, under Léa's name, then takes her access away.
      await victim.goto(`${stage.runtime.apiUrl}/cases/${caseId}/helpers`);
      const card = (await victim.locator('[data-helper]').first().textContent()) ?? '';
      expect(card).toContain('Léa (a accès)');
      expect(card).toContain('A ajouté un fichier');
      expect(card).toContain('A noté un fait');
      expect(card).toContain('Menace reçue en message privé');
      expect(card).toContain('A marqué une étape faite');
      expect(card).not.toContain(to);
      await victim.goto(`${stage.runtime.apiUrl}/cases/${caseId}/helpers?lang=en`);
      await expectAccessibleHere(victim, 'helpers page (en)');
      await submitForm(victim, javaScript, '[data-helper] form button[type=submit]');
      expect(await victim.locator('.notice').textContent()).toContain('Access taken away');

      // Léa's very next request is refused.
      const next = await helper.goto(`${stage.runtime.apiUrl}/helper/${caseId}`);
      expect(next?.status()).toBe(404);
      await expectAccessibleHere(helper, 'refused helper page (en)');
      await helper.context().close();
      await victim.context().close();
    }, 120_000);
});
