/**
 * The bundled action, run as the runner runs it, against the Jira simulator and a local stand-in of
 * GitHub's REST API. Runs a bundle of the current `src/` (see harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { type ActionRun, makeTempDir, runAction, visibleLog, writeFiles } from './harness.js';

const MARKER = '<!-- jira-permissions-as-code:plan -->';
const PR = 7;
const FORK_PR = 8;
const MINIMAL_PR = 9;
const githubToken = STUB_ACCOUNTS[0]!;

const SCHEME = `name: Action Test Scheme
description: Made by the action test
grants:
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
  BROWSE_PROJECTS:
    - projectRole: Developers
    - projectRole: Administrators
`;

const BAD_SCHEME = `name: Bad Scheme
grants:
  BROWSE_PROJECT:
    - projectRole: Developers
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
`;

describe('the bundled action', () => {
  let sim: Simulator;
  let github: GitHubStub;
  let secrets: string[];
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    sim = await startSimulator();
    github = await startGitHubStub({
      pulls: [
        { number: PR },
        { number: FORK_PR, headRepository: 'outsider/permissions' },
        { number: MINIMAL_PR },
      ],
    });
    const admin = sim.credentials.admin;
    secrets = [
      admin.apiToken,
      Buffer.from(`${admin.email}:${admin.apiToken}`).toString('base64'),
      githubToken.token,
    ];
  });
  afterAll(async () => {
    await github.stop();
    await sim.stop();
  });

  const jiraInputs = () => ({
    'jira-url': sim.baseUrl,
    'jira-email': sim.credentials.admin.email,
    'jira-api-token': sim.credentials.admin.apiToken,
  });

  const pullRequestEvent = (number: number) => ({
    action: 'synchronize',
    number,
    pull_request: github.pullRequestObject(number),
    repository: github.repositoryObject(),
  });

  const run = async (options: Parameters<typeof runAction>[0]) => {
    const result = await runAction({ apiUrl: github.baseUrl, ...options });
    runs.push(result);
    return result;
  };

  const planOnPullRequest = (workspace: string) =>
    run({
      workspace,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': githubToken.token, comment: 'true' },
      eventName: 'pull_request',
      payload: pullRequestEvent(PR),
      ref: `refs/pull/${PR}/merge`,
    });

  const ourComments = () => github.comments(PR).filter((comment) => comment.login === githubToken.login);
  const writesTo = (method: string) =>
    github.requests.filter((request) => request.method === method && request.path.includes('/comments'));

  it('validate: annotations on file and line, a summary table, outputs, a failed step', async () => {
    const workspace = makeTempDir('jpac-validate-');
    writeFiles(workspace, { 'jira-permissions/good.yml': SCHEME, 'jira-permissions/bad.yml': BAD_SCHEME });
    const result = await run({ workspace, inputs: { command: 'validate' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=jira-permissions\/bad\.yml,line=3,col=3::unknown permission/m,
    );
    const annotation = result.annotations.find(
      (command) => command.properties.file === 'jira-permissions/bad.yml',
    );
    expect(annotation?.message).toContain('BROWSE_PROJECTS');
    expect(annotation?.message).toMatch(/^unknown permission "BROWSE_PROJECT".* \[schema\]\n/);
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0' });
    expect(result.summary).toContain('| severity | location | rule | message |');
    expect(result.summary).toContain('jira-permissions/bad.yml:3:3');
    // validate needs no Jira: nothing was asked of the simulator or of GitHub.
    expect(github.requests).toHaveLength(0);
  });

  it('plan on a pull request: one comment, created, updated, left alone, found among 100+ others', async () => {
    // Another user's comment carrying the same marker, and plenty of noise before ours.
    github.addComment(PR, `${MARKER}\nA plan someone pasted`, 'someone-else');
    for (let index = 0; index < 110; index++) github.addComment(PR, `review note ${index}`, 'reviewer');
    const workspace = makeTempDir('jpac-plan-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    sim.clearLog();

    const first = await planOnPullRequest(workspace);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(writesTo('POST')).toHaveLength(1);
    expect(ourComments()).toHaveLength(1);
    const created = ourComments()[0]!;
    expect(created.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(created.body).toContain('Action Test Scheme');
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs.summary).toMatch(/^\d+ to add, 0 to remove, 1 scheme to create/);
    const planFile = first.outputs['plan-json']!;
    expect(existsSync(planFile)).toBe(true);
    const planJson = JSON.parse(readFileSync(planFile, 'utf8')) as {
      version: number;
      changes: { action: string }[];
    };
    expect(planJson.version).toBe(1);
    expect(planJson.changes.map((change) => change.action)).toContain('create-scheme');
    expect(first.summary).toContain('Action Test Scheme');
    // Plan only reads Jira.
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);

    // A push that changes the files: the same comment is edited in place (it is on page 2 now).
    writeFiles(workspace, {
      'jira-permissions/action-test.yml': `${SCHEME}  CREATE_ISSUES:\n    - projectRole: Developers\n`,
    });
    const second = await planOnPullRequest(workspace);
    expect(second.code).toBe(0);
    expect(writesTo('POST')).toHaveLength(1);
    expect(writesTo('PATCH')).toHaveLength(1);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.id).toBe(created.id);
    expect(ourComments()[0]!.body).toContain('CREATE_ISSUES');
    const listed = github.requests.filter(
      (request) =>
        request.method === 'GET' && request.path === `/repos/octo-org/permissions/issues/${PR}/comments`,
    );
    expect(listed.some((request) => request.query.page === '2')).toBe(true);

    // The same run again: nothing to write.
    const third = await planOnPullRequest(workspace);
    expect(third.code).toBe(0);
    expect(writesTo('POST')).toHaveLength(1);
    expect(writesTo('PATCH')).toHaveLength(1);
    expect(github.comments(PR)[0]!.body).toBe(`${MARKER}\nA plan someone pasted`);
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);

    // Merge: apply on push to the default branch, then the pull request's plan says there is nothing left.
    const applied = await run({
      workspace,
      inputs: { command: 'apply', ...jiraInputs() },
      eventName: 'push',
      payload: { ref: 'refs/heads/main', repository: github.repositoryObject() },
      ref: 'refs/heads/main',
    });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.summary).toContain('Apply: done');
    expect(sim.state.schemes.some((scheme) => scheme.name === 'Action Test Scheme')).toBe(true);

    const fourth = await planOnPullRequest(workspace);
    expect(fourth.code).toBe(0);
    expect(fourth.outputs['has-changes']).toBe('false');
    expect(writesTo('PATCH')).toHaveLength(2);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.body).toContain('No changes');
    expect(ourComments()[0]!.body).not.toContain('CREATE_ISSUES');

    // Somebody changes Jira by hand: the next plan shows the drift, in the same comment.
    const scheme = sim.state.schemes.find((candidate) => candidate.name === 'Action Test Scheme')!;
    scheme.grants.push({
      id: 990_001,
      permission: 'EDIT_ISSUES',
      holder: { type: 'projectRole', ref: '10001' },
    });
    const fifth = await planOnPullRequest(workspace);
    expect(fifth.code).toBe(0);
    expect(fifth.outputs['has-changes']).toBe('true');
    expect(fifth.outputs.summary).toMatch(/^0 to add, 1 to remove/);
    expect(writesTo('PATCH')).toHaveLength(3);
    expect(writesTo('POST')).toHaveLength(1);
    expect(ourComments()[0]!.body).toContain('EDIT_ISSUES');
  });

  it('plan with invalid files says so in the comment instead of leaving the old plan', async () => {
    const workspace = makeTempDir('jpac-plan-invalid-');
    writeFiles(workspace, { 'jira-permissions/bad.yml': BAD_SCHEME });
    const result = await planOnPullRequest(workspace);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=jira-permissions\/bad\.yml,line=3,col=3[,:]/m);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.body).toContain('No plan');
    expect(ourComments()[0]!.body).toContain('bad.yml');
    expect(result.outputs).toMatchObject({
      'has-changes': 'false',
      summary: 'no plan: 1 error in the scheme files',
    });
  });

  it('plan when Jira refuses the token: the comment says there is no plan, the step fails', async () => {
    const workspace = makeTempDir('jpac-plan-401-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    const result = await run({
      workspace,
      inputs: {
        command: 'plan',
        ...jiraInputs(),
        'jira-api-token': 'revoked-token-value-42',
        'github-token': githubToken.token,
      },
      eventName: 'pull_request',
      payload: pullRequestEvent(PR),
      ref: `refs/pull/${PR}/merge`,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::.*401/m);
    const body = ourComments()[0]!.body;
    expect(body).toContain('No plan');
    expect(body).toMatch(/```text\n.*401/);
    expect(body).not.toContain('revoked-token-value-42');
    expect(visibleLog(result)).not.toContain('revoked-token-value-42');
    expect(result.masks).toContain('revoked-token-value-42');
  });

  it('a pull request from a fork: validates, explains with a notice, no comment, exit 0', async () => {
    const workspace = makeTempDir('jpac-fork-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    const before = github.requests.length;
    // A fork's run gets no secrets: the Jira inputs are empty.
    const result = await run({
      workspace,
      inputs: { command: 'plan', 'github-token': githubToken.token, comment: 'true' },
      eventName: 'pull_request',
      payload: pullRequestEvent(FORK_PR),
      ref: `refs/pull/${FORK_PR}/merge`,
    });
    expect(result.code).toBe(0);
    const notice = result.annotations.find((command) => command.command === 'notice');
    expect(notice?.message).toContain('fork');
    expect(notice?.message).toContain('outsider/permissions');
    expect(result.outputs).toMatchObject({ errors: '0', 'has-changes': 'false' });
    expect(result.summary).toContain('Not planned');
    expect(github.requests.slice(before)).toEqual([]);
    expect(github.comments(FORK_PR)).toEqual([]);
  });

  it('a fork is not planned even when Jira inputs are set', async () => {
    const workspace = makeTempDir('jpac-fork-secrets-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    const before = github.requests.length;
    sim.clearLog();
    const result = await run({
      workspace,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': githubToken.token },
      eventName: 'pull_request',
      payload: pullRequestEvent(FORK_PR),
      ref: `refs/pull/${FORK_PR}/merge`,
    });
    expect(result.code).toBe(0);
    expect(result.annotations.find((command) => command.command === 'notice')?.message).toContain('fork');
    expect(result.outputs.summary).toBe('not planned: pull request from a fork');
    expect(sim.requests).toEqual([]);
    expect(github.requests.slice(before)).toEqual([]);
  });

  it('pull_request_target with a fork head: validates only, never asks Jira with the secrets', async () => {
    // The workflow checked out the fork's head on pull_request_target: the files are the fork's, the
    // ref is the base branch, and the run holds the secrets.
    const workspace = makeTempDir('jpac-target-fork-');
    writeFiles(workspace, {
      'jira-permissions/fork.yml': SCHEME.replace('Action Test Scheme', 'Fork Was Here'),
    });
    const before = github.requests.length;
    sim.clearLog();
    const result = await run({
      workspace,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': githubToken.token, comment: 'true' },
      eventName: 'pull_request_target',
      payload: pullRequestEvent(FORK_PR),
      ref: 'refs/heads/main',
    });
    expect(result.code).toBe(0);
    const notice = result.annotations.find((command) => command.command === 'notice');
    expect(notice?.message).toContain('fork');
    expect(notice?.message).toContain('outsider/permissions');
    expect(notice?.message).toContain('pull_request_target');
    expect(result.outputs.summary).toBe('not planned: pull request from a fork');
    expect(result.outputs['has-changes']).toBe('false');
    expect(result.summary).toContain('Not planned');
    expect(sim.requests).toEqual([]);
    expect(github.requests.slice(before)).toEqual([]);
  });

  it('pull_request_target whose payload hides the head: not planned either', async () => {
    const workspace = makeTempDir('jpac-target-bare-');
    writeFiles(workspace, {
      'jira-permissions/fork.yml': SCHEME.replace('Action Test Scheme', 'Fork Was Here'),
    });
    sim.clearLog();
    const result = await run({
      workspace,
      inputs: { command: 'plan', ...jiraInputs() },
      eventName: 'pull_request_target',
      payload: { pull_request: { number: FORK_PR } },
      ref: 'refs/heads/main',
    });
    expect(result.code).toBe(0);
    expect(result.outputs.summary).toBe('not planned: the event does not name the pull request head');
    expect(sim.requests).toEqual([]);
  });

  it('apply refuses every pull-request event, even on the default branch with apply-on-any-branch', async () => {
    const workspace = makeTempDir('jpac-target-apply-');
    writeFiles(workspace, {
      'jira-permissions/fork.yml': SCHEME.replace('Action Test Scheme', 'Fork Was Here'),
    });
    for (const [eventName, number] of [
      ['pull_request_target', FORK_PR],
      ['pull_request_target', PR],
      ['pull_request', PR],
    ] as const) {
      sim.clearLog();
      const result = await run({
        workspace,
        inputs: { command: 'apply', ...jiraInputs(), 'apply-on-any-branch': 'true' },
        eventName,
        payload: pullRequestEvent(number),
        ref: 'refs/heads/main',
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^::error::apply does not run on pull-request events/m);
      expect(result.summary).toContain('refused');
      expect(sim.requests).toEqual([]);
    }
    expect(sim.state.schemes.some((scheme) => scheme.name === 'Fork Was Here')).toBe(false);
  });

  it('a scheme file linked to a token file outside the workspace: refused, the token shown nowhere', async () => {
    const fakeToken = 'ghp_FAKEtokenFORtheSYMLINKtest0123456789abc';
    const outside = makeTempDir('jpac-outside-');
    writeFileSync(join(outside, 'token'), `${fakeToken}\n`);
    const workspace = makeTempDir('jpac-symlink-token-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    symlinkSync(join(outside, 'token'), join(workspace, 'jira-permissions', 'token.yml'));
    for (const command of ['validate', 'plan']) {
      sim.clearLog();
      const result = await run({ workspace, inputs: { command, ...jiraInputs() } });
      expect(result.code).toBe(1);
      const annotation = result.annotations.find(
        (found) => found.properties.file === 'jira-permissions/token.yml',
      );
      expect(annotation?.command).toBe('error');
      expect(annotation?.message).toContain('outside the repository');
      for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)]) {
        expect(text).not.toContain(fakeToken);
        expect(text).not.toContain(fakeToken.slice(4, 20));
      }
      // An invalid file set is never planned.
      expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    }
  });

  it('apply refuses a ref other than the default branch, before touching Jira', async () => {
    const workspace = makeTempDir('jpac-apply-branch-');
    writeFiles(workspace, {
      'jira-permissions/other.yml': SCHEME.replace('Action Test Scheme', 'Never Applied'),
    });
    sim.clearLog();
    const result = await run({
      workspace,
      inputs: { command: 'apply', ...jiraInputs() },
      eventName: 'push',
      payload: { ref: 'refs/heads/feature', repository: github.repositoryObject() },
      ref: 'refs/heads/feature',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::apply runs only on the default branch "main"/m);
    expect(result.summary).toContain('refused');
    expect(sim.requests).toEqual([]);
    expect(sim.state.schemes.some((scheme) => scheme.name === 'Never Applied')).toBe(false);
  });

  it('plans and comments on a pull request whose event has only its number, token from GITHUB_TOKEN', async () => {
    const workspace = makeTempDir('jpac-minimal-event-');
    writeFiles(workspace, { 'jira-permissions/action-test.yml': SCHEME });
    const result = await run({
      workspace,
      inputs: { command: 'plan', ...jiraInputs() },
      env: { GITHUB_TOKEN: githubToken.token },
      eventName: 'pull_request',
      payload: { pull_request: { number: MINIMAL_PR } },
      ref: `refs/pull/${MINIMAL_PR}/merge`,
    });
    expect(result.code).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.masks).toContain(githubToken.token);
    const comments = github.comments(MINIMAL_PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comments[0]!.body).toContain('Action Test Scheme');
  });

  it('apply on main when the event does not name the default branch: applies, with the plan outputs', async () => {
    const workspace = makeTempDir('jpac-apply-main-');
    writeFiles(workspace, {
      'jira-permissions/applied.yml': SCHEME.replace('Action Test Scheme', 'Applied On Main'),
    });
    const result = await run({
      workspace,
      inputs: { command: 'apply', ...jiraInputs() },
      eventName: 'push',
      payload: {},
      ref: 'refs/heads/main',
    });
    expect(result.code).toBe(0);
    expect(result.annotations.find((command) => command.command === 'notice')?.message).toContain(
      'taken as the default branch',
    );
    expect(sim.state.schemes.some((scheme) => scheme.name === 'Applied On Main')).toBe(true);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs.summary).toMatch(/^3 to add, 0 to remove, 1 scheme to create/);
    const plan = JSON.parse(readFileSync(result.outputs['plan-json']!, 'utf8')) as {
      version: number;
      changes: { action: string; scheme: string }[];
    };
    expect(plan.version).toBe(1);
    expect(plan.changes.filter((change) => change.action === 'create-scheme')).toEqual([
      expect.objectContaining({ scheme: 'Applied On Main' }),
    ]);
  });

  it('never shows a secret in the log, the summary, the outputs or a comment', () => {
    expect(runs.length).toBeGreaterThan(5);
    const masked = new Set(runs.flatMap((result) => result.masks));
    for (const secret of secrets.slice(0, 2)) expect(masked.has(secret)).toBe(true);
    const everything = [
      ...runs.map((result) => `${visibleLog(result)}\n${result.summary}\n${JSON.stringify(result.outputs)}`),
      ...github.comments(PR).map((comment) => comment.body),
    ].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});

describe('the bundled action without a runner event', () => {
  it('refuses an unknown command with the list of commands', async () => {
    const workspace = makeTempDir('jpac-bad-input-');
    writeFileSync(join(workspace, 'README.md'), 'nothing here');
    const result = await runAction({ workspace, inputs: { command: 'destroy' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "command" must be one of validate, plan, apply, export, doctor',
    );
  });
});
