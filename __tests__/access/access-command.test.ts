import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { renderAccessText } from '../../src/view/access.js';
import { runCli } from '../../src/cli/main.js';
import type { AccessResult } from '../../src/commands/access.js';
import { ACCOUNT_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/** `jira-perms access` against the simulator over HTTP: who holds what now, and through which holder. */

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.clearLog();
});

async function access(args: string[], kind: 'admin' = 'admin') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['access', ...args], {
    env: sim.env(kind),
    cwd: process.cwd(),
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('jira-perms access', () => {
  it('lists who administers SOFT, with the path: the role, and the group in the role', async () => {
    const { code, stdout } = await access(['--project', 'SOFT', '--permission', 'ADMINISTER_PROJECTS']);
    expect(code).toBe(0);
    expect(stdout).toContain('SOFT (Software) uses scheme "Software Development" (id 10000).');
    expect(stdout).toContain('ADMINISTER_PROJECTS: 3 people');
    expect(stdout).toContain(
      `Alex Admin (${ACCOUNT_IDS.admin})  via projectRole Administrators (10002); projectRole Administrators (10002) > group jira-administrators`,
    );
    expect(stdout).toContain(
      `Alice Admin (${ACCOUNT_IDS.alice})  via projectRole Administrators (10002) > group jira-administrators`,
    );
    expect(sim.requests.every((entry) => entry.method === 'GET')).toBe(true);
    // Only what the permission's grants need: its two roles in SOFT and the one group inside a role.
    const counts = sim.countsByRoute();
    expect(counts['GET /rest/api/3/project/{projectIdOrKey}/role/{id}']).toBe(2);
    expect(counts['GET /rest/api/3/group/member']).toBe(1);
    expect(counts['GET /rest/api/3/project/{projectIdOrKey}']).toBe(1);
  });

  it('--json, --user by email: one person across every permission, with per-issue holders listed', async () => {
    const { code, stdout } = await access([
      '--project',
      'SOFT',
      '--user',
      'carlos@contractor.example',
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AccessResult;
    expect(result.user).toEqual({ accountId: ACCOUNT_IDS.carlos, displayName: 'Carlos Contractor' });
    const browse = result.permissions.find((entry) => entry.permission === 'BROWSE_PROJECTS');
    expect(browse?.people.map((person) => person.via)).toEqual([
      [
        ['projectRole Users (10000)', 'group jira-software-users'],
        ['group jira-software-users (276f955c-63d7-42c8-9520-92d01dca0625)'],
        ['applicationRole jira-software', 'group jira-software-users'],
      ],
    ]);
    const admin = result.permissions.find((entry) => entry.permission === 'ADMINISTER_PROJECTS');
    expect(admin?.people).toEqual([]);
    const comments = result.permissions.find((entry) => entry.permission === 'ADD_COMMENTS');
    expect(comments?.holders.map((holder) => holder.label)).toEqual(['reporter']);
  });

  it('what could not be expanded is said, with why, and hostile names are escaped', () => {
    const text = renderAccessText({
      status: 'ok',
      project: { id: '1', key: 'MKT', name: 'Marketing' },
      scheme: { id: 0, name: 'Default' },
      permissions: [
        {
          permission: 'ADMINISTER_PROJECTS',
          people: [{ accountId: 'a1', displayName: 'Eve \u001b[2J', via: [['user Eve']] }],
          holders: [],
          unexpanded: [
            {
              holder: { type: 'group', parameter: 'jira-administrators', value: 'g1' },
              label: 'group jira-administrators (g1)',
              reason:
                'could not read the members of group "jira-administrators": 403 Forbidden; needs the Browse users and groups permission',
            },
          ],
        },
      ],
    });
    expect(text).toContain('ADMINISTER_PROJECTS: 1 person');
    expect(text).toContain('Eve \\u001b[2J (a1)  via user Eve');
    expect(text).toContain(
      '! not expanded: group jira-administrators (g1): could not read the members of group "jira-administrators": 403 Forbidden',
    );
  });

  it('an unknown project, permission or user: exit 1 with what is wrong', async () => {
    const project = await access(['--project', 'NOPE']);
    expect(project.code).toBe(1);
    expect(project.stderr).toContain('Jira has no project "NOPE" that this token can see');
    const permission = await access(['--project', 'SOFT', '--permission', 'NOT_A_PERMISSION']);
    expect(permission.code).toBe(1);
    expect(permission.stderr).toContain('Jira has no permission "NOT_A_PERMISSION"');
    const user = await access(['--project', 'SOFT', '--user', 'nobody@example.com']);
    expect(user.code).toBe(1);
    expect(user.stderr).toContain('Jira has no user with the email address nobody@example.com');
    const missing = await access([]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--project');
  });

  it('a project Jira shows but whose scheme it refuses (404) is not called an unknown key', async () => {
    sim.setFaults({ refusals: { rate: 1, status: 404, route: /project\/\{[^}]+\}\/permissionscheme/ } });
    try {
      const refused = await access(['--project', 'SOFT']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Jira shows project SOFT but not the permission scheme it uses (404');
      expect(refused.stderr).not.toContain('Jira has no project');
    } finally {
      sim.setFaults({});
    }
  });
});
