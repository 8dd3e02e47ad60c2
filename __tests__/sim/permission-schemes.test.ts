import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  GROUP_IDS,
  ROLE_IDS,
  ACCOUNT_IDS,
  startSimulator,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract, expectError, rawGet, splitExpandedHolders } from './helpers.js';

const LIST = '/rest/api/3/permissionscheme';
const ONE = '/rest/api/3/permissionscheme/{schemeId}';
const GRANTS = '/rest/api/3/permissionscheme/{schemeId}/permission';
const GRANT = '/rest/api/3/permissionscheme/{schemeId}/permission/{permissionId}';

interface WireGrant {
  id: number;
  self: string;
  permission: string;
  holder: { type: string; parameter?: string | null; value?: string; expand?: string; group?: unknown };
}
interface WireScheme {
  id: number;
  self: string;
  name: string;
  description?: string;
  permissions?: WireGrant[];
}

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
});

const developersGrant = (permission = 'EDIT_ISSUES') => ({
  permission,
  holder: { type: 'projectRole', parameter: String(ROLE_IDS.developers), value: String(ROLE_IDS.developers) },
});

describe('GET /permissionscheme (list)', () => {
  it('lists every scheme without grants when no expand is given', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expectContract(answer, 'GET', LIST, 200);
    const schemes = (answer.body as { permissionSchemes: WireScheme[] }).permissionSchemes;
    expect(schemes.map((scheme) => scheme.id)).toEqual(sim.state.schemes.map((scheme) => scheme.id));
    for (const scheme of schemes) expect(scheme.permissions).toBeUndefined();
  });

  it('includes grants when any expand is given, and builds self links from the Host header', async () => {
    // fetch() will not send a custom Host header, so this one goes through node:http.
    const answer = await rawGet(sim, '/rest/api/3/permissionscheme?expand=permissions', 'jira.example.test');
    expectContract(answer, 'GET', LIST, 200);
    const schemes = (answer.body as { permissionSchemes: WireScheme[] }).permissionSchemes;
    const software = schemes.find((scheme) => scheme.id === 10000);
    expect(software?.self).toBe('http://jira.example.test/rest/api/3/permissionscheme/10000');
    expect(software?.permissions?.length).toBe(sim.state.schemes.find((s) => s.id === 10000)?.grants.length);
    expect(software?.permissions?.[0]?.self).toMatch(
      /^http:\/\/jira\.example\.test\/rest\/api\/3\/permissionscheme\//,
    );
  });

  it('answers group holders with the name as parameter and the id as value', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme?expand=permissions');
    const schemes = (answer.body as { permissionSchemes: WireScheme[] }).permissionSchemes;
    const groupHolders = schemes.flatMap((s) => s.permissions ?? []).filter((g) => g.holder.type === 'group');
    expect(groupHolders.length).toBeGreaterThan(0);
    for (const grant of groupHolders) {
      const group = sim.state.groups.find((candidate) => candidate.groupId === grant.holder.value);
      expect(grant.holder.parameter).toBe(group?.name);
    }
  });

  it('keeps the add-ons role in the seeded schemes, as Jira adds it', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/0');
    const grants = (answer.body as WireScheme).permissions ?? [];
    const addons = grants.filter(
      (grant) => grant.holder.type === 'projectRole' && grant.holder.value === String(ROLE_IDS.addons),
    );
    expect(addons.length).toBeGreaterThan(10);
  });

  it('expands holder objects with expand=all, each valid against its own schema', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme?expand=all');
    expectContract(answer, 'GET', LIST, 200);
    expect(splitExpandedHolders(answer.body).expanded).toBeGreaterThan(0);
  });
});

describe('GET /permissionscheme/{schemeId}', () => {
  it('returns the scheme with its grants even without expand', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/10001');
    expectContract(answer, 'GET', ONE, 200);
    const scheme = answer.body as WireScheme;
    expect(scheme.name).toBe(sim.state.schemes.find((s) => s.id === 10001)?.name);
    const types = new Set(scheme.permissions?.map((grant) => grant.holder.type));
    expect(types.has('sd.customer.portal.only')).toBe(true);
    expect(scheme.permissions?.some((grant) => grant.permission === 'SERVICEDESK_AGENT')).toBe(true);
  });

  it('marks unexpanded holders with the expandable key and expands only what was asked', async () => {
    const plain = await call(sim, 'GET', '/rest/api/3/permissionscheme/10000');
    const plainGroup = (plain.body as WireScheme).permissions?.find((grant) => grant.holder.type === 'group');
    expect(plainGroup?.holder.expand).toBe('group');
    expect(plainGroup?.holder.group).toBeUndefined();

    const expanded = await call(sim, 'GET', '/rest/api/3/permissionscheme/10000?expand=group');
    expectContract(expanded, 'GET', ONE, 200);
    const grants = (expanded.body as WireScheme).permissions ?? [];
    const group = grants.find((grant) => grant.holder.type === 'group');
    expect(group?.holder.group).toMatchObject({
      name: group?.holder.parameter,
      groupId: group?.holder.value,
    });
    const role = grants.find((grant) => grant.holder.type === 'projectRole');
    expect(role?.holder.expand).toBe('projectRole');
  });

  it('answers 404 for a scheme that does not exist or an id that is not a number', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme/424242'), 404, /424242/);
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme/abc'), 404);
  });
});

describe('POST /permissionscheme', () => {
  it('creates a scheme with its grants in one request', async () => {
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
      body: {
        name: 'Platform Team',
        description: 'made by a test',
        permissions: [
          developersGrant('BROWSE_PROJECTS'),
          { permission: 'ADMINISTER_PROJECTS', holder: { type: 'group', value: GROUP_IDS.administrators } },
          { permission: 'ASSIGNABLE_USER', holder: { type: 'assignee' } },
          { permission: 'ADD_COMMENTS', holder: { type: 'user', parameter: ACCOUNT_IDS.developer } },
          { permission: 'EDIT_ISSUES', holder: { type: 'userCustomField', value: 'customfield_10020' } },
          { permission: 'LINK_ISSUES', holder: { type: 'groupCustomField', value: 'customfield_10031' } },
          { permission: 'CREATE_ISSUES', holder: { type: 'applicationRole', parameter: 'jira-software' } },
          { permission: 'com.example.approvals__approve-requests', holder: { type: 'anyone' } },
        ],
      },
    });
    expectContract(answer, 'POST', LIST, 201);
    const created = answer.body as WireScheme;
    expect(created.name).toBe('Platform Team');
    expect(created.permissions).toHaveLength(8);
    const stored = sim.state.schemes.find((scheme) => scheme.id === created.id);
    expect(stored?.grants.map((grant) => grant.id).sort()).toEqual(
      created.permissions?.map((g) => g.id).sort(),
    );
    const group = created.permissions?.find((grant) => grant.holder.type === 'group');
    expect(group?.holder).toMatchObject({
      parameter: 'jira-administrators',
      value: GROUP_IDS.administrators,
    });
  });

  it('creates a scheme without grants', async () => {
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'Empty' } });
    expectContract(answer, 'POST', LIST, 201);
    expect((answer.body as WireScheme).permissions).toEqual([]);
  });

  it.each([
    ['a missing name', { permissions: [] }, /name/i],
    ['a name already taken', { name: 'Software Development' }, /already exists/],
    [
      'an unknown permission key',
      { name: 'N1', permissions: [{ permission: 'FLY', holder: { type: 'anyone' } }] },
      /FLY/,
    ],
    [
      'a global permission',
      { name: 'N2', permissions: [{ permission: 'ADMINISTER', holder: { type: 'anyone' } }] },
      /ADMINISTER/,
    ],
    [
      'an unknown group',
      {
        name: 'N3',
        permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'nobody' } }],
      },
      /nobody/,
    ],
    [
      'an unknown group id',
      {
        name: 'N4',
        permissions: [
          {
            permission: 'BROWSE_PROJECTS',
            holder: { type: 'group', parameter: 'jira-administrators', value: 'x-1' },
          },
        ],
      },
      /x-1/,
    ],
    [
      'an unknown role',
      {
        name: 'N5',
        permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'projectRole', value: '999' } }],
      },
      /999/,
    ],
    [
      'an unknown user',
      {
        name: 'N6',
        permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'user', value: 'ghost' } }],
      },
      /ghost/,
    ],
    [
      'an unknown field',
      {
        name: 'N7',
        permissions: [
          { permission: 'BROWSE_PROJECTS', holder: { type: 'userCustomField', value: 'customfield_1' } },
        ],
      },
      /customfield_1/,
    ],
    [
      'a field of the wrong kind',
      {
        name: 'N8',
        permissions: [
          { permission: 'BROWSE_PROJECTS', holder: { type: 'groupCustomField', value: 'customfield_10020' } },
        ],
      },
      /customfield_10020/,
    ],
    [
      'an unknown holder type',
      { name: 'N9', permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'robot' } }] },
      /robot/,
    ],
    [
      'a holder without its parameter',
      { name: 'N10', permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'group' } }] },
      /group/,
    ],
    [
      'an unknown application',
      {
        name: 'N11',
        permissions: [
          { permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole', parameter: 'jira-x' } },
        ],
      },
      /jira-x/,
    ],
    [
      'the same grant twice',
      { name: 'N12', permissions: [developersGrant(), developersGrant()] },
      /already exists/,
    ],
  ])('answers 400 for %s and changes nothing', async (_label, body, pattern) => {
    const before = sim.snapshot();
    expectError(await call(sim, 'POST', '/rest/api/3/permissionscheme', { body }), 400, pattern);
    expect(sim.state).toEqual(before);
  });

  it('answers 400 for a body that is not JSON', async () => {
    expectError(await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: '{"name":' }), 400);
  });

  it('answers 415 for a body sent as something other than JSON', async () => {
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
      body: 'name=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(415);
  });
});

describe('PUT /permissionscheme/{schemeId}', () => {
  it('without a permissions list changes only name and description, keeping grants and their ids', async () => {
    const before = sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants.map((grant) => grant.id);
    const answer = await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', {
      body: { name: 'Software (renamed)', description: 'new words' },
    });
    expectContract(answer, 'PUT', ONE, 200);
    const scheme = sim.state.schemes.find((candidate) => candidate.id === 10000);
    expect(scheme?.name).toBe('Software (renamed)');
    expect(scheme?.description).toBe('new words');
    expect(scheme?.grants.map((grant) => grant.id)).toEqual(before);
  });

  it('with a permissions list replaces every grant, with new grant ids', async () => {
    const oldIds = new Set(sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants.map((g) => g.id));
    const answer = await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', {
      body: {
        name: 'Software Development',
        permissions: [developersGrant('BROWSE_PROJECTS'), developersGrant()],
      },
    });
    expectContract(answer, 'PUT', ONE, 200);
    const grants = sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants ?? [];
    expect(grants.map((grant) => grant.permission)).toEqual(['BROWSE_PROJECTS', 'EDIT_ISSUES']);
    for (const grant of grants) expect(oldIds.has(grant.id)).toBe(false);
  });

  it('with an empty permissions list removes every grant', async () => {
    const answer = await call(sim, 'PUT', '/rest/api/3/permissionscheme/10002', {
      body: { name: 'Archived Projects (unused)', permissions: [] },
    });
    expectContract(answer, 'PUT', ONE, 200);
    expect(sim.state.schemes.find((scheme) => scheme.id === 10002)?.grants).toEqual([]);
  });

  it('rejects a bad grant in the list without changing anything', async () => {
    const before = sim.snapshot();
    const answer = await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', {
      body: {
        name: 'Software Development',
        permissions: [developersGrant(), { permission: 'NOPE', holder: { type: 'anyone' } }],
      },
    });
    expectError(answer, 400, /NOPE/);
    expect(sim.state).toEqual(before);
  });

  it('answers 404 for a missing scheme and 400 for a name another scheme has', async () => {
    expectError(await call(sim, 'PUT', '/rest/api/3/permissionscheme/9999', { body: { name: 'x' } }), 404);
    expectError(
      await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', {
        body: { name: 'Default Permission Scheme' },
      }),
      400,
      /already exists/,
    );
  });
});

describe('DELETE /permissionscheme/{schemeId}', () => {
  it('deletes an unused scheme with 204', async () => {
    expectContract(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10002'), 'DELETE', ONE, 204);
    expect(sim.state.schemes.some((scheme) => scheme.id === 10002)).toBe(false);
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme/10002'), 404);
  });

  it('refuses to delete a scheme that projects use, naming them', async () => {
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10000'), 400, /SOFT/);
    expect(sim.state.schemes.some((scheme) => scheme.id === 10000)).toBe(true);
  });

  it('refuses to delete the default scheme and answers 404 for a missing one', async () => {
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/0'), 400, /default/i);
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/5555'), 404);
  });
});

describe('grants', () => {
  it('lists a scheme grants with the expand hint', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/10001/permission');
    expectContract(answer, 'GET', GRANTS, 200);
    const body = answer.body as { permissions: WireGrant[]; expand: string };
    expect(body.permissions).toHaveLength(
      sim.state.schemes.find((scheme) => scheme.id === 10001)?.grants.length ?? -1,
    );
    expect(body.expand).toContain('group');
  });

  it('lists grants with expanded holders', async () => {
    const answer = await call(
      sim,
      'GET',
      '/rest/api/3/permissionscheme/10000/permission?expand=user,field,projectRole',
    );
    expectContract(answer, 'GET', GRANTS, 200);
    expect(splitExpandedHolders(answer.body).expanded).toBeGreaterThan(2);
  });

  it('gets one grant, and 404 for a missing grant or scheme', async () => {
    const id = sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants[0]?.id ?? -1;
    const answer = await call(sim, 'GET', `/rest/api/3/permissionscheme/10000/permission/${String(id)}`);
    expectContract(answer, 'GET', GRANT, 200);
    expect((answer.body as WireGrant).id).toBe(id);
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme/10000/permission/1'), 404);
    expectError(await call(sim, 'GET', `/rest/api/3/permissionscheme/77/permission/${String(id)}`), 404);
  });

  it('creates a grant (201) and refuses the same grant again with 400', async () => {
    const body = { permission: 'DELETE_ISSUES', holder: { type: 'group', parameter: 'release-managers' } };
    const created = await call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', { body });
    expectContract(created, 'POST', GRANTS, 201);
    const grant = created.body as WireGrant;
    expect(grant.holder).toMatchObject({
      type: 'group',
      parameter: 'release-managers',
      value: GROUP_IDS.releaseManagers,
    });
    const again = await call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', {
      body: { permission: 'DELETE_ISSUES', holder: { type: 'group', value: GROUP_IDS.releaseManagers } },
    });
    expectError(again, 400, /already exists/);
  });

  it.each([
    ['an unknown permission', { permission: 'X_Y', holder: { type: 'anyone' } }],
    ['an unknown group', { permission: 'EDIT_ISSUES', holder: { type: 'group', parameter: 'ghosts' } }],
    ['an unknown role', { permission: 'EDIT_ISSUES', holder: { type: 'projectRole', parameter: '1' } }],
    [
      'an unknown field',
      { permission: 'EDIT_ISSUES', holder: { type: 'userCustomField', parameter: 'customfield_9' } },
    ],
    ['no holder', { permission: 'EDIT_ISSUES' }],
    ['no permission', { holder: { type: 'anyone' } }],
  ])('answers 400 to a grant with %s', async (_label, body) => {
    expectError(await call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', { body }), 400);
  });

  it('answers 404 when creating a grant in a missing scheme', async () => {
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme/31337/permission', {
      body: developersGrant(),
    });
    expectError(answer, 404);
  });

  it('deletes a grant (204); deleting it again is a 400, as the reference documents', async () => {
    const id = sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants[1]?.id ?? -1;
    const path = `/rest/api/3/permissionscheme/10000/permission/${String(id)}`;
    expectContract(await call(sim, 'DELETE', path), 'DELETE', GRANT, 204);
    expect(
      sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants.some((grant) => grant.id === id),
    ).toBe(false);
    expectError(await call(sim, 'DELETE', path), 400, new RegExp(String(id)));
  });

  it('answers 404 when deleting a grant of a missing scheme', async () => {
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/31337/permission/10000'), 404);
  });
});

describe('REST v2 on Cloud', () => {
  it('serves the same operations with the same shapes under /rest/api/2', async () => {
    const answer = await call(sim, 'GET', '/rest/api/2/permissionscheme/10000');
    expectContract(answer, 'GET', ONE, 200);
    const scheme = answer.body as WireScheme;
    expect(scheme.self).toContain('/rest/api/2/permissionscheme/10000');
    const group = scheme.permissions?.find((grant) => grant.holder.type === 'group');
    expect(group?.holder.value).toBeDefined();
  });
});

describe('routing', () => {
  it('answers 404 for a path Jira does not have and 405 for a method a path does not take', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/nothing-here'), 404);
    const answer = await call(sim, 'PATCH', '/rest/api/3/permissionscheme/10000');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toContain('PUT');
  });
});
