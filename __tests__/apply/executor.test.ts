import { describe, expect, it } from '@jest/globals';

import { executePlan, type ApplyEvent, type ExecuteOptions } from '../../src/apply/executor.js';
import { grantKey, type Holder } from '../../src/model/holder.js';
import type { Plan, PlanChange } from '../../src/model/plan.js';
import type { LiveScheme } from '../../src/model/scheme.js';
import { FakeJira, FakeJiraError } from './fake-jira.js';

const devs: Holder = { type: 'group', parameter: 'devs', value: 'g-devs' };
const admins: Holder = { type: 'projectRole', parameter: '10002', value: '10002' };
const users: Holder = { type: 'group', parameter: 'users', value: 'g-users' };

function software(): LiveScheme {
  return {
    id: 10001,
    name: 'Software',
    grants: [
      { id: 1, permission: 'ADMINISTER_PROJECTS', holder: admins },
      { id: 2, permission: 'BROWSE_PROJECTS', holder: users },
      { id: 3, permission: 'EDIT_ISSUES', holder: users },
    ],
  };
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
const remove = (schemeId: number, grantId: number, permission: string, holder: Holder): PlanChange => ({
  action: 'remove-grant',
  scheme: 'Software',
  schemeId,
  permission,
  holder,
  grantId,
});

/** Removes every live grant the planned changes do not list (a stand-in for the planner). */
function unplannedGrants(created: LiveScheme, planned: readonly PlanChange[]): PlanChange[] {
  const wanted = new Set(
    planned.filter((change) => change.action === 'add-grant').map((c) => grantKey(c.permission!, c.holder!)),
  );
  return created.grants
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

function options(jira: FakeJira, changes: PlanChange[], extra: Partial<ExecuteOptions> = {}): ExecuteOptions {
  return {
    writer: jira,
    plan: plan(changes),
    prune: false,
    allowDelete: false,
    defaultGrantsToRemove: unplannedGrants,
    sleep: () => Promise.resolve(),
    ...extra,
  };
}

describe('apply executor: order', () => {
  it('updates and creates schemes, adds, then removes, then deletes', async () => {
    const jira = new FakeJira([software(), { id: 10009, name: 'Old', grants: [] }]);
    const changes: PlanChange[] = [
      { action: 'delete-scheme', scheme: 'Old', schemeId: 10009 },
      remove(10001, 3, 'EDIT_ISSUES', users),
      add('Software', 10001, 'EDIT_ISSUES', devs),
      { action: 'create-scheme', scheme: 'New', schemeId: null },
      add('New', null, 'BROWSE_PROJECTS', devs),
      {
        action: 'update-scheme',
        scheme: 'Software 2',
        schemeId: 10001,
        from: { name: 'Software' },
        to: { name: 'Software 2' },
      },
    ];
    const events: ApplyEvent[] = [];
    const result = await executePlan(
      options(jira, changes, { prune: true, allowDelete: true, onEvent: (event) => events.push(event) }),
    );
    expect(jira.calls.map((call) => call.op)).toEqual(['update', 'create', 'add', 'remove', 'delete']);
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
    expect(jira.schemes.get(10001)?.name).toBe('Software 2');
    expect(jira.schemes.has(10009)).toBe(false);
    const positions = events.flatMap((event) => (event.type === 'entry' ? [event.position] : []));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('attempts no removal when an add fails', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'add', {
      when: 'before',
      error: new FakeJiraError('Holder group nope does not exist', 'rejected', 400),
    });
    const result = await executePlan(
      options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs), remove(10001, 3, 'EDIT_ISSUES', users)]),
    );
    expect(jira.writes('remove')).toHaveLength(0);
    expect(result.entries[0]).toMatchObject({ result: 'failed', detail: 'Holder group nope does not exist' });
    expect(result.entries[1]?.result).toBe('skipped');
    expect(result.entries[1]?.detail).toContain('removes nothing until every add has landed');
    expect(result.removalsBlocked).toBeDefined();
  });

  it('fails an add that Jira acknowledged but that is missing on re-read, and removes nothing', async () => {
    const jira = new FakeJira([software()]);
    // Jira answers success without storing it.
    jira.createPermissionGrant = (schemeId) => {
      jira.calls.push({ op: 'add', schemeId, key: 'x' });
      return Promise.resolve({ id: 999, permission: 'EDIT_ISSUES', holder: devs });
    };
    const result = await executePlan(
      options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs), remove(10001, 3, 'EDIT_ISSUES', users)]),
    );
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('not there when the scheme is read back');
    expect(jira.writes('remove')).toHaveLength(0);
  });
});

describe('apply executor: writes are never blindly repeated', () => {
  it('does not send an add again when the lost answer hid a commit', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'add', {
      when: 'after',
      error: new FakeJiraError('socket hang up', 'unknown'),
    });
    const result = await executePlan(options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs)]));
    expect(jira.writes('add')).toHaveLength(1);
    expect(result.entries[0]?.result).toBe('done');
    expect(result.entries[0]?.detail).toContain('confirmed by re-reading Jira');
    const keys = jira.schemes.get(10001)!.grants.map((grant) => grantKey(grant.permission, grant.holder));
    expect(keys.filter((key) => key === grantKey('EDIT_ISSUES', devs))).toHaveLength(1);
  });

  it('sends an add again when the re-read shows it did not happen', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'add', {
      when: 'before',
      error: new FakeJiraError('502 Bad Gateway', 'unknown', 502),
    });
    const result = await executePlan(options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs)]));
    expect(jira.writes('add')).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({ result: 'done', attempts: 2 });
  });

  it('waits out a 429 and sends again', async () => {
    const jira = new FakeJira([software()]);
    const waits: number[] = [];
    jira.fail((call) => call.op === 'add', {
      when: 'before',
      error: new FakeJiraError('Too many requests', 'rejected', 429, 1500),
    });
    const result = await executePlan(
      options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs)], {
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      }),
    );
    expect(waits).toEqual([1500]);
    expect(result.entries[0]?.result).toBe('done');
  });

  it('counts a 400 on a grant removal as done only when a re-read shows the grant gone', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'remove' && call.grantId === 2, {
      when: 'before',
      error: new FakeJiraError('bad request', 'rejected', 400),
    });
    jira.fail((call) => call.op === 'remove' && call.grantId === 3, {
      when: 'after',
      error: new FakeJiraError('no such grant', 'rejected', 400),
    });
    const result = await executePlan(
      options(jira, [remove(10001, 2, 'BROWSE_PROJECTS', users), remove(10001, 3, 'EDIT_ISSUES', users)]),
    );
    expect(result.entries[0]).toMatchObject({ result: 'failed', detail: 'bad request' });
    expect(result.entries[1]?.result).toBe('done');
    expect(result.entries[1]?.detail).toContain('already so in Jira');
    expect(jira.writes('remove')).toHaveLength(2);
  });

  it('does not delete twice after a dropped answer to a delete', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'remove', {
      when: 'after',
      error: new FakeJiraError('timeout', 'unknown'),
    });
    const result = await executePlan(options(jira, [remove(10001, 3, 'EDIT_ISSUES', users)]));
    expect(jira.writes('remove')).toHaveLength(1);
    expect(result.entries[0]?.result).toBe('done');
  });

  it('finds a scheme whose create answer was lost instead of creating a second one', async () => {
    const jira = new FakeJira();
    jira.fail((call) => call.op === 'create', {
      when: 'after',
      error: new FakeJiraError('timeout', 'unknown'),
    });
    const result = await executePlan(
      options(jira, [
        { action: 'create-scheme', scheme: 'New', schemeId: null },
        add('New', null, 'BROWSE_PROJECTS', devs),
      ]),
    );
    expect(jira.writes('create')).toHaveLength(1);
    expect(jira.schemes.size).toBe(1);
    expect(result.entries.map((entry) => entry.result)).toEqual(['done', 'done']);
  });

  it('says the token lacks delete access on a 403 removal', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'remove', {
      when: 'before',
      error: new FakeJiraError('Unauthorized; scope does not match', 'rejected', 403),
    });
    const result = await executePlan(options(jira, [remove(10001, 3, 'EDIT_ISSUES', users)]));
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('lacks delete access');
    expect(result.entries[0]?.detail).toContain('delete:permission:jira');
    expect(jira.writes('remove')).toHaveLength(1);
  });
});

describe('apply executor: new schemes', () => {
  it("removes Jira's default grants and sends grants Jira dropped one by one", async () => {
    const jira = new FakeJira();
    jira.defaultGrants = [{ permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } }];
    jira.dropOnCreate.add(grantKey('EDIT_ISSUES', devs));
    const result = await executePlan(
      options(jira, [
        { action: 'create-scheme', scheme: 'New', schemeId: null },
        add('New', null, 'BROWSE_PROJECTS', devs),
        add('New', null, 'EDIT_ISSUES', devs),
      ]),
    );
    expect(jira.calls.map((call) => call.op)).toEqual(['create', 'add', 'remove']);
    const entry = result.entries.find((candidate) => candidate.origin === 'jira-default');
    expect(entry).toMatchObject({ action: 'remove-grant', result: 'done', permission: 'BROWSE_PROJECTS' });
    const live = [...jira.schemes.values()][0]!;
    expect(live.grants.map((grant) => grantKey(grant.permission, grant.holder)).sort()).toEqual(
      [grantKey('BROWSE_PROJECTS', devs), grantKey('EDIT_ISSUES', devs)].sort(),
    );
  });
});

describe('apply executor: delete gating', () => {
  const deletion: PlanChange = { action: 'delete-scheme', scheme: 'Old', schemeId: 10009 };

  it('needs both prune and --allow-delete', async () => {
    for (const [prune, allowDelete] of [
      [false, true],
      [true, false],
    ] as const) {
      const jira = new FakeJira([{ id: 10009, name: 'Old', grants: [] }]);
      const result = await executePlan(options(jira, [deletion], { prune, allowDelete }));
      expect(result.entries[0]?.result).toBe('skipped');
      expect(result.entries[0]?.detail).toContain('--allow-delete');
      expect(jira.writes('delete')).toHaveLength(0);
    }
  });

  it('never deletes a scheme that projects use, checked right before deleting', async () => {
    const jira = new FakeJira([{ id: 10009, name: 'Old', grants: [] }]);
    jira.projects.set(10009, [{ id: '1', key: 'OPS' }]);
    const result = await executePlan(options(jira, [deletion], { prune: true, allowDelete: true }));
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('1 project(s) use this scheme (OPS)');
    expect(jira.writes('delete')).toHaveLength(0);
  });

  it('removes grants without any extra switch', async () => {
    const jira = new FakeJira([software()]);
    const result = await executePlan(options(jira, [remove(10001, 3, 'EDIT_ISSUES', users)]));
    expect(result.entries[0]?.result).toBe('done');
  });
});

describe('apply executor: interrupts', () => {
  it('starts no write once interrupted', async () => {
    const jira = new FakeJira([software()]);
    const controller = new AbortController();
    controller.abort();
    const result = await executePlan(
      options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs), remove(10001, 3, 'EDIT_ISSUES', users)], {
        signal: controller.signal,
      }),
    );
    expect(jira.calls).toHaveLength(0);
    expect(result.interrupted).toBe(true);
    expect(result.entries.every((entry) => entry.result === 'skipped')).toBe(true);
  });

  it('does not send a write again once interrupted, and says it did not happen', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'add', {
      when: 'before',
      error: new FakeJiraError('503', 'unknown', 503),
    });
    const controller = new AbortController();
    const result = await executePlan(
      options(jira, [add('Software', 10001, 'EDIT_ISSUES', devs)], {
        signal: controller.signal,
        // The interrupt arrives while apply waits before sending the write again.
        sleep: () => {
          controller.abort();
          return Promise.resolve();
        },
      }),
    );
    expect(jira.writes('add')).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ result: 'skipped', attempts: 1 });
    expect(result.entries[0]?.detail).toContain('interrupted before it was sent again; it did not happen');
  });

  it('gives an in-flight write only the grace period after an interrupt', async () => {
    const jira = new FakeJira([software()]);
    jira.fail((call) => call.op === 'add' && call.key === grantKey('EDIT_ISSUES', devs), { when: 'hang' });
    const controller = new AbortController();
    const run = executePlan(
      options(
        jira,
        [add('Software', 10001, 'EDIT_ISSUES', devs), add('Software', 10001, 'LINK_ISSUES', devs)],
        {
          signal: controller.signal,
          abortGraceMs: 10,
        },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const result = await run;
    expect(result.entries[0]?.result).toBe('failed');
    expect(result.entries[0]?.detail).toContain('outcome is unknown');
    expect(result.entries[1]).toMatchObject({ result: 'skipped', attempts: 0 });
    expect(jira.writes('add')).toHaveLength(1);
  });
});
