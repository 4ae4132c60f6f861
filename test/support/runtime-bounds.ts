/**
 * Bounds for tests that start the local runtime, set for a 2-core machine whose cores are
 * both busy. A start reads the state machine from its cache (`local/workflow-cache.ts`) in
 * milliseconds, but synthesizes the CDK app when its sources changed since the last start:
 * 6 s of CPU, 40 s measured for a whole `npm start` with both cores busy. These are hang
 * detectors, not speed checks: `npm run bench:start` measures the start against its target.
 */
export const RUNTIME_START_MS = 120_000;

/** A test that starts the runtime (once or twice) and walks a case through it. */
export const RUNTIME_TEST_MS = 2 * RUNTIME_START_MS + 60_000;

/**
 * From a step to the next one when a dossier compiles in between: the local runtime
 * compiles in a child process of its own, whose start (Node and tsx loading the compiler)
 * takes 2 to 3 s here, much more with both cores busy.
 */
export const DOSSIER_COMPILE_MS = 60_000;

/**
 * A whole browser journey in Chromium, French then English with axe: 60 to 90 s on a quiet
 * machine; one took more than 180 s at load 17.
 */
export const BROWSER_JOURNEY_MS = 360_000;
