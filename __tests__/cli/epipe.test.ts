import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Journal } from '../../src/apply/journal.js';

import { GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * `jira-perms plan --json | head -1`: the reader closes the pipe after what it wanted, and the
 * command's next write to stdout fails with EPIPE. It ends quietly, with 141 (128 + SIGPIPE) as a
 * shell reports a command whose reader went away, not with a stack trace. The same with
 * `2>&1 | head -3`: the progress lines on stderr meet the closed pipe first.
 */

const sims: Simulator[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** New schemes of fifty grants each: a plan of well over the 64 KiB a pipe holds. */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'epipe-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, 'jira-permissions'));
  const permissions = [
    'CREATE_ISSUES',
    'EDIT_ISSUES',
    'LINK_ISSUES',
    'ADD_COMMENTS',
    'CREATE_ATTACHMENTS',
    'WORK_ON_ISSUES',
    'MANAGE_WATCHERS',
    'ASSIGN_ISSUES',
    'RESOLVE_ISSUES',
    'CLOSE_ISSUES',
  ];
  const holders = [
    'projectRole: Developers',
    'projectRole: Users',
    `group: {name: release-managers, id: ${GROUP_IDS.releaseManagers}}`,
    'reporter',
    'assignee',
  ];
  for (let team = 1; team <= 12; team += 1) {
    const lines = [`name: Team ${String(team)}`, 'description: Made by the EPIPE test.', 'grants:'];
    lines.push('  ADMINISTER_PROJECTS: [projectRole: Administrators]');
    lines.push('  BROWSE_PROJECTS: [projectRole: Administrators]');
    for (const permission of permissions) {
      lines.push(`  ${permission}:`);
      for (const holder of holders) lines.push(`    - ${holder}`);
    }
    writeFileSync(join(cwd, `jira-permissions/team-${String(team)}.yml`), `${lines.join('\n')}\n`);
  }
  return cwd;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  read: number;
  stderr: string;
}

/** The real CLI entry through tsx, its stdout read until the first chunk, then closed. */
function planJsonReadOnce(cwd: string, env: Record<string, string>): Promise<Run> {
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  return new Promise<Run>((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', loader, join(process.cwd(), 'src/cli/index.ts'), 'plan', '--json'],
      {
        cwd,
        env: { ...process.env, ...env, NODE_OPTIONS: '', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let read = 0;
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolveRun({ code, signal, read, stderr });
    });
  });
}

describe('jira-perms plan --json | head -1', () => {
  it('exits 141 without an error when the reader of stdout goes away', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const run = await planJsonReadOnce(project(), sim.env());
    expect(run.read).toBeGreaterThan(0);
    // The progress lines only: no stack trace, no error.
    expect(run.stderr).toContain('Reading who gains and who loses access...');
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(run).toMatchObject({ code: 141, signal: null });
  }, 60_000);
});

/**
 * `jira-perms ARGS 2>&1 | head -LINES` through a real shell: stdout and stderr are one pipe, which
 * `head` closes after its lines. The CLI's exit code is the pipeline's first status.
 */
function bothIntoHead(
  cwd: string,
  env: Record<string, string>,
  args: string[],
  lines: number,
): Promise<{ code: number | null; out: string }> {
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  const cli = [process.execPath, '--import', loader, join(process.cwd(), 'src/cli/index.ts'), ...args];
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      'bash',
      ['-c', `"$@" 2>&1 | head -${String(lines)}; exit "\${PIPESTATUS[0]}"`, 'bash', ...cli],
      {
        cwd,
        env: { ...process.env, ...env, NODE_OPTIONS: '', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolveRun({ code, out });
    });
  });
}

describe('jira-perms ... 2>&1 | head', () => {
  it('plan --json exits 141 when the one pipe under stdout and stderr closes', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const run = await bothIntoHead(project(), sim.env(), ['plan', '--json'], 1);
    // What head printed is the first progress line; the rest had nowhere to go.
    expect(run.out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.out).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(run.code).toBe(141);
  }, 60_000);

  it('apply winds down, writes its journal with every change settled, and exits 141', async () => {
    const sim = await startSimulator({ latencyMs: 20 });
    sims.push(sim);
    const cwd = project();
    const run = await bothIntoHead(cwd, sim.env('admin'), ['apply', '--yes', '--out', 'journal.json'], 3);
    expect(run.code).toBe(141);
    // One JSON document, not the lines of an apply that never ended: apply ended and said how.
    const journal = JSON.parse(readFileSync(join(cwd, 'journal.json'), 'utf8')) as Journal;
    expect(journal.outcome).toBe('interrupted');
    expect(journal.counts.total).toBeGreaterThan(0);
    expect(journal.counts.pending).toBe(0);
    // It stopped early: not every change was made.
    expect(journal.counts.done).toBeLessThan(journal.counts.total);
  }, 60_000);
});
