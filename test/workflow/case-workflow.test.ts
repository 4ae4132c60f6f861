import { createHash } from 'node:crypto';
import { TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StepFunctionsError } from '../../local/step-functions/engine.js';
import { MailRejectedError } from '../../shared/ports/mailer.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { resumeCase } from '../../shared/usecases/resume-case.js';
import { waitFor } from '../support/wait-for.js';
import {
  harness,
  prepareWorkflow,
  stopEngines,
  untilComplaint,
} from '../support/workflow-harness.js';

beforeAll(prepareWorkflow);
afterEach(stopEngines);

describe('the synthesized case workflow', () => {
  it('walks the filed branch: welcome, evidence, certificate, dossier, complaint filed, follow-up, closed', async () => {
    // Prepare
    const h = harness();
    const { caseId } = await h.open();

    // Act: she chose to receive the dossier attached as is.
    await untilComplaint(h, caseId, 'plain');
    const filed = await h.complete(caseId, {
      stepId: 'file-complaint',
      body: {
        outcome: 'filed',
        reference: 'PV-2026-001',
        policeStation: 'Commissariat de Lyon 3e',
      },
    });
    // The follow-up comes after its wait: a decision given needs no letter, and ends it.
    await h.awaiting(caseId, 'follow-up');
    await h.complete(caseId, { stepId: 'follow-up', body: { answer: 'decided' } });
    await h.execution().done;

    // Assess
    expect(filed).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(h.execution().status).toBe('SUCCEEDED');
    // Discreet mode, on by default: subjects say nothing of harassment or a complaint.
    expect(h.subjects()).toEqual([
      'Your space is open',
      'Your document is ready',
      'It is recorded',
      'Every step is done',
    ]);
    // The receipt number stays on the case page: mails carry nothing anyone typed.
    expect(h.mailer.sent[2]?.text).toContain('Keep the receipt safe');
    expect(h.mailer.sent[2]?.text).not.toContain('PV-2026-001');
    // The "dossier ready" mail carries the compiled PDF, byte for byte.
    const attached = h.mailer.sent[1]?.attachments?.[0];
    expect(attached?.fileName).toBe('document-v1.pdf');
    expect(h.mailer.sent[1]?.text).toContain('The PDF dossier is attached');
    const stored = (await h.log.load(caseId))?.dossiers[0]?.files.find(
      (f) => f.name === 'dossier.pdf',
    );
    expect(
      createHash('sha256')
        .update(attached?.content ?? new Uint8Array())
        .digest('hex'),
    ).toBe(stored?.sha256);
    const types = await h.types(caseId);
    expect(types).toContain('dossier-progress');
    expect(types.filter((t) => t !== 'dossier-progress')).toEqual([
      'case-opened',
      'workflow-started',
      // The welcome mail carries a sign-in link: its hash is recorded first.
      'sign-in-link-issued',
      'mail-sent',
      'step-awaiting',
      'sign-in-link-used',
      'dossier-delivery-chosen',
      'link-added',
      'step-updated',
      'step-awaiting',
      'step-updated',
      'dossier-compiled',
      'mail-sent',
      'step-awaiting',
      'complaint-outcome-recorded',
      'mail-sent',
      'step-awaiting',
      'follow-up-recorded',
      'mail-sent',
      'case-closed',
    ]);
    const state = await h.log.load(caseId);
    expect(state?.workflow.status).toBe('closed');
    expect(state?.steps['write-prosecutor'].status).toBe('not-applicable');
  });

  it('walks the refused branch: the letter to the Procureur, the follow-up, then closed', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);

    await h.complete(caseId, { stepId: 'file-complaint', body: { outcome: 'refused' } });
    await h.awaiting(caseId, 'write-prosecutor');
    const sent = await h.complete(caseId, {
      stepId: 'write-prosecutor',
      body: { status: 'done', trackingNumber: '1A 234 567 8901 2' },
    });
    await h.awaiting(caseId, 'follow-up');
    await h.complete(caseId, {
      stepId: 'follow-up',
      body: { answer: 'hearing', hearingAt: '2027-03-15', court: 'Tribunal correctionnel de Lyon' },
    });
    // A reminder before the hearing, the question again after it (`follow-up.test.ts`).
    await h.awaiting(caseId, 'follow-up');
    await h.complete(caseId, { stepId: 'follow-up', body: { answer: 'decided' } });
    await h.execution().done;

    expect(sent).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(h.subjects()).toEqual([
      'Your space is open',
      'Your document is ready',
      'Your letter is ready',
      'A date is coming up',
      'A quick follow-up',
      'Every step is done',
    ]);
    // She never said how the dossier should come by mail: no mail carries it.
    expect(h.mailer.sent.flatMap((m) => m.attachments ?? [])).toEqual([]);
    expect(h.mailer.sent[1]?.text).toContain('The PDF dossier is not attached.');
    expect(h.mailer.sent[2]?.text).toMatch(/registered letter with acknowledgement of receipt/);
    const events = await h.log.read(caseId);
    expect(
      events.filter((e) => e.type === 'dossier-compiled').map((e) => 'purpose' in e && e.purpose),
    ).toEqual(['complaint', 'prosecutor-letter']);
    const compiled = events.filter((e) => e.type === 'dossier-compiled');
    for (const dossier of compiled) {
      expect('files' in dossier && dossier.files.map((f) => f.name)).toEqual([
        'dossier.pdf',
        'dossier.zip',
      ]);
    }
    expect(
      events
        .map((e) => e.type)
        .filter((t) => t !== 'dossier-progress')
        .slice(-14),
    ).toEqual([
      'complaint-outcome-recorded',
      'dossier-compiled',
      'mail-sent',
      'step-awaiting',
      'prosecutor-letter-sent',
      'step-awaiting',
      'follow-up-recorded',
      // The hearing's reminder, then the question asked again.
      'mail-sent',
      'mail-sent',
      'follow-up-reopened',
      'step-awaiting',
      'follow-up-recorded',
      'mail-sent',
      'case-closed',
    ]);
    expect((await h.log.load(caseId))?.workflow.status).toBe('closed');
  });

  it('reminds on timeout of the step, numbered as on the page, then stalls at the limit', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 2 });
    const { caseId } = await h.open();

    await h.execution().done;

    expect(h.subjects()).toEqual([
      'Your space is open',
      'Reminder – Step 4 of 9',
      'Reminder – Step 4 of 9',
      'We are stopping the reminders',
    ]);
    const [first, last] = [h.mailer.sent[1]?.text ?? '', h.mailer.sent[2]?.text ?? ''];
    // The step as the case page numbers it, not the list of every step again.
    expect(first).toContain('Step 4 of 9 – Keep screenshots and links');
    expect(first).toContain('8 other steps are waiting too');
    expect(first).not.toContain('File a complaint');
    expect(first).not.toContain('last reminder');
    expect(last).toContain('This is our last reminder for this step.');
    // No act dated yet: no time limit is near, so the reminders do not repeat them.
    expect(first + last).not.toContain('6 years after the last act');
    expect((await h.log.load(caseId))?.workflow.status).toBe('stalled');
  });

  it('resumes a stalled case at its step, without a second welcome', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 0 });
    const { caseId } = await h.open();
    await h.execution(0).done;
    await h.addLink(caseId);
    await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });

    const stalled = await h.log.load(caseId);
    const resumed = await resumeCase(h.deps, stalled as NonNullable<typeof stalled>);

    expect(resumed).toEqual({ outcome: 'resumed', resumeAt: 'medical-certificate' });
    await h.awaiting(caseId, 'medical-certificate');
    expect(h.execution(1).name).toBe(`${caseId}-2`);
    expect(h.subjects().filter((s) => s === 'Your space is open')).toHaveLength(1);
    const again = await h.log.load(caseId);
    expect(await resumeCase(h.deps, again as NonNullable<typeof again>)).toEqual({
      outcome: 'already-running',
    });
  });

  it('takes a step posted twice once, and a late post after a timeout too', async () => {
    const h = harness({ stepTimeoutSeconds: 1, maxReminders: 3 });
    const { caseId } = await h.open();
    await h.addLink(caseId);
    const firstToken = await h.awaiting(caseId, 'collect-evidence');
    const staleState = await h.log.load(caseId);
    await waitFor(
      async () => {
        const token = (await h.log.load(caseId))?.awaiting['collect-evidence']?.taskToken;
        return token !== undefined && token !== firstToken.taskToken;
      },
      { what: 'a second wait' },
    );

    // The victim's page still showed the first wait: its token has timed out.
    const late = await completeStep(h.deps, staleState as NonNullable<typeof staleState>, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });
    const twice = await h.complete(caseId, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });

    expect(late).toEqual({ outcome: 'completed', workflowResumed: true });
    expect(twice).toEqual({ outcome: 'already-complete' });
    await h.awaiting(caseId, 'medical-certificate');
    expect((await h.types(caseId)).filter((t) => t === 'step-updated')).toHaveLength(1);
    expect(() => h.engine.sendTaskSuccess(firstToken.taskToken, '{}')).toThrow(StepFunctionsError);
  });

  it('needs evidence before the evidence step, and an upload for the certificate', async () => {
    const h = harness();
    const { caseId } = await h.open();

    const noEvidence = await h.complete(caseId, {
      stepId: 'collect-evidence',
      body: { status: 'done' },
    });
    const noCertificate = await h.complete(caseId, {
      stepId: 'medical-certificate',
      body: { status: 'done' },
    });

    expect(noEvidence).toEqual({ outcome: 'missing', missing: 'evidence' });
    expect(noCertificate).toEqual({ outcome: 'missing', missing: 'certificate' });
    expect(await h.types(caseId)).not.toContain('step-updated');
  });

  it('refuses the letter step before a refused complaint, and a changed outcome', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await untilComplaint(h, caseId);

    const early = await h.complete(caseId, {
      stepId: 'write-prosecutor',
      body: { status: 'done' },
    });
    await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'filed', reference: 'R-1' },
    });
    const changed = await h.complete(caseId, {
      stepId: 'file-complaint',
      body: { outcome: 'refused' },
    });

    expect(early).toEqual({ outcome: 'not-applicable' });
    expect(changed).toEqual({ outcome: 'conflict', recorded: 'filed' });
  });

  it('retries a throttled mail until SES takes it', async () => {
    const h = harness();
    h.mailer.failWith.push(
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
      new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
    );

    const { caseId } = await h.open();

    await h.awaiting(caseId, 'collect-evidence');
    expect(h.subjects()).toEqual(['Your space is open']);
    expect(h.mailer.failWith).toHaveLength(0);
  });

  it('records a rejected mail and goes on with the case', async () => {
    const h = harness();
    h.mailer.failWith.push(new MailRejectedError('MessageRejected'));

    const { caseId } = await h.open();

    await h.awaiting(caseId, 'collect-evidence');
    const events = await h.log.read(caseId);
    expect(events.find((e) => e.type === 'mail-failed')).toMatchObject({
      mail: 'welcome',
      reason: 'MessageRejected',
    });
    expect(h.execution().status).toBe('RUNNING');
  });

  it('does not wait on a step the victim finished before the workflow got there', async () => {
    const h = harness();
    const { caseId } = await h.open();
    await h.addLink(caseId);
    await h.complete(caseId, { stepId: 'collect-evidence', body: { status: 'done' } });

    // Whether the wait began before or after the post, the workflow moves on.
    await h.awaiting(caseId, 'medical-certificate');

    expect((await h.log.load(caseId))?.steps['collect-evidence'].status).toBe('done');
    expect(h.subjects()).toEqual(['Your space is open']);
  });
});
