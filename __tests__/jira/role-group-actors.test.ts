import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { cloudGroupActor } from '../../src/jira/people.js';
import { GROUP_IDS, ROLE_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * ProjectRoleGroup's `name`, `groupId` and `displayName` are all optional (the reference recommends
 * `groupId`), and RoleActor's `name` is "no longer available": a Cloud whose group actors carry only
 * `displayName` and `groupId` must still give the role's groups, identified by id.
 */

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.stop();
});

const reader = () => createJiraReader(connectionFromEnv(sim.env()));

describe('group role actors without a name', () => {
  it('read as the same groups, by id, as with names; their members are read by id', async () => {
    const named = await reader().getRoleActors('SOFT', ROLE_IDS.developers);
    sim.setBehaviour({ roleGroupNames: false });
    try {
      sim.clearLog();
      const jira = reader();
      const unnamed = await jira.getRoleActors('SOFT', ROLE_IDS.developers);
      const raw = sim.requests.find((entry) => entry.route.includes('/role/'));
      expect(raw?.status).toBe(200);
      expect(unnamed.groups).toEqual(named.groups);
      expect(unnamed.groups).toEqual([{ name: 'release-managers', id: GROUP_IDS.releaseManagers }]);
      expect(unnamed.users).toEqual(named.users);
      const group = unnamed.groups[0];
      if (group === undefined) throw new Error('no group actor');
      const members = await jira.getGroupMembers(group);
      expect(members.length).toBeGreaterThan(0);
      const asked = sim.requests.filter((entry) => entry.route.endsWith('/group/member'));
      expect(asked).toHaveLength(1);
    } finally {
      sim.setBehaviour({ roleGroupNames: true });
    }
  });
});

describe('cloudGroupActor', () => {
  it('takes the name from name, then displayName, then the id; the id from groupId', () => {
    expect(cloudGroupActor({ name: 'devs', groupId: 'g-1', displayName: 'Devs' }, undefined, 'x')).toEqual({
      name: 'devs',
      id: 'g-1',
    });
    expect(cloudGroupActor({ groupId: 'g-1', displayName: 'Devs' }, undefined, undefined)).toEqual({
      name: 'Devs',
      id: 'g-1',
    });
    expect(cloudGroupActor({ groupId: 'g-1' }, undefined, 'Developers')).toEqual({
      name: 'Developers',
      id: 'g-1',
    });
    expect(cloudGroupActor({ groupId: 'g-1' }, undefined, undefined)).toEqual({ name: 'g-1', id: 'g-1' });
    expect(cloudGroupActor({ name: '' }, 'old-name', undefined)).toEqual({ name: 'old-name' });
    expect(() => cloudGroupActor({}, undefined, '')).toThrow('names no group');
  });
});
