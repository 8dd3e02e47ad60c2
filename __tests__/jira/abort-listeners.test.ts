/**
 * Waits on the run's signal share one `abort` listener (src/util/abort.ts): many retry pauses at once
 * must not pass the EventTarget limit of 10 (a MaxListenersExceededWarning), and none may stay behind.
 */
import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';

import { defaultSleep } from '../../src/jira/http.js';
import { onAbort } from '../../src/util/abort.js';

function listeners(signal: AbortSignal): number {
  return getEventListeners(signal, 'abort').length;
}

describe('waits on an AbortSignal', () => {
  it('keeps one listener for 50 retry pauses at once, and none once they are over', async () => {
    const controller = new AbortController();
    const waits = Array.from({ length: 50 }, () => defaultSleep(5, controller.signal));
    expect(listeners(controller.signal)).toBe(1);
    await Promise.all(waits);
    expect(listeners(controller.signal)).toBe(0);
    // And again, one after another: nothing accumulates.
    for (let index = 0; index < 20; index++) await defaultSleep(1, controller.signal);
    expect(listeners(controller.signal)).toBe(0);
  });

  it('ends every pause on an abort, with the reason, and leaves no listener', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waits = Array.from({ length: 30 }, () => defaultSleep(60_000, controller.signal));
    expect(listeners(controller.signal)).toBe(1);
    controller.abort(new Error('interrupted'));
    const outcomes = await Promise.allSettled(waits);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(30).fill('rejected'));
    expect(
      outcomes.every(
        (outcome) => outcome.status === 'rejected' && String(outcome.reason).includes('interrupted'),
      ),
    ).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(listeners(controller.signal)).toBe(0);
    // A pause on a signal already aborted fails at once and adds nothing.
    await expect(defaultSleep(60_000, controller.signal)).rejects.toThrow('interrupted');
    expect(listeners(controller.signal)).toBe(0);
  });

  it('calls each waiting callback once, not the ones that ended, and at once on an aborted signal', () => {
    const controller = new AbortController();
    const called: string[] = [];
    const stopA = onAbort(controller.signal, () => called.push('a'));
    onAbort(controller.signal, () => called.push('b'));
    const same = (): void => {
      called.push('c');
    };
    onAbort(controller.signal, same);
    onAbort(controller.signal, same);
    stopA();
    expect(listeners(controller.signal)).toBe(1);
    controller.abort();
    expect(called).toEqual(['b', 'c', 'c']);
    expect(listeners(controller.signal)).toBe(0);
    onAbort(controller.signal, () => called.push('late'));
    expect(called).toEqual(['b', 'c', 'c', 'late']);
  });
});
