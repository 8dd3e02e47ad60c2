/**
 * Progress for people watching a long command. On a terminal: one live line, rewritten in place and
 * cleared at the end. Without one (CI logs): a line per step, and while a step lasts a line at least
 * every 10 seconds (`Reading which projects use the changed schemes: 1,200 of 3,060`), so a log never
 * looks hung and never fills with a line per request.
 */
import type { Progress, ProgressReporter } from '../commands/deps.js';
import { count } from './words.js';

export interface ProgressView {
  report: ProgressReporter;
  /** Ends the current line (terminal) or the heartbeat (log). Safe to call more than once. */
  done(): void;
}

export interface ProgressViewOptions {
  /** Rewrite one line in place (a terminal) instead of writing lines. */
  live: boolean;
  /** Longest quiet time in a log, in milliseconds (default 10 s). */
  heartbeatMs?: number;
  /** How long a live line waits before it is redrawn for a count alone (default 100 ms). */
  redrawMs?: number;
  now?: () => number;
}

/** `Reading projects: 1,200 of 3,060` or `Reading projects...`. */
export function progressText(progress: Progress): string {
  if (progress.done === undefined) return `${progress.message}...`;
  const total = progress.total === undefined ? '' : ` of ${count(progress.total)}`;
  return `${progress.message}: ${count(progress.done)}${total}`;
}

/** Progress written to `write` (stderr, or the action's log), as a live line or as log lines. */
export function progressView(write: (text: string) => void, options: ProgressViewOptions): ProgressView {
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const redrawMs = options.redrawMs ?? 100;
  const now = options.now ?? (() => Date.now());
  let step: string | undefined;
  let latest: Progress | undefined;
  let lastWritten = 0;
  let shown = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const stopTimer = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const line = (progress: Progress): void => {
    write(`${progressText(progress)}\n`);
    lastWritten = now();
  };

  const report: ProgressReporter = (progress) => {
    const newStep = progress.step !== step;
    step = progress.step;
    latest = progress;
    if (options.live) {
      const last = progress.done !== undefined && progress.done === progress.total;
      if (!newStep && !last && now() - lastWritten < redrawMs) return;
      write(`\r\u001b[2K${progressText(progress)}`);
      lastWritten = now();
      shown = true;
      return;
    }
    if (newStep) {
      line(progress);
      stopTimer();
      timer = setInterval(() => {
        if (latest !== undefined && now() - lastWritten >= heartbeatMs - 50) line(latest);
      }, heartbeatMs);
      timer.unref();
    } else if (now() - lastWritten >= heartbeatMs) {
      line(progress);
    }
  };

  return {
    report,
    done: () => {
      stopTimer();
      if (shown) write('\r\u001b[2K');
      shown = false;
      step = undefined;
      latest = undefined;
    },
  };
}
