/**
 * Amazon States Language, as much of it as the local engine reads. The definition itself
 * comes from the synthesized CDK template, never from a hand-written copy.
 */
export interface AslState {
  Type: string;
  Resource?: string;
  Parameters?: Record<string, unknown>;
  TimeoutSeconds?: number;
  TimeoutSecondsPath?: string;
  Branches?: AslDefinition[];
  Iterator?: AslDefinition;
  ItemProcessor?: AslDefinition;
  [key: string]: unknown;
}

export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  TimeoutSeconds?: number;
  [key: string]: unknown;
}

/** Every state of a definition, nested ones (Parallel, Map) included. */
export function* allStates(definition: AslDefinition): Generator<[string, AslState]> {
  for (const [name, state] of Object.entries(definition.States)) {
    yield [name, state];
    for (const branch of state.Branches ?? []) yield* allStates(branch);
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) yield* allStates(processor);
  }
}

/** Longest timer Node honours (2^31 - 1 ms, ~24.8 days); longer ones fire at once. */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * Adapts a definition to two gaps of aws-local-stepfunctions, leaving its behaviour as on
 * AWS:
 * - it evaluates `TimeoutSecondsPath` against the task's parameters, AWS against the state
 *   input. A Lambda task whose payload carries the same field (`"timing.$": "$.timing"`)
 *   gets the path rewritten into its payload; any other use is refused, loudly.
 * - timers over ~24.8 days fire at once: the top-level timeout and fixed waits are clamped.
 */
export function adaptForLocalEngine(definition: AslDefinition): AslDefinition {
  const copy = structuredClone(definition);
  if (copy.TimeoutSeconds !== undefined) {
    copy.TimeoutSeconds = Math.min(copy.TimeoutSeconds, MAX_TIMER_SECONDS);
  }
  for (const [name, state] of allStates(copy)) {
    if (state.Type === 'Wait' && typeof state.Seconds === 'number') {
      state.Seconds = Math.min(state.Seconds, MAX_TIMER_SECONDS);
    }
    if (state.Type !== 'Task' || !state.TimeoutSecondsPath) continue;
    const path = state.TimeoutSecondsPath;
    const field = path.match(/^\$\.([A-Za-z0-9_]+)/)?.[1];
    const payload = state.Parameters?.Payload as Record<string, unknown> | undefined;
    if (!field || payload?.[`${field}.$`] !== `$.${field}`) {
      throw new Error(
        `state "${name}": TimeoutSecondsPath ${path} must also be passed in its payload as "${field}.$": "$.${field}" to run locally`,
      );
    }
    state.TimeoutSecondsPath = `$.Payload${path.slice(1)}`;
  }
  return copy;
}
