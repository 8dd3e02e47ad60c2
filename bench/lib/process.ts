import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One whole `node` process measured from outside, as a user waits for it: wall time from spawn to exit,
 * time to its first byte on stdout, and its peak resident memory (GNU time's %M, when /usr/bin/time is
 * there; the figure is then the kernel's, not the process's own view).
 */

export interface ProcessRun {
  wallMs: number;
  firstOutputMs: number;
  /** Peak RSS in MB; undefined without /usr/bin/time. */
  peakRssMb: number | undefined;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function canMeasureMemory(): boolean {
  return existsSync(GNU_TIME);
}

export function runProcess(
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined> },
): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-proc-'));
  const timeFile = join(scratch, 'time');
  const measured = canMeasureMemory();
  const command = measured ? GNU_TIME : process.execPath;
  const argv = measured ? ['-f', '%M', '-o', timeFile, process.execPath, ...args] : [...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstOutputMs = Number.NaN;
    const child = spawn(command, argv, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.once('data', () => {
      firstOutputMs = performance.now() - started;
    });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - started;
      let peakRssMb: number | undefined;
      if (measured) {
        // GNU time reports KB; a non-zero exit adds a "Command exited" line before the figure.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const kb = Number(lines[lines.length - 1]);
        peakRssMb = Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : undefined;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        wallMs,
        firstOutputMs: Number.isNaN(firstOutputMs) ? wallMs : firstOutputMs,
        peakRssMb,
        code,
        stdout,
        stderr,
      });
    });
  });
}
