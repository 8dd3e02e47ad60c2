/**
 * Waits that end early when a signal aborts, sharing one `abort` listener per signal. A run has one
 * signal (the interrupt) and many waits on it at once: every write in flight, every retry pause. One
 * listener each would pass the EventTarget limit of 10 (a MaxListenersExceededWarning in the output)
 * with as few as 11 writes in parallel; here the signal has one listener while any wait is on it, and
 * none once the last one ended.
 */

interface Waiters {
  callbacks: Set<() => void>;
  listener: () => void;
}

const bySignal = new WeakMap<AbortSignal, Waiters>();

/**
 * Calls `callback` once when `signal` aborts (at once, synchronously, when it already has). Returns the
 * function that ends the wait: call it when the wait is over, whichever way, so nothing stays behind.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return () => undefined;
  }
  let waiters = bySignal.get(signal);
  if (waiters === undefined) {
    const callbacks = new Set<() => void>();
    const listener = (): void => {
      bySignal.delete(signal);
      for (const waiting of [...callbacks]) waiting();
      callbacks.clear();
    };
    waiters = { callbacks, listener };
    bySignal.set(signal, waiters);
    signal.addEventListener('abort', listener, { once: true });
  }
  // A wrapper of its own, so the same callback given twice is two waits.
  const wait = (): void => {
    callback();
  };
  const { callbacks, listener } = waiters;
  callbacks.add(wait);
  return () => {
    if (!callbacks.delete(wait) || callbacks.size > 0) return;
    bySignal.delete(signal);
    signal.removeEventListener('abort', listener);
  };
}
