/**
 * Drift through the bundled action (#16): the scheduled `command: drift` and its one issue, a pull
 * request's plan that tells drift from its own changes, and the merged pull request's comment after
 * apply. Against the Jira simulator and the GitHub stand-in; runs a bundle of the current `src/`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dump, load } from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ACCOUNT_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import type { SiteData } from '../../src/sim/types.js';
import { exportFiles, readerFor } from '../export/helpers.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { makeTempDir, runAction, visibleLog } from './harness.js';
import { testGitEnv } from '../support/git.js';

const NOW = '2026-11-20T10:00:00Z';
const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const PLAN_MARKER = '<!-- jira-permissions-as-code:plan -->';
const token = STUB_ACCOUNTS[0]!;

let sim: Simulator;
let pristine: SiteData;
let github: GitHubStub;
let workspace: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: testGitEnv(workspace),
  }).trim();
}

beforeAll(async () => {
  sim = await startSimulator({ clock: NOW });
  pristine = sim.snapshot();
  github = await startGitHubStub({
    pulls: [{ number: 7 }, { number: 12, mergeCommitSha: MERGE_SHA, mergedAt: '2026-11-20T09:00:00Z' }],
  });
  workspace = makeTempDir('jpac-drift-');
  await exportFiles({ cwd: workspace, jira: readerFor(sim) });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
});
afterAll(async () => {
  await github.stop();
  await sim.stop();
});

const jiraInputs = () => ({
  'jira-url': sim.baseUrl,
  'jira-email': sim.credentials.admin.email,
  'jira-api-token': sim.credentials.admin.apiToken,
  'github-token': token.token,
});
const RUN_ENV = { GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com' };
const RUN_LINK = '[workflow run 4242](https://github.com/octo-org/permissions/actions/runs/4242)';

const scheduled = () =>
  runAction({
    workspace,
    apiUrl: github.baseUrl,
    inputs: { command: 'drift', ...jiraInputs() },
    eventName: 'schedule',
    payload: { repository: github.repositoryObject() },
    env: RUN_ENV,
  });

function jiraWrites(): string[] {
  return sim.requests.filter((request) => request.method !== 'GET').map((request) => request.route);
}

describe('command: drift keeps one issue', () => {
  it('opens one issue when drift appears, leaves it while unchanged, edits it on change, closes it when gone', async () => {
    const clean = await scheduled();
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ drift: 'false', 'issue-number': '' });
    expect(github.writes()).toEqual([]);

    sim
      .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
      .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
    const opened = await scheduled();
    expect(opened.code).toBe(0);
    expect(opened.outputs.drift).toBe('true');
    const number = Number(opened.outputs['issue-number']);
    const issue = github.issue(number);
    expect(issue).toMatchObject({ state: 'open', labels: ['jira-permissions-drift'] });
    expect(issue?.body).toMatch(/^<!-- jira-permissions-as-code:drift digest=[0-9a-f]+ -->\n/);
    expect(issue?.body).toContain('Alice Admin, 2026-11-18 08:30 UTC');
    expect(issue?.body).toContain(RUN_LINK);
    expect(opened.summary).toContain('Alice Admin');

    const writesBefore = github.writes().length;
    const again = await scheduled();
    expect(again.outputs).toMatchObject({ drift: 'true', 'issue-number': String(number) });
    expect(github.writes()).toHaveLength(writesBefore);
    expect(github.issues().filter((candidate) => candidate.state === 'open')).toHaveLength(1);

    sim.actAs('Priya Product', { at: '2026-11-19T12:00:00Z' }).removeGrant(10000, {
      permission: 'ADD_COMMENTS',
      holder: { type: 'user', ref: 'Riley Reader' },
    });
    const changed = await scheduled();
    expect(changed.outputs['issue-number']).toBe(String(number));
    expect(github.issue(number)?.body).toContain('Priya Product, 2026-11-19 12:00 UTC');
    expect(
      github
        .writes()
        .slice(writesBefore)
        .map((write) => write.method),
    ).toEqual(['PATCH']);
    expect(github.issues().filter((candidate) => candidate.state === 'open')).toHaveLength(1);

    sim.restore(pristine);
    const closed = await scheduled();
    expect(closed.outputs).toMatchObject({ drift: 'false', 'issue-number': String(number) });
    expect(github.issue(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(github.comments(number).at(-1)?.body).toContain('Jira matches the files again');
    expect(jiraWrites()).toEqual([]);
  });

  it('fails, saying what is missing, when the token may not write issues', async () => {
    const readOnly = await startGitHubStub({
      accounts: [{ ...token, issuesWrite: false }],
    });
    try {
      sim
        .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
        .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
      const result = await runAction({
        workspace,
        apiUrl: readOnly.baseUrl,
        inputs: { command: 'drift', ...jiraInputs() },
        eventName: 'schedule',
        payload: { repository: readOnly.repositoryObject() },
      });
      expect(result.code).toBe(1);
      expect(result.outputs.drift).toBe('true');
      expect(result.stdout).toMatch(/^::error::could not keep the drift issue: .*issues: write/m);
      expect(visibleLog(result)).not.toContain(token.token);
    } finally {
      sim.restore(pristine);
      await readOnly.stop();
    }
  });
});

describe('a pull request plan on top of drift', () => {
  it('labels each change with its origin, shows drift in its own section and names the commit', async () => {
    const base = git('rev-parse', 'HEAD');
    git('checkout', '--quiet', '-b', 'grant-alice');
    const file = join(workspace, 'jira-permissions', 'software-development.yml');
    const text = readFileSync(file, 'utf8');
    const scheme = load(text) as { grants: Record<string, unknown[]> };
    scheme.grants['ADD_COMMENTS'] = [...(scheme.grants['ADD_COMMENTS'] ?? []), { user: ACCOUNT_IDS.alice }];
    writeFileSync(file, dump(scheme));
    git('commit', '--quiet', '-am', 'Alice may comment');
    const head = git('rev-parse', 'HEAD');
    sim
      .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
      .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
    sim.clearLog();
    try {
      const pull = github.pullRequestObject(7) as { base: object; head: object };
      const result = await runAction({
        workspace,
        apiUrl: github.baseUrl,
        inputs: { command: 'plan', ...jiraInputs(), comment: 'true' },
        eventName: 'pull_request',
        payload: {
          pull_request: { ...pull, base: { ...pull.base, sha: base }, head: { ...pull.head, sha: head } },
          repository: github.repositoryObject(),
        },
        env: RUN_ENV,
      });
      expect(result.annotations.filter((a) => a.command === 'error')).toEqual([]);
      expect(result.code).toBe(0);
      const plan = JSON.parse(readFileSync(result.outputs['plan-json'] ?? '', 'utf8')) as {
        changes: {
          action: string;
          permission: string;
          origin: string;
          changedBy?: { name?: string } | null;
        }[];
      };
      expect(
        plan.changes.map(({ action, permission, origin, changedBy }) => [
          action,
          permission,
          origin,
          changedBy?.name,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['add-grant', 'ADD_COMMENTS', 'pull-request', undefined],
          ['remove-grant', 'DELETE_ISSUES', 'drift', 'Alice Admin'],
        ]),
      );
      const comment = github.comments(7).at(-1)?.body ?? '';
      expect(comment).toContain('Drift: 1 change made in Jira that merging would revert');
      expect(comment).toContain('Alice Admin, 2026-11-18 08:30 UTC');
      expect(comment).toContain(`Planned at commit \`${head.slice(0, 12)}\``);
      expect(comment).toContain(RUN_LINK);
      expect(jiraWrites()).toEqual([]);
    } finally {
      git('checkout', '--quiet', 'main');
      sim.restore(pristine);
    }
  });
});

describe('apply on a merge', () => {
  it("puts the result at the top of the merged pull request's plan comment, keeping the plan", async () => {
    const seeded = github.addComment(
      12,
      `${PLAN_MARKER}\n### Jira permissions plan\n\n1 to add`,
      token.login,
      'User',
    );
    sim.actAs('Priya Product', { at: '2026-11-19T12:00:00Z' }).removeGrant(10000, {
      permission: 'ADD_COMMENTS',
      holder: { type: 'user', ref: 'Riley Reader' },
    });
    try {
      const result = await runAction({
        workspace,
        apiUrl: github.baseUrl,
        inputs: { command: 'apply', ...jiraInputs() },
        eventName: 'push',
        ref: 'refs/heads/main',
        payload: { repository: github.repositoryObject() },
        env: { ...RUN_ENV, GITHUB_SHA: MERGE_SHA },
      });
      expect(result.code).toBe(0);
      const comments = github.comments(12);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(comments[0]?.id).toBe(seeded.id);
      expect(body.split('\n')[0]).toBe(PLAN_MARKER);
      expect(body).toMatch(/✅ \*\*Applied\*\*: 1 of 1 change made/);
      expect(body).toContain(`commit \`${MERGE_SHA.slice(0, 12)}\``);
      expect(body).toContain(RUN_LINK);
      expect(body).toContain('### Jira permissions plan\n\n1 to add');

      // A re-run replaces the result instead of stacking a second one.
      await runAction({
        workspace,
        apiUrl: github.baseUrl,
        inputs: { command: 'apply', ...jiraInputs() },
        eventName: 'push',
        ref: 'refs/heads/main',
        payload: { repository: github.repositoryObject() },
        env: { ...RUN_ENV, GITHUB_SHA: MERGE_SHA },
      });
      const rerun = github.comments(12)[0]?.body ?? '';
      expect(rerun.split('<!-- jira-permissions-as-code:apply-result -->')).toHaveLength(2);
      expect(rerun).toContain('nothing to change');
      expect(rerun).toContain('1 to add');
    } finally {
      sim.restore(pristine);
    }
  });
});
