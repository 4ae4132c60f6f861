/**
 * What a structure scan found wrong with an upload: `polyglot` for data hidden around or
 * inside an image, `active-content` for a PDF that can act when opened (or cannot be
 * inspected whole). `detail` says where, for tests and code reading; it is never logged.
 */
export interface Finding {
  readonly reason: 'polyglot' | 'active-content';
  readonly detail: string;
}

/** Fed each chunk of an object as it streams, then told where it ends. */
export interface Inspector {
  write(chunk: Uint8Array): void;
  end(): void;
  /** The first problem found; once set, later chunks are ignored. */
  readonly finding: Finding | undefined;
}

/**
 * What a format parser asks for next: exactly `take` bytes (handed over), `skip` bytes
 * (dropped), or every byte up to and including the next `scanFor` byte. The answer is
 * `null` when the object ended first.
 */
export type Need =
  | { readonly take: number }
  | { readonly skip: number }
  | { readonly scanFor: number };
export type Parser = Generator<Need, Finding | undefined, Uint8Array | null>;

const NONE = new Uint8Array(0);

/**
 * Runs a format parser written as a generator over a stream of chunks, so each parser
 * reads like a sequential decoder while the object arrives in arbitrary pieces (a
 * marker or a length split across two chunks included). Only what a parser takes is
 * held: a skipped image payload is counted, never buffered.
 */
export class ParserInspector implements Inspector {
  finding: Finding | undefined;
  private need: Need | undefined;
  private parts: Uint8Array[] = [];
  private held = 0;
  private left = 0;

  constructor(private readonly parser: Parser) {
    this.advance(parser.next());
  }

  write(chunk: Uint8Array): void {
    let at = 0;
    while (this.need && at < chunk.length) {
      const need = this.need;
      if ('skip' in need) {
        const used = Math.min(this.left, chunk.length - at);
        at += used;
        this.left -= used;
        if (this.left === 0) this.answer(NONE);
      } else if ('take' in need) {
        const used = Math.min(need.take - this.held, chunk.length - at);
        this.parts.push(chunk.subarray(at, at + used));
        this.held += used;
        at += used;
        if (this.held === need.take) this.answer(joined(this.parts, this.held));
      } else {
        const found = chunk.indexOf(need.scanFor, at);
        if (found < 0) at = chunk.length;
        else {
          at = found + 1;
          this.answer(chunk.subarray(found, found + 1));
        }
      }
    }
  }

  end(): void {
    // Every pending need is answered "ended"; a parser returns on it (bounded, in case).
    for (let i = 0; this.need && i < 1000; i++) this.answer(null);
    if (this.need) this.finding ??= { reason: 'polyglot', detail: 'parser did not stop' };
  }

  private answer(value: Uint8Array | null): void {
    this.parts = [];
    this.held = 0;
    this.advance(this.parser.next(value));
  }

  private advance(result: IteratorResult<Need, Finding | undefined>): void {
    if (result.done) {
      this.need = undefined;
      this.finding ??= result.value;
      return;
    }
    this.need = result.value;
    if ('skip' in result.value) {
      this.left = result.value.skip;
      if (this.left === 0) this.answer(NONE);
    } else if ('take' in result.value && result.value.take === 0) this.answer(NONE);
  }
}

function joined(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return (parts[0] as Uint8Array).slice();
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const u16 = (bytes: Uint8Array, at: number) =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
export const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 65536 + u16(bytes, at + 2);
