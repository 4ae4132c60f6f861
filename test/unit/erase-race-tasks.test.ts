import { describe, expect, it } from 'vitest';
import { createAwaitStepHandler } from '../../functions/await-step.js';
import type { AwsRuntime } from '../../functions/environment.js';
import { createNotifyHandler } from '../../functions/notify.js';
import { erasedCaseKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import type { NewCaseEvent } from '../../shared/domain/events.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { apiHarness } from '../support/api-harness.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import type { MemoryBlobStore } from '../support/memory-blob-store.js';

/** Every stored key that names the case, but for its tombstone (nothing personal). */
const leftOf = (store: MemoryBlobStore, caseId: string) =>
  [...store.objects.keys()].filter((key) => key.includes(caseId) && key !== erasedCaseKey(caseId));

/**
 * The log of a task's Lambda, another instance than the API's: `afterLoad` and
 * `beforeAppend` run once, where the erase lands in each race.
 */
class RacedLog extends CaseLog {
  afterLoad?: () => Promise<void>;
  beforeAppend?: () => Promise<void>;

  override async load(caseId: string) {
    const state = await super.load(caseId);
    const hook = this.afterLoad;
    this.afterLoad = undefined;
    await hook?.();
    return state;
  }

  override async append(event: NewCaseEvent) {
    const hook = this.beforeAppend;
    this.beforeAppend = undefined;
    await hook?.();
    return super.append(event);
  }
}

/** An opened case, the two task handlers on a log of their own, and the victim's erase. */
async function openedCase() {
  const h = apiHarness();
  const { caseId } = await h.openCase();
  const erase = async () => {
    const log = new CaseLog(h.store);
    const state = await log.load(caseId);
    await eraseCase(
      { log, store: h.store, workflow: new RecordingWorkflow(), logger: capturingLogger() },
      state as never,
    );
  };
  const log = new RacedLog(h.store);
  const mailer = new RecordingMailer();
  const workflow = new RecordingWorkflow();
  const runtime = {
    env: {},
    store: h.store,
    log,
    logger: capturingLogger(),
    mailer: () => mailer,
    mailContext: () => ({ publicBaseUrl: 'https://app.example' }),
    workflow: () => workflow,
  } as unknown as AwsRuntime;
  return {
    h,
    caseId,
    erase,
    log,
    mailer,
    workflow,
    notify: createNotifyHandler(runtime),
    awaitStep: createAwaitStepHandler(runtime),
  };
}

const awaitTask = (caseId: string) => ({
  caseId,
  stepId: 'collect-evidence',
  taskToken: 'token-of-the-step',
});

describe('erasing a case while a workflow task runs', () => {
  it('await-step: erased after the task read the case, it writes nothing and fails its task', async () => {
    // Prepare: the erase runs to its end just after the task loaded the case.
    const { h, caseId, erase, log, workflow, awaitStep } = await openedCase();
    log.afterLoad = erase;

    // Act
    await awaitStep(awaitTask(caseId));

    // Assess
    expect(leftOf(h.store, caseId)).toEqual([]);
    expect(workflow.failed).toEqual([{ taskToken: 'token-of-the-step', error: 'CaseGone' }]);
  });

  it('await-step: erased just before the task writes, its event is swept after', async () => {
    const { h, caseId, erase, log, awaitStep } = await openedCase();
    log.beforeAppend = erase;

    await awaitStep(awaitTask(caseId));

    expect(leftOf(h.store, caseId)).toEqual([]);
  });

  it('notify: erased after the task read the case, no mail goes and nothing is written', async () => {
    const { h, caseId, erase, log, mailer, notify } = await openedCase();
    log.afterLoad = erase;

    const result = await notify({ caseId, mail: 'reminder', stepId: 'collect-evidence' });

    expect(result).toEqual({ sent: false, reason: 'case-gone' });
    expect(mailer.sent).toEqual([]);
    expect(leftOf(h.store, caseId)).toEqual([]);
  });

  it('notify: erased while the mail was on its way, its record is swept after', async () => {
    // Prepare: SES answers only once the erase has swept (a welcome mail: its sign-in
    // link was recorded before sending, its result after).
    const { h, caseId, erase, mailer, notify } = await openedCase();
    const send = mailer.send.bind(mailer);
    mailer.send = async (message) => {
      await erase();
      return send(message);
    };

    await notify({ caseId, mail: 'welcome' });

    expect(mailer.sent).toHaveLength(1);
    expect(leftOf(h.store, caseId)).toEqual([]);
  });

  it('notify: a stalled mark after the erase is swept too', async () => {
    const { h, caseId, erase, log, notify } = await openedCase();
    // The mail's record goes first; the erase lands before the mark.
    const append = log.append.bind(log);
    let appends = 0;
    log.append = async (event) => {
      if (++appends === 2) await erase();
      return append(event);
    };

    await notify({ caseId, mail: 'stalled', stepId: 'collect-evidence', marks: 'stalled' });

    expect(leftOf(h.store, caseId)).toEqual([]);
  });
});
