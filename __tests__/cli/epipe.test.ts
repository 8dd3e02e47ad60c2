import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * `jira-perms plan --json | head -1`: the reader closes the pipe after what it wanted, and the
 * command's next write to stdout fails with EPIPE. It ends quietly, with 141 (128 + SIGPIPE) as a
 * shell reports a command whose reader went away, not with a stack trace.
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
