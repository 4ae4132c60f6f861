import { describe, expect, it } from 'vitest';
import {
  addressStopped,
  stopAddress,
  WELCOME_MAILS_PER_ADDRESS_PER_DAY,
} from '../../shared/address-mail.js';
import { CaseLog } from '../../shared/case-log.js';
import { indexCaseEmail } from '../../shared/email-index.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { stopLiftMail } from '../../shared/mail/stop-lift-mail.js';
import {
  confirmStopLift,
  requestStopLift,
  requestStopLiftForCase,
} from '../../shared/usecases/lift-address-stop.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { stopMails } from '../../shared/usecases/stop-mails.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const VICTIM = 'victim@example.org';
const context = { publicBaseUrl: 'https://app.example/' };

function harness(now = new Date('2026-12-01T10:00:00Z')) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  const clock = { now };
  const deps = { store, log, logger, mailer, mail: context, now: () => clock.now };
  const open = async (email = VICTIM) => {
    const { caseId } = await openCase(
      {
        log,
        store,
        logger,
        workflow: new RecordingWorkflow(),
        timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
        emailIndex: true,
      },
      { email, locale: 'fr', harassmentKinds: ['threats-insults'] },
    );
    return caseId;
  };
  /** The token in the last mail's link. */
  const mailedToken = () => {
    const text = mailer.sent.at(-1)?.text ?? '';
    return /\/mails\/resume\/confirm\?t=([A-Za-z0-9_-]+)&lang=/.exec(text)?.[1] ?? '';
  };
  const welcome = (caseId: string) => sendCaseMail(deps, { caseId, mail: 'welcome' });
  return { store, log, logger, mailer, clock, deps, open, mailedToken, welcome };
}

describe('asking to receive the mails again', () => {
  it('mails a stopped address one confirmation with a single-use link, only its hash kept', async () => {
    // Prepare
    const h = harness();
    const caseId = await h.open();
    await stopMails(h.deps, caseId, 'recipient');

    // Act
    const result = await requestStopLiftForCase(h.deps, caseId);

    // Assess
    expect(result).toBe('sent');
    expect(h.mailer.sent).toHaveLength(1);
    const mail = h.mailer.sent[0];
    expect(mail?.to).toBe(VICTIM);
    // The case's choice: discreet by default, in French.
    expect(mail?.subject).toBe('Confirmez votre demande');
    expect(mail?.senderName).toBe('Mon espace');
    expect(mail?.stopMailsUrl).toBeUndefined();
    const token = h.mailedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(mail?.html).toContain(`https://app.example/mails/resume/confirm?t=${token}&amp;lang=fr`);
    // Neither the case nor anything typed is in it.
    expect(mail?.text).not.toContain(caseId);
    const stored = [...h.store.objects.entries()]
      .map(([key, body]) => `${key} ${new TextDecoder().decode(body)}`)
      .join('\n');
    expect(stored).not.toContain(token);
    // Nothing lifted yet: the mails stay stopped until the link's button.
    expect(await addressStopped(h.store, VICTIM)).toBe(true);
    expect(await h.welcome(caseId)).toEqual({ sent: false, reason: 'mails-stopped' });
  });

  it('mails nothing to an address that has no stop, nor for an unknown case', async () => {
    const h = harness();
    const caseId = await h.open();

    expect(await requestStopLiftForCase(h.deps, caseId)).toBe('not-stopped');
    expect(await requestStopLiftForCase(h.deps, '0123456789ABCDEFGHJKMNPQRS')).toBe('not-stopped');
    expect(await requestStopLiftForCase(h.deps, '../../etc')).toBe('not-stopped');
    expect(await requestStopLift(h.deps, { email: VICTIM, locale: 'en', discreet: true })).toBe(
      'not-stopped',
    );
    expect(h.mailer.sent).toHaveLength(0);
  });

  it('counts each confirmation against the address’s welcome budget, erased cases or not', async () => {
    // Prepare: a stranger keeps asking for the victim's stopped address.
    const h = harness();
    await stopAddress(h.store, VICTIM, h.clock.now);
    const ask = () => requestStopLift(h.deps, { email: VICTIM, locale: 'fr', discreet: true });

    // Act
    const results = [];
    for (let i = 0; i < WELCOME_MAILS_PER_ADDRESS_PER_DAY + 3; i++) results.push(await ask());
    const tomorrow = new Date(h.clock.now.getTime() + 24 * 3600_000 + 1000);
    h.clock.now = tomorrow;
    const nextDay = await ask();

    // Assess
    expect(results.filter((r) => r === 'sent')).toHaveLength(WELCOME_MAILS_PER_ADDRESS_PER_DAY);
    expect(results.slice(WELCOME_MAILS_PER_ADDRESS_PER_DAY)).toEqual(
      Array(3).fill('welcome-budget'),
    );
    expect(nextDay).toBe('sent');
    expect(h.mailer.sent).toHaveLength(WELCOME_MAILS_PER_ADDRESS_PER_DAY + 1);
  });

  it('sends nothing without a mailer, and logs neither the address nor the token', async () => {
    const h = harness();
    await stopAddress(h.store, VICTIM, h.clock.now);
    const { mailer: _, ...noMailer } = h.deps;

    expect(await requestStopLift(noMailer, { email: VICTIM, locale: 'fr', discreet: false })).toBe(
      'not-sent',
    );
    h.mailer.failWith.push(new Error(`rejected ${VICTIM}`));
    expect(await requestStopLift(h.deps, { email: VICTIM, locale: 'fr', discreet: false })).toBe(
      'not-sent',
    );
    await requestStopLift(h.deps, { email: VICTIM, locale: 'fr', discreet: false });

    const logged = JSON.stringify(h.logger.lines);
    expect(logged).not.toContain(VICTIM);
    expect(logged).not.toContain(h.mailedToken());
  });
});

describe('confirming from the mailbox', () => {
  it('lifts the address’s stop and the recipient stops of its cases, not a holder’s own stop', async () => {
    // Prepare: two cases of the victim stopped from a mail's link; a third whose holder
    // stopped the mails from its page; another address stopped too.
    const h = harness();
    const [first, second, third] = [await h.open(), await h.open(), await h.open()];
    await stopMails(h.deps, third as string, 'holder');
    await stopMails(h.deps, first as string, 'recipient');
    await stopMails(h.deps, second as string, 'recipient');
    const other = await h.open('other@example.org');
    await stopMails(h.deps, other, 'recipient');
    await requestStopLiftForCase(h.deps, first as string);

    // Act
    const lifted = await confirmStopLift(h.deps, h.mailedToken());

    // Assess
    expect(lifted).toBe(true);
    expect(await addressStopped(h.store, VICTIM)).toBe(false);
    expect((await h.log.load(first as string))?.mailsStoppedAt).toBeUndefined();
    expect((await h.log.load(second as string))?.mailsStoppedAt).toBeUndefined();
    expect((await h.log.load(third as string))?.mailsStoppedBy).toBe('holder');
    expect(await h.welcome(first as string)).toMatchObject({ sent: true });
    expect(await addressStopped(h.store, 'other@example.org')).toBe(true);
    expect(await h.welcome(other)).toEqual({ sent: false, reason: 'mails-stopped' });
  });

  it('works once, within 24 hours, and only with the mailed token', async () => {
    const h = harness();
    const caseId = await h.open();
    await stopMails(h.deps, caseId, 'recipient');
    await requestStopLiftForCase(h.deps, caseId);
    const token = h.mailedToken();

    expect(await confirmStopLift(h.deps, `${token.slice(0, -1)}x`)).toBe(false);
    expect(await confirmStopLift(h.deps, '')).toBe(false);
    expect(await confirmStopLift(h.deps, 'a/../../stopped')).toBe(false);
    h.clock.now = new Date(h.clock.now.getTime() + 24 * 3600_000 + 1);
    expect(await confirmStopLift(h.deps, token)).toBe(false);
    expect(await addressStopped(h.store, VICTIM)).toBe(true);

    await requestStopLiftForCase(h.deps, caseId);
    const fresh = h.mailedToken();
    expect(await confirmStopLift(h.deps, fresh)).toBe(true);
    await stopMails(h.deps, caseId, 'recipient');
    expect(await confirmStopLift(h.deps, fresh)).toBe(false);
    expect(await addressStopped(h.store, VICTIM)).toBe(true);
  });

  it('lifts the stop of an address whose cases were all erased', async () => {
    const h = harness();
    await stopAddress(h.store, VICTIM, h.clock.now);
    await indexCaseEmail(h.store, 'someone-else@example.org', '0123456789ABCDEFGHJKMNPQRS');
    await requestStopLift(h.deps, { email: VICTIM, locale: 'en', discreet: false });

    expect(await confirmStopLift(h.deps, h.mailedToken())).toBe(true);
    expect(await addressStopped(h.store, VICTIM)).toBe(false);
  });
});

describe('the confirmation mail', () => {
  it.each([
    ['fr', true, 'Confirmez votre demande', 'Mon espace'],
    ['fr', false, 'Recevoir à nouveau les messages de votre dossier', undefined],
    ['en', true, 'Confirm your request', 'My space'],
    ['en', false, 'Receive the mails about your case again', undefined],
  ] as const)('in %s, discreet %s: subject and sender', (locale, discreet, subject, sender) => {
    const mail = stopLiftMail({ locale, discreet }, context, 'T'.repeat(43));

    expect(mail.subject).toBe(subject);
    expect(mail.senderName).toBe(sender);
    expect(mail.text).toContain(
      `https://app.example/mails/resume/confirm?t=${'T'.repeat(43)}&lang=${locale}`,
    );
    // It asks for nothing but the page's button, and says what ignoring it does.
    expect(mail.text).toMatch(
      /ignorez ce message\u202f: les messages restent arrêtés|ignore this message: the mails stay stopped/,
    );
    expect(mail.text).not.toMatch(/\/cases\/|\/mails\/stop\//);
  });

  it('is typeset in French: no-break spaces before : ; ! ? and inside « »', () => {
    const mail = stopLiftMail({ locale: 'fr', discreet: false }, context, 'T'.repeat(43));

    expect(typographyFaults(mail.subject)).toEqual([]);
    expect(typographyFaults(mail.text)).toEqual([]);
    expect(mail.text).toContain('«\u202fRecevoir à nouveau les messages\u202f»');
  });
});
