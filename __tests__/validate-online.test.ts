import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCli } from '../src/cli/main.js';
import { startSimulator } from '../src/sim/index.js';
import type { Simulator } from '../src/sim/index.js';

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator();
});

afterAll(async () => {
  await simulator.stop();
});

function repository(scheme: string): string {
  const cwd = mkdtempSync(join(tmpdir(), 'validate-online-'));
  mkdirSync(join(cwd, 'jira-permissions'));
  writeFileSync(join(cwd, 'jira-permissions', 'software.yml'), scheme);
  return cwd;
}

async function validateOnline(cwd: string, env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['validate', '--online', '--no-color'], {
    env,
    cwd,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const SCHEME = `name: Software
grants:
  BROWSE_PROJECTS:
    - group: jira-software-user
    - projectRole: Developers
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
`;

describe('validate --online', () => {
  it('reports a group that does not exist in Jira at its line, with a suggestion', async () => {
    const cwd = repository(SCHEME);
    const result = await validateOnline(cwd, simulator.env());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/jira-permissions\/software\.yml:4:\d+\s+error\s+.*"jira-software-user"/);
    expect(result.stdout).toContain('jira-software-users');
    const writes = simulator.requests.filter((entry) => entry.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('passes when every name resolves', async () => {
    const cwd = repository(SCHEME.replace('jira-software-user\n', 'jira-software-users\n'));
    const result = await validateOnline(cwd, simulator.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('says which variables are missing without a connection', async () => {
    const result = await validateOnline(repository(SCHEME), {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('JIRA_BASE_URL');
  });

  it('checks files with rule errors too, settles app keys from the catalogue, and names the files it could not read', async () => {
    const cwd = repository(`name: Software
grants:
  BROWSE_PROJECTS:
    - anyone
    - group: jira-software-user
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
  com.example.approvals__approve-requests:
    - projectRole: Administrators
`);
    writeFileSync(
      join(cwd, 'jira-permissions', 'broken.yml'),
      'name: Broken\ngrants:\n  BROWSE_PROJECTS: [grup]\n',
    );
    const result = await validateOnline(cwd, simulator.env());
    expect(result.code).toBe(1);
    // The rule error stays, and no longer stops the online check (#17)...
    expect(result.stdout).toMatch(/software\.yml:4:7\s+error\s+.*no-anonymous-access/);
    // ...which found the misspelt group and settled the app's key against the live catalogue.
    expect(result.stdout).toMatch(/software\.yml:5:\d+\s+error\s+.*"jira-software-user"/);
    expect(result.stdout).not.toContain('com.example.approvals__approve-requests');
    expect(result.stderr).toContain(
      'not checked in Jira, because errors keep them from being read: jira-permissions/broken.yml',
    );
    expect(result.stderr).not.toContain('--online skipped');
  });
});
