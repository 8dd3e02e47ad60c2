import { describe, expect, it } from '@jest/globals';

import type { Lookup, PeopleData, RoleMembers } from '../../src/access/compute.js';
import {
  computeAccess,
  expandHolder,
  groupKey,
  keptGrantsToRead,
  permissionParts,
  roleKey,
} from '../../src/access/compute.js';
import { accessScope } from '../../src/access/scope.js';
import type { AccessPerson } from '../../src/model/access.js';
import type { Holder } from '../../src/model/holder.js';
import type { PlanChange } from '../../src/model/plan.js';
import type { LiveScheme, ProjectRef } from '../../src/model/scheme.js';

const person = (id: string): AccessPerson => ({ accountId: id, displayName: `Name ${id}` });
const ok = <T>(value: T): Lookup<T> => ({ ok: true, value });
const group = (name: string): Holder => ({ type: 'group', parameter: name, value: `gid-${name}` });
const role = (id: string): Holder => ({ type: 'projectRole', parameter: id, value: id });
const SOFT: ProjectRef = { id: '1', key: 'SOFT' };
const MOB: ProjectRef = { id: '2', key: 'MOB' };

function data(overrides: Partial<PeopleData> = {}): PeopleData {
  const groups = new Map<string, Lookup<AccessPerson[]>>([
    [groupKey({ name: 'devs', id: 'gid-devs' }), ok([person('a'), person('b')])],
    [groupKey({ name: 'contractors', id: 'gid-contractors' }), ok([person('b'), person('c')])],
    [groupKey({ name: 'admins', id: 'gid-admins' }), ok([person('z')])],
  ]);
  const roles = new Map<string, Lookup<RoleMembers>>([
    [
      roleKey('1', '10'),
      ok({ users: [person('d')], groups: [{ name: 'admins', id: 'gid-admins' }], otherTypes: [] }),
    ],
    [roleKey('2', '10'), ok({ users: [person('e')], groups: [], otherTypes: [] })],
  ]);
  return {
    groups,
    roles,
    applicationRoles: ok(new Map([['jira-software', [{ name: 'devs', id: 'gid-devs' }]]])),
    leads: new Map<string, Lookup<AccessPerson | null>>([
      ['1', ok(person('lead1'))],
      ['2', ok(null)],
    ]),
    users: new Map(),
    ...overrides,
  };
}

function live(grants: [number, string, Holder][]): LiveScheme {
  return {
    id: 100,
    name: 'Software',
    grants: grants.map(([id, permission, holder]) => ({ id, permission, holder })),
  };
}

function add(permission: string, holder: Holder): PlanChange {
  return { action: 'add-grant', scheme: 'Software', schemeId: 100, permission, holder };
}
function remove(grantId: number, permission: string, holder: Holder): PlanChange {
  return { action: 'remove-grant', scheme: 'Software', schemeId: 100, permission, holder, grantId };
}

const ids = (people: readonly AccessPerson[]): string[] => people.map((one) => one.accountId);

describe('accessScope', () => {
  it('lists every project of a changed scheme with each changed permission, both sides whole', () => {
    const scheme = live([
      [1, 'BROWSE_PROJECTS', group('devs')],
      [2, 'BROWSE_PROJECTS', role('10')],
      [3, 'EDIT_ISSUES', group('devs')],
    ]);
    const scopes = accessScope({
      plan: { changes: [add('BROWSE_PROJECTS', group('contractors'))] },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT, MOB]]]),
    });
    expect(scopes.map((scope) => scope.project.key)).toEqual(['MOB', 'SOFT']);
    const browse = scopes[0]?.permissions;
    expect(browse?.map((one) => one.permission)).toEqual(['BROWSE_PROJECTS']);
    expect(browse?.[0]?.before).toHaveLength(2);
    expect(browse?.[0]?.after).toHaveLength(3);
  });

  it("shares a scheme's permission scopes between its projects, and their parts are made once", () => {
    const scheme = live([
      [1, 'BROWSE_PROJECTS', group('devs')],
      [2, 'BROWSE_PROJECTS', role('10')],
    ]);
    const scopes = accessScope({
      plan: {
        changes: [add('BROWSE_PROJECTS', group('contractors')), remove(2, 'BROWSE_PROJECTS', role('10'))],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT, MOB]]]),
    });
    const [mob, soft] = scopes.map((scope) => scope.permissions[0]!);
    expect(mob).toBe(soft);
    const parts = permissionParts(mob!);
    expect(permissionParts(soft!)).toBe(parts);
    expect(parts.gained.map((grant) => grant.holder)).toEqual([group('contractors')]);
    expect(parts.lost.map((grant) => grant.holder)).toEqual([role('10')]);
    expect(parts.kept.map((grant) => grant.holder)).toEqual([group('devs')]);
  });

  it('compares only the permissions whose grants change: a grant removed and added again changes nothing', () => {
    const scheme = live([
      [1, 'BROWSE_PROJECTS', group('devs')],
      [2, 'EDIT_ISSUES', group('devs')],
      [3, 'EDIT_ISSUES', role('10')],
      [4, 'ADD_COMMENTS', group('devs')],
    ]);
    const scopes = accessScope({
      plan: {
        changes: [
          // The same holder again: EDIT_ISSUES is looked at, and its holders are the same.
          remove(2, 'EDIT_ISSUES', group('devs')),
          add('EDIT_ISSUES', group('devs')),
          remove(4, 'ADD_COMMENTS', group('devs')),
          add('DELETE_ISSUES', role('10')),
        ],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const permissions = scopes[0]?.permissions ?? [];
    expect(permissions.map((one) => one.permission)).toEqual(['ADD_COMMENTS', 'DELETE_ISSUES']);
    expect(permissions[0]?.before.map((grant) => grant.holder)).toEqual([group('devs')]);
    expect(permissions[0]?.after).toEqual([]);
    expect(permissions[1]?.before).toEqual([]);
    expect(permissions[1]?.after.map((grant) => grant.holder)).toEqual([role('10')]);
  });

  it('a moved project compares its live scheme with the planned one; unchanged permissions drop out', () => {
    const from: LiveScheme = {
      id: 200,
      name: 'Old',
      grants: [
        { id: 9, permission: 'BROWSE_PROJECTS', holder: group('devs') },
        { id: 10, permission: 'EDIT_ISSUES', holder: group('devs') },
      ],
    };
    const to = live([
      [1, 'BROWSE_PROJECTS', group('contractors')],
      [3, 'EDIT_ISSUES', group('devs')],
    ]);
    const move: PlanChange = {
      action: 'assign-project',
      project: 'SOFT',
      projectId: '1',
      scheme: 'Software',
      schemeId: 100,
      fromScheme: 'Old',
      fromSchemeId: 200,
    };
    const scopes = accessScope({
      plan: { changes: [move] },
      live: [from, to],
      projectsByScheme: new Map([[200, [SOFT]]]),
    });
    expect(scopes).toHaveLength(1);
    expect(scopes[0]?.fromScheme).toBe('Old');
    expect(scopes[0]?.permissions.map((one) => one.permission)).toEqual(['BROWSE_PROJECTS']);
  });
});

describe('computeAccess', () => {
  it('a group added: its members gain, except those who keep it through another holder', () => {
    const scheme = live([[1, 'BROWSE_PROJECTS', group('devs')]]);
    const scopes = accessScope({
      plan: { changes: [add('BROWSE_PROJECTS', group('contractors'))] },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const report = computeAccess(scopes, data());
    expect(report.changes).toHaveLength(1);
    expect(ids(report.changes[0]?.gained ?? [])).toEqual(['c']);
    expect(report.changes[0]?.lost).toEqual([]);
    expect(report.summary).toEqual({ peopleGaining: 1, peopleLosing: 0 });
  });

  it('a role removed: its users and the members of its groups lose, per project', () => {
    const scheme = live([
      [1, 'ADMINISTER_PROJECTS', role('10')],
      [2, 'ADMINISTER_PROJECTS', { type: 'projectLead' }],
    ]);
    const scopes = accessScope({
      plan: { changes: [remove(1, 'ADMINISTER_PROJECTS', role('10'))] },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT, MOB]]]),
    });
    const report = computeAccess(scopes, data());
    expect(report.changes.map((change) => [change.project, ids(change.lost)])).toEqual([
      ['MOB', ['e']],
      ['SOFT', ['d', 'z']],
    ]);
    expect(report.summary).toEqual({ peopleGaining: 0, peopleLosing: 3 });
  });

  it('a holder replaced by one with overlapping members: only the difference moves', () => {
    const scheme = live([[1, 'EDIT_ISSUES', group('devs')]]);
    const scopes = accessScope({
      plan: {
        changes: [add('EDIT_ISSUES', group('contractors')), remove(1, 'EDIT_ISSUES', group('devs'))],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const change = computeAccess(scopes, data()).changes[0];
    expect(ids(change?.gained ?? [])).toEqual(['c']);
    expect(ids(change?.lost ?? [])).toEqual(['a']);
  });

  it('anyone and per-issue holders are reported as holders, not people; broad holders kept are named', () => {
    const scheme = live([
      [1, 'ADD_COMMENTS', { type: 'reporter' }],
      [2, 'BROWSE_PROJECTS', { type: 'applicationRole' }],
    ]);
    const scopes = accessScope({
      plan: {
        changes: [
          add('ADD_COMMENTS', { type: 'anyone' }),
          remove(1, 'ADD_COMMENTS', { type: 'reporter' }),
          add('BROWSE_PROJECTS', group('contractors')),
        ],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const [comments, browse] = computeAccess(scopes, data()).changes;
    expect(comments?.holdersGained).toEqual([{ type: 'anyone' }]);
    expect(comments?.holdersLost).toEqual([{ type: 'reporter' }]);
    expect(comments?.gained).toEqual([]);
    expect(ids(browse?.gained ?? [])).toEqual(['b', 'c']);
    expect(browse?.broadHoldersKept).toEqual([{ type: 'applicationRole' }]);
  });

  it("projects on one scheme share their equal lists and entries, frozen; the JSON is each change's own", () => {
    const budget = { ok: false, reason: 'not read: budget', notRead: true } as const;
    const unread = data({
      groups: new Map([
        [groupKey({ name: 'devs', id: 'gid-devs' }), budget],
        [groupKey({ name: 'contractors', id: 'gid-contractors' }), budget],
      ]),
    });
    // devs (kept) is not reported: nobody is known to gain through contractors, so it decides nothing.
    const scheme = live([[1, 'BROWSE_PROJECTS', group('devs')]]);
    const scopes = accessScope({
      plan: { changes: [add('BROWSE_PROJECTS', group('contractors'))] },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT, MOB]]]),
    });
    const [mob, soft] = computeAccess(scopes, unread).changes;
    const expected = (project: string): unknown => ({
      project,
      permission: 'BROWSE_PROJECTS',
      gained: [],
      lost: [],
      holdersGained: [],
      holdersLost: [],
      scheme: 'Software',
      unexpanded: [
        {
          holder: group('contractors'),
          label: 'group contractors (gid-contractors)',
          side: 'planned',
          reason: 'not read: budget',
          notRead: true,
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(mob))).toEqual(expected('MOB'));
    expect(JSON.parse(JSON.stringify(soft))).toEqual(expected('SOFT'));
    expect(soft?.unexpanded).toBe(mob?.unexpanded);
    expect(soft?.gained).toBe(mob?.lost);
    expect(soft?.holdersGained).toBe(mob?.holdersLost);
    // No reader can change one project's change through another's.
    expect(() => (soft?.gained as AccessPerson[]).push(person('x'))).toThrow(TypeError);
    expect(() => (soft?.unexpanded as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (soft?.unexpanded?.[0] as { reason: string }).reason = 'changed';
    }).toThrow(TypeError);
    expect(mob?.gained).toEqual([]);
    expect(mob?.unexpanded?.[0]?.reason).toBe('not read: budget');
  });

  it("applicationRole with a key is its groups' members; projectLead is the lead", () => {
    const scheme = live([[1, 'DELETE_ISSUES', { type: 'projectLead' }]]);
    const scopes = accessScope({
      plan: {
        changes: [
          add('DELETE_ISSUES', {
            type: 'applicationRole',
            parameter: 'jira-software',
            value: 'jira-software',
          }),
        ],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const change = computeAccess(scopes, data()).changes[0];
    expect(ids(change?.gained ?? [])).toEqual(['a', 'b']);
    expect(change?.lost).toEqual([]);
  });

  it('a group that could not be read is named with its reason; nothing is guessed for it', () => {
    const refused = data({
      groups: new Map([
        [
          groupKey({ name: 'devs', id: 'gid-devs' }),
          { ok: false, reason: '403: needs Browse users and groups' },
        ],
        [groupKey({ name: 'contractors', id: 'gid-contractors' }), ok([person('c')])],
      ]),
    });
    const scheme = live([[1, 'BROWSE_PROJECTS', group('devs')]]);
    const scopes = accessScope({
      plan: { changes: [add('BROWSE_PROJECTS', group('contractors'))] },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const change = computeAccess(scopes, refused).changes[0];
    expect(ids(change?.gained ?? [])).toEqual(['c']);
    expect(change?.unexpanded).toEqual([
      {
        holder: group('devs'),
        label: 'group devs (gid-devs)',
        side: 'both',
        reason: '403: needs Browse users and groups',
      },
    ]);
  });

  it('kept holders matter only for candidates: unread or refused ones that cannot change anything are not reported', () => {
    // devs (kept) was not read; contractors replaces admins: c gains, z loses, b and a are not candidates.
    const scheme = live([
      [1, 'BROWSE_PROJECTS', group('devs')],
      [2, 'BROWSE_PROJECTS', group('admins')],
    ]);
    const scopes = accessScope({
      plan: {
        changes: [
          add('BROWSE_PROJECTS', group('contractors')),
          remove(2, 'BROWSE_PROJECTS', group('admins')),
        ],
      },
      live: [scheme],
      projectsByScheme: new Map([[100, [SOFT]]]),
    });
    const full = data();
    const withoutDevs = data({
      groups: new Map([...full.groups].filter(([key]) => key !== groupKey({ name: 'devs', id: 'gid-devs' }))),
    });
    // Candidates b, c and z remain open without devs: it must be read, and only it.
    expect(keptGrantsToRead(scopes, withoutDevs, () => true)).toEqual([
      { project: SOFT, grants: [{ id: 1, permission: 'BROWSE_PROJECTS', holder: group('devs') }] },
    ]);
    expect(keptGrantsToRead(scopes, withoutDevs, (grant) => grant.holder.type === 'projectRole')).toEqual([]);
    // With devs read, b keeps the permission through it: only c gains, z loses; nothing more to read.
    const change = computeAccess(scopes, full).changes[0];
    expect(ids(change?.gained ?? [])).toEqual(['c']);
    expect(ids(change?.lost ?? [])).toEqual(['z']);
    expect(keptGrantsToRead(scopes, full, () => true)).toEqual([]);
    // devs left out by the budget (for another permission's sake): read again only where it must be,
    // for a permission the accessLimits guardrail counts.
    const budgeted = data({
      groups: new Map([
        ...withoutDevs.groups,
        [
          groupKey({ name: 'devs', id: 'gid-devs' }),
          { ok: false, reason: 'not read: budget', notRead: true },
        ],
      ]),
    });
    expect(keptGrantsToRead(scopes, budgeted, () => true)).toEqual([]);
    expect(
      keptGrantsToRead(
        scopes,
        budgeted,
        () => true,
        (grant) => grant.permission === 'BROWSE_PROJECTS',
      ),
    ).toEqual([{ project: SOFT, grants: [{ id: 1, permission: 'BROWSE_PROJECTS', holder: group('devs') }] }]);
    // A holder replaced by one with the same members: no candidate, so devs is neither read nor reported.
    const twins = data({
      groups: new Map([
        [groupKey({ name: 'contractors', id: 'gid-contractors' }), ok([person('z')])],
        [groupKey({ name: 'admins', id: 'gid-admins' }), ok([person('z')])],
        [groupKey({ name: 'devs', id: 'gid-devs' }), { ok: false, reason: '403' }],
      ]),
    });
    expect(keptGrantsToRead(scopes, twins, () => true)).toEqual([]);
    const unchanged = computeAccess(scopes, twins).changes[0];
    expect(unchanged?.gained).toEqual([]);
    expect(unchanged?.lost).toEqual([]);
    expect(unchanged?.unexpanded).toBeUndefined();
  });

  it('a failed read is one expansion for every grant and project it fails, frozen', () => {
    const refusal = { ok: false, reason: '403', notRead: true } as const;
    const refused = data({ groups: new Map([[groupKey({ name: 'devs', id: 'gid-devs' }), refusal]]) });
    const one = expandHolder({ permission: 'X', holder: group('devs') }, SOFT, refused);
    const other = expandHolder({ permission: 'Y', holder: group('devs') }, MOB, refused);
    expect(other).toBe(one);
    expect(one).toEqual({ expanded: true, routes: [], failures: ['403'], notRead: true });
    expect(() => (one.failures as string[]).push('more')).toThrow(TypeError);
    expect(one.failures).toEqual(['403']);
  });

  it('expandHolder gives the path: role, then the group inside it', () => {
    const routes = expandHolder({ permission: 'X', holder: role('10'), name: 'Admins' }, SOFT, data()).routes;
    expect(routes.map((route) => [route.person.accountId, route.via])).toEqual([
      ['d', ['projectRole Admins (10)']],
      ['z', ['projectRole Admins (10)', 'group admins']],
    ]);
  });
});

describe('expandHolder on very large groups', () => {
  it('expands a role whose group has 300,000 members without overflowing the stack', () => {
    const members = Array.from({ length: 300_000 }, (_, index) => person(`m${index}`));
    const huge = data({
      groups: new Map([[groupKey({ name: 'everyone', id: 'gid-everyone' }), ok(members)]]),
      roles: new Map([
        [
          roleKey('1', '10'),
          ok({ users: [], groups: [{ name: 'everyone', id: 'gid-everyone' }], otherTypes: [] }),
        ],
      ]),
    });
    const expansion = expandHolder({ permission: 'BROWSE_PROJECTS', holder: role('10') }, SOFT, huge);
    expect(expansion.routes).toHaveLength(300_000);
    expect(expansion.routes[299_999]?.person.accountId).toBe('m299999');
  });
});
