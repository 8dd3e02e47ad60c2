import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

import { progressText, progressView } from '../../src/view/progress.js';

describe('progress', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('says what it is doing, with counts as people read them', () => {
    expect(progressText({ step: 'load', message: 'Reading the files' })).toBe('Reading the files...');
    expect(progressText({ step: 'projects', message: 'Reading projects', done: 1200, total: 3060 })).toBe(
      'Reading projects: 1,200 of 3,060',
    );
  });

  it('in a log: a line per step, then one at least every 10 seconds while a step lasts', () => {
    const lines: string[] = [];
    const view = progressView((text) => lines.push(text), { live: false, now: () => Date.now() });
    view.report({ step: 'load', message: 'Reading the files' });
    view.report({ step: 'projects', message: 'Reading projects', done: 100, total: 3060 });
    view.report({ step: 'projects', message: 'Reading projects', done: 600, total: 3060 });
    expect(lines).toEqual(['Reading the files...\n', 'Reading projects: 100 of 3,060\n']);
    view.report({ step: 'projects', message: 'Reading projects', done: 1200, total: 3060 });
    jest.advanceTimersByTime(10_000);
    expect(lines.at(-1)).toBe('Reading projects: 1,200 of 3,060\n');
    // Nothing new for a while still gets a line, so the log never looks hung.
    jest.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(4);
    view.done();
    jest.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(4);
    expect(lines.join('')).not.toContain('\r');
  });

  it('on a terminal: one line rewritten in place, cleared at the end', () => {
    const written: string[] = [];
    const view = progressView((text) => written.push(text), { live: true, now: () => Date.now() });
    view.report({ step: 'projects', message: 'Reading projects', done: 1, total: 3 });
    view.report({ step: 'projects', message: 'Reading projects', done: 2, total: 3 });
    view.report({ step: 'projects', message: 'Reading projects', done: 3, total: 3 });
    view.done();
    // The middle count came too soon after the first to be drawn; the last one always is.
    expect(written).toEqual([
      '\r\u001b[2KReading projects: 1 of 3',
      '\r\u001b[2KReading projects: 3 of 3',
      '\r\u001b[2K',
    ]);
  });
});
