import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { holderKey } from '../../src/model/holder.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import { JiraHttp } from '../../src/jira/http.js';
import { GROUP_IDS, ROLE_IDS, startSimulator } from '../../src/sim/index.js';
import type { SiteData, Simulator } from '../../src/sim/index.js';
import { failureOf, recordingSleep } from './helpers.js';

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
  sim.setFaults({});
  sim.clearLog();
});

/** Schemes as sets of grant identities, for comparing answers across connections. */
function identities(
  schemes: { id: number; grants: { permission: string; holder: Parameters<typeof holderKey>[0] }[] }[],
) {
  return schemes.map((scheme) => ({
    id: scheme.id,
    grants: scheme.grants.map((grant) => `${grant.permission}|${holderKey(grant.holder)}`).sort(),
  }));
}

describe('connection kinds against the simulator', () => {
  it('basic, bearer and a scoped token through the gateway all read the same schemes', async () => {
    const results = [];
    for (const kind of ['admin', 'bearer', 'scoped'] as const) {
      const connection = connectionFromEnv(sim.env(kind));
      if (kind === 'scoped') expect(connection.deployment).toBe('cloud-gateway');
      results.push(identities(await createJiraReader(connection).listPermissionSchemes()));
    }
    expect(results[0]?.length).toBe(sim.state.schemes.length);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('a scoped/OAuth token sent to the site URL gets a 401 that says to use the gateway URL', async () => {
    const env = { ...sim.env('scoped'), JIRA_BASE_URL: sim.baseUrl };
    const error = await failureOf(createJiraReader(connectionFromEnv(env)).listPermissionSchemes());
    expect(error.status).toBe(401);
    expect(error.message).toContain('https://api.atlassian.com/ex/jira/<cloudId>');
  });

  it('a wrong token: 401 naming the token, the email, and re-authentication', async () => {
    const env = { ...sim.env('admin'), JIRA_API_TOKEN: 'definitely-not-the-token' };
    const error = await failureOf(createJiraReader(connectionFromEnv(env)).listPermissionSchemes());
    expect(error.status).toBe(401);
    expect(error.outcome).toBe('rejected');
    expect(error.message).toContain('GET /rest/api/3/permissionscheme');
    expect(error.message).toMatch(/wrong, expired or revoked/);
    expect(error.message).toContain('JIRA_EMAIL ("admin@example.com")');
    expect(error.message).toContain('re-authenticate');
    expect(error.message).not.toContain('definitely-not-the-token');
  });
});

describe('reading live state', () => {
  it('reads every scheme with every grant in one request, normalised', async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const schemes = await reader.listPermissionSchemes();
    expect(sim.requests).toHaveLength(1);
    const grantCount = schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
    expect(grantCount).toBe(sim.state.schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0));
    const all = schemes.flatMap((scheme) => scheme.grants);
    const group = all.find((grant) => grant.holder.type === 'group');
    expect(group?.holder.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(group?.holder.parameter).toBe(
      sim.state.groups.find((g) => g.groupId === group?.holder.value)?.name,
    );
    const developers = all.find(
      (grant) => grant.holder.type === 'projectRole' && grant.holder.value === String(ROLE_IDS.developers),
    );
    expect(developers?.label).toBe(`projectRole Developers (${String(ROLE_IDS.developers)})`);
    for (const grant of all) {
      expect('parameter' in grant.holder && grant.holder.parameter === undefined).toBe(false);
    }
  });

  it('drops `parameter: null` of parameterless holders', async () => {
    sim.setBehaviour({ parameterlessHolders: 'null' });
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
      const grants = (await reader.listPermissionSchemes()).flatMap((scheme) => scheme.grants);
      const anyUser = grants.filter(
        (grant) => grant.holder.type === 'applicationRole' && grant.holder.parameter === undefined,
      );
      expect(anyUser.length).toBeGreaterThan(0);
      for (const grant of anyUser) expect(Object.keys(grant.holder)).toEqual(['type']);
    } finally {
      sim.setBehaviour({ parameterlessHolders: 'omit' });
    }
  });

  it('maps projects to schemes through pages the server caps', async () => {
    sim.setBehaviour({ maxResultsCap: { projects: 2, groups: 50, users: 100 } });
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')), { concurrency: 3 });
      const byScheme = await reader.getProjectsByScheme();
      const expected = new Map<number, string[]>();
      for (const project of sim.state.projects) {
        expected.set(
          project.permissionSchemeId,
          [...(expected.get(project.permissionSchemeId) ?? []), project.key].sort(),
        );
      }
      expect(new Map([...byScheme].map(([id, list]) => [id, list.map((p) => p.key)]))).toEqual(expected);
      const pages = sim.requests.filter((entry) => entry.route.endsWith('/project/search'));
      // Two per page; one more empty-or-last page is never needed because `isLast` says so.
      expect(pages.length).toBe(Math.ceil(sim.state.projects.length / 2));
    } finally {
      sim.setBehaviour({ maxResultsCap: { projects: 50, groups: 50, users: 100 } });
    }
  });

  it('directory lookups are batched and cached', async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const names = ['jira-software-users', 'release-managers', 'no-such-group'];
    const found = await reader.findGroupsByName(names);
    expect(found.get('jira-software-users')).toEqual({
      name: 'jira-software-users',
      id: GROUP_IDS.softwareUsers,
    });
    expect(found.has('no-such-group')).toBe(false);
    await reader.findGroupsByName(names);
    const byId = await reader.findGroupsById([GROUP_IDS.releaseManagers]);
    expect(byId.get(GROUP_IDS.releaseManagers)?.name).toBe('release-managers');
    expect(sim.countsByRoute()['GET /rest/api/3/group/bulk']).toBe(1);
  });
});

describe('Data Center (REST 2)', () => {
  let dc: Simulator;
  beforeAll(async () => {
    dc = await startSimulator({ flavour: 'datacenter' });
  });
  afterAll(async () => {
    await dc.stop();
  });

  it('reads groups by name without ids, with a personal access token', async () => {
    const connection = connectionFromEnv(dc.env('bearer'));
    expect(connection.apiVersion).toBe('2');
    expect(connection.deployment).toBe('data-center');
    const reader = createJiraReader(connection);
    expect(reader.groupsHaveIds).toBe(false);
    const groups = (await reader.listPermissionSchemes())
      .flatMap((s) => s.grants)
      .filter((g) => g.holder.type === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const grant of groups) {
      expect(grant.holder.value).toBeUndefined();
      expect(typeof grant.holder.parameter).toBe('string');
    }
    const found = await reader.findGroupsByName(['jira-software-users', 'nope']);
    expect(found.get('jira-software-users')).toEqual({ name: 'jira-software-users' });
    expect(found.has('nope')).toBe(false);
    expect(dc.requests.some((entry) => entry.path.includes('/group/bulk'))).toBe(false);
  });

  it('writes a group grant by name only', async () => {
    const writer = createJiraWriter(connectionFromEnv(dc.env('admin')));
    const [scheme] = await writer.listPermissionSchemes();
    if (scheme === undefined) throw new Error('no scheme');
    const created = await writer.createPermissionGrant(scheme.id, {
      permission: 'LINK_ISSUES',
      holder: { type: 'group', parameter: 'release-managers' },
    });
    expect(created.holder).toEqual({ type: 'group', parameter: 'release-managers' });
    await writer.deletePermissionGrant(scheme.id, created.id);
  });
});

describe('writes', () => {
  it('create, grant, rename, revoke and delete round-trip', async () => {
    const writer = createJiraWriter(connectionFromEnv(sim.env('admin')));
    const scheme = await writer.createPermissionScheme({
      name: 'Client test',
      description: 'made by a test',
      grants: [
        {
          permission: 'BROWSE_PROJECTS',
          holder: { type: 'projectRole', parameter: '10001', value: '10001' },
        },
      ],
    });
    expect(scheme.grants).toHaveLength(1);
    const holder = { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers };
    const grant = await writer.createPermissionGrant(scheme.id, { permission: 'ADD_COMMENTS', holder });
    expect(holderKey(grant.holder)).toBe(holderKey(holder));
    await writer.updatePermissionSchemeDetails(scheme.id, { name: 'Client test (renamed)' });
    await writer.deletePermissionGrant(scheme.id, grant.id);
    const reread = await writer.getPermissionScheme(scheme.id);
    expect(reread?.name).toBe('Client test (renamed)');
    expect(reread?.grants.map((g) => g.permission)).toEqual(['BROWSE_PROJECTS']);
    await writer.deletePermissionScheme(scheme.id);
    expect(await writer.getPermissionScheme(scheme.id)).toBeUndefined();
  });

  it('the read-only HTTP layer sends nothing to the simulator', async () => {
    const http = new JiraHttp(connectionFromEnv(sim.env('admin')), { readOnly: true });
    const error = await failureOf(http.request('DELETE', '/permissionscheme/10000'));
    expect(error.kind).toBe('read-only');
    expect(sim.requests).toHaveLength(0);
  });

  it('403 for a non-admin names the Administer Jira permission', async () => {
    const writer = createJiraWriter(connectionFromEnv(sim.env('nonAdmin')));
    const error = await failureOf(writer.deletePermissionScheme(10002));
    expect(error.status).toBe(403);
    expect(error.outcome).toBe('rejected');
    expect(error.message).toContain('DELETE /rest/api/3/permissionscheme/10002');
    expect(error.message).toContain('Administer Jira');
    expect(error.message).toContain('delete access');
  });

  it('403 for a token that may only read names write and manage access, IP allowlists and re-authentication', async () => {
    const writer = createJiraWriter(connectionFromEnv(sim.env('readOnly')));
    const error = await failureOf(writer.updatePermissionSchemeDetails(10002, { name: 'x' }));
    expect(error.status).toBe(403);
    expect(error.message).toContain('write and manage access');
    expect(error.message).toContain('IP allowlist');
    expect(error.message).toContain('re-authenticate');
  });

  it('401 "scope does not match" through the gateway names the scopes', async () => {
    sim.allCredentials.push({
      label: 'scoped read-only',
      accountId: sim.state.users[0]?.accountId ?? 'x',
      bearerToken: 'scoped-read-only-token-xyz',
      admin: true,
      categories: ['read'],
      scoped: true,
    });
    const env = { ...sim.env('scoped'), JIRA_BEARER_TOKEN: 'scoped-read-only-token-xyz' };
    const writer = createJiraWriter(connectionFromEnv(env));
    const error = await failureOf(writer.deletePermissionGrant(10000, 1));
    expect(error.status).toBe(401);
    expect(error.message).toContain('scope');
    expect(error.message).toContain('delete:permission:jira');
  });

  it('a write whose answer is lost has outcome unknown and is not re-sent', async () => {
    sim.setFaults({ dropAfterCommit: { rate: 1, methods: 'writes' } });
    const writer = createJiraWriter(connectionFromEnv(sim.env('admin')));
    const error = await failureOf(
      writer.createPermissionGrant(10002, { permission: 'LINK_ISSUES', holder: { type: 'reporter' } }),
    );
    expect(error.outcome).toBe('unknown');
    expect(sim.requests.filter((entry) => entry.method === 'POST')).toHaveLength(1);
    sim.setFaults({});
    const scheme = await writer.getPermissionScheme(10002);
    expect(scheme?.grants.some((g) => g.permission === 'LINK_ISSUES' && g.holder.type === 'reporter')).toBe(
      true,
    );
  });
});

describe('retries against the simulator', () => {
  it('honours the real Retry-After of a 429', async () => {
    sim.setFaults({ rateLimit: { capacity: 1, refillPerSecond: 2, retryAfterSeconds: 1 } });
    const waits: number[] = [];
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')), {
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    await reader.listPermissionSchemes();
    await reader.getPermissionCatalogue();
    expect(sim.requests.map((entry) => entry.status)).toEqual([200, 429, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(reader.rateLimit?.remaining).toBe(0);
  });

  it('a read that hangs times out, is retried, then fails with a timeout', async () => {
    sim.setFaults({ hang: { rate: 1 } });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')), {
      sleep,
      requestTimeoutMs: 150,
      retry: { maxAttempts: 2 },
    });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('no answer within 150 ms');
    expect(sim.requests.filter((entry) => entry.fault === 'hang')).toHaveLength(2);
  });

  it('server errors on reads are retried, then reported', async () => {
    sim.setFaults({ serverErrors: { rate: 1, status: 500 } });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')), {
      sleep,
      retry: { maxAttempts: 3 },
    });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.status).toBe(500);
    expect(error.message).toContain('server error');
    expect(sim.requests).toHaveLength(3);
  });

  it('an HTML login page from the site is its own diagnostic', async () => {
    sim.setFaults({ htmlLogin: { rate: 1 } });
    const error = await failureOf(
      createJiraReader(connectionFromEnv(sim.env('admin'))).listPermissionSchemes(),
    );
    expect(error.kind).toBe('html');
  });

  it('truncated JSON from the site is reported as such', async () => {
    sim.setFaults({ truncatedJson: { rate: 1 } });
    const { sleep } = recordingSleep();
    const error = await failureOf(
      createJiraReader(connectionFromEnv(sim.env('admin')), {
        sleep,
        retry: { maxAttempts: 2 },
      }).listPermissionSchemes(),
    );
    expect(error.kind).toBe('invalid-json');
  });
});
