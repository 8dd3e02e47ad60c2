import { afterEach, describe, expect, it } from '@jest/globals';

import { DEFAULT_SINCE_DAYS, explainDrift } from '../../src/drift/explain.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import type { PlanChange } from '../../src/model/plan.js';
import { ACCOUNT_IDS, GROUP_IDS, ROLE_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

const NOW = '2026-11-20T10:00:00.000Z';

/** The plan's view of three hand-made changes to Software Development (10000). */
function changes(dataCenter: boolean): PlanChange[] {
  const contractors = dataCenter
    ? { type: 'group', parameter: 'contractors' }
    : { type: 'group', parameter: 'contractors', value: GROUP_IDS.contractors };
  const riley = dataCenter ? 'JIRAUSER10102' : ACCOUNT_IDS.reader;
  return [
    // Added by hand: apply would remove it.
    {
      action: 'remove-grant',
      scheme: 'Software Development',
      schemeId: 10000,
      permission: 'DELETE_ISSUES',
      holder: contractors,
      grantId: 1,
    },
    // Removed by hand: apply would add it back.
    {
      action: 'add-grant',
      scheme: 'Software Development',
      schemeId: 10000,
      permission: 'ADD_COMMENTS',
      holder: { type: 'user', parameter: riley, value: riley },
    },
    // Removed by hand, but long before the window.
    {
      action: 'add-grant',
      scheme: 'Software Development',
      schemeId: 10000,
      permission: 'EDIT_ISSUES',
      holder: {
        type: 'projectRole',
        parameter: String(ROLE_IDS.developers),
        value: String(ROLE_IDS.developers),
      },
    },
  ];
}

async function drifted(flavour: 'cloud' | 'datacenter'): Promise<Simulator> {
  const started = await startSimulator({ clock: NOW, flavour });
  started
    .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
    .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
  started.actAs('Priya Product', { at: '2026-11-19T12:00:00Z' }).removeGrant(10000, {
    permission: 'ADD_COMMENTS',
    holder: { type: 'user', ref: 'Riley Reader' },
  });
  // The same grant in another scheme, later: it must not be taken for the change to 10000.
  started
    .actAs('Carlos Contractor', { at: '2026-11-19T18:00:00Z' })
    .addGrant(0, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
  started.actAs('Alice Admin', { at: '2026-09-01T08:00:00Z' }).removeGrant(10000, {
    permission: 'EDIT_ISSUES',
    holder: { type: 'projectRole', ref: 'Developers' },
  });
  started.clearLog();
  return started;
}

describe('drift attribution from the audit log', () => {
  it('Cloud: names who made each change and when, within the window ending at Jira time', async () => {
    sim = await drifted('cloud');
    const jira = createJiraReader(connectionFromEnv(sim.env('admin')));
    // This machine's clock is years away from the simulator's: the window must follow Jira's.
    const explained = await explainDrift({ changes: changes(false), grants: [] }, jira, {
      sinceDays: DEFAULT_SINCE_DAYS,
      now: () => new Date('2031-01-01T00:00:00Z'),
    });
    expect(explained.window).toEqual({
      from: '2026-10-21T10:00:00.000Z',
      to: NOW,
      days: 30,
      clock: 'jira',
    });
    expect(explained.audit).toMatchObject({ status: 'read', truncated: false });
    expect(explained.items.map((item) => item.changedBy)).toEqual([
      {
        accountId: ACCOUNT_IDS.alice,
        name: 'Alice Admin',
        at: '2026-11-18T08:30:00.000Z',
        summary: 'Permission scheme updated',
        source: 'Browser',
      },
      {
        accountId: ACCOUNT_IDS.priya,
        name: 'Priya Product',
        at: '2026-11-19T12:00:00.000Z',
        summary: 'Permission scheme updated',
        source: 'Browser',
      },
      null,
    ]);
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(sim.requests.some((request) => request.route.includes('/auditing/record'))).toBe(true);
  });

  it('a wider window finds the older change too', async () => {
    sim = await drifted('cloud');
    const jira = createJiraReader(connectionFromEnv(sim.env('admin')));
    const explained = await explainDrift({ changes: changes(false), grants: [] }, jira, {
      sinceDays: 90,
      now: () => new Date(),
    });
    expect(explained.items[2]?.changedBy).toMatchObject({
      name: 'Alice Admin',
      at: '2026-09-01T08:00:00.000Z',
    });
  });

  it('Data Center: reads /rest/auditing/1.0/events and names people by their Jira name', async () => {
    sim = await drifted('datacenter');
    const jira = createJiraReader(connectionFromEnv(sim.env('admin')));
    const explained = await explainDrift({ changes: changes(true), grants: [] }, jira, {
      sinceDays: DEFAULT_SINCE_DAYS,
      now: () => new Date(),
    });
    expect(explained.items.map((item) => item.changedBy?.name ?? null)).toEqual([
      'Alice Admin',
      'Priya Product',
      null,
    ]);
    expect(explained.items[0]?.changedBy?.at).toBe('2026-11-18T08:30:00.000Z');
    expect(sim.requests.some((request) => request.path === '/rest/auditing/1.0/events')).toBe(true);
  });

  it('a token that cannot read the log gets the changes unattributed, with the reason', async () => {
    sim = await drifted('cloud');
    const jira = createJiraReader(connectionFromEnv(sim.env('nonAdmin')));
    const explained = await explainDrift({ changes: changes(false), grants: [] }, jira, {
      sinceDays: DEFAULT_SINCE_DAYS,
      now: () => new Date(),
    });
    expect(explained.audit).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(/cannot read the audit log \(403\).*Administer Jira.*Free plan/),
    });
    expect(explained.items.map((item) => item.changedBy)).toEqual([null, null, null]);
  });

  it('no drift: the audit log is not read at all', async () => {
    sim = await drifted('cloud');
    const jira = createJiraReader(connectionFromEnv(sim.env('admin')));
    const explained = await explainDrift({ changes: [], grants: [] }, jira, {
      sinceDays: DEFAULT_SINCE_DAYS,
      now: () => new Date(),
    });
    expect(explained.audit).toEqual({ status: 'not-read' });
    expect(sim.requests.some((request) => request.route.includes('auditing'))).toBe(false);
  });
});
