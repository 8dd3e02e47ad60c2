/**
 * The bundled action (a bundle of the current `src/`, see harness.ts) with a lint error that Jira
 * already has and the plan leaves as it is: plan and apply go ahead, and the finding is shown apart, as
 * a warning annotation, in the comment and in the summary, never as a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { makeTempDir, runAction, writeFiles } from './harness.js';

const PR = 11;
const githubToken = STUB_ACCOUNTS[0]!;

/** The simulator's "Archived Projects (unused)" as it is live: nobody has ADMINISTER_PROJECTS. */
const ARCHIVED = `name: Archived Projects (unused)
id: 10002
grants:
  BROWSE_PROJECTS: [{ projectRole: Administrators }]
`;

const NEW_SCHEME = `name: Already Live Test
grants:
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
  BROWSE_PROJECTS: [{ projectRole: Developers }]
`;

describe('the bundled action with an error that is already live', () => {
  let sim: Simulator;
  let github: GitHubStub;

  beforeAll(async () => {
    sim = await startSimulator();
    github = await startGitHubStub({ pulls: [{ number: PR }] });
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

  it('plans on a pull request and applies on main, showing the finding as not blocking', async () => {
    const archivedBefore = structuredClone(sim.state.schemes.find((scheme) => scheme.id === 10002));
    expect(archivedBefore?.grants.length).toBeGreaterThan(0);
    const workspace = makeTempDir('jpac-already-live-');
    writeFiles(workspace, {
      'jira-permissions/archived.yml': ARCHIVED,
      'jira-permissions/new.yml': NEW_SCHEME,
    });

    const plan = await runAction({
      apiUrl: github.baseUrl,
      workspace,
      inputs: { command: 'plan', ...jiraInputs(), 'github-token': githubToken.token, comment: 'true' },
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: PR,
        pull_request: github.pullRequestObject(PR),
        repository: github.repositoryObject(),
      },
      ref: `refs/pull/${PR}/merge`,
    });
    expect(plan.code).toBe(0);
    expect(plan.annotations.filter((annotation) => annotation.command === 'error')).toEqual([]);
    const live = plan.annotations.find((annotation) => annotation.message.includes('[admin-required]'));
    expect(live).toMatchObject({
      command: 'warning',
      properties: expect.objectContaining({ file: 'jira-permissions/archived.yml', line: '1' }),
    });
    expect(live?.message).toMatch(/^Already live in Jira, not blocking: /);
    expect(plan.outputs.errors).toBe('0');
    expect(plan.outputs.summary).toMatch(/^2 to add, 0 to remove, 1 scheme to create/);
    const comment = github.comments(PR).find((posted) => posted.login === githubToken.login);
    expect(comment?.body).toContain('#### Already live in Jira, not blocking');
    expect(comment?.body).toMatch(/\*\*error \(already live, not blocking\)\*\* `admin-required`/);
    expect(comment?.body).not.toContain('Blocked by');
    expect(plan.summary).toContain('✅ 0 errors, 0 warnings, 1 error already live (not blocking)');
    // Listed once, with the plan; the validation table counts it without a second row.
    expect(plan.summary.match(/\*\*error \(already live, not blocking\)\*\* `admin-required`/g)).toHaveLength(
      1,
    );
    expect(plan.summary).toContain('1 finding listed with the plan above.');
    expect(plan.summary).not.toContain('⚪');

    const apply = await runAction({
      apiUrl: github.baseUrl,
      workspace,
      inputs: { command: 'apply', ...jiraInputs() },
      eventName: 'push',
      payload: {},
      ref: 'refs/heads/main',
    });
    expect(apply.code).toBe(0);
    expect(apply.annotations.filter((annotation) => annotation.command === 'error')).toEqual([]);
    expect(
      apply.annotations.some(
        (annotation) => annotation.command === 'warning' && annotation.message.includes('[admin-required]'),
      ),
    ).toBe(true);
    expect(sim.state.schemes.some((scheme) => scheme.name === 'Already Live Test')).toBe(true);
    // The scheme that was already live is left exactly as it was.
    expect(sim.state.schemes.find((scheme) => scheme.id === 10002)).toEqual(archivedBefore);
  });
});
