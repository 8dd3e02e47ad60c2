import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  ACCOUNT_IDS,
  GROUP_IDS,
  ROLE_IDS,
  defaultSeed,
  generateSite,
  startSimulator,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract, expectError } from './helpers.js';

/** Effective access (#15): group members, project role actors, application roles, the bulk check. */

let sim: Simulator;
let pristine: SiteData;

beforeAll(async () => {
  sim = await startSimulator();
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.restore(pristine);
  sim.setBehaviour({ maxResultsCap: { members: 50 } });
});

interface Member {
  accountId: string;
  displayName: string;
  active: boolean;
}
interface MemberPage {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: Member[];
  nextPage?: string;
}
interface Actor {
  id: number;
  displayName: string;
  type: string;
  actorUser?: { accountId: string };
  actorGroup?: { groupId: string; name: string; displayName: string };
  name?: string;
}

const MEMBERS = '/rest/api/3/group/member';

describe('GET /group/member', () => {
  it('lists active members by groupId or groupname, as the reference describes', async () => {
    const byId = await call(sim, 'GET', `${MEMBERS}?groupId=${GROUP_IDS.mobileTeam}`);
    expectContract(byId, 'GET', MEMBERS, 200);
    const page = byId.body as MemberPage;
    // Sam has left: not listed unless asked for.
    expect(page.values.map((user) => user.displayName)).toEqual(['Carlos Contractor', 'Priya Product']);
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    const byName = await call(sim, 'GET', `${MEMBERS}?groupname=mobile-team&includeInactiveUsers=true`);
    expectContract(byName, 'GET', MEMBERS, 200);
    const all = (byName.body as MemberPage).values;
    expect(all.map((user) => [user.displayName, user.active])).toEqual([
      ['Carlos Contractor', true],
      ['Priya Product', true],
      ['Sam Leaver', false],
    ]);
  });

  it('pages 50 at most, with nextPage links that keep the group', async () => {
    sim.setBehaviour({ maxResultsCap: { members: 2 } });
    const first = await call(sim, 'GET', `${MEMBERS}?groupname=jira-software-users&maxResults=100`);
    expectContract(first, 'GET', MEMBERS, 200);
    const page = first.body as MemberPage;
    expect(page).toMatchObject({ maxResults: 2, isLast: false });
    const expected = sim.state.users
      .filter((user) => user.active && user.groups.includes('jira-software-users'))
      .map((user) => user.accountId)
      .sort();
    expect(page.total).toBe(expected.length);
    const seen = [...page.values];
    let next = page.nextPage;
    while (next !== undefined) {
      const url = new URL(next);
      expect(url.searchParams.get('groupname')).toBe('jira-software-users');
      const more = (await call(sim, 'GET', url.pathname + url.search)).body as MemberPage;
      seen.push(...more.values);
      next = more.nextPage;
    }
    expect(seen.map((user) => user.accountId).sort()).toEqual(expected);
    sim.setBehaviour({ maxResultsCap: { members: 500 } });
    const capped = await call(sim, 'GET', `${MEMBERS}?groupname=jira-software-users&maxResults=500`);
    expect((capped.body as MemberPage).maxResults).toBe(50);
  });

  it('answers 400 without a group or with both, 404 for an unknown group, 403 without Browse users', async () => {
    expectError(await call(sim, 'GET', MEMBERS), 400);
    expectError(
      await call(sim, 'GET', `${MEMBERS}?groupId=${GROUP_IDS.contractors}&groupname=contractors`),
      400,
    );
    expectError(await call(sim, 'GET', `${MEMBERS}?groupname=no-such-group`), 404, /no-such-group/);
    expectError(await call(sim, 'GET', `${MEMBERS}?groupname=contractors`, { auth: 'noBrowse' }), 403);
    const nonAdmin = await call(sim, 'GET', `${MEMBERS}?groupname=contractors`, { auth: 'nonAdmin' });
    expectContract(nonAdmin, 'GET', MEMBERS, 200);
  });

  it('takes group names only on Data Center, and names users by username', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    try {
      const answer = await call(dc, 'GET', '/rest/api/2/group/member?groupname=release-managers');
      expect(answer.status).toBe(200);
      const values = (answer.body as { values: { name: string; key: string; accountId?: string }[] }).values;
      expect(values.map((user) => user.name)).toEqual(['dana']);
      expect(values[0]?.accountId).toBeUndefined();
      expectError(await call(dc, 'GET', `/rest/api/2/group/member?groupId=${GROUP_IDS.contractors}`), 400);
    } finally {
      await dc.stop();
    }
  });
});

describe('GET /project/{projectIdOrKey}/role/{id}', () => {
  const role = (project: string, id: number, query = '') =>
    call(sim, 'GET', `/rest/api/3/project/${project}/role/${String(id)}${query}`);

  it('lists user and group actors sorted by display name', async () => {
    const answer = await role('SOFT', ROLE_IDS.developers);
    expectContract(answer, 'GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}', 200);
    const body = answer.body as { id: number; name: string; actors: Actor[] };
    expect(body).toMatchObject({ id: ROLE_IDS.developers, name: 'Developers' });
    expect(body.actors.map((actor) => [actor.type, actor.displayName])).toEqual([
      ['atlassian-user-role-actor', 'Dana Developer'],
      ['atlassian-user-role-actor', 'Priya Product'],
      ['atlassian-group-role-actor', 'release-managers'],
    ]);
    expect(body.actors[0]?.actorUser).toEqual({ accountId: ACCOUNT_IDS.developer });
    expect(body.actors[2]?.actorGroup).toEqual({
      name: 'release-managers',
      displayName: 'release-managers',
      groupId: GROUP_IDS.releaseManagers,
    });
    // Ids are stable between answers.
    const again = (await role('SOFT', ROLE_IDS.developers)).body as { actors: Actor[] };
    expect(again.actors.map((actor) => actor.id)).toEqual(body.actors.map((actor) => actor.id));
  });

  it('leaves inactive user actors out only when asked', async () => {
    const all = (await role('MKT', ROLE_IDS.users)).body as { actors: Actor[] };
    expect(all.actors.map((actor) => actor.displayName)).toEqual(['Riley Reader', 'Sam Leaver']);
    const active = await role('MKT', ROLE_IDS.users, '?excludeInactiveUsers=true');
    expectContract(active, 'GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}', 200);
    expect((active.body as { actors: Actor[] }).actors.map((actor) => actor.displayName)).toEqual([
      'Riley Reader',
    ]);
  });

  it('answers 404 for an unknown project or role and for callers who may not administer the project', async () => {
    expectError(await role('NOPE', ROLE_IDS.users), 404);
    expectError(await role('SOFT', 99999), 404);
    expectError(await call(sim, 'GET', '/rest/api/3/project/SOFT/role/devs'), 400);
    // Dana develops in SOFT but does not administer it.
    expectError(
      await call(sim, 'GET', `/rest/api/3/project/SOFT/role/${String(ROLE_IDS.users)}`, { auth: 'nonAdmin' }),
      404,
    );
  });

  it('lets a project administrator read the roles of that project', async () => {
    sim.state.projects[0]?.roleActors?.[String(ROLE_IDS.administrators)]?.users?.push(ACCOUNT_IDS.developer);
    const answer = await call(sim, 'GET', `/rest/api/3/project/SOFT/role/${String(ROLE_IDS.users)}`, {
      auth: 'nonAdmin',
    });
    expectContract(answer, 'GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}', 200);
  });

  it('names actors by username and group name on Data Center', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    try {
      const answer = await call(
        dc,
        'GET',
        `/rest/api/2/project/HELP/role/${String(ROLE_IDS.serviceDeskTeam)}`,
      );
      expect(answer.status).toBe(200);
      const actors = (answer.body as { actors: Actor[] }).actors;
      expect(actors.map((actor) => [actor.type, actor.name])).toEqual([
        ['atlassian-group-role-actor', 'jira-servicemanagement-users'],
        ['atlassian-user-role-actor', 'mia'],
      ]);
      for (const actor of actors) {
        expect(actor.actorUser).toBeUndefined();
        expect(actor.actorGroup).toBeUndefined();
      }
    } finally {
      await dc.stop();
    }
  });
});

describe('application roles', () => {
  it('name the groups that give product access, consistent with the users who have it', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/applicationrole/jira-software');
    expectContract(answer, 'GET', '/rest/api/3/applicationrole/{key}', 200);
    expect((answer.body as { groups: string[] }).groups).toEqual([
      'jira-software-users',
      'jira-administrators',
    ]);
  });

  it.each([
    ['the default seed', defaultSeed()],
    ['a generated site', generateSite({ users: 40, groups: 12, seed: 5 })],
  ])('%s: every user has exactly the applications their groups give', (_name, site) => {
    for (const user of site.users) {
      const fromGroups = site.applicationRoles
        .filter((role) => role.groups.some((group) => user.groups.includes(group)))
        .map((role) => role.key)
        .sort();
      expect({ user: user.displayName, apps: [...user.applicationRoles].sort() }).toEqual({
        user: user.displayName,
        apps: fromGroups,
      });
    }
  });
});

describe('seeds with people', () => {
  it('the default seed: leads, role actors with nested groups, inactive members, a team-managed project', () => {
    const site = defaultSeed();
    const groupActors = site.projects.flatMap((project) =>
      Object.values(project.roleActors ?? {}).flatMap((actors) => actors.groups ?? []),
    );
    expect(groupActors.length).toBeGreaterThan(3);
    expect(site.projects.every((project) => project.leadAccountId !== undefined)).toBe(true);
    expect(site.users.filter((user) => !user.active).map((user) => user.displayName)).toEqual(['Sam Leaver']);
    expect(site.projects.filter((project) => project.style === 'next-gen').map((p) => p.key)).toEqual([
      'TEAM',
    ]);
    const ids = new Set([
      ...site.users.map((user) => user.accountId),
      ...site.groups.map((group) => group.groupId),
    ]);
    for (const project of site.projects) {
      for (const actors of Object.values(project.roleActors ?? {})) {
        for (const ref of [...(actors.users ?? []), ...(actors.groups ?? [])])
          expect(ids.has(ref)).toBe(true);
      }
    }
  });

  it('the generator: every company-managed project has a lead and administrators; some users left', () => {
    const site = generateSite({ projects: 12, users: 30, groups: 8, seed: 11 });
    const classic = site.projects.filter((project) => project.style !== 'next-gen');
    expect(classic).toHaveLength(11);
    for (const project of classic) {
      expect(project.leadAccountId).toBeDefined();
      expect(project.roleActors?.[String(ROLE_IDS.administrators)]?.groups?.length).toBe(1);
    }
    expect(site.users.some((user) => !user.active)).toBe(true);
    expect(site.projectSchemes).toHaveLength(1);
    expect(generateSite({ projects: 12, users: 30, groups: 8, seed: 11 })).toEqual(site);
  });
});

describe('POST /permissions/check', () => {
  const check = (body: unknown, auth: 'admin' | 'nonAdmin' = 'admin') =>
    call(sim, 'POST', '/rest/api/3/permissions/check', { body, auth });

  it('answers for the caller: roles, groups and leads count per project', async () => {
    const answer = await check(
      {
        globalPermissions: ['ADMINISTER', 'USER_PICKER'],
        projectPermissions: [
          { permissions: ['EDIT_ISSUES', 'DELETE_ISSUES'], projects: [10000, 10001, 10002, 424242] },
        ],
      },
      'nonAdmin',
    );
    expectContract(answer, 'POST', '/rest/api/3/permissions/check', 200);
    // Dana develops in SOFT and MOB (role Developers), and leads SOFT (projectLead may delete there).
    expect(answer.body).toEqual({
      globalPermissions: ['USER_PICKER'],
      projectPermissions: [
        { permission: 'EDIT_ISSUES', projects: [10000, 10001], issues: [] },
        { permission: 'DELETE_ISSUES', projects: [10000], issues: [] },
      ],
    });
  });

  it('answers for another account only to administrators', async () => {
    const body = {
      accountId: ACCOUNT_IDS.carlos,
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000, 10001] }],
    };
    const answer = await check(body);
    expectContract(answer, 'POST', '/rest/api/3/permissions/check', 200);
    // Carlos: in contractors (Users of MOB) and mobile-team (Developers of MOB), and jira-software-users.
    expect(answer.body).toMatchObject({
      projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects: [10000, 10001] }],
    });
    expectError(await check(body, 'nonAdmin'), 403, /administrators/);
    expectError(await check({ ...body, accountId: 'nobody' }), 400);
  });

  it('answers 400 for unknown keys or an entry without permissions, and works with a read-only token', async () => {
    expectError(await check({ globalPermissions: ['NOT_A_PERMISSION'] }), 400, /Unrecognized/);
    expectError(await check({ projectPermissions: [{ permissions: ['ADMINISTER'] }] }), 400);
    expectError(await check({ projectPermissions: [{ permissions: [] }] }), 400);
    const readOnly = await call(sim, 'POST', '/rest/api/3/permissions/check', {
      body: { globalPermissions: ['ADMINISTER'] },
      auth: 'readOnly',
    });
    expectContract(readOnly, 'POST', '/rest/api/3/permissions/check', 200);
  });
});

describe('GET /mypermissions with role actors', () => {
  it('counts a role for the people who act in it in that project', async () => {
    const path = (key: string) => `/rest/api/3/mypermissions?permissions=EDIT_ISSUES&projectKey=${key}`;
    const have = async (key: string) =>
      (
        (await call(sim, 'GET', path(key), { auth: 'nonAdmin' })).body as {
          permissions: Record<string, { havePermission: boolean }>;
        }
      ).permissions['EDIT_ISSUES']?.havePermission;
    expect(await have('SOFT')).toBe(true);
    expect(await have('HELP')).toBe(false);
  });
});
