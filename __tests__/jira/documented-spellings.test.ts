import { afterEach, describe, expect, it } from '@jest/globals';

import type { Connection } from '../../src/jira/connection.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { JiraError } from '../../src/jira/errors.js';
import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import { resolveSchemes } from '../../src/jira/resolve.js';
import { grantKey } from '../../src/model/holder.js';
import type { SchemeSpec } from '../../src/model/spec.js';
import { ROLE_IDS, startSimulator } from '../../src/sim/index.js';
import { basicConnection, json, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/**
 * Answers our simulator never gives but Atlassian's documentation allows (a second, independent Jira
 * may give them): the client must still produce the holder keys the resolver produces.
 */

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function query(url: string): URLSearchParams {
  return new URL(url, 'http://x').searchParams;
}

const DEVS_ID = '5b2f0c3e-0000-4000-8000-00000000d3v5';

function dataCenter(baseUrl: string): Connection {
  return {
    baseUrl,
    apiVersion: '2',
    deployment: 'data-center',
    auth: { kind: 'bearer', token: 'stand-in-pat-token-456' },
  };
}

function oneGroupFile(): SchemeSpec {
  const file = 'jira-permissions/s.yml';
  return {
    file,
    name: 'S',
    nameLocation: { file, line: 1, column: 7 },
    grants: [
      {
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', name: 'devs' },
        location: { file, line: 4, column: 7 },
        permissionLocation: { file, line: 4, column: 3 },
      },
    ],
  };
}

const CATALOGUE = { permissions: { BROWSE_PROJECTS: { key: 'BROWSE_PROJECTS', type: 'PROJECT' } } };

describe('Cloud group holders that carry only the group name', () => {
  /** Jira answering the group grant with `parameter` (name) and no `value` (id). */
  function cloudSite(): Promise<StandIn> {
    return startStandIn((request, response) => {
      const url = request.url ?? '';
      const grant = {
        id: 7,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: 'devs', expand: 'group' },
      };
      if (url.startsWith('/rest/api/3/permissionscheme?')) {
        json(response, 200, { permissionSchemes: [{ id: 3, name: 'S', permissions: [grant] }] });
      } else if (url.startsWith('/rest/api/3/permissionscheme/3/permission') && request.method === 'POST') {
        json(response, 201, { ...grant, id: 8 });
      } else if (url.startsWith('/rest/api/3/permissionscheme/3')) {
        json(response, 200, { id: 3, name: 'S', permissions: [grant] });
      } else if (url.startsWith('/rest/api/3/group/bulk')) {
        const names = query(url).getAll('groupName');
        const values = names.includes('devs') ? [{ name: 'devs', groupId: DEVS_ID }] : [];
        json(response, 200, { startAt: 0, maxResults: 50, total: values.length, isLast: true, values });
      } else if (url.startsWith('/rest/api/3/permissions')) {
        json(response, 200, CATALOGUE);
      } else {
        json(response, 404, { errorMessages: ['no route'] });
      }
    });
  }

  it('gets the group id from the directory, so the live grant matches the file', async () => {
    server = await cloudSite();
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const [listed] = await reader.listPermissionSchemes();
    const single = await reader.getPermissionScheme(3);
    const desired = await resolveSchemes([oneGroupFile()], reader);
    const wanted = desired.schemes[0]?.grants[0];
    expect(wanted?.holder).toEqual({ type: 'group', parameter: 'devs', value: DEVS_ID });
    const wantedKey = grantKey(wanted?.permission ?? '', wanted?.holder ?? { type: '' });
    for (const scheme of [listed, single]) {
      const grant = scheme?.grants[0];
      expect(grant?.holder).toEqual({ type: 'group', parameter: 'devs', value: DEVS_ID });
      expect(grantKey(grant?.permission ?? '', grant?.holder ?? { type: '' })).toBe(wantedKey);
    }
  });

  it('spells the grant a POST answered with the same way', async () => {
    server = await cloudSite();
    const writer = createJiraWriter(basicConnection(server.baseUrl));
    const created = await writer.createPermissionGrant(3, {
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'group', parameter: 'devs', value: DEVS_ID },
    });
    expect(created.holder).toEqual({ type: 'group', parameter: 'devs', value: DEVS_ID });
  });

  it('a group holder with only its id is labelled with the name the directory gives', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/permissionscheme/3')) {
        json(response, 200, {
          id: 3,
          name: 'S',
          permissions: [{ id: 7, permission: 'BROWSE_PROJECTS', holder: { type: 'group', value: DEVS_ID } }],
        });
      } else if (url.startsWith('/rest/api/3/group/bulk') && query(url).getAll('groupId').includes(DEVS_ID)) {
        json(response, 200, {
          startAt: 0,
          maxResults: 50,
          total: 1,
          isLast: true,
          values: [{ name: 'devs', groupId: DEVS_ID }],
        });
      } else {
        json(response, 404, { errorMessages: ['no route'] });
      }
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const grant = (await reader.getPermissionScheme(3))?.grants[0];
    expect(grant?.holder).toEqual({ type: 'group', value: DEVS_ID });
    expect(grant?.label).toBe(`group devs (${DEVS_ID})`);
  });

  it('keeps each scheme its own grants when grant ids repeat across schemes', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/permissionscheme?')) {
        json(response, 200, {
          permissionSchemes: [
            {
              id: 1,
              name: 'A',
              permissions: [
                { id: 1, permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'devs' } },
              ],
            },
            {
              id: 2,
              name: 'B',
              permissions: [{ id: 1, permission: 'ADD_COMMENTS', holder: { type: 'reporter' } }],
            },
          ],
        });
      } else if (url.startsWith('/rest/api/3/group/bulk')) {
        json(response, 200, { isLast: true, values: [{ name: 'devs', groupId: DEVS_ID }] });
      } else json(response, 404, { errorMessages: ['no route'] });
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const schemes = await reader.listPermissionSchemes();
    expect(
      schemes.map((scheme) => scheme.grants.map((grant) => `${grant.permission} ${grant.holder.type}`)),
    ).toEqual([['BROWSE_PROJECTS group'], ['ADD_COMMENTS reporter']]);
  });

  it('a failed group lookup is an error, never "no such scheme"', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/permissionscheme/3')) {
        json(response, 200, {
          id: 3,
          name: 'S',
          permissions: [
            { id: 7, permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'devs' } },
          ],
        });
      } else {
        json(response, 404, { errorMessages: ['no route'] });
      }
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    await expect(reader.getPermissionScheme(3)).rejects.toBeInstanceOf(JiraError);
  });
});

describe('Data Center holders that carry a value anyway', () => {
  it('identifies every holder by parameter (groups by name), as the resolver does', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/2/permissionscheme?')) {
        json(response, 200, {
          permissionSchemes: [
            {
              id: 3,
              name: 'S',
              permissions: [
                // A value beside the name: REST 2 documents none; groups are known by name.
                {
                  id: 7,
                  permission: 'BROWSE_PROJECTS',
                  holder: { type: 'group', parameter: 'devs', value: 'devs-id' },
                },
                // Only a value: it is the identifier.
                { id: 8, permission: 'BROWSE_PROJECTS', holder: { type: 'projectRole', value: '10002' } },
              ],
            },
          ],
        });
      } else if (url.startsWith('/rest/api/2/groups/picker')) {
        json(response, 200, {
          header: 'Showing 1 of 1 matching groups',
          total: 1,
          groups: [{ name: 'devs' }],
        });
      } else if (url.startsWith('/rest/api/2/permissions')) {
        json(response, 200, CATALOGUE);
      } else {
        json(response, 404, { errorMessages: ['no route'] });
      }
    });
    const reader = createJiraReader(dataCenter(server.baseUrl));
    const [scheme] = await reader.listPermissionSchemes();
    expect(scheme?.grants.map((grant) => grant.holder)).toEqual([
      { type: 'group', parameter: 'devs' },
      { type: 'projectRole', parameter: '10002' },
    ]);
    const desired = await resolveSchemes([oneGroupFile()], reader);
    const wanted = desired.schemes[0]?.grants[0];
    const live = scheme?.grants[0];
    expect(grantKey(live?.permission ?? '', live?.holder ?? { type: '' })).toBe(
      grantKey(wanted?.permission ?? '', wanted?.holder ?? { type: '' }),
    );
  });
});

describe('pages without isLast, total or maxResults', () => {
  /** Projects 1..n in pages of at most `cap`, with no page markers but `values`. */
  function bareProjectPages(
    n: number,
    cap: number,
    honourStartAt = true,
    withTotal = false,
  ): Promise<StandIn> {
    return startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/project/search')) {
        const startAt = honourStartAt ? Number(query(url).get('startAt') ?? '0') : 0;
        const count = Math.max(0, Math.min(cap, n - startAt));
        const values = Array.from({ length: count }, (_, i) => ({
          id: String(10000 + startAt + i),
          key: `P${String(startAt + i)}`,
        }));
        json(response, 200, withTotal ? { maxResults: cap, total: n, values } : { values });
        return;
      }
      if (/\/project\/\d+\/permissionscheme/.test(url)) {
        json(response, 200, { id: 10000, name: 'S' });
        return;
      }
      json(response, 404, { errorMessages: ['no route'] });
    });
  }

  it('a page shorter than asked is not taken as the last one: reads on to an empty page', async () => {
    server = await bareProjectPages(7, 3);
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    expect(
      byScheme
        .get(10000)
        ?.map((project) => project.key)
        .sort(),
    ).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'].sort());
    const starts = server.seen
      .filter((entry) => entry.url.startsWith('/rest/api/3/project/search'))
      .map((entry) => query(entry.url).get('startAt'));
    expect(starts).toEqual(['0', '3', '6', '7']);
  });

  it('a total that counts only the page ("the number of items returned") does not cut the list', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/project/search')) {
        const startAt = Number(query(url).get('startAt') ?? '0');
        const count = Math.max(0, Math.min(4, 10 - startAt));
        const values = Array.from({ length: count }, (_, i) => ({
          id: String(10000 + startAt + i),
          key: `P${String(startAt + i)}`,
        }));
        json(response, 200, { startAt, maxResults: 4, total: count, isLast: startAt + count >= 10, values });
        return;
      }
      if (/\/project\/\d+\/permissionscheme/.test(url)) {
        json(response, 200, { id: 10000, name: 'S' });
        return;
      }
      json(response, 404, { errorMessages: ['no route'] });
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    expect(byScheme.get(10000)?.length).toBe(10);
  });

  it('an empty page ends the list even when it says isLast: false', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/project/search')) {
        const startAt = Number(query(url).get('startAt') ?? '0');
        const values = startAt === 0 ? [{ id: '10000', key: 'P0' }] : [];
        json(response, 200, { startAt, maxResults: 1, isLast: false, values });
        return;
      }
      if (/\/project\/\d+\/permissionscheme/.test(url)) {
        json(response, 200, { id: 10000, name: 'S' });
        return;
      }
      json(response, 404, { errorMessages: ['no route'] });
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    expect(byScheme.get(10000)?.map((project) => project.key)).toEqual(['P0']);
  });

  /** What listing the stand-in's projects throws (undefined when it does not). */
  function projectListFailure(standIn: StandIn): Promise<unknown> {
    return createJiraReader(basicConnection(standIn.baseUrl))
      .getProjectsByScheme()
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
  }

  it('a server that ignores startAt is reported when its total is reached by the repeated page', async () => {
    // Two pages' worth in all: the repeat of the first page would reach the total and end the list,
    // one page short and doubled, were it not recognised first.
    server = await bareProjectPages(6, 3, false, true);
    const error = await projectListFailure(server);
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).kind).toBe('incomplete');
    expect((error as JiraError).message).toContain('ignores startAt');
  });

  it('a server that ignores startAt is reported, not read forever', async () => {
    server = await bareProjectPages(7, 3, false);
    const error = await projectListFailure(server);
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).kind).toBe('incomplete');
    expect((error as JiraError).message).toContain('ignores startAt');
  });
});

describe('a server that ignores expand on holders', () => {
  it('still labels role holders by name (from /role), so plans and managed holders read by name', async () => {
    const sim = await startSimulator({ apiBehaviour: { expandHolderObjects: false } });
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
      const schemes = await reader.listPermissionSchemes();
      const addons = schemes
        .flatMap((scheme) => scheme.grants)
        .find(
          (grant) => grant.holder.type === 'projectRole' && grant.holder.value === String(ROLE_IDS.addons),
        );
      expect(addons?.label).toBe(`projectRole atlassian-addons-project-access (${String(ROLE_IDS.addons)})`);
      expect(sim.requests.filter((request) => request.route.endsWith('/role'))).toHaveLength(1);
    } finally {
      await sim.stop();
    }
  });
});

describe('a Data Center group picker that sends no total', () => {
  it('checks a name directly when the picker listed other groups only', async () => {
    server = await startStandIn((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/rest/api/2/groups/picker') {
        const groups = Array.from({ length: 20 }, (_, i) => ({ name: `a-devs-${String(i)}`, html: '' }));
        json(response, 200, { header: 'Showing 20 matching groups', groups });
      } else if (
        url.pathname === '/rest/api/2/group/member' &&
        url.searchParams.get('groupname') === 'devs'
      ) {
        json(response, 200, { values: [], isLast: true });
      } else json(response, 404, { errorMessages: ['not found'] });
    });
    const reader = createJiraReader(dataCenter(server.baseUrl));
    const found = await reader.findGroupsByName(['devs']);
    expect(found.get('devs')).toEqual({ name: 'devs' });
  });
});

describe('Data Center users written by username', () => {
  it('resolve to the user key, the identifier Data Center grants carry', async () => {
    const sim = await startSimulator({ flavour: 'datacenter' });
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
      const file = 'jira-permissions/s.yml';
      const result = await resolveSchemes(
        [
          {
            file,
            name: 'S',
            nameLocation: { file, line: 1, column: 7 },
            grants: ['dana', 'JIRAUSER10100'].map((accountId, index) => ({
              permission: 'BROWSE_PROJECTS',
              holder: { type: 'user' as const, accountId },
              location: { file, line: 4 + index, column: 7 },
              permissionLocation: { file, line: 4 + index, column: 3 },
            })),
          },
        ],
        reader,
      );
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      // Both spellings name one user: the second is reported as a duplicate of the first.
      expect(result.schemes[0]?.grants.map((grant) => grant.holder)).toEqual([
        { type: 'user', parameter: 'JIRAUSER10100' },
      ]);
    } finally {
      await sim.stop();
    }
  });
});

describe('global permissions in the catalogue', () => {
  it('are refused at resolve time: a permission scheme cannot grant them (Jira would answer 400)', async () => {
    const sim = await startSimulator();
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
      const catalogue = await reader.getPermissionCatalogue();
      const globalKey = catalogue.find((entry) => entry.type === 'GLOBAL')?.key ?? '';
      expect(globalKey).not.toBe('');
      const file = 'jira-permissions/s.yml';
      const result = await resolveSchemes(
        [
          {
            file,
            name: 'S',
            nameLocation: { file, line: 1, column: 7 },
            grants: [
              {
                permission: globalKey,
                holder: { type: 'anyone' },
                location: { file, line: 4, column: 7 },
                permissionLocation: { file, line: 4, column: 3 },
              },
            ],
          },
        ],
        reader,
        { customPermissions: [globalKey] },
      );
      expect(result.findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          line: 4,
          column: 3,
          message: expect.stringContaining('global permission'),
        }),
      ]);
      expect(result.schemes[0]?.grants).toEqual([]);
    } finally {
      await sim.stop();
    }
  });
});

describe('custom-field holders spelt with the bare number', () => {
  it("match the resolver's customfield_NNNNN and are labelled with the field name", async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/permissionscheme/3')) {
        json(response, 200, {
          id: 3,
          name: 'S',
          permissions: [
            {
              id: 7,
              permission: 'BROWSE_PROJECTS',
              holder: { type: 'userCustomField', parameter: '10020', value: '10020' },
            },
          ],
        });
      } else if (url.startsWith('/rest/api/3/field')) {
        json(response, 200, [
          {
            id: 'customfield_10020',
            name: 'Team Lead',
            custom: true,
            schema: { type: 'user', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker' },
          },
        ]);
      } else if (url.startsWith('/rest/api/3/permissions')) {
        json(response, 200, CATALOGUE);
      } else json(response, 404, { errorMessages: ['no route'] });
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const live = (await reader.getPermissionScheme(3))?.grants[0];
    expect(live?.holder).toEqual({
      type: 'userCustomField',
      parameter: 'customfield_10020',
      value: 'customfield_10020',
    });
    expect(live?.label).toBe('userCustomField Team Lead (customfield_10020)');
    const file = 'jira-permissions/s.yml';
    const desired = await resolveSchemes(
      [
        {
          file,
          name: 'S',
          nameLocation: { file, line: 1, column: 7 },
          grants: [
            {
              permission: 'BROWSE_PROJECTS',
              holder: { type: 'userCustomField', field: 'Team Lead' },
              location: { file, line: 4, column: 7 },
              permissionLocation: { file, line: 4, column: 3 },
            },
          ],
        },
      ],
      reader,
    );
    const wanted = desired.schemes[0]?.grants[0];
    expect(grantKey(wanted?.permission ?? '', wanted?.holder ?? { type: '' })).toBe(
      grantKey(live?.permission ?? '', live?.holder ?? { type: '' }),
    );
  });
});
