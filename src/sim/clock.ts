/**
 * The simulator's clock: what audit records and `serverTime` say the time is. It follows the real
 * clock until a test stops it at an instant; then it moves only when told, so records are
 * reproducible to the millisecond.
 */
export interface SimClock {
  now(): Date;
  /** Stops the clock at this instant; `null` lets it follow the real clock again. */
  set(at: Date | string | number | null): void;
  /** Moves a stopped clock forward (or a running one, by shifting it). */
  advance(ms: number): void;
  /** Whether the clock is stopped. */
  readonly frozen: boolean;
}

export function toInstant(at: Date | string | number): Date {
  const date = at instanceof Date ? new Date(at.getTime()) : new Date(at);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(at)}`);
  return date;
}

export function createClock(start?: Date | string | number): SimClock {
  let frozenAt: number | undefined = start === undefined ? undefined : toInstant(start).getTime();
  let offset = 0;
  return {
    now: () => new Date(frozenAt ?? Date.now() + offset),
    set(at) {
      frozenAt = at === null ? undefined : toInstant(at).getTime();
      offset = 0;
    },
    advance(ms) {
      if (frozenAt === undefined) offset += ms;
      else frozenAt += ms;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
