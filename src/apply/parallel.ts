/**
 * Runs `work` for every item, at most `width()` at a time, and starts none once `stopped()` says so.
 * The width is read again each time one finishes, so it follows the client's adaptive limit (it halves
 * when Jira answers 429): the executor never holds more writes than the client lets through, and an
 * interrupt leaves at most that many in flight. Items that were never started are left as they are.
 */
export function forEachBounded<T>(
  items: readonly T[],
  width: () => number,
  stopped: () => boolean,
  work: (item: T) => Promise<void>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    let failed = false;
    const pump = (): void => {
      while (!failed && running < Math.max(1, width()) && next < items.length && !stopped()) {
        const item = items[next++] as T;
        running++;
        work(item).then(
          () => {
            running--;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
      if (running === 0 && (next >= items.length || stopped())) resolve();
    };
    pump();
  });
}
