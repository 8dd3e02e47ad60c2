import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { resolveSchemes } from '../../src/jira/resolve.js';
import { grantKey } from '../../src/model/holder.js';
import type { HolderSpec } from '../../src/model/spec.js';
import { ACCOUNT_IDS, APP_PERMISSIONS, GROUP_IDS, ROLE_IDS, startSimulator } from '../../src/sim/index.js';
import type { SiteData, Simulator } from '../../src/sim/index.js';
import { basicConnection, json, spec, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

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
  sim.clearLog();
});

const reader = () => createJiraReader(connectionFromEnv(sim.env('admin')));

describe('resolveSchemes on Cloud', () => {
  it('spells every holder kind exactly as live grants, so holder keys match', async () => {
    const file = 'jira-permissions/software.yml';
    const result = await resolveSchemes(
      [
        spec(
          file,
          [
            ['BROWSE_PROJECTS', { type: 'group', name: 'jira-software-users' }],
            ['BROWSE_PROJECTS', { type: 'projectRole', name: 'Developers' }],
            ['ADMINISTER_PROJECTS', { type: 'projectRole', id: String(ROLE_IDS.administrators) }],
            ['ADD_COMMENTS', { type: 'user', accountId: ACCOUNT_IDS.developer }],
            ['ADD_COMMENTS', { type: 'user', email: 'agent@example.com' }],
            ['VIEW_VOTERS_AND_WATCHERS', { type: 'userCustomField', field: 'Team Lead' }],
            ['CREATE_ISSUES', { type: 'applicationRole', key: 'jira-software' }],
            ['CREATE_ISSUES', { type: 'applicationRole' }],
            ['ASSIGNABLE_USER', { type: 'assignee' }],
          ],
          { description: 'Software', id: 10000 },
        ),
      ],
      reader(),
    );
    expect(result.findings).toEqual([]);
    const [scheme] = result.schemes;
    expect(scheme).toMatchObject({
      name: 'jira-permissions/software',
      description: 'Software',
      id: 10000,
      file,
    });
    expect(scheme?.grants.map((grant) => grant.holder)).toEqual([
      { type: 'group', parameter: 'jira-software-users', value: GROUP_IDS.softwareUsers },
      { type: 'projectRole', parameter: String(ROLE_IDS.developers), value: String(ROLE_IDS.developers) },
      {
        type: 'projectRole',
        parameter: String(ROLE_IDS.administrators),
        value: String(ROLE_IDS.administrators),
      },
      { type: 'user', parameter: ACCOUNT_IDS.developer, value: ACCOUNT_IDS.developer },
      { type: 'user', parameter: ACCOUNT_IDS.agent, value: ACCOUNT_IDS.agent },
      { type: 'userCustomField', parameter: 'customfield_10020', value: 'customfield_10020' },
      { type: 'applicationRole', parameter: 'jira-software', value: 'jira-software' },
      { type: 'applicationRole' },
      { type: 'assignee' },
    ]);
    expect(scheme?.grantSources?.[0]?.location).toEqual({ file, line: 4, column: 7 });
    expect(scheme?.grants[1]?.label).toBe(`projectRole Developers (${String(ROLE_IDS.developers)})`);

    // The same grants, read live, have the same identities.
    const live = await reader().listPermissionSchemes();
    const liveKeys = new Set(live.flatMap((s) => s.grants.map((g) => grantKey(g.permission, g.holder))));
    for (const key of [
      `BROWSE_PROJECTS|group#id:${GROUP_IDS.softwareUsers}`,
      `BROWSE_PROJECTS|projectRole:${String(ROLE_IDS.developers)}`,
      'VIEW_VOTERS_AND_WATCHERS|userCustomField:customfield_10020',
    ]) {
      expect(liveKeys.has(key)).toBe(true);
      expect(scheme?.grants.some((grant) => grantKey(grant.permission, grant.holder) === key)).toBe(true);
    }
  });

  it('shares one grant object between files, and keeps where each file writes it', async () => {
    const grants: [string, HolderSpec][] = [
      ['BROWSE_PROJECTS', { type: 'group', name: 'jira-software-users' }],
      ['BROWSE_PROJECTS', { type: 'projectRole', name: 'Developers' }],
    ];
    // b.yml names the group twice (by name, then by id): the second is dropped as a duplicate.
    const twice: [string, HolderSpec][] = [
      ['BROWSE_PROJECTS', { type: 'group', name: 'jira-software-users' }],
      ['BROWSE_PROJECTS', { type: 'group', id: GROUP_IDS.softwareUsers }],
      ['BROWSE_PROJECTS', { type: 'projectRole', name: 'Developers' }],
    ];
    const result = await resolveSchemes(
      [spec('jira-permissions/a.yml', grants), spec('jira-permissions/b.yml', twice)],
      reader(),
    );
    const [a, b] = result.schemes;
    expect(b?.grants).toHaveLength(2);
    expect(b?.grants[0]).toBe(a?.grants[0]);
    expect(b?.grants[1]).toBe(a?.grants[1]);
    expect(Object.isFrozen(a?.grants[0])).toBe(true);
    // Each scheme says where its own grants are written, index for index, the dropped one left out.
    expect(a?.grantSources?.map((source) => source.location)).toEqual([
      { file: 'jira-permissions/a.yml', line: 4, column: 7 },
      { file: 'jira-permissions/a.yml', line: 5, column: 7 },
    ]);
    expect(b?.grantSources?.map((source) => source.location)).toEqual([
      { file: 'jira-permissions/b.yml', line: 4, column: 7 },
      { file: 'jira-permissions/b.yml', line: 6, column: 7 },
    ]);
    expect(result.findings).toMatchObject([
      { ruleId: 'duplicate-grant', file: 'jira-permissions/b.yml', line: 5 },
    ]);
  });

  it('reports what does not resolve at its location, with a suggestion', async () => {
    sim.state.groups.push({ name: 'jira-developers', groupId: '0b1c2d3e-0000-4000-8000-000000000001' });
    const file = 'jira-permissions/broken.yml';
    const result = await resolveSchemes(
      [
        spec(file, [
          ['BROWSE_PROJECTS', { type: 'group', name: 'jira-devs' }],
          ['BROWSE_PROJECTS', { type: 'projectRole', name: 'Developer' }],
          ['BROWSE_PROJECTS', { type: 'user', accountId: 'no-such-account' }],
          ['BROWSE_PROJECTS', { type: 'userCustomField', field: 'Team Leed' }],
          ['BROWSE_PROJECTS', { type: 'applicationRole', key: 'jira-softwar' }],
          ['com.example.nope__do-things', { type: 'anyone' }],
          ['EDIT_ISSUES', { type: 'group', id: 'ffffffff-0000-4000-8000-000000000000' }],
        ]),
      ],
      reader(),
    );
    // The first finding of each rule (findings are sorted by line).
    const byRule = Object.fromEntries([...result.findings].reverse().map((f) => [f.ruleId, f]));
    expect(byRule['unresolved-group']?.message).toBe(
      'group "jira-devs" not found; did you mean "jira-developers"?',
    );
    expect(byRule['unresolved-group']).toMatchObject({ file, line: 4, column: 7, severity: 'error' });
    expect(byRule['unresolved-role']?.message).toBe(
      'project role "Developer" not found; did you mean "Developers"?',
    );
    expect(byRule['unresolved-user']?.message).toContain('"no-such-account" not found');
    expect(byRule['unresolved-field']?.message).toBe(
      'custom field "Team Leed" not found; did you mean "Team Lead"?',
    );
    expect(byRule['unresolved-application-role']?.message).toContain('did you mean "jira-software"?');
    expect(byRule['unknown-permission']).toMatchObject({ line: 9, column: 3, severity: 'error' });
    expect(result.findings.filter((f) => f.ruleId === 'unresolved-group')).toHaveLength(2);
    expect(result.schemes[0]?.grants).toEqual([]);
  });

  it('warns when a group given by id has been renamed, and uses the live name', async () => {
    const result = await resolveSchemes(
      [
        spec('a.yml', [
          ['BROWSE_PROJECTS', { type: 'group', name: 'release-mgrs', id: GROUP_IDS.releaseManagers }],
        ]),
      ],
      reader(),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ruleId: 'renamed-group',
        message: `group "release-mgrs" (id ${GROUP_IDS.releaseManagers}) is now named "release-managers" in Jira`,
      }),
    ]);
    expect(result.schemes[0]?.grants[0]?.holder).toEqual({
      type: 'group',
      parameter: 'release-managers',
      value: GROUP_IDS.releaseManagers,
    });
  });

  it('warns about deactivated users (keeping the grant) and refuses ambiguous field names', async () => {
    const reader0 = sim.state.users.find((user) => user.accountId === ACCOUNT_IDS.reader);
    if (reader0 !== undefined) reader0.active = false;
    sim.state.fields.push(
      { id: 'customfield_20001', name: 'Approver', custom: true, schema: { type: 'user' } },
      { id: 'customfield_20002', name: 'Approver', custom: true, schema: { type: 'user' } },
    );
    const result = await resolveSchemes(
      [
        spec('b.yml', [
          ['BROWSE_PROJECTS', { type: 'user', accountId: ACCOUNT_IDS.reader }],
          ['BROWSE_PROJECTS', { type: 'userCustomField', field: 'Approver' }],
          ['EDIT_ISSUES', { type: 'userCustomField', field: 'customfield_20002' }],
        ]),
      ],
      reader(),
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['inactive-user', 'warning'],
      ['ambiguous-field', 'error'],
    ]);
    expect(result.findings[1]?.message).toContain('customfield_20001, customfield_20002');
    expect(result.schemes[0]?.grants.map((g) => g.holder.parameter)).toEqual([
      ACCOUNT_IDS.reader,
      'customfield_20002',
    ]);
  });

  it('reads a quoted numeric role as its id when no role has that name', async () => {
    const result = await resolveSchemes(
      [spec('q.yml', [['BROWSE_PROJECTS', { type: 'projectRole', name: String(ROLE_IDS.developers) }]])],
      reader(),
    );
    expect(result.findings).toEqual([]);
    expect(result.schemes[0]?.grants.map((g) => g.holder)).toEqual([
      { type: 'projectRole', parameter: String(ROLE_IDS.developers), value: String(ROLE_IDS.developers) },
    ]);
  });

  it('confirms app-defined keys from the live catalogue', async () => {
    const appKey = APP_PERMISSIONS[0]?.[0] ?? '';
    const result = await resolveSchemes([spec('c.yml', [[appKey, { type: 'projectLead' }]])], reader());
    expect(result.findings).toEqual([]);
    expect(result.confirmedPermissions).toEqual([appKey]);
    expect(result.schemes[0]?.grants).toHaveLength(1);
  });

  it('keeps requests to a handful: 200 schemes naming 50 distinct groups and 10 roles', async () => {
    const groups = Array.from({ length: 50 }, (_, i) => ({
      name: `team-${String(i).padStart(2, '0')}`,
      groupId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    sim.state.groups.push(...groups);
    const extraRoles = Array.from({ length: 10 - sim.state.roles.length }, (_, i) => ({
      id: 20000 + i,
      name: `Role ${String(i)}`,
      description: '',
    }));
    sim.state.roles.push(...extraRoles);
    const roleNames = sim.state.roles.map((role) => role.name);
    expect(roleNames).toHaveLength(10);
    const permissions = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ADD_COMMENTS', 'ASSIGN_ISSUES'];
    const schemes = Array.from({ length: 200 }, (_, s) =>
      spec(
        `s${String(s)}.yml`,
        permissions.flatMap((permission, p): [string, HolderSpec][] => [
          [permission, { type: 'group', name: groups[(s + p) % 50]?.name ?? '' }],
          [permission, { type: 'projectRole', name: roleNames[(s + p) % 10] ?? '' }],
        ]),
      ),
    );
    sim.clearLog();
    const result = await resolveSchemes(schemes, reader());
    expect(result.findings).toEqual([]);
    expect(result.schemes.reduce((sum, s) => sum + s.grants.length, 0)).toBe(2000);
    expect(sim.countsByRoute()).toEqual({
      'GET /rest/api/3/group/bulk': 1,
      'GET /rest/api/3/role': 1,
      'GET /rest/api/3/permissions': 1,
    });
  });

  it('caches lookups for the run: resolving again with the same client sends nothing', async () => {
    const directory = reader();
    const schemes = [
      spec('d.yml', [
        ['BROWSE_PROJECTS', { type: 'group', name: 'jira-software-users' }],
        ['BROWSE_PROJECTS', { type: 'user', accountId: ACCOUNT_IDS.developer }],
        ['BROWSE_PROJECTS', { type: 'userCustomField', field: 'customfield_10020' }],
        ['BROWSE_PROJECTS', { type: 'applicationRole', key: 'jira-software' }],
      ]),
    ];
    const first = await resolveSchemes(schemes, directory);
    const sent = sim.requests.length;
    expect(sent).toBeGreaterThan(0);
    const second = await resolveSchemes(schemes, directory);
    expect(sim.requests).toHaveLength(sent);
    expect(second).toEqual(first);
  });
});

describe('resolveSchemes on Data Center', () => {
  let dc: Simulator;
  beforeAll(async () => {
    dc = await startSimulator({ flavour: 'datacenter' });
  });
  afterAll(async () => {
    await dc.stop();
  });

  it('spells groups by name and roles without value, matching live grants', async () => {
    const directory = createJiraReader(connectionFromEnv(dc.env('admin')));
    const result = await resolveSchemes(
      [
        spec('dc.yml', [
          ['BROWSE_PROJECTS', { type: 'group', name: 'jira-software-users' }],
          ['BROWSE_PROJECTS', { type: 'projectRole', name: 'Developers' }],
          ['EDIT_ISSUES', { type: 'group', id: GROUP_IDS.softwareUsers }],
        ]),
      ],
      directory,
    );
    expect(result.schemes[0]?.grants.map((g) => g.holder)).toEqual([
      { type: 'group', parameter: 'jira-software-users' },
      { type: 'projectRole', parameter: String(ROLE_IDS.developers) },
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      `group id "${GROUP_IDS.softwareUsers}" cannot be used on Data Center: its groups have names, not ids`,
    ]);
    const live = await directory.listPermissionSchemes();
    const liveKeys = new Set(live.flatMap((s) => s.grants.map((g) => grantKey(g.permission, g.holder))));
    for (const grant of result.schemes[0]?.grants ?? []) {
      expect(liveKeys.has(grantKey(grant.permission, grant.holder))).toBe(true);
    }
  });
});

describe('users by email when the site hides addresses', () => {
  let server: StandIn | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  it('says the site hides emails and lists the candidates', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/user/search')) {
        json(response, 200, [{ accountId: 'acc-1', displayName: 'Pat Doe', active: true }]);
      } else if (url.startsWith('/rest/api/3/permissions')) {
        json(response, 200, { permissions: { BROWSE_PROJECTS: { key: 'BROWSE_PROJECTS' } } });
      } else json(response, 404, {});
    });
    const result = await resolveSchemes(
      [spec('e.yml', [['BROWSE_PROJECTS', { type: 'user', email: 'pat@example.com' }]])],
      createJiraReader(basicConnection(server.baseUrl)),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'hidden-email',
        message: `cannot confirm the user with email "pat@example.com": this site hides email addresses from the token's account`,
      }),
    ]);
    expect(result.findings[0]?.hint).toContain('Pat Doe (acc-1)');
  });
});
