import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * `plan --out` on a disk that fills up: a write(2) that writes only part of the plan must not end in
 * "Plan written", and must not leave a partial plan where the earlier one was (apply --plan would read
 * it). A file size limit (`ulimit -f`) gives the same short write a full disk gives, then EFBIG on the
 * next write (Node ignores SIGXFSZ).
 */

const sims: Simulator[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scheme of many grants, so its plan is some kilobytes of JSON, written in one piece. */
function scheme(): string {
  const lines = ['name: Archive', 'description: Made by the plan --out test.', 'grants:'];
  for (const permission of ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ADD_COMMENTS']) {
    lines.push(`  ${permission}:`);
    for (const holder of ['projectRole: Administrators', 'projectRole: Developers', 'reporter', 'assignee']) {
      lines.push(`    - ${holder}`);
    }
  }
  lines.push('  ADMINISTER_PROJECTS: [projectRole: Administrators]');
  return `${lines.join('\n')}\n`;
}

interface Run {
  code: number | null;
  stderr: string;
}

/** The real CLI entry through tsx, under a file size limit of `blocks` KiB (bash's `ulimit -f`). */
function planUnderLimit(cwd: string, env: Record<string, string>, blocks: number): Promise<Run> {
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  const entry = join(process.cwd(), 'src/cli/index.ts');
  return new Promise<Run>((resolveRun, reject) => {
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -f ${String(blocks)} && exec "$0" --import "$1" "$2" plan --out plan.json`,
        process.execPath,
        loader,
        entry,
      ],
      // No tsx cache: its files would meet the size limit too.
      {
        cwd,
        env: { ...process.env, ...env, NODE_OPTIONS: '', NO_COLOR: '1', TSX_DISABLE_CACHE: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolveRun({ code, stderr });
    });
  });
}

/** A simulator, and a folder holding one scheme file to plan against it. */
async function folderBesideSimulator(): Promise<{ sim: Simulator; cwd: string }> {
  const sim = await startSimulator();
  sims.push(sim);
  const cwd = mkdtempSync(join(tmpdir(), 'plan-out-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, 'jira-permissions'));
  writeFileSync(join(cwd, 'jira-permissions/archive.yml'), scheme());
  return { sim, cwd };
}

describe('jira-perms plan --out', () => {
  it('says the plan could not be written when the disk takes only part of it', async () => {
    const { sim, cwd } = await folderBesideSimulator();

    const unlimited = await planUnderLimit(cwd, sim.env(), 1024);
    expect(unlimited.stderr).toContain('Plan written to plan.json');
    const written = readFileSync(join(cwd, 'plan.json'), 'utf8');
    expect(written.length).toBeGreaterThan(2048);
    expect(JSON.parse(written)).toMatchObject({ version: 1 });

    const limited = await planUnderLimit(cwd, sim.env(), 1);
    expect(limited.code).toBe(1);
    expect(limited.stderr).not.toContain('Plan written');
    expect(limited.stderr).toContain(
      'jira-perms plan: could not write plan.json (the file there is left as it was): EFBIG',
    );
    // The earlier plan is still there, whole, and the partial one is gone.
    expect(readFileSync(join(cwd, 'plan.json'), 'utf8')).toBe(written);
    expect(readdirSync(cwd).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 60_000);

  it('says so without claiming a file is there when the first plan cannot be written', async () => {
    const { sim, cwd } = await folderBesideSimulator();

    const limited = await planUnderLimit(cwd, sim.env(), 1);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('jira-perms plan: could not write plan.json: EFBIG');
    expect(readdirSync(cwd).sort()).toEqual(['jira-permissions']);
  }, 60_000);
});
