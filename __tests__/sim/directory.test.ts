import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  ACCOUNT_IDS,
  APP_PERMISSIONS,
  GROUP_IDS,
  ROLE_IDS,
  generateSite,
  startSimulator,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract, expectError } from './helpers.js';

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
  sim.setBehaviour({ maxResultsCap: { projects: 50, groups: 50, users: 100, fields: 50 } });
});

interface PageBody<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: T[];
  nextPage?: string;
  self?: string;
}

describe('permission catalogue', () => {
  it('lists built-in, global and app-defined permissions', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissions');
    expectContract(answer, 'GET', '/rest/api/3/permissions', 200);
    const permissions = (answer.body as { permissions: Record<string, { key: string; type: string }> })
      .permissions;
    expect(permissions['BROWSE_PROJECTS']?.type).toBe('PROJECT');
    expect(permissions['ADMINISTER']?.type).toBe('GLOBAL');
    for (const [key] of APP_PERMISSIONS) expect(permissions[key]?.key).toBe(key);
  });

  it('answers /mypermissions for the caller, per project', async () => {
    const path = '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS&projectKey=SOFT';
    const admin = await call(sim, 'GET', path);
    expectContract(admin, 'GET', '/rest/api/3/mypermissions', 200);
    const adminPermissions = (admin.body as { permissions: Record<string, { havePermission: boolean }> })
      .permissions;
    expect(adminPermissions['ADMINISTER']?.havePermission).toBe(true);
    expect(adminPermissions['BROWSE_PROJECTS']?.havePermission).toBe(true);

    const dev = await call(sim, 'GET', path, { auth: 'nonAdmin' });
    expectContract(dev, 'GET', '/rest/api/3/mypermissions', 200);
    const devPermissions = (dev.body as { permissions: Record<string, { havePermission: boolean }> })
      .permissions;
    expect(devPermissions['ADMINISTER']?.havePermission).toBe(false);
    // Dana is in jira-software-users, which the Software Development scheme lets browse.
    expect(devPermissions['BROWSE_PROJECTS']?.havePermission).toBe(true);
  });

  it('answers /mypermissions errors: no keys 400, unknown key 400, unknown project 404', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/mypermissions'), 400);
    expectError(await call(sim, 'GET', '/rest/api/3/mypermissions?permissions=NOPE'), 400, /NOPE/);
    expectError(
      await call(sim, 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=ZZZ'),
      404,
    );
  });
});

describe('the caller and the server', () => {
  it('answers /myself with the credential user, groups when expanded', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/myself?expand=groups,applicationRoles');
    expectContract(answer, 'GET', '/rest/api/3/myself', 200);
    const me = answer.body as { accountId: string; groups: { items: { name: string }[] } };
    expect(me.accountId).toBe(ACCOUNT_IDS.admin);
    expect(me.groups.items.map((group) => group.name)).toContain('jira-administrators');
    const dev = await call(sim, 'GET', '/rest/api/3/myself', { auth: 'nonAdmin' });
    expectContract(dev, 'GET', '/rest/api/3/myself', 200);
    expect((dev.body as { accountId: string }).accountId).toBe(ACCOUNT_IDS.developer);
  });

  it('answers /serverInfo as Cloud', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/serverInfo');
    expectContract(answer, 'GET', '/rest/api/3/serverInfo', 200);
    expect((answer.body as { deploymentType: string }).deploymentType).toBe('Cloud');
  });
});

describe('groups', () => {
  it('pages /group/bulk and filters by id and name', async () => {
    const first = await call(sim, 'GET', '/rest/api/3/group/bulk?maxResults=4');
    expectContract(first, 'GET', '/rest/api/3/group/bulk', 200);
    const page = first.body as PageBody<{ name: string; groupId: string }>;
    expect(page).toMatchObject({ startAt: 0, maxResults: 4, total: sim.state.groups.length, isLast: false });
    expect(page.values).toHaveLength(4);
    const second = await call(sim, 'GET', '/rest/api/3/group/bulk?maxResults=4&startAt=4');
    const rest = second.body as PageBody<{ name: string }>;
    expect(rest.isLast).toBe(true);
    expect([...page.values, ...rest.values].map((group) => group.name)).toEqual(
      sim.state.groups.map((g) => g.name),
    );

    const filtered = await call(
      sim,
      'GET',
      `/rest/api/3/group/bulk?groupId=${GROUP_IDS.softwareUsers}&groupName=site-admins`,
    );
    expectContract(filtered, 'GET', '/rest/api/3/group/bulk', 200);
    const names = (filtered.body as PageBody<{ name: string }>).values.map((group) => group.name).sort();
    expect(names).toEqual(['jira-software-users', 'site-admins']);
  });

  it('caps /group/bulk pages below what the client asks for', async () => {
    sim.restore(generateSite({ groups: 120, schemes: 1, projects: 1, seed: 3 }));
    sim.setBehaviour({ maxResultsCap: { groups: 50 } });
    const answer = await call(sim, 'GET', '/rest/api/3/group/bulk?maxResults=1000');
    expectContract(answer, 'GET', '/rest/api/3/group/bulk', 200);
    const page = answer.body as PageBody<unknown>;
    expect(page.maxResults).toBe(50);
    expect(page.values).toHaveLength(50);
    expect(page.isLast).toBe(false);
    expect(page.total).toBe(120);
  });

  it('answers 400 for a startAt that is not a number', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/group/bulk?startAt=x'), 400);
  });

  it('finds groups with /groups/picker', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/groups/picker?query=jira-s');
    expectContract(answer, 'GET', '/rest/api/3/groups/picker', 200);
    const groups = (answer.body as { groups: { name: string }[] }).groups.map((group) => group.name);
    expect(groups).toEqual(expect.arrayContaining(['jira-software-users', 'jira-servicemanagement-users']));
    expect(groups).not.toContain('site-admins');
  });
});

describe('roles, fields, application roles', () => {
  it('lists roles including the add-ons role, and gets one', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/role');
    expectContract(answer, 'GET', '/rest/api/3/role', 200);
    const names = (answer.body as { name: string }[]).map((role) => role.name);
    expect(names).toEqual(
      expect.arrayContaining(['Administrators', 'Developers', 'atlassian-addons-project-access']),
    );
    const one = await call(sim, 'GET', `/rest/api/3/role/${String(ROLE_IDS.administrators)}`);
    expectContract(one, 'GET', '/rest/api/3/role/{id}', 200);
    expect((one.body as { name: string }).name).toBe('Administrators');
    expectError(await call(sim, 'GET', '/rest/api/3/role/1'), 404);
  });

  it('lists fields, custom pickers included', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/field');
    expectContract(answer, 'GET', '/rest/api/3/field', 200);
    const fields = answer.body as { id: string; custom: boolean; schema: { custom?: string } }[];
    const pickers = fields
      .filter((field) => field.schema.custom?.endsWith('picker') === true)
      .map((f) => f.id);
    expect(pickers).toEqual(expect.arrayContaining(['customfield_10020', 'customfield_10030']));
  });

  it('pages /field/search, filtered by type, id and name', async () => {
    const custom = await call(sim, 'GET', '/rest/api/3/field/search?type=custom&maxResults=2');
    expectContract(custom, 'GET', '/rest/api/3/field/search', 200);
    const page = custom.body as PageBody<{ id: string }>;
    const customCount = sim.state.fields.filter((field) => field.custom).length;
    expect(page).toMatchObject({ total: customCount, maxResults: 2, isLast: false });
    expect(page.values.every((field) => field.id.startsWith('customfield_'))).toBe(true);
    const byName = await call(sim, 'GET', '/rest/api/3/field/search?query=team%20lead');
    expect((byName.body as PageBody<{ id: string }>).values.map((field) => field.id)).toEqual([
      'customfield_10020',
    ]);
    const byId = await call(sim, 'GET', '/rest/api/3/field/search?id=customfield_10030&id=summary');
    expect((byId.body as PageBody<{ id: string }>).total).toBe(2);
    expectError(await call(sim, 'GET', '/rest/api/3/field/search', { auth: 'nonAdmin' }), 403);
  });

  it('lists application roles and gets one; 404 for an unknown key', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/applicationrole');
    expectContract(answer, 'GET', '/rest/api/3/applicationrole', 200);
    expect((answer.body as { key: string }[]).map((role) => role.key)).toEqual([
      'jira-software',
      'jira-servicedesk',
    ]);
    const one = await call(sim, 'GET', '/rest/api/3/applicationrole/jira-servicedesk');
    expectContract(one, 'GET', '/rest/api/3/applicationrole/{key}', 200);
    expectError(await call(sim, 'GET', '/rest/api/3/applicationrole/jira-nothing'), 404);
  });
});

describe('users', () => {
  it('gets a user by accountId; 404 unknown; 400 without the parameter', async () => {
    const answer = await call(sim, 'GET', `/rest/api/3/user?accountId=${ACCOUNT_IDS.agent}`);
    expectContract(answer, 'GET', '/rest/api/3/user', 200);
    expect((answer.body as { displayName: string }).displayName).toBe('Mia Agent');
    expectError(await call(sim, 'GET', '/rest/api/3/user?accountId=nope'), 404);
    expectError(await call(sim, 'GET', '/rest/api/3/user'), 400);
  });

  it('searches users by query (display name or email prefix) and by accountId', async () => {
    const byQuery = await call(sim, 'GET', '/rest/api/3/user/search?query=dev@');
    expectContract(byQuery, 'GET', '/rest/api/3/user/search', 200);
    expect((byQuery.body as { accountId: string }[]).map((user) => user.accountId)).toEqual([
      ACCOUNT_IDS.developer,
    ]);
    const byName = await call(sim, 'GET', '/rest/api/3/user/search?query=riley');
    expect((byName.body as { accountId: string }[]).map((user) => user.accountId)).toEqual([
      ACCOUNT_IDS.reader,
    ]);
    const byId = await call(sim, 'GET', `/rest/api/3/user/search?accountId=${ACCOUNT_IDS.admin}`);
    expect((byId.body as unknown[]).length).toBe(1);
    expectError(await call(sim, 'GET', '/rest/api/3/user/search'), 400);
  });

  it('answers /user/bulk and /users/search', async () => {
    const bulk = await call(
      sim,
      'GET',
      `/rest/api/3/user/bulk?accountId=${ACCOUNT_IDS.admin}&accountId=${ACCOUNT_IDS.agent}`,
    );
    expectContract(bulk, 'GET', '/rest/api/3/user/bulk', 200);
    expect((bulk.body as PageBody<unknown>).values).toHaveLength(2);
    expectError(await call(sim, 'GET', '/rest/api/3/user/bulk'), 400);
    const all = await call(sim, 'GET', '/rest/api/3/users/search');
    expectContract(all, 'GET', '/rest/api/3/users/search', 200);
    expect((all.body as unknown[]).length).toBe(sim.state.users.length);
  });
});

describe('projects', () => {
  it('pages /project/search with self and nextPage links', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/project/search?maxResults=3');
    expectContract(answer, 'GET', '/rest/api/3/project/search', 200);
    const page = answer.body as PageBody<{ key: string }>;
    expect(page).toMatchObject({ startAt: 0, maxResults: 3, total: 5, isLast: false });
    expect(page.nextPage).toContain('startAt=3');
    const next = await call(
      sim,
      'GET',
      new URL(page.nextPage ?? '').pathname + new URL(page.nextPage ?? '').search,
    );
    const last = next.body as PageBody<{ key: string }>;
    expect(last.isLast).toBe(true);
    expect(last.nextPage).toBeUndefined();
    expect([...page.values, ...last.values].map((project) => project.key).sort()).toEqual(
      sim.state.projects.map((project) => project.key).sort(),
    );
  });

  it('caps /project/search pages at the configured size', async () => {
    sim.restore(generateSite({ projects: 75, schemes: 3, seed: 9 }));
    sim.setBehaviour({ maxResultsCap: { projects: 20 } });
    const answer = await call(sim, 'GET', '/rest/api/3/project/search?maxResults=100');
    expectContract(answer, 'GET', '/rest/api/3/project/search', 200);
    const page = answer.body as PageBody<unknown>;
    expect(page.values).toHaveLength(20);
    expect(page.maxResults).toBe(20);
    expect(page.total).toBe(75);
  });

  it('filters /project/search by keys and query', async () => {
    const byKeys = await call(sim, 'GET', '/rest/api/3/project/search?keys=HELP&keys=MKT');
    expect((byKeys.body as PageBody<{ key: string }>).values.map((project) => project.key)).toEqual([
      'HELP',
      'MKT',
    ]);
    const byQuery = await call(sim, 'GET', '/rest/api/3/project/search?query=mobile');
    expect((byQuery.body as PageBody<{ key: string }>).values.map((project) => project.key)).toEqual(['MOB']);
  });

  it("gets a project's permission scheme by key or id, grants only with expand", async () => {
    const byKey = await call(sim, 'GET', '/rest/api/3/project/HELP/permissionscheme');
    expectContract(byKey, 'GET', '/rest/api/3/project/{projectKeyOrId}/permissionscheme', 200);
    expect(byKey.body).toMatchObject({ id: 10001 });
    expect((byKey.body as { permissions?: unknown }).permissions).toBeUndefined();
    const byId = await call(sim, 'GET', '/rest/api/3/project/10000/permissionscheme?expand=permissions');
    expectContract(byId, 'GET', '/rest/api/3/project/{projectKeyOrId}/permissionscheme', 200);
    expect((byId.body as { permissions: unknown[] }).permissions.length).toBeGreaterThan(0);
    expectError(await call(sim, 'GET', '/rest/api/3/project/NOPE/permissionscheme'), 404, /NOPE/);
  });

  it("assigns a project's permission scheme; 404 for an unknown scheme or project", async () => {
    const answer = await call(sim, 'PUT', '/rest/api/3/project/MKT/permissionscheme', {
      body: { id: 10002 },
    });
    expectContract(answer, 'PUT', '/rest/api/3/project/{projectKeyOrId}/permissionscheme', 200);
    expect(sim.state.projects.find((project) => project.key === 'MKT')?.permissionSchemeId).toBe(10002);
    expectError(await call(sim, 'PUT', '/rest/api/3/project/MKT/permissionscheme', { body: { id: 4 } }), 404);
    expectError(await call(sim, 'PUT', '/rest/api/3/project/ZZ/permissionscheme', { body: { id: 0 } }), 404);
    expectError(await call(sim, 'PUT', '/rest/api/3/project/MKT/permissionscheme', { body: {} }), 400);
  });

  it("lists a project's roles", async () => {
    const roles = await call(sim, 'GET', '/rest/api/3/project/SOFT/role');
    expectContract(roles, 'GET', '/rest/api/3/project/{projectIdOrKey}/role', 200);
    expect(Object.keys(roles.body as object)).toContain('Developers');
    const details = await call(sim, 'GET', '/rest/api/3/project/SOFT/roledetails');
    expectContract(details, 'GET', '/rest/api/3/project/{projectIdOrKey}/roledetails', 200);
  });
});
