import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { call, expectContract, expectError } from './helpers.js';

/** Data Center flavour: REST v2 only, groups by name, holders without `value`, no /group/bulk. */

interface WireGrant {
  id: number;
  permission: string;
  holder: { type: string; parameter?: string; value?: string };
}

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ flavour: 'datacenter' });
});
afterAll(async () => {
  await sim.stop();
});

describe('Data Center flavour', () => {
  it('answers REST v2 with holders that have no value and groups by name', async () => {
    const answer = await call(sim, 'GET', '/rest/api/2/permissionscheme/10000');
    expectContract(answer, 'GET', '/rest/api/3/permissionscheme/{schemeId}', 200);
    const grants = (answer.body as { permissions: WireGrant[] }).permissions;
    for (const grant of grants) expect(grant.holder.value).toBeUndefined();
    const group = grants.find((grant) => grant.holder.type === 'group');
    expect(sim.state.groups.some((candidate) => candidate.name === group?.holder.parameter)).toBe(true);
    const user = grants.find((grant) => grant.holder.type === 'user');
    expect(user?.holder.parameter).toMatch(/^JIRAUSER/);
  });

  it('does not answer REST v3, the gateway, or /group/bulk', async () => {
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).status).toBe(404);
    expect((await call(sim, 'GET', '/rest/api/2/group/bulk')).status).toBe(404);
    expect(
      (await call(sim, 'GET', '/rest/api/2/permissionscheme', { auth: 'scoped', base: sim.gatewayUrl }))
        .status,
    ).toBe(404);
  });

  it('accepts grants naming groups by name and users by key or username', async () => {
    const group = await call(sim, 'POST', '/rest/api/2/permissionscheme/10000/permission', {
      body: { permission: 'DELETE_ISSUES', holder: { type: 'group', parameter: 'release-managers' } },
    });
    expectContract(group, 'POST', '/rest/api/3/permissionscheme/{schemeId}/permission', 201);
    expect((group.body as WireGrant).holder).toMatchObject({ type: 'group', parameter: 'release-managers' });
    expect((group.body as WireGrant).holder.value).toBeUndefined();
    const user = await call(sim, 'POST', '/rest/api/2/permissionscheme/10000/permission', {
      body: { permission: 'DELETE_ISSUES', holder: { type: 'user', parameter: 'dana' } },
    });
    expect((user.body as WireGrant).holder).toMatchObject({ type: 'user', parameter: 'JIRAUSER10100' });
    expectError(
      await call(sim, 'POST', '/rest/api/2/permissionscheme/10000/permission', {
        body: { permission: 'DELETE_ISSUES', holder: { type: 'group', parameter: 'no-such-group' } },
      }),
      400,
      /no-such-group/,
    );
  });

  it('says it is a server in /serverInfo and finds users by username', async () => {
    const info = await call(sim, 'GET', '/rest/api/2/serverInfo');
    expect((info.body as { deploymentType: string }).deploymentType).toBe('Server');
    const user = await call(sim, 'GET', '/rest/api/2/user?username=mia');
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ name: 'mia', key: 'JIRAUSER10101' });
    expect(sim.env().JIRA_API_VERSION).toBe('2');
  });
});
