import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ACCOUNT_IDS, startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
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
  sim.setFaults({});
});

const basic = (email: string, token: string) => ({
  header: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`,
});
const newScheme = { name: 'Auth test scheme' };

describe('authentication', () => {
  it('answers 401 with a Jira error body when no credentials are sent', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme', { auth: 'none' });
    expectError(answer, 401, /authenticat/i);
    expect(answer.headers.get('www-authenticate')).toMatch(/Basic/);
  });

  it.each([
    ['a wrong API token', basic('admin@example.com', 'wrong')],
    ['an unknown email', basic('nobody@example.com', 'sim-admin-token')],
    ['an unknown bearer token', { header: 'Bearer not-a-token' }],
    ['an unsupported scheme', { header: 'Digest abc' }],
    ['basic auth without a colon', { header: `Basic ${Buffer.from('justtext').toString('base64')}` }],
  ])('answers 401 for %s', async (_label, auth) => {
    expectError(await call(sim, 'GET', '/rest/api/3/myself', { auth }), 401);
  });

  it('accepts basic auth (email + API token) and bearer tokens', async () => {
    for (const auth of ['admin', 'bearer'] as const) {
      const answer = await call(sim, 'GET', '/rest/api/3/myself', { auth });
      expectContract(answer, 'GET', '/rest/api/3/myself', 200);
      expect((answer.body as { accountId: string }).accountId).toBe(ACCOUNT_IDS.admin);
    }
  });

  it('records which credential made each request, never the secret', async () => {
    sim.clearLog();
    await call(sim, 'GET', '/rest/api/3/myself', { auth: 'nonAdmin' });
    expect(sim.requests[0]?.credential).toBe('non-admin (basic)');
    expect(JSON.stringify(sim.requests)).not.toContain('sim-nonadmin-token');
  });
});

describe('authorisation', () => {
  it('lets a non-admin read schemes but answers 403 to its writes, saying why', async () => {
    expectContract(
      await call(sim, 'GET', '/rest/api/3/permissionscheme', { auth: 'nonAdmin' }),
      'GET',
      '/rest/api/3/permissionscheme',
      200,
    );
    const before = sim.snapshot();
    expectError(
      await call(sim, 'POST', '/rest/api/3/permissionscheme', { auth: 'nonAdmin', body: newScheme }),
      403,
      /Administer Jira/,
    );
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10002', { auth: 'nonAdmin' }), 403);
    expect(sim.state).toEqual(before);
  });

  it('answers 403 to admin-only reads for a non-admin', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/applicationrole', { auth: 'nonAdmin' }), 403);
    expectError(await call(sim, 'GET', '/rest/api/3/role', { auth: 'nonAdmin' }), 403);
  });

  it('answers 403 when the token may only read', async () => {
    expectContract(
      await call(sim, 'GET', '/rest/api/3/permissionscheme', { auth: 'readOnly' }),
      'GET',
      '/rest/api/3/permissionscheme',
      200,
    );
    expectError(
      await call(sim, 'POST', '/rest/api/3/permissionscheme', { auth: 'readOnly', body: newScheme }),
      403,
      /'write'/,
    );
    expectError(
      await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10002', { auth: 'readOnly' }),
      403,
      /'delete'/,
    );
  });

  it('answers 403 to deletes when the token may read and write but not delete', async () => {
    const created = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
      auth: 'noDelete',
      body: newScheme,
    });
    expectContract(created, 'POST', '/rest/api/3/permissionscheme', 201);
    const id = (created.body as { id: number }).id;
    expectError(
      await call(sim, 'DELETE', `/rest/api/3/permissionscheme/${String(id)}`, { auth: 'noDelete' }),
      403,
      /'delete'/,
    );
    expect(sim.state.schemes.some((scheme) => scheme.id === id)).toBe(true);
  });

  it('answers 403 from a blocked address before looking at credentials', async () => {
    sim.setFaults({ blockedAddress: true });
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme'), 403, /allowlist/);
    expectError(await call(sim, 'GET', '/rest/api/3/permissionscheme', { auth: 'none' }), 403, /allowlist/);
    expect(sim.requests.at(-1)?.fault).toBe('blocked-address');
  });
});

describe('scoped and OAuth tokens', () => {
  it('work only through /ex/jira/{cloudId}', async () => {
    const viaGateway = await call(sim, 'GET', '/rest/api/3/permissionscheme', {
      auth: 'scoped',
      base: sim.gatewayUrl,
    });
    expectContract(viaGateway, 'GET', '/rest/api/3/permissionscheme', 200);
    const self = (viaGateway.body as { permissionSchemes: { self: string }[] }).permissionSchemes[0]?.self;
    expect(self).toContain(`/ex/jira/${sim.cloudId}/rest/api/3/permissionscheme/`);

    const onSite = await call(sim, 'GET', '/rest/api/3/permissionscheme', { auth: 'scoped' });
    expectError(onSite, 401);
  });

  it('answers 401 to a classic API token sent to the gateway, and 404 to an unknown cloud id', async () => {
    const classic = await call(sim, 'GET', '/rest/api/3/permissionscheme', { base: sim.gatewayUrl });
    expect(classic.status).toBe(401);
    expect(classic.body).toEqual({ code: 401, message: 'Unauthorized' });
    const unknownSite = await call(sim, 'GET', '/rest/api/3/permissionscheme', {
      auth: 'scoped',
      base: `${sim.baseUrl}/ex/jira/00000000-0000-0000-0000-000000000000`,
    });
    expect(unknownSite.status).toBe(404);
  });

  it('answers the gateway missing-scope 401 when the token lacks the category', async () => {
    sim.allCredentials.push({
      label: 'scoped read-only',
      accountId: ACCOUNT_IDS.admin,
      bearerToken: 'scoped-read-only',
      admin: true,
      categories: ['read'],
      scoped: true,
    });
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
      auth: { header: 'Bearer scoped-read-only' },
      base: sim.gatewayUrl,
      body: newScheme,
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
  });
});

describe('environment for the product', () => {
  it('gives JIRA_* variables for each kind of credential', () => {
    expect(sim.env()).toEqual({
      JIRA_BASE_URL: sim.baseUrl,
      JIRA_EMAIL: 'admin@example.com',
      JIRA_API_TOKEN: 'sim-admin-token',
      JIRA_API_VERSION: '3',
    });
    expect(sim.env('bearer')).toMatchObject({ JIRA_BEARER_TOKEN: sim.credentials.bearer.token });
    expect(sim.env('scoped').JIRA_BASE_URL).toBe(sim.gatewayUrl);
  });
});
