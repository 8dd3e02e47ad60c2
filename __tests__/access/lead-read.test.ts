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
