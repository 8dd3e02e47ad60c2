/**
 * One read per item of a list that arrives in pages (a project's scheme, per listed project), started
 * in the list's order with at most `width` of them begun and not yet ended. The HTTP layer's limiter
 * bounds what is in flight anyway; this bounds what waits for it. A read started as soon as its item
 * is listed waits in the limiter's queue as a chain of suspended calls (the client's, the HTTP
 * layer's, their promises and paths: a few KB), for as long as the reads listed before it take: about
 * half a second at 3,000 projects, long enough to be copied to V8's old generation and die there,
 * 1.4 MB a second of garbage for the whole read. Here an item waits as its index only.
 *
 * `width` at the most the limiter allows keeps it as busy as before: whenever an item waits, `width`
 * reads are begun, so the limiter never has fewer asking than it lets through.
 */
export class ReadPool {
  private readonly width: number;
  private listed = 0;
  private next = 0;
  private running = 0;
  private stopped = false;
  private failure: { error: unknown } | undefined;
  private readonly waiters: (() => void)[] = [];

  /** `read(index)`: the read of the index-th item added (from 0). */
  constructor(
    width: number,
    private readonly read: (index: number) => Promise<void>,
  ) {
    this.width = Math.max(1, Math.floor(width));
  }

  /** One more item: its read starts now, or once a read begun before it has ended. */
  add(): void {
    this.listed++;
    this.pump();
  }

  /**
   * Resolves once the read of every item added has ended; rejects with the first read that failed, once
   * the reads already begun have ended (no read outlives it; none starts after a failure).
   */
  async finish(): Promise<void> {
    await this.ended();
    if (this.failure !== undefined) throw this.failure.error;
  }

  /** Starts no more reads (the list itself failed); resolves once those begun have ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.ended();
  }

  private get halted(): boolean {
    return this.stopped || this.failure !== undefined;
  }

  private get done(): boolean {
    return this.running === 0 && (this.halted || this.next >= this.listed);
  }

  private ended(): Promise<void> {
    if (this.done) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (!this.halted && this.running < this.width && this.next < this.listed) {
      const index = this.next++;
      this.running++;
      this.read(index).then(
        () => {
          this.settle();
        },
        (error: unknown) => {
          this.failure ??= { error };
          this.settle();
        },
      );
    }
  }

  private settle(): void {
    this.running--;
    this.pump();
    if (!this.done) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
