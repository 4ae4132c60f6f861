/**
 * Counts hits per key in fixed windows, in this process's memory. On Lambda each
 * instance counts for itself, so these limits are per instance: the HTTP API's stage
 * throttling bounds the total, and 256-bit tokens make guessing hopeless anyway.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Oldest keys are forgotten past this many, so memory stays bounded. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one hit; true while the key is within its limit. */
  hit(key: string, now = Date.now()): boolean {
    const window = this.current(key, now);
    window.count++;
    this.windows.delete(key);
    this.windows.set(key, window);
    if (this.windows.size > this.maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    return window.count <= this.limit;
  }

  isOver(key: string, now = Date.now()): boolean {
    return this.current(key, now).count >= this.limit;
  }

  /** Seconds until the key's window ends. */
  retryAfter(key: string, now = Date.now()): number {
    return Math.max(1, Math.ceil((this.current(key, now).start + this.windowMs - now) / 1000));
  }

  private current(key: string, now: number) {
    const window = this.windows.get(key);
    return window && now - window.start < this.windowMs ? window : { start: now, count: 0 };
  }
}
