import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { dump, load } from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runCli } from '../../src/cli/main.js';
import { ACCOUNT_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import type { SiteData } from '../../src/sim/types.js';
import { exportFiles, readerFor, temporaryDir } from '../export/helpers.js';
import { testGitEnv } from '../support/git.js';

const NOW = '2026-11-20T10:00:00Z';

let sim: Simulator;
let pristine: SiteData;
let root: string;
let removeRoot: () => void;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: testGitEnv(root),
  });
}

/** The exported file of the scheme called `name`. */
function schemeFile(name: string): string {
  const folder = join(root, 'jira-permissions');
  for (const file of readdirSync(folder)) {
    const text = readFileSync(join(folder, file), 'utf8');
    if ((load(text) as { name: string }).name === name) return join(folder, file);
  }
  throw new Error(`no file for ${name}`);
}

beforeAll(async () => {
  sim = await startSimulator({ clock: NOW });
  pristine = sim.snapshot();
  const temporary = temporaryDir('jira-perms-base-ref-');
  root = temporary.dir;
  removeRoot = temporary.remove;
  await exportFiles({ cwd: root, jira: readerFor(sim) });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'pull-request');
  // The pull request's own change: Alice may comment in Software Development.
  const file = schemeFile('Software Development');
  const scheme = load(readFileSync(file, 'utf8')) as { grants: Record<string, unknown[]> };
  scheme.grants['ADD_COMMENTS'] = [...(scheme.grants['ADD_COMMENTS'] ?? []), { user: ACCOUNT_IDS.alice }];
  writeFileSync(file, dump(scheme));
  git('commit', '--quiet', '-am', 'pull request');
});
afterAll(async () => {
  await sim.stop();
  removeRoot();
});
afterEach(() => {
  sim.restore(pristine);
  sim.clearLog();
});

async function plan(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['plan', ...args], {
    env: sim.env(),
    cwd: root,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, out: stdout, err: stderr };
}

interface JsonChange {
  action: string;
  permission?: string;
  holder?: { type: string; value?: string };
  origin?: string;
  changedBy?: { name?: string; at: string } | null;
}

describe('plan --base-ref', () => {
  it("labels each change with its origin: the pull request's own, or drift with who and when; 0 writes", async () => {
    sim
      .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
      .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
    const result = await plan(['--base-ref', 'main', '--json']);
    expect(result.code).toBe(0);
    const changes = (JSON.parse(result.out) as { changes: JsonChange[] }).changes;
    expect(
      changes.map(({ action, permission, holder, origin, changedBy }) => ({
        action,
        permission,
        type: holder?.type,
        origin,
        who: changedBy?.name,
        at: changedBy?.at,
      })),
    ).toEqual([
      { action: 'add-grant', permission: 'ADD_COMMENTS', type: 'user', origin: 'pull-request' },
      {
        action: 'remove-grant',
        permission: 'DELETE_ISSUES',
        type: 'group',
        origin: 'drift',
        who: 'Alice Admin',
        at: '2026-11-18T08:30:00.000Z',
      },
    ]);
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);

    const text = await plan(['--base-ref', 'main']);
    expect(text.out).toContain(
      'Drift: 1 change above undoes a change made in Jira (the files of "main" plan it too).',
    );
    expect(text.out).toMatch(/added +DELETE_ISSUES +group contractors .*Alice Admin, 2026-11-18 08:30 UTC/);

    // The comment preview carries the same drift section as the pull-request comment.
    const markdown = await plan(['--base-ref', 'main', '--markdown']);
    expect(markdown.out).toContain('#### ⚠️ Drift: 1 change made in Jira that merging would revert');
    expect(markdown.out).toContain('Alice Admin');
  });

  it("without drift, every change is the pull request's own", async () => {
    const result = await plan(['--base-ref', 'main', '--json']);
    const changes = (JSON.parse(result.out) as { changes: JsonChange[] }).changes;
    expect(changes.map((change) => change.origin)).toEqual(['pull-request']);
    expect((await plan(['--base-ref', 'main'])).out).toContain(
      'No drift: every change comes from the files\' changes since "main".',
    );
  });

  it('a ref git does not know is an error (exit 1) that says so', async () => {
    const result = await plan(['--base-ref', 'no-such-branch']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('the git ref "no-such-branch" names no commit');
    expect((await plan(['--base-ref', '--upload-pack=x'])).code).toBe(1);
  });

  it('reads the base files from the commit, not from the working tree', async () => {
    const file = schemeFile('Software Development');
    const before = readFileSync(file, 'utf8');
    try {
      // An edit not committed: HEAD's commit has the first change only, the working tree both.
      const scheme = load(before) as { grants: Record<string, unknown[]> };
      scheme.grants['ADD_COMMENTS'] = [...(scheme.grants['ADD_COMMENTS'] ?? []), { user: ACCOUNT_IDS.priya }];
      writeFileSync(file, dump(scheme));
      const result = await plan(['--base-ref', 'HEAD', '--json']);
      const changes = (JSON.parse(result.out) as { changes: JsonChange[] }).changes;
      expect(changes.map((change) => [change.holder?.value, change.origin])).toEqual(
        expect.arrayContaining([
          [ACCOUNT_IDS.alice, 'drift'],
          [ACCOUNT_IDS.priya, 'pull-request'],
        ]),
      );
      expect(changes).toHaveLength(2);
    } finally {
      writeFileSync(file, before);
    }
  });
});
