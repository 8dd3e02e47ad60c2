import { afterEach, describe, expect, it } from '@jest/globals';

import { readPeople } from '../../src/access/read.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { ACCOUNT_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * A project lead the project list did not carry is read with `GET /project/{key}`. An inactive lead
 * holds nothing, whichever way the lead was read (the listed one is checked the same way).
 */

const sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
});

describe('a projectLead holder whose lead is read on its own', () => {
  it.each([
    ['active', true, { accountId: ACCOUNT_IDS.developer }],
    ['deactivated', false, null],
  ])('counts the lead when %s', async (_, active, expected) => {
    const sim = await startSimulator();
    sims.push(sim);
    const lead = sim.state.users.find((user) => user.accountId === ACCOUNT_IDS.developer);
    if (lead === undefined) throw new Error('the seed has no developer');
    lead.active = active;
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const people = await readPeople(
      [
        {
          project: { id: '10000', key: 'SOFT' },
          grants: [{ permission: 'ADMINISTER_PROJECTS', holder: { type: 'projectLead' } }],
        },
      ],
      reader,
    );
    expect(sim.countsByRoute()['GET /rest/api/3/project/{projectIdOrKey}']).toBe(1);
    const read = people.leads.get('10000');
    expect(read).toMatchObject({ ok: true });
    expect(read?.ok === true ? read.value : 'not read').toEqual(
      expected === null ? null : expect.objectContaining(expected),
    );
  });
});

/**
 * An answer whose `lead` leaves `active` out (the simulator's `leadActive: false`) does not say whether
 * the lead is active: the lead is looked up by account id, never taken for active, whether the project
 * list carried the lead or `GET /project/{key}` gave it.
 */
describe('a projectLead holder whose answer leaves out active', () => {
  it.each([
    ['read on its own, active', 'details', true, { accountId: ACCOUNT_IDS.developer }],
    ['read on its own, deactivated', 'details', false, null],
    ['carried by the project list, active', 'listed', true, { accountId: ACCOUNT_IDS.developer }],
    ['carried by the project list, deactivated', 'listed', false, null],
  ] as const)('looks the lead up: %s', async (_, how, active, expected) => {
    const sim = await startSimulator({ apiBehaviour: { leadActive: false } });
    sims.push(sim);
    const lead = sim.state.users.find((user) => user.accountId === ACCOUNT_IDS.developer);
    if (lead === undefined) throw new Error('the seed has no developer');
    lead.active = active;
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    // The project list as plan reads it (each project with its scheme), with the leads it carried.
    const listed =
      how === 'listed'
        ? [...(await reader.getProjectsByScheme()).values()].flat().find((p) => p.key === 'SOFT')
        : undefined;
    if (how === 'listed')
      expect(listed?.lead).toEqual(expect.objectContaining({ accountId: lead.accountId }));
    expect(listed?.lead?.active).toBeUndefined();
    sim.clearLog();
    const people = await readPeople(
      [
        {
          project: listed ?? { id: '10000', key: 'SOFT' },
          grants: [{ permission: 'ADMINISTER_PROJECTS', holder: { type: 'projectLead' } }],
        },
      ],
      reader,
    );
    const routes = sim.countsByRoute();
    expect(routes['GET /rest/api/3/project/{projectIdOrKey}'] ?? 0).toBe(how === 'listed' ? 0 : 1);
    expect(routes['GET /rest/api/3/user/bulk']).toBe(1);
    const read = people.leads.get('10000');
    expect(read).toMatchObject({ ok: true });
    expect(read?.ok === true ? read.value : 'not read').toEqual(
      expected === null ? null : expect.objectContaining(expected),
    );
  });
});
