import { errorName, type Logger } from '../shared/logger.js';

/**
 * A schedule of EventBridge's, locally: runs `run` every `intervalMs`, never two at once
 * (a run still going when the next is due lets it pass). The timer does not keep the
 * process alive; `close` stops it and waits for the run under way.
 */
export function runEvery(
  intervalMs: number,
  run: () => Promise<unknown>,
  logger: Logger,
  what: string,
): { close(): Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .then(
        () => undefined,
        (error: unknown) => logger.error(`${what} failed`, { errorName: errorName(error) }),
      )
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return {
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
