import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  ACCOUNT_IDS,
  TEAM_SCHEME_ID,
  generateSite,
  startSimulator,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract, expectError } from './helpers.js';

/** Projects (#14): one project, leads, team-managed projects, archived projects, key case, assignment. */

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
  sim.setBehaviour({ projectKeyCase: 'sensitive', teamManagedAssignStatus: 400 });
});

interface WireProject {
  id: string;
  key: string;
  style: string;
  simplified: boolean;
  lead?: { accountId: string; displayName: string };
  description?: string;
  archived?: boolean;
  uuid?: string;
}

interface Page<T> {
  total: number;
  values: T[];
}

describe('GET /project/{projectIdOrKey}', () => {
  it('answers a project by key or id with its lead and description, as the reference describes', async () => {
    const byKey = await call(sim, 'GET', '/rest/api/3/project/SOFT');
    expectContract(byKey, 'GET', '/rest/api/3/project/{projectIdOrKey}', 200);
    const project = byKey.body as WireProject;
    expect(project).toMatchObject({ id: '10000', key: 'SOFT', style: 'classic', simplified: false });
    expect(project.lead?.accountId).toBe(ACCOUNT_IDS.developer);
    expect(project.description).toBe('The web product.');
    const byId = await call(sim, 'GET', '/rest/api/3/project/10000');
    expect((byId.body as WireProject).key).toBe('SOFT');
  });

  it('answers 404 for an unknown key, and for another case unless the behaviour says insensitive', async () => {
    expectError(await call(sim, 'GET', '/rest/api/3/project/NOPE'), 404, /NOPE/);
    expectError(await call(sim, 'GET', '/rest/api/3/project/soft'), 404, /soft/);
    expectError(await call(sim, 'GET', '/rest/api/3/project/Soft/permissionscheme'), 404);
    sim.setBehaviour({ projectKeyCase: 'insensitive' });
    const lower = await call(sim, 'GET', '/rest/api/3/project/soft');
    expectContract(lower, 'GET', '/rest/api/3/project/{projectIdOrKey}', 200);
    // Jira answers with its own spelling of the key.
    expect((lower.body as WireProject).key).toBe('SOFT');
    const search = await call(sim, 'GET', '/rest/api/3/project/search?keys=mob');
    expect((search.body as Page<WireProject>).values.map((p) => p.key)).toEqual(['MOB']);
  });
});

describe('team-managed projects', () => {
  it('are listed as next-gen and simplified, with a uuid', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/project/search?keys=TEAM');
    expectContract(answer, 'GET', '/rest/api/3/project/search', 200);
    const team = (answer.body as Page<WireProject>).values[0];
    expect(team).toMatchObject({ key: 'TEAM', style: 'next-gen', simplified: true });
    expect(team?.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const one = await call(sim, 'GET', '/rest/api/3/project/TEAM');
    expectContract(one, 'GET', '/rest/api/3/project/{projectIdOrKey}', 200);
    expect((one.body as WireProject).lead?.accountId).toBe(ACCOUNT_IDS.taylor);
  });

  it('show their own project-scoped scheme, which no scheme list contains', async () => {
    const own = await call(sim, 'GET', '/rest/api/3/project/TEAM/permissionscheme');
    expectContract(own, 'GET', '/rest/api/3/project/{projectKeyOrId}/permissionscheme', 200);
    expect(own.body).toMatchObject({
      id: TEAM_SCHEME_ID,
      scope: { type: 'PROJECT', project: { key: 'TEAM', simplified: true } },
    });
    const list = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    const ids = (list.body as { permissionSchemes: { id: number }[] }).permissionSchemes.map((s) => s.id);
    expect(ids).not.toContain(TEAM_SCHEME_ID);
    expect(ids).toEqual(sim.state.schemes.map((scheme) => scheme.id));
    const byId = await call(sim, 'GET', `/rest/api/3/permissionscheme/${String(TEAM_SCHEME_ID)}`);
    expectContract(byId, 'GET', '/rest/api/3/permissionscheme/{schemeId}', 200);
    // Writes never reach it.
    expectError(await call(sim, 'DELETE', `/rest/api/3/permissionscheme/${String(TEAM_SCHEME_ID)}`), 404);
  });

  it('refuse a permission scheme, 400 by default or 403 by behaviour, changing nothing', async () => {
    const refused = await call(sim, 'PUT', '/rest/api/3/project/TEAM/permissionscheme', { body: { id: 0 } });
    expectError(refused, 400, /team-managed/);
    sim.setBehaviour({ teamManagedAssignStatus: 403 });
    expectError(
      await call(sim, 'PUT', '/rest/api/3/project/10004/permissionscheme', { body: { id: 0 } }),
      403,
      /team-managed/,
    );
    expect(sim.state.projects.find((project) => project.key === 'TEAM')?.permissionSchemeId).toBe(
      TEAM_SCHEME_ID,
    );
  });

  it('do not exist on Data Center', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    try {
      const listed = await call(dc, 'GET', '/rest/api/2/project');
      expect((listed.body as WireProject[]).map((p) => p.key)).not.toContain('TEAM');
      expect((await call(dc, 'GET', '/rest/api/2/project/TEAM')).status).toBe(404);
      const soft = await call(dc, 'GET', '/rest/api/2/project/SOFT');
      expect((soft.body as { lead: { name: string; key: string } }).lead).toMatchObject({
        name: 'dana',
        key: 'JIRAUSER10100',
      });
    } finally {
      await dc.stop();
    }
  });
});

describe('project search', () => {
  it('includes the lead and description only when expanded', async () => {
    const plain = await call(sim, 'GET', '/rest/api/3/project/search');
    for (const project of (plain.body as Page<WireProject>).values) {
      expect(project.lead).toBeUndefined();
      expect(project.description).toBeUndefined();
    }
    const expanded = await call(sim, 'GET', '/rest/api/3/project/search?expand=lead,description');
    expectContract(expanded, 'GET', '/rest/api/3/project/search', 200);
    const leads = Object.fromEntries(
      (expanded.body as Page<WireProject>).values.map((p) => [p.key, p.lead?.accountId]),
    );
    expect(leads).toEqual({
      HELP: ACCOUNT_IDS.agent,
      MKT: ACCOUNT_IDS.reader,
      MOB: ACCOUNT_IDS.priya,
      SOFT: ACCOUNT_IDS.developer,
      TEAM: ACCOUNT_IDS.taylor,
    });
  });

  it('hides archived projects except from status=archived, and they are not found by key', async () => {
    sim.restore(generateSite({ projects: 6, schemes: 2, archivedProjects: 2, seed: 4 }));
    const live = await call(sim, 'GET', '/rest/api/3/project/search');
    expect((live.body as Page<WireProject>).total).toBe(4);
    const archived = await call(sim, 'GET', '/rest/api/3/project/search?status=archived');
    expectContract(archived, 'GET', '/rest/api/3/project/search', 200);
    const values = (archived.body as Page<WireProject>).values;
    expect(values.map((project) => project.archived)).toEqual([true, true]);
    const key = values[0]?.key ?? '';
    expectError(await call(sim, 'GET', `/rest/api/3/project/${key}`), 404);
    expectError(
      await call(sim, 'PUT', `/rest/api/3/project/${key}/permissionscheme`, { body: { id: 0 } }),
      404,
    );
    const both = await call(sim, 'GET', '/rest/api/3/project/search?status=live&status=archived');
    expect((both.body as Page<WireProject>).total).toBe(6);
    expectError(await call(sim, 'GET', '/rest/api/3/project/search?status=gone'), 400);
  });
});

describe('project assignment', () => {
  it('moves a company-managed project onto another scheme, by key and by id, on REST 2 as well', async () => {
    const moved = await call(sim, 'PUT', '/rest/api/3/project/MOB/permissionscheme', { body: { id: 10002 } });
    expectContract(moved, 'PUT', '/rest/api/3/project/{projectKeyOrId}/permissionscheme', 200);
    expect(moved.body).toMatchObject({ id: 10002, name: 'Archived Projects (unused)' });
    const back = await call(sim, 'PUT', '/rest/api/2/project/10001/permissionscheme', {
      body: { id: 10000 },
    });
    expect(back.status).toBe(200);
    expect(sim.state.projects.find((project) => project.key === 'MOB')?.permissionSchemeId).toBe(10000);
    expectError(
      await call(sim, 'PUT', '/rest/api/3/project/MOB/permissionscheme', {
        body: { id: 10000 },
        auth: 'nonAdmin',
      }),
      403,
    );
  });
});

describe('the plain project list (GET /project)', () => {
  it('answers a plain array on Cloud, live projects only, the lead only when expanded', async () => {
    sim.restore(generateSite({ projects: 6, schemes: 2, archivedProjects: 2, seed: 4 }));
    const plain = await call(sim, 'GET', '/rest/api/3/project');
    expect(plain.status).toBe(200);
    const projects = plain.body as WireProject[];
    expect(Array.isArray(projects)).toBe(true);
    expect(projects).toHaveLength(4);
    expect(projects.some((project) => project.archived === true)).toBe(false);
    expect(projects.every((project) => project.lead === undefined)).toBe(true);
    // Cloud documents no includeArchived here: it lists live projects whatever is asked.
    expect((await call(sim, 'GET', '/rest/api/3/project?includeArchived=true')).body).toHaveLength(4);
    const expanded = (await call(sim, 'GET', '/rest/api/3/project?expand=lead')).body as WireProject[];
    expect(expanded.some((project) => project.lead !== undefined)).toBe(true);
  });

  it('lists archived projects on Data Center only with includeArchived, and honours recent (20 at most)', async () => {
    const dc = await startSimulator({
      flavour: 'datacenter',
      seed: generateSite({ projects: 30, schemes: 2, archivedProjects: 3, seed: 4 }),
    });
    try {
      // Data Center has no team-managed projects: the generated ones are not listed.
      const classic = dc.state.projects.filter((project) => project.style !== 'next-gen');
      const archivedKeys = classic.filter((project) => project.archived !== undefined).map((p) => p.key);
      expect(archivedKeys).toHaveLength(3);
      const live = (await call(dc, 'GET', '/rest/api/2/project')).body as WireProject[];
      expect(live).toHaveLength(classic.length - 3);
      expect(live.map((project) => project.key)).not.toContain(archivedKeys[0]);
      const all = (await call(dc, 'GET', '/rest/api/2/project?includeArchived=true')).body as WireProject[];
      expect(all).toHaveLength(classic.length);
      expect(all.filter((project) => project.archived === true).map((p) => p.key)).toEqual(archivedKeys);
      expect((await call(dc, 'GET', '/rest/api/2/project?recent=5')).body).toHaveLength(5);
      expect((await call(dc, 'GET', '/rest/api/2/project?recent=50')).body).toHaveLength(20);
      expectError(await call(dc, 'GET', '/rest/api/2/project?recent=many'), 400);
    } finally {
      await dc.stop();
    }
  });

  it('on Data Center (by default) has no /project/search: reads that path as a project key (404 naming it)', async () => {
    const dc = await startSimulator({
      flavour: 'datacenter',
    });
    try {
      expectError(await call(dc, 'GET', '/rest/api/2/project/search?expand=lead'), 404, /'search'/);
      expect(
        ((await call(dc, 'GET', '/rest/api/2/project')).body as WireProject[]).map((p) => p.key),
      ).toEqual(['HELP', 'MKT', 'MOB', 'SOFT']);
      dc.setBehaviour({ dataCenterProjectSearch: true });
      expect((await call(dc, 'GET', '/rest/api/2/project/search')).status).toBe(200);
    } finally {
      await dc.stop();
    }
  });
});
