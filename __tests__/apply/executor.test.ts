import { afterEach, describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';

import { executePlan, renameWaves, type ApplyEvent, type ExecuteOptions } from '../../src/apply/executor.js';
import type { JournalEntry } from '../../src/apply/journal.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraWriter, type JiraReadWriteClient } from '../../src/jira/factory.js';
import type { HttpOptions } from '../../src/jira/http.js';
import { grantKey, type Holder } from '../../src/model/holder.js';
import { fingerprintScheme } from '../../src/plan/fingerprint.js';
import type { Plan, PlanChange } from '../../src/model/plan.js';
import type { LiveScheme } from '../../src/model/scheme.js';
import {
  GROUP_IDS,
  ROLE_IDS,
  startSimulator,
  type ExampleCredentials,
  type SimScheme,
  type Simulator,
} from '../../src/sim/index.js';
import { ADDONS_ROLE, simGrantKey } from './sim-helpers.js';

/**
 * The executor through the real client, over HTTP, against the simulator: every failure a test needs
 * is one the simulator plays (its faults, a credential that may not delete, a change made in Jira
 * while apply runs). Waiting and retrying belong to the HTTP layer; these tests check what the
 * executor decides once an answer reaches it.
 */

const SOFTWARE = 20001;
const OLD = 20009;

const devs: Holder = { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers };
const users: Holder = { type: 'group', parameter: 'jira-software-users', value: GROUP_IDS.softwareUsers };
const admins: Holder = {
  type: 'projectRole',
  parameter: String(ROLE_IDS.administrators),
  value: String(ROLE_IDS.administrators),
};

const GRANT_ROUTE = 'POST /rest/api/3/permissionscheme/{schemeId}/permission';
const REMOVE_ROUTE = 'DELETE /rest/api/3/permissionscheme/{schemeId}/permission/{permissionId}';
const CREATE_ROUTE = 'POST /rest/api/3/permissionscheme';

function software(): SimScheme {
  return {
    id: SOFTWARE,
    name: 'Software',
    grants: [
      { id: 90001, permission: 'ADMINISTER_PROJECTS', holder: { type: 'projectRole', ref: admins.value! } },
      { id: 90002, permission: 'BROWSE_PROJECTS', holder: { type: 'group', ref: users.value! } },
      { id: 90003, permission: 'EDIT_ISSUES', holder: { type: 'group', ref: users.value! } },
    ],
  };
}

const sims: Simulator[] = [];

afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
});

/** The default site plus the tests' schemes ("Software", and "Old" that no project uses). */
async function simulator(schemes: SimScheme[] = [software()]): Promise<Simulator> {
  const sim = await startSimulator();
  sims.push(sim);
  sim.state.schemes.push(...schemes);
  return sim;
}

function writer(
  sim: Simulator,
  extra: Partial<HttpOptions> = {},
  credential: keyof ExampleCredentials = 'admin',
): JiraReadWriteClient {
  return createJiraWriter(connectionFromEnv(sim.env(credential)), {
    requestTimeoutMs: 2_000,
    retry: { maxAttempts: 3, budget: 10_000, baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });
}

/** The write routes the simulator answered, in order. */
function writes(sim: Simulator, route?: string): string[] {
  return sim.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => request.route)
    .filter((candidate) => route === undefined || candidate === route);
}

function grantKeysOf(sim: Simulator, id: number): string[] {
  const scheme = sim.state.schemes.find((candidate) => candidate.id === id);
  return (scheme?.grants ?? [])
    .filter((grant) => !(grant.holder.type === 'projectRole' && grant.holder.ref === ADDONS_ROLE))
    .map((grant) => simGrantKey(grant.permission, grant.holder))
    .sort();
}

function plan(changes: PlanChange[]): Plan {
  return {
    version: 1,
    changes,
    summary: {
      add: 0,
      assignProjects: 0,
      remove: 0,
      createSchemes: 0,
      updateSchemes: 0,
      deleteSchemes: 0,
      schemesChanged: 0,
      projectsAffected: 0,
    },
    fingerprints: {},
    filesHash: 'h',
    guardrails: [],
    blastRadius: [],
    unmanaged: [],
    kept: [],
    findings: [],
  };
}

const add = (scheme: string, schemeId: number | null, permission: string, holder: Holder): PlanChange => ({
  action: 'add-grant',
  scheme,
  schemeId,
  permission,
  holder,
});
const remove = (grantId: number, permission: string, holder: Holder): PlanChange => ({
  action: 'remove-grant',
  scheme: 'Software',
  schemeId: SOFTWARE,
  permission,
  holder,
  grantId,
});

/**
 * Removes every live grant of a new scheme that the planned changes do not list (a stand-in for the
 * planner), keeping the add-ons role that Jira manages.
 */
function unplannedGrants(created: LiveScheme, planned: readonly PlanChange[]): PlanChange[] {
  const wanted = new Set(
    planned.filter((change) => change.action === 'add-grant').map((c) => grantKey(c.permission!, c.holder!)),
  );
  return created.grants
    .filter((grant) => !(grant.holder.type === 'projectRole' && grant.holder.value === ADDONS_ROLE))
    .filter((grant) => !wanted.has(grantKey(grant.permission, grant.holder)))
    .map((grant) => ({
      action: 'remove-grant',
      scheme: created.name,
      schemeId: created.id,
      permission: grant.permission,
      holder: grant.holder,
      grantId: grant.id,
    }));
}

function options(sim: Simulator, changes: PlanChange[], extra: Partial<ExecuteOptions> = {}): ExecuteOptions {
  return {
    writer: writer(sim),
    plan: plan(changes),
    prune: false,
    allowDelete: false,
    defaultGrantsToRemove: unplannedGrants,
    ...extra,
  };
}

describe('apply executor: order', () => {
  it('updates and creates schemes, adds, then removes, then deletes', async () => {
    const sim = await simulator([software(), { id: OLD, name: 'Old', grants: [] }]);
    const changes: PlanChange[] = [
      { action: 'delete-scheme', scheme: 'Old', schemeId: OLD },
      remove(90003, 'EDIT_ISSUES', users),
      add('Software', SOFTWARE, 'EDIT_ISSUES', devs),
      { action: 'create-scheme', scheme: 'New', schemeId: null },
      add('New', null, 'BROWSE_PROJECTS', devs),
      {
        action: 'update-scheme',
        scheme: 'Software 2',
        schemeId: SOFTWARE,
        from: { name: 'Software' },
        to: { name: 'Software 2' },
      },
    ];
    const events: ApplyEvent[] = [];
    const result = await executePlan(
      options(sim, changes, { prune: true, allowDelete: true, onEvent: (event) => events.push(event) }),
    );
    expect(writes(sim)).toEqual([
      'PUT /rest/api/3/permissionscheme/{schemeId}',
      CREATE_ROUTE,
      GRANT_ROUTE,
      REMOVE_ROUTE,
      'DELETE /rest/api/3/permissionscheme/{schemeId}',
    ]);
    expect(result.entries.map((entry) => entry.result)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(
      result.entries.find((entry) => entry.scheme === 'New' && entry.action === 'add-grant')?.detail,
    ).toBe('created with the scheme');
    expect(sim.state.schemes.find((scheme) => scheme.id === SOFTWARE)?.name).toBe('Software 2');
    expect(sim.state.schemes.some((scheme) => scheme.id === OLD)).toBe(false);
    const positions = events.flatMap((event) => (event.type === 'entry' ? [event.position] : []));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('attempts no removal when an add fails', async () => {
    const sim = await simulator();
    const nobody: Holder = {
      type: 'group',
      parameter: 'nope',
      value: '00000000-0000-4000-8000-000000000000',
    };
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', nobody), remove(90003, 'EDIT_ISSUES', users)]),
    );
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(0);
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('does not exist');
    expect(result.entries[1]?.result).toBe('skipped');
    expect(result.entries[1]?.detail).toContain('removes nothing until every add has landed');
    expect(result.removalsBlocked).toBeDefined();
  });

  it('fails an add that Jira acknowledged but that is missing on re-read, and removes nothing', async () => {
    const sim = await simulator();
    // Jira answers success, and the grant is gone by the time apply reads the scheme back.
    sim.onWrite((state, write) => {
      if (write.method !== 'POST' || !write.route.endsWith('/permission')) return;
      const scheme = state.schemes.find((candidate) => candidate.id === SOFTWARE)!;
      scheme.grants = scheme.grants.filter((grant) => grant.permission !== 'LINK_ISSUES');
    });
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'LINK_ISSUES', devs), remove(90003, 'EDIT_ISSUES', users)]),
    );
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('not there when the scheme is read back');
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(0);
  });
});

describe('apply executor: writes are never blindly repeated', () => {
  it('does not send an add again when the lost answer hid a commit', async () => {
    const sim = await simulator();
    sim.setFaults({ dropAfterCommit: { rate: 1, times: 1, methods: ['POST'], route: '/permission' } });
    const result = await executePlan(options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs)]));
    expect(writes(sim, GRANT_ROUTE)).toHaveLength(1);
    expect(result.entries[0]?.result).toBe('done');
    expect(result.entries[0]?.detail).toContain('confirmed by re-reading Jira');
    const added = simGrantKey('EDIT_ISSUES', { type: 'group', ref: GROUP_IDS.releaseManagers });
    expect(grantKeysOf(sim, SOFTWARE).filter((key) => key === added)).toHaveLength(1);
  });

  it('sends an add again when the re-read shows it did not happen', async () => {
    const sim = await simulator();
    sim.setFaults({
      serverErrors: { rate: 1, times: 1, status: 502, methods: ['POST'], route: '/permission' },
    });
    const result = await executePlan(options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs)]));
    // The HTTP layer does not resend a write whose outcome is unknown; the executor does, after a re-read.
    expect(writes(sim, GRANT_ROUTE)).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({ result: 'done', attempts: 2 });
  });

  it('leaves a 429 to the HTTP layer, which waits out its Retry-After and sends again', async () => {
    const sim = await simulator();
    sim.setFaults({
      rateLimit: { capacity: 0, refillPerSecond: 0, retryAfterSeconds: 2, methods: ['POST'] },
    });
    const waits: number[] = [];
    const client = writer(sim, {
      sleep: (ms) => {
        waits.push(ms);
        sim.setFaults({}); // the wait is over: Jira lets the next request through
        return Promise.resolve();
      },
    });
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs)], { writer: client }),
    );
    expect(waits).toEqual([2000]);
    expect(sim.requests.filter((request) => request.route === GRANT_ROUTE).map((r) => r.status)).toEqual([
      429, 201,
    ]);
    // One send as far as the executor knows: no second retry loop above the HTTP layer's.
    expect(result.entries[0]).toMatchObject({ result: 'done', attempts: 1 });
  });

  it('fails a write the HTTP layer gave up on after 429s, without a retry loop of its own', async () => {
    const sim = await simulator();
    sim.setFaults({
      rateLimit: { capacity: 0, refillPerSecond: 0, retryAfterSeconds: 1, methods: ['POST'] },
    });
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs)], {
        writer: writer(sim, { sleep: () => Promise.resolve() }),
      }),
    );
    // maxAttempts 3 in the HTTP layer, and nothing on top of it.
    expect(writes(sim, GRANT_ROUTE)).toHaveLength(3);
    expect(result.entries[0]).toMatchObject({ result: 'failed', attempts: 1 });
    expect(result.entries[0]?.detail).toContain('429');
  });

  it('counts a 400 on a grant removal as done only when a re-read shows the grant gone', async () => {
    const sim = await simulator();
    sim.setFaults({ refusals: { rate: 1, times: 1, methods: ['DELETE'], message: 'bad request' } });
    // Someone removed grant 90003 in Jira after the plan was made: Jira answers 400 for it.
    const live = sim.state.schemes.find((scheme) => scheme.id === SOFTWARE)!;
    live.grants = live.grants.filter((grant) => grant.id !== 90003);
    const result = await executePlan(
      options(sim, [remove(90002, 'BROWSE_PROJECTS', users), remove(90003, 'EDIT_ISSUES', users)]),
    );
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('bad request');
    expect(result.entries[1]?.result).toBe('done');
    expect(result.entries[1]?.detail).toContain('already so in Jira');
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(2);
    expect(live.grants.some((grant) => grant.id === 90002)).toBe(true);
  });

  it('does not remove twice after a dropped answer to a removal', async () => {
    const sim = await simulator();
    sim.setFaults({ dropAfterCommit: { rate: 1, times: 1, methods: ['DELETE'] } });
    const result = await executePlan(options(sim, [remove(90003, 'EDIT_ISSUES', users)]));
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(1);
    expect(result.entries[0]?.result).toBe('done');
  });

  it('finds a scheme whose create answer was lost instead of creating a second one', async () => {
    const sim = await simulator([]);
    const before = sim.state.schemes.length;
    sim.setFaults({ dropAfterCommit: { rate: 1, times: 1, methods: ['POST'], route: /permissionscheme$/ } });
    const result = await executePlan(
      options(sim, [
        { action: 'create-scheme', scheme: 'New', schemeId: null },
        add('New', null, 'BROWSE_PROJECTS', devs),
      ]),
    );
    expect(writes(sim, CREATE_ROUTE)).toHaveLength(1);
    expect(sim.state.schemes).toHaveLength(before + 1);
    expect(sim.state.schemes.filter((scheme) => scheme.name === 'New')).toHaveLength(1);
    expect(result.entries.map((entry) => entry.result)).toEqual(['done', 'done']);
  });

  it('says the token lacks delete access on a 403 removal', async () => {
    const sim = await simulator();
    const result = await executePlan(
      options(sim, [remove(90003, 'EDIT_ISSUES', users)], { writer: writer(sim, {}, 'noDelete') }),
    );
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('lacks delete access');
    expect(result.entries[0]?.detail).toContain('delete:permission:jira');
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(1);
  });
});

describe('apply executor: new schemes', () => {
  it("removes Jira's default grants and sends grants Jira dropped one by one", async () => {
    const sim = await simulator([]);
    // A Jira that adds a default grant of its own to a new scheme and does not keep one it was sent.
    sim.onWrite((state, write) => {
      if (write.method !== 'POST' || write.route !== CREATE_ROUTE) return;
      const created = state.schemes.find((scheme) => scheme.name === 'New')!;
      created.grants = created.grants.filter((grant) => grant.permission !== 'EDIT_ISSUES');
      created.grants.push({ id: 99001, permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    });
    const result = await executePlan(
      options(sim, [
        { action: 'create-scheme', scheme: 'New', schemeId: null },
        add('New', null, 'BROWSE_PROJECTS', devs),
        add('New', null, 'EDIT_ISSUES', devs),
      ]),
    );
    expect(writes(sim)).toEqual([CREATE_ROUTE, GRANT_ROUTE, REMOVE_ROUTE]);
    const entry = result.entries.find((candidate) => candidate.origin === 'jira-default');
    expect(entry).toMatchObject({ action: 'remove-grant', result: 'done', permission: 'BROWSE_PROJECTS' });
    const created = sim.state.schemes.find((scheme) => scheme.name === 'New')!;
    const devsRef = { type: 'group', ref: GROUP_IDS.releaseManagers };
    expect(grantKeysOf(sim, created.id)).toEqual(
      [simGrantKey('BROWSE_PROJECTS', devsRef), simGrantKey('EDIT_ISSUES', devsRef)].sort(),
    );
  });
});

describe('apply executor: delete gating', () => {
  const deletion: PlanChange = { action: 'delete-scheme', scheme: 'Old', schemeId: OLD };

  it('needs both prune and --allow-delete', async () => {
    for (const [prune, allowDelete] of [
      [false, true],
      [true, false],
    ] as const) {
      const sim = await simulator([{ id: OLD, name: 'Old', grants: [] }]);
      const result = await executePlan(options(sim, [deletion], { prune, allowDelete }));
      expect(result.entries[0]?.result).toBe('skipped');
      expect(result.entries[0]?.detail).toContain('--allow-delete');
      expect(writes(sim)).toHaveLength(0);
    }
  });

  it('never deletes a scheme that projects use, checked right before deleting', async () => {
    const sim = await simulator([{ id: OLD, name: 'Old', grants: [] }]);
    const project = sim.state.projects.find((candidate) => candidate.style !== 'next-gen')!;
    project.permissionSchemeId = OLD;
    const result = await executePlan(options(sim, [deletion], { prune: true, allowDelete: true }));
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain(`1 project(s) use this scheme (${project.key})`);
    expect(writes(sim)).toHaveLength(0);
  });

  it('removes grants without any extra switch', async () => {
    const sim = await simulator();
    const result = await executePlan(options(sim, [remove(90003, 'EDIT_ISSUES', users)]));
    expect(result.entries[0]?.result).toBe('done');
  });
});

describe('apply executor: interrupts', () => {
  it('starts no write once interrupted', async () => {
    const sim = await simulator();
    const controller = new AbortController();
    controller.abort();
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs), remove(90003, 'EDIT_ISSUES', users)], {
        signal: controller.signal,
      }),
    );
    expect(writes(sim)).toHaveLength(0);
    expect(result.interrupted).toBe(true);
    expect(result.entries.every((entry) => entry.result === 'skipped')).toBe(true);
  });

  it('does not send a write again once interrupted, and says it did not happen', async () => {
    const sim = await simulator();
    sim.setFaults({
      serverErrors: { rate: 1, times: 1, status: 503, methods: ['POST'], route: '/permission' },
    });
    const controller = new AbortController();
    // The interrupt arrives while apply re-reads the scheme to learn whether the 503'd add happened.
    const client = writer(sim, {
      onAttempt: (event) => {
        if (event.method === 'GET' && writes(sim, GRANT_ROUTE).length > 0) controller.abort();
      },
    });
    const result = await executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs)], {
        writer: client,
        signal: controller.signal,
      }),
    );
    expect(writes(sim, GRANT_ROUTE)).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ result: 'skipped', attempts: 1 });
    expect(result.entries[0]?.detail).toContain('interrupted before it was sent again; it did not happen');
  });

  it('gives an in-flight write only the grace period after an interrupt, and starts no later write', async () => {
    const sim = await simulator();
    sim.setFaults({ hang: { rate: 1, times: 1, methods: ['POST'], route: '/permission' } });
    const controller = new AbortController();
    const run = executePlan(
      options(sim, [add('Software', SOFTWARE, 'EDIT_ISSUES', devs), remove(90003, 'EDIT_ISSUES', users)], {
        signal: controller.signal,
        abortGraceMs: 10,
      }),
    );
    // Interrupt once the add is hanging in the simulator.
    while (!sim.requests.some((request) => request.fault === 'hang')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    controller.abort();
    const result = await run;
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('outcome is unknown');
    expect(result.entries[1]).toMatchObject({ result: 'skipped', attempts: 0 });
    expect(writes(sim)).toEqual([GRANT_ROUTE]);
  });
});

/** The most requests of `route` that were in the simulator at the same moment. */
function peakOverlap(sim: Simulator, route: string): number {
  const edges = sim.requests
    .filter((request) => request.route === route)
    .flatMap((request) => [
      { at: request.at, step: 1 },
      { at: request.at + request.ms, step: -1 },
    ])
    // An answer that ends as the next request starts is not an overlap: ends first.
    .sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let peak = 0;
  for (const edge of edges) {
    now += edge.step;
    peak = Math.max(peak, now);
  }
  return peak;
}

describe('apply executor: writes of a phase go out together (#18)', () => {
  const PERMISSIONS = [
    'CREATE_ISSUES',
    'LINK_ISSUES',
    'ADD_COMMENTS',
    'WORK_ON_ISSUES',
    'MANAGE_WATCHERS',
    'EDIT_ISSUES',
  ];

  it('sends the adds and the removals of a phase in parallel, bounded by the client, and reads each scheme back once', async () => {
    const second: SimScheme = { ...software(), id: SOFTWARE + 1, name: 'Software B' };
    second.grants = second.grants.map((grant) => ({ ...grant, id: grant.id + 100 }));
    const sim = await simulator([software(), second]);
    // Slow writes, so that writes sent one after another could not overlap.
    sim.setFaults({ latency: { fixedMs: 30, methods: 'writes' } });
    const changes: PlanChange[] = [
      ...PERMISSIONS.map((permission) => add('Software', SOFTWARE, permission, devs)),
      ...PERMISSIONS.map((permission) => add('Software B', SOFTWARE + 1, permission, devs)),
      remove(90002, 'BROWSE_PROJECTS', users),
      remove(90003, 'EDIT_ISSUES', users),
      { ...remove(90103, 'EDIT_ISSUES', users), scheme: 'Software B', schemeId: SOFTWARE + 1 },
    ];
    const result = await executePlan(options(sim, changes, { writer: writer(sim, { concurrency: 4 }) }));
    expect(result.entries.every((entry) => entry.result === 'done')).toBe(true);
    expect(sim.countsByRoute()).toEqual({
      [GRANT_ROUTE]: 12,
      // The verify phase: each scheme the adds touched, read once.
      'GET /rest/api/3/permissionscheme/{schemeId}': 2,
      [REMOVE_ROUTE]: 3,
    });
    // In parallel, and never more at once than the client allows.
    expect(peakOverlap(sim, GRANT_ROUTE)).toBeGreaterThan(1);
    expect(peakOverlap(sim, GRANT_ROUTE)).toBeLessThanOrEqual(4);
    expect(peakOverlap(sim, REMOVE_ROUTE)).toBeGreaterThan(1);
    // Still in phases: every add answered before the verifying reads, every read before a removal.
    const firstRead = sim.requests.findIndex((request) => request.method === 'GET');
    const lastAdd = sim.requests.findLastIndex((request) => request.route === GRANT_ROUTE);
    const firstRemoval = sim.requests.findIndex((request) => request.route === REMOVE_ROUTE);
    expect(lastAdd).toBeLessThan(firstRead);
    const lastRead = sim.requests.findLastIndex((request) => request.method === 'GET');
    expect(lastRead).toBeLessThan(firstRemoval);
    expect(grantKeysOf(sim, SOFTWARE)).toHaveLength(3 - 2 + PERMISSIONS.length);
  });

  it('keeps one abort listener on the run signal however many writes are in flight, none after', async () => {
    const sim = await simulator();
    sim.setFaults({ latency: { fixedMs: 20, methods: 'writes' } });
    const more = ['ASSIGN_ISSUES', 'CLOSE_ISSUES', 'RESOLVE_ISSUES', 'DELETE_ISSUES', 'SCHEDULE_ISSUES'];
    const changes = [...PERMISSIONS, ...more].flatMap((permission) => [
      add('Software', SOFTWARE, permission, devs),
      add('Software', SOFTWARE, permission, admins),
    ]);
    const controller = new AbortController();
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on('warning', onWarning);
    let peak = 0;
    const sample = setInterval(() => {
      peak = Math.max(peak, getEventListeners(controller.signal, 'abort').length);
    }, 2);
    try {
      const result = await executePlan(
        options(sim, changes, {
          writer: writer(sim, { concurrency: 20, signal: controller.signal }),
          signal: controller.signal,
          onEvent: () => {
            peak = Math.max(peak, getEventListeners(controller.signal, 'abort').length);
          },
        }),
      );
      expect(result.entries.filter((entry) => entry.result === 'done')).toHaveLength(changes.length);
    } finally {
      clearInterval(sample);
      process.off('warning', onWarning);
    }
    // Up to 10 writes were in flight together (the client's limit): one listener each would be 10.
    expect(peakOverlap(sim, GRANT_ROUTE)).toBeGreaterThan(5);
    expect(peak).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('does not read a scheme back in the verify phase when every add went in with its creation', async () => {
    const sim = await simulator([]);
    const result = await executePlan(
      options(sim, [
        { action: 'create-scheme', scheme: 'New', schemeId: null },
        ...PERMISSIONS.map((permission) => add('New', null, permission, devs)),
      ]),
    );
    expect(result.entries.every((entry) => entry.result === 'done')).toBe(true);
    // The read after creating it is the check; no second read of the same scheme.
    expect(sim.countsByRoute()).toEqual({
      [CREATE_ROUTE]: 1,
      'GET /rest/api/3/permissionscheme/{schemeId}': 1,
    });
  });

  it('renames in waves: a scheme takes a name only once the scheme that had it was renamed', () => {
    const update = (from: string, to: string): JournalEntry =>
      ({ action: 'update-scheme', scheme: to, from: { name: from }, to: { name: to } }) as JournalEntry;
    const a = update('Alpha', 'Beta');
    const b = update('Beta', 'Gamma');
    const c = update('Delta', 'Delta 2');
    expect(renameWaves([a, b, c])).toEqual([[b, c], [a]]);
    const swap = [update('X', 'Y'), update('Y', 'X')];
    expect(renameWaves(swap)).toEqual([swap]);
  });
});

describe('apply executor: Jira moving under it (#13.9)', () => {
  /** The plan's fingerprint of Software, as the client reads it now. */
  async function fingerprints(sim: Simulator): Promise<Record<string, string>> {
    const live = await writer(sim).getPermissionScheme(SOFTWARE);
    return { [String(SOFTWARE)]: fingerprintScheme(live!) };
  }

  const changes = (): PlanChange[] => [
    {
      action: 'update-scheme',
      scheme: 'Software 2',
      schemeId: SOFTWARE,
      from: { name: 'Software' },
      to: { name: 'Software 2' },
    },
    add('Software 2', SOFTWARE, 'LINK_ISSUES', devs),
    remove(90003, 'EDIT_ISSUES', users),
  ];

  it('goes through when only apply changes the scheme (a rename, an add, a removal)', async () => {
    const sim = await simulator();
    const reviewed = { ...plan(changes()), fingerprints: await fingerprints(sim) };
    const result = await executePlan({ ...options(sim, []), plan: reviewed });
    expect(result.jiraMoved).toBeUndefined();
    expect(result.entries.map((entry) => entry.result)).toEqual(['done', 'done', 'done']);
  });

  it('stops before removing anything when the scheme read back has a grant that neither the plan read nor apply wrote', async () => {
    const sim = await simulator();
    const reviewed = { ...plan(changes()), fingerprints: await fingerprints(sim) };
    // Another apply adds a grant to the same scheme while this one runs.
    sim.onWrite((state, write) => {
      if (write.method !== 'POST' || write.route !== GRANT_ROUTE) return;
      const scheme = state.schemes.find((candidate) => candidate.id === SOFTWARE)!;
      if (scheme.grants.some((grant) => grant.id === 99100)) return;
      scheme.grants.push({ id: 99100, permission: 'DELETE_ISSUES', holder: { type: 'anyone' } });
    });
    const notes: string[] = [];
    const result = await executePlan({
      ...options(sim, [], { onEvent: (event) => event.type === 'note' && notes.push(event.message) }),
      plan: reviewed,
    });
    expect(result.jiraMoved).toContain('scheme "Software 2" (20001)');
    expect(notes.join('\n')).toContain('Jira changed while apply ran');
    expect(result.entries[2]).toMatchObject({ action: 'remove-grant', result: 'skipped' });
    expect(result.entries[2]?.detail).toContain('Jira changed while apply ran');
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(0);
  });

  it('stops when Jira answers an add with a grant already there at the first send', async () => {
    const sim = await simulator();
    const reviewed = { ...plan(changes()), fingerprints: await fingerprints(sim) };
    // Someone added the same grant after the plan was made.
    sim.state.schemes
      .find((scheme) => scheme.id === SOFTWARE)!
      .grants.push({ id: 99101, permission: 'LINK_ISSUES', holder: { type: 'group', ref: devs.value! } });
    const result = await executePlan({ ...options(sim, []), plan: reviewed });
    expect(result.entries[1]).toMatchObject({ action: 'add-grant', result: 'done' });
    expect(result.entries[1]?.detail).toContain('already so in Jira');
    expect(result.jiraMoved).toContain('was already done in Jira when apply sent it');
    expect(result.entries[2]?.result).toBe('skipped');
    expect(writes(sim, REMOVE_ROUTE)).toHaveLength(0);
  });
});
