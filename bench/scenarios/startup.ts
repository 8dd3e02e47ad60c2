import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { median, round } from '../lib/measure.js';
import { type ScenarioResult } from '../lib/result.js';

/**
 * Start-up: from spawning `node` to the first byte on stdout, for the bundled action (validating a
 * one-file folder), `jira-perms --version` and `jira-perms --help`, against a bare `node -e ""` to its
 * exit, same run.
 */

export const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The bundles to time: `explicit` (e.g. the committed dist/) when given, else a fresh build of the
 * current sources into `scratch`, so the figures always match the code (never built into dist/).
 */
export function findBundles(scratch: string, explicit?: string): { dir: string; built: boolean } {
  if (explicit !== undefined) {
    const dir = resolve(explicit);
    if (!existsSync(join(dir, 'index.js')) || !existsSync(join(dir, 'cli', 'index.js'))) {
      throw new Error(`--dist ${explicit}: expected index.js and cli/index.js there`);
    }
    return { dir, built: false };
  }
  const out = join(scratch, 'dist');
  execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'scripts', 'bundle.mjs'), out], {
    cwd: REPOSITORY_ROOT,
    stdio: 'inherit',
  });
  return { dir: out, built: true };
}

interface Timing {
  firstOutputMs: number;
  exitMs: number;
  code: number | null;
  /** What it printed (stdout then stderr), for the error when it fails. */
  output: string;
}

function timeProcess(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<Timing> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    let firstOutputMs = Number.NaN;
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.once('data', () => {
      firstOutputMs = performance.now() - started;
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const exitMs = performance.now() - started;
      resolvePromise({
        firstOutputMs: Number.isNaN(firstOutputMs) ? exitMs : firstOutputMs,
        exitMs,
        code,
        output,
      });
    });
  });
}

function folderSize(dir: string): number {
  let size = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    size += entry.isDirectory() ? folderSize(path) : statSync(path).size;
  }
  return size;
}

export async function startupScenario(
  scratch: string,
  repetitions: number,
  distDir?: string,
): Promise<ScenarioResult> {
  const bundles = findBundles(scratch, distDir);
  const workspace = join(scratch, 'startup-workspace');
  mkdirSync(join(workspace, 'jira-permissions'), { recursive: true });
  writeFileSync(
    join(workspace, 'jira-permissions', 'tiny.yml'),
    'name: Tiny\ngrants:\n  BROWSE_PROJECTS: [{projectRole: Developers}]\n  ADMINISTER_PROJECTS: [{projectRole: Administrators}]\n',
  );
  writeFileSync(join(scratch, 'summary.md'), '');
  writeFileSync(join(scratch, 'output'), '');
  writeFileSync(join(scratch, 'event.json'), '{}');
  const base = { PATH: process.env.PATH ?? '', HOME: scratch };
  const actionEnv = {
    ...base,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/permissions',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: scratch,
    INPUT_COMMAND: 'validate',
    INPUT_PATH: 'jira-permissions',
  };
  const action = join(bundles.dir, 'index.js');
  const cli = join(bundles.dir, 'cli', 'index.js');
  const runs = {
    bare: [] as Timing[],
    action: [] as Timing[],
    version: [] as Timing[],
    cli: [] as Timing[],
  };
  for (let index = 0; index <= repetitions; index++) {
    const bare = await timeProcess(['-e', ''], { cwd: workspace, env: base });
    const act = await timeProcess([action], { cwd: workspace, env: actionEnv });
    const version = await timeProcess([cli, '--version'], { cwd: workspace, env: base });
    const help = await timeProcess([cli, '--help'], { cwd: workspace, env: base });
    if (index === 0) continue; // warm-up: file cache
    runs.bare.push(bare);
    runs.action.push(act);
    runs.version.push(version);
    runs.cli.push(help);
  }
  const failed = [...runs.action, ...runs.version, ...runs.cli].find((timing) => timing.code !== 0);
  if (failed !== undefined) {
    throw new Error(
      `a bundle in ${bundles.dir} exited with ${String(failed.code)}: ${failed.output.slice(0, 500)}`,
    );
  }
  const bareMs = median(runs.bare.map((run) => run.exitMs));
  const actionMs = median(runs.action.map((run) => run.firstOutputMs));
  const cliMs = median(runs.cli.map((run) => run.firstOutputMs));
  const versionMs = median(runs.version.map((run) => run.exitMs));
  const actionBytes = statSync(action).size;
  const cliBytes = statSync(cli).size;
  const kb = (bytes: number): string => `${String(Math.round(bytes / 1024))} KB`;
  return {
    name: 'startup',
    rows: [
      {
        scenario: 'start-up',
        measure: 'action (validate) first output',
        value: `${actionMs.toFixed(0)} ms`,
        against: `${bareMs.toFixed(0)} ms node -e ""`,
        ratio: round(actionMs / bareMs),
        target: 2,
      },
      {
        scenario: 'start-up',
        measure: 'jira-perms --version, whole process',
        value: `${versionMs.toFixed(0)} ms`,
        against: `${bareMs.toFixed(0)} ms node -e ""`,
        ratio: round(versionMs / bareMs),
        target: 1.5,
      },
      {
        scenario: 'start-up',
        measure: 'jira-perms --help first output',
        value: `${cliMs.toFixed(0)} ms`,
        against: `${bareMs.toFixed(0)} ms node -e ""`,
        ratio: round(cliMs / bareMs),
      },
      {
        scenario: 'bundle size',
        measure: 'dist/index.js (action)',
        value: kb(actionBytes),
        against: `${kb(folderSize(bundles.dir))} whole dist/`,
        ratio: null,
      },
      {
        scenario: 'bundle size',
        measure: 'dist/cli/index.js',
        value: kb(cliBytes),
        against: '',
        ratio: null,
      },
    ],
    details: {
      bundles: bundles.built ? 'built from the sources into a temporary folder' : bundles.dir,
      repetitions,
      bareExitMs: runs.bare.map((run) => round(run.exitMs, 1)),
      actionFirstOutputMs: runs.action.map((run) => round(run.firstOutputMs, 1)),
      actionExitMs: runs.action.map((run) => round(run.exitMs, 1)),
      versionExitMs: runs.version.map((run) => round(run.exitMs, 1)),
      cliFirstOutputMs: runs.cli.map((run) => round(run.firstOutputMs, 1)),
      cliExitMs: runs.cli.map((run) => round(run.exitMs, 1)),
      actionBytes,
      cliBytes,
      distBytes: folderSize(bundles.dir),
    },
  };
}
