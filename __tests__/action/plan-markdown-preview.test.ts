/**
 * `jira-perms plan --markdown` previews the pull-request comment (#12): on the same files and the same
 * Jira, it prints exactly the body the action posts. Runs a bundle of the current `src/` (see harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { runCli } from '../../src/cli/main.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import { makeTempDir, runAction, writeFiles } from './harness.js';

const PR = 11;
const githubToken = STUB_ACCOUNTS[0]!;

const SCHEME = `name: Preview Scheme
description: "Previewed from a terminal @octocat [l](https://evil.example) #12"
grants:
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
  BROWSE_PROJECTS:
    - projectRole: Developers
    - group: jira-software-users
`;

describe('plan --markdown', () => {
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

  it('prints exactly the comment the action posts on the pull request', async () => {
    const workspace = makeTempDir('jpac-preview-');
    writeFiles(workspace, { 'jira-permissions/preview.yml': SCHEME });
    const result = await runAction({
      workspace,
      apiUrl: github.baseUrl,
      inputs: {
        command: 'plan',
        'jira-url': sim.baseUrl,
        'jira-email': sim.credentials.admin.email,
        'jira-api-token': sim.credentials.admin.apiToken,
        'github-token': githubToken.token,
        comment: 'true',
      },
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: PR,
        // Without a base commit the action plans the files alone, as the command line does; telling drift
        // apart from the pull request's changes is covered in drift-action.test.ts.
        pull_request: withoutBaseCommit(github.pullRequestObject(PR)),
        repository: github.repositoryObject(),
      },
      ref: `refs/pull/${PR}/merge`,
    });
    expect(result.code).toBe(0);
    const posted = github.comments(PR).find((comment) => comment.login === githubToken.login);
    expect(posted?.body).toContain('Preview Scheme');

    const out = { stdout: '', stderr: '' };
    const code = await runCli(['plan', '--markdown'], {
      env: sim.env('admin'),
      cwd: workspace,
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text) => (out.stdout += text) },
      stderr: { write: (text) => (out.stderr += text) },
    });
    expect(code).toBe(0);
    // The comment ends with what only the run knows (the planned commit, the run's link); the rest is
    // byte for byte what the terminal printed.
    const body = posted?.body ?? '';
    expect(body.startsWith(out.stdout)).toBe(true);
    expect(body.slice(out.stdout.length)).toMatch(
      /^\n?<sub>Planned at commit `[0-9a-f]{12}`[^\n]*<\/sub>\n*$/,
    );
  });
});

function withoutBaseCommit(pullRequest: Record<string, unknown>): Record<string, unknown> {
  const base = pullRequest['base'];
  if (typeof base !== 'object' || base === null) return pullRequest;
  return { ...pullRequest, base: { ...base, sha: undefined } };
}
