/**
 * How many requests may be in flight, adapted to Jira's rate limits (additive increase, multiplicative
 * decrease, as TCP does): it starts at 10 (or the maximum, when lower), halves when Jira answers 429 or
 * sends a Retry-After, and grows back by one after a full round of answers without either, never above
 * the maximum (JIRA_PERMS_CONCURRENCY). Reads and writes share it: both count against Jira's limits.
 */

export const START_CONCURRENCY = 10;

export interface Slot {
  /** Which limit the request was sent under: a throttle seen by several requests of one round halves once. */
  readonly epoch: number;
  release(): void;
}

export class AdaptiveLimiter {
  private limitNow: number;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private successes = 0;
  private epoch = 0;

  constructor(readonly max: number) {
    this.max = Math.max(1, Math.floor(max));
    this.limitNow = Math.min(START_CONCURRENCY, this.max);
  }

  /** Requests allowed in flight now. */
  get limit(): number {
    return this.limitNow;
  }

  get inFlight(): number {
    return this.active;
  }

  async acquire(): Promise<Slot> {
    if (this.active >= this.limitNow) {
      // FIFO: the slot is handed over by `release`, so a late arrival cannot overtake.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    const epoch = this.epoch;
    let released = false;
    return {
      epoch,
      release: () => {
        if (released) return;
        released = true;
        this.active--;
        this.drain();
      },
    };
  }

  /** An answer without a throttle signal: a full round of them grows the limit by one. */
  succeeded(): void {
    if (this.limitNow >= this.max) return;
    this.successes++;
    if (this.successes >= this.limitNow) {
      this.successes = 0;
      this.limitNow++;
      this.drain();
    }
  }

  /** Jira answered 429 or sent Retry-After to a request sent under `epoch`. */
  throttled(epoch: number): void {
    // Requests already in flight when the limit went down answer 429 too; that is the same signal.
    if (epoch !== this.epoch) return;
    this.epoch++;
    this.successes = 0;
    this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
  }

  private drain(): void {
    while (this.active < this.limitNow) {
      const next = this.waiting.shift();
      if (next === undefined) return;
      this.active++;
      next();
    }
  }
}
