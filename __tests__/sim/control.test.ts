import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultSeed,
  generateSite,
  loadSeedFile,
  startSimulator,
  validateSeed,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract } from './helpers.js';

/** Request log, snapshots, invariants, the generator and seed files. */

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

describe('request log', () => {
  it('records method, path, route template and status, and counts per route', async () => {
    await call(sim, 'GET', '/rest/api/3/permissionscheme/0');
    await call(sim, 'GET', '/rest/api/3/permissionscheme/10000?expand=all');
    await call(sim, 'GET', '/rest/api/3/permissionscheme/404');
    await call(sim, 'GET', '/rest/api/2/permissionscheme');
    await call(sim, 'GET', '/not/jira');
    expect(sim.requests.map(({ method, path, route, status }) => ({ method, path, route, status }))).toEqual([
      {
        method: 'GET',
        path: '/rest/api/3/permissionscheme/0',
        route: 'GET /rest/api/3/permissionscheme/{schemeId}',
        status: 200,
      },
      {
        method: 'GET',
        path: '/rest/api/3/permissionscheme/10000',
        route: 'GET /rest/api/3/permissionscheme/{schemeId}',
        status: 200,
      },
      {
        method: 'GET',
        path: '/rest/api/3/permissionscheme/404',
        route: 'GET /rest/api/3/permissionscheme/{schemeId}',
        status: 404,
      },
      {
        method: 'GET',
        path: '/rest/api/2/permissionscheme',
        route: 'GET /rest/api/2/permissionscheme',
        status: 200,
      },
      { method: 'GET', path: '/not/jira', route: 'unmatched', status: 404 },
    ]);
    for (const entry of sim.requests) expect(entry.ms).toBeGreaterThanOrEqual(0);
    expect(sim.countsByRoute()).toEqual({
      'GET /rest/api/3/permissionscheme/{schemeId}': 3,
      'GET /rest/api/2/permissionscheme': 1,
      unmatched: 1,
    });
  });
});

describe('snapshot and restore', () => {
  it('restores the state as it was, and snapshots are independent copies', async () => {
    const before = sim.snapshot();
    await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'Temporary' } });
    await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10002');
    expect(sim.state).not.toEqual(before);
    sim.restore(before);
    expect(sim.state).toEqual(before);
    sim.state.schemes[0]!.name = 'changed directly';
    expect(before.schemes[0]?.name).toBe('Default Permission Scheme');
  });

  it('lets tests change the state directly and see it over HTTP', async () => {
    sim.state.groups.find((group) => group.name === 'release-managers')!.name = 'release-captains';
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/10000');
    const holders = (
      answer.body as { permissions: { holder: { type: string; parameter?: string } }[] }
    ).permissions
      .filter((grant) => grant.holder.type === 'group')
      .map((grant) => grant.holder.parameter);
    expect(holders).toContain('release-captains');
  });

  it('keeps handing out fresh ids after a restore', async () => {
    const first = await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'A' } });
    sim.restore(pristine);
    const second = await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'A' } });
    expect((second.body as { id: number }).id).toBe((first.body as { id: number }).id);
    expect(sim.state.schemes.filter((scheme) => scheme.name === 'A')).toHaveLength(1);
  });
});

describe('write invariants', () => {
  /** No scheme that projects use may be left without an ADMINISTER_PROJECTS holder. */
  const keepsAdmins = (state: SiteData): void => {
    for (const scheme of state.schemes) {
      const used = state.projects.some((project) => project.permissionSchemeId === scheme.id);
      if (used && !scheme.grants.some((grant) => grant.permission === 'ADMINISTER_PROJECTS')) {
        throw new Error(`scheme ${scheme.name} is in use and has no ADMINISTER_PROJECTS holder`);
      }
    }
  };

  it('records a violation after the write that breaks it, not before', async () => {
    const off = sim.onWrite(keepsAdmins);
    try {
      sim.violations.length = 0;
      await call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', {
        body: { permission: 'EDIT_ISSUES', holder: { type: 'reporter' } },
      });
      expect(sim.violations).toEqual([]);
      await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', {
        body: { name: 'Software Development', permissions: [] },
      });
      expect(sim.violations).toEqual([
        {
          method: 'PUT',
          route: 'PUT /rest/api/3/permissionscheme/{schemeId}',
          path: '/rest/api/3/permissionscheme/10000',
          message: 'scheme Software Development is in use and has no ADMINISTER_PROJECTS holder',
        },
      ]);
    } finally {
      off();
      sim.violations.length = 0;
    }
  });

  it('is not run for reads or rejected writes, and stops after unsubscribing', async () => {
    let runs = 0;
    const off = sim.onWrite(() => {
      runs++;
    });
    await call(sim, 'GET', '/rest/api/3/permissionscheme');
    await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: '' } });
    expect(runs).toBe(0);
    await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'Counted' } });
    expect(runs).toBe(1);
    off();
    await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'Not counted' } });
    expect(runs).toBe(1);
  });
});

describe('site generator', () => {
  it('builds the requested sizes, the same site for the same seed', () => {
    const params = {
      schemes: 12,
      grantsPerScheme: 40,
      groups: 30,
      roles: 7,
      projects: 25,
      users: 15,
      seed: 5,
    };
    const site = generateSite(params);
    expect(site.schemes).toHaveLength(12);
    for (const scheme of site.schemes) expect(scheme.grants).toHaveLength(40);
    expect(site.groups).toHaveLength(30);
    expect(site.roles).toHaveLength(7);
    expect(site.projects).toHaveLength(25);
    expect(site.users).toHaveLength(15);
    expect(generateSite(params)).toEqual(site);
    expect(generateSite({ ...params, seed: 6 })).not.toEqual(site);
    const grantIds = site.schemes.flatMap((scheme) => scheme.grants.map((grant) => grant.id));
    expect(new Set(grantIds).size).toBe(grantIds.length);
    expect(new Set(site.projects.map((project) => project.key)).size).toBe(25);
  });

  it('serves a generated site whose answers match the reference', async () => {
    const big = await startSimulator({ seed: generateSite({ schemes: 30, grantsPerScheme: 50, seed: 2 }) });
    try {
      const answer = await call(big, 'GET', '/rest/api/3/permissionscheme?expand=permissions');
      expectContract(answer, 'GET', '/rest/api/3/permissionscheme', 200);
      expect((answer.body as { permissionSchemes: unknown[] }).permissionSchemes).toHaveLength(30);
      const group = big.state.groups[3]!;
      const created = await call(big, 'POST', '/rest/api/3/permissionscheme', {
        body: {
          name: 'Extra',
          permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'group', value: group.groupId } }],
        },
      });
      expectContract(created, 'POST', '/rest/api/3/permissionscheme', 201);
      expect((created.body as { id: number }).id).toBeGreaterThan(
        Math.max(...big.state.schemes.slice(0, -1).map((s) => s.id)),
      );
    } finally {
      await big.stop();
    }
  });
});

describe('seed files', () => {
  it('loads a JSON seed file and starts a site from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-seed-'));
    const seed = defaultSeed();
    seed.schemes = seed.schemes.slice(0, 2);
    writeFileSync(join(dir, 'site.json'), JSON.stringify(seed));
    const loaded = await loadSeedFile(join(dir, 'site.json'));
    const fromFile = await startSimulator({ seed: loaded });
    try {
      const answer = await call(fromFile, 'GET', '/rest/api/3/permissionscheme');
      expect((answer.body as { permissionSchemes: unknown[] }).permissionSchemes).toHaveLength(2);
    } finally {
      await fromFile.stop();
    }
  });

  it('explains what is wrong with a bad seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-seed-'));
    writeFileSync(join(dir, 'broken.json'), '{"schemes": [');
    await expect(loadSeedFile(join(dir, 'broken.json'))).rejects.toThrow(/not valid JSON/);
    await expect(loadSeedFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read seed file/);
    expect(() => validateSeed({ schemes: [], defaultSchemeId: 0 }, 'x.json')).toThrow(/groups, roles/);
    expect(() => validateSeed([], 'x.json')).toThrow(/expected a JSON object/);
  });

  it('does not share objects with the seed it was given', async () => {
    const seed = defaultSeed();
    const own = await startSimulator({ seed });
    try {
      await call(own, 'DELETE', '/rest/api/3/permissionscheme/10002');
      expect(seed.schemes.some((scheme) => scheme.id === 10002)).toBe(true);
    } finally {
      await own.stop();
    }
  });
});
