import { commandDeps } from '../../src/commands/deps.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dump, load } from 'js-yaml';

import {
  addGrants,
  exportFolder,
  namedHolders,
  SCHEME_FOLDER,
  scanReferences,
  swapGrants,
  type NamedHolders,
} from '../../bench/lib/folder.js';
import {
  applyRequests,
  planReads,
  splitPeopleReads,
  total,
  type PlanReadInput,
} from '../../bench/lib/requests.js';
import { defaultAccessBudget } from '../../src/access/budget.js';
import { benchSite, grantCount } from '../../bench/lib/site.js';
import { runPlan } from '../../src/commands/plan.js';
import { applyWith } from '../apply/sim-helpers.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { DEFAULT_CONCURRENCY } from '../../src/jira/transport.js';
import { startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';

/**
 * The request counts `npm run bench` reports, at a smaller scale: a plan and an apply against a
 * generated site make exactly the requests the formulas in bench/lib/requests.ts say, route by route.
 * Counts are deterministic; times are not, so nothing here is timed.
 */

const SITE = { schemes: 50, grantsPerScheme: 60, groups: 200, roles: 20, projects: 200, users: 60 };
const PAGE_SIZE = 50;
const runFloor = promisify(execFile);
const FLOOR = join(process.cwd(), 'bench', 'floor', 'plan-floor.cjs'); // the simulator's /project/search cap, as Jira Cloud's
const APPLY_FLOOR = join(process.cwd(), 'bench', 'floor', 'apply-floor.cjs');

let sim: Simulator;
let dataCenter: Simulator;
let site: SiteData;
const dirs: string[] = [];

async function exportedFolder(
  from: Simulator = sim,
): Promise<{ cwd: string; files: string[]; live: NamedHolders }> {
  const cwd = mkdtempSync(join(tmpdir(), 'bench-counts-'));
  dirs.push(cwd);
  const reader = createJiraReader(connectionFromEnv(from.env()));
  const files = await exportFolder(cwd, reader);
  // The exported folder names exactly the live grants' holders: what a plan resolves without lookups.
  return { cwd, files, live: namedHolders(files) };
}

function planInput(
  files: string[],
  live: NamedHolders,
  hasChanges: boolean,
  apiVersion: '2' | '3' = '3',
): PlanReadInput {
  return {
    references: scanReferences(files, live),
    projects: SITE.projects,
    projectPageSize: PAGE_SIZE,
    hasChanges,
    managedRoleByName: true,
    apiVersion,
  };
}

beforeAll(async () => {
  site = benchSite(SITE);
  sim = await startSimulator({ seed: site });
  dataCenter = await startSimulator({ seed: site, flavour: 'datacenter' });
});

afterAll(async () => {
  await sim.stop();
  await dataCenter.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('plan request counts', () => {
  it('an exported folder plans to no changes, reading project usage once (the files list projects)', async () => {
    const { cwd, files, live } = await exportedFolder();
    sim.clearLog();
    // The formula is the scheme plan's; effective access has its own counts (__tests__/access).
    const result = await runPlan({ access: 'never' }, commandDeps({ cwd, env: sim.env() }));
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('planned');
    expect(result.plan?.changes).toEqual([]);
    const counts = sim.countsByRoute();
    expect(counts).toEqual(planReads(planInput(files, live, false)));
    // Every group and user the files name is in some live grant: nothing is looked up.
    expect(live.groupIds.size + live.accountIds.size).toBeGreaterThan(0);
    expect(counts['GET /rest/api/3/group/bulk']).toBeUndefined();
    expect(counts['GET /rest/api/3/user/bulk']).toBeUndefined();
    expect(counts['GET /rest/api/3/user']).toBeUndefined();
  });

  it('a group no live grant names is looked up in one batch; users never one by one', async () => {
    const { cwd, files, live } = await exportedFolder();
    const unnamed = site.groups.filter((group) => !live.groupIds.has(group.groupId));
    expect(unnamed.length).toBeGreaterThan(0);
    // Swap grants until the files name a group that no live grant names.
    swapGrants(files, files.length * 5, unnamed);
    const references = scanReferences(files, live);
    expect(references.groupIds).toBeGreaterThan(0);
    sim.clearLog();
    const result = await runPlan({ access: 'never' }, commandDeps({ cwd, env: sim.env() }));
    expect(result.error).toBeUndefined();
    const counts = sim.countsByRoute();
    expect(counts).toEqual(planReads(planInput(files, live, true)));
    expect(counts['GET /rest/api/3/group/bulk']).toBe(Math.ceil(references.groupIds / 50));
    expect(counts['GET /rest/api/3/user']).toBeUndefined();
  });

  it('5% of the grants swapped: one remove and one add each, and exactly the formula of reads', async () => {
    const { cwd, files, live } = await exportedFolder();
    const swaps = Math.round(grantCount(site) * 0.05);
    const mutation = swapGrants(files, swaps, site.groups);
    expect(mutation.swaps).toBe(swaps);
    sim.clearLog();
    // The formula is the scheme plan's; effective access has its own counts (__tests__/access).
    const result = await runPlan({ access: 'never' }, commandDeps({ cwd, env: sim.env() }));
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('planned');
    const changes = result.plan?.changes ?? [];
    expect(changes.filter((change) => change.action === 'add-grant')).toHaveLength(swaps);
    expect(changes.filter((change) => change.action === 'remove-grant')).toHaveLength(swaps);
    expect(changes).toHaveLength(2 * swaps);
    const expected = planReads(planInput(files, live, true));
    expect(sim.countsByRoute()).toEqual(expected);
    // The formula's largest term: one scheme lookup per project.
    expect(expected['GET /rest/api/3/project/{projectKeyOrId}/permissionscheme']).toBe(SITE.projects);
  });
});

describe('plan with default settings (effective access within its budget)', () => {
  it("5% of the grants swapped: the formula's reads, then at most max(50, 4% of them) people reads", async () => {
    const { cwd, files, live } = await exportedFolder();
    swapGrants(files, Math.round(grantCount(site) * 0.05), site.groups);
    sim.clearLog();
    const result = await runPlan({}, commandDeps({ cwd, env: sim.env() }));
    expect(result.error).toBeUndefined();
    const { own, people } = splitPeopleReads(sim.countsByRoute());
    const expected = planReads(planInput(files, live, true));
    expect(own).toEqual(expected);
    const budget = defaultAccessBudget(total(expected));
    expect(budget).toBe(50);
    // The site's groups are small (one member page each), so the budget is met exactly.
    expect(people).toBe(budget);
    expect(result.plan?.summary.access).toMatchObject({
      complete: false,
      budget: { limit: budget, requests: people },
    });
  });
});

describe('project reads are pipelined', () => {
  it("each page's projects are looked up while the later pages are still being read", async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env()));
    sim.clearLog();
    sim.setFaults({ latency: { fixedMs: 20 } });
    try {
      const byScheme = await reader.getProjectsByScheme();
      expect([...byScheme.values()].reduce((sum, list) => sum + list.length, 0)).toBe(SITE.projects);
    } finally {
      sim.setFaults({});
    }
    const pages = sim.requests.filter((entry) => entry.route === 'GET /rest/api/3/project/search');
    const lookups = sim.requests.filter(
      (entry) => entry.route === 'GET /rest/api/3/project/{projectKeyOrId}/permissionscheme',
    );
    expect(pages).toHaveLength(SITE.projects / PAGE_SIZE);
    expect(lookups).toHaveLength(SITE.projects);
    const lastPage = Math.max(...pages.map((entry) => entry.at));
    // At least a full round of lookups (the read limit's worth) went out before the last page. Only that
    // many wait for the limit at once (src/jira/read-pool.ts), so a page no longer queues behind the
    // lookups of a whole page before it.
    expect(lookups.filter((entry) => entry.at < lastPage).length).toBeGreaterThanOrEqual(DEFAULT_CONCURRENCY);
  });
});

describe('project usage beside the scheme list', () => {
  it('a folder that lists projects asks which project uses which scheme before the list is in', async () => {
    const { cwd } = await exportedFolder();
    sim.clearLog();
    sim.setFaults({ latency: { fixedMs: 20 } });
    try {
      const result = await runPlan({ access: 'never' }, commandDeps({ cwd, env: sim.env() }));
      expect(result.status).toBe('planned');
    } finally {
      sim.setFaults({});
    }
    const list = sim.requests.find((entry) => entry.route === 'GET /rest/api/3/permissionscheme');
    const firstPage = sim.requests.find((entry) => entry.route === 'GET /rest/api/3/project/search');
    expect(list).toBeDefined();
    expect(firstPage?.at).toBeLessThan((list?.at ?? 0) + (list?.ms ?? 0));
  });
});

describe('the plan floor process (bench/floor/plan-floor.cjs)', () => {
  it('makes exactly the reads plan makes without effective access, and finds the same changes', async () => {
    const { cwd, files, live } = await exportedFolder();
    const swaps = Math.round(grantCount(site) * 0.05);
    swapGrants(files, swaps, site.groups);
    sim.clearLog();
    const answer = await runFloorOn(FLOOR, cwd);
    const floorCounts = sim.countsByRoute();
    expect(floorCounts).toEqual(planReads(planInput(files, live, true)));
    expect(answer.requests).toBe(Object.values(floorCounts).reduce((sum, count) => sum + count, 0));
    expect(answer.answerBytes).toBeGreaterThan(100_000);
    sim.clearLog();
    const result = await runPlan({ access: 'never' }, commandDeps({ cwd, env: sim.env() }));
    const changes = result.plan?.changes ?? [];
    expect(sim.countsByRoute()).toEqual(floorCounts);
    expect(answer.adds).toBe(changes.filter((change) => change.action === 'add-grant').length);
    expect(answer.removes).toBe(changes.filter((change) => change.action === 'remove-grant').length);
    expect(answer.adds).toBe(swaps);
  });
});

interface FloorAnswer {
  requests: number;
  answerBytes: number;
  adds: number;
  removes?: number;
}

/** A floor process on the folder under `cwd`, against the simulator; what it printed. */
async function runFloorOn(script: string, cwd: string): Promise<FloorAnswer> {
  // Asynchronously: the simulator answers from this process's event loop.
  const floor = await runFloor(process.execPath, [script, join(cwd, SCHEME_FOLDER)], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...sim.env() },
    encoding: 'utf8',
  });
  expect(floor.stderr).toBe('');
  return JSON.parse(floor.stdout) as FloorAnswer;
}

/** The writes the simulator received, each as its method, path and parsed body, in a stable order. */
function writesSeen(from: Simulator): { request: string; body: unknown }[] {
  return from.requests
    .filter((entry) => entry.method !== 'GET')
    .map((entry) => ({
      request: `${entry.method} ${entry.path}`,
      body: entry.body === undefined ? undefined : (JSON.parse(entry.body) as unknown),
    }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

describe('the apply floor process (bench/floor/apply-floor.cjs)', () => {
  it('makes exactly the writes apply makes for a folder of additions, after reading the scheme list', async () => {
    const before = sim.snapshot();
    const { cwd, files } = await exportedFolder();
    const mutation = addGrants(files, 40, site.groups, 10);
    expect(mutation).toEqual({ swaps: 40, schemesTouched: 10 });
    sim.clearLog();
    const answer = await runFloorOn(APPLY_FLOOR, cwd);
    expect(answer.adds).toBe(40);
    const floorWrites = writesSeen(sim);
    // Its reads: the scheme list and the role list, and (the exported files list their projects)
    // which project uses which scheme; nothing else (no lookups for an exported folder).
    const floorReads = sim.countsByRoute();
    expect(floorReads).toEqual({
      'GET /rest/api/3/permissionscheme': 1,
      'GET /rest/api/3/role': 1,
      'GET /rest/api/3/project/search': SITE.projects / PAGE_SIZE,
      'GET /rest/api/3/project/{projectKeyOrId}/permissionscheme': SITE.projects,
      'POST /rest/api/3/permissionscheme/{schemeId}/permission': 40,
    });
    expect(answer.requests).toBe(2 + SITE.projects / PAGE_SIZE + SITE.projects + 40);

    sim.restore(before);
    sim.clearLog();
    const result = await applyWith({ cwd, env: sim.env() });
    expect(result.outcome).toBe('converged');
    expect(result.journal.counts).toMatchObject({ done: 40, failed: 0 });
    const applyWrites = writesSeen(sim);
    expect(applyWrites).toHaveLength(40);
    expect(floorWrites).toEqual(applyWrites);
    sim.restore(before);
  });
});

describe('the apply floor refuses what it does not do', () => {
  it('writes nothing for a folder that asks for removals too', async () => {
    const { cwd, files } = await exportedFolder();
    swapGrants(files, 5, site.groups);
    sim.clearLog();
    await expect(runFloorOn(APPLY_FLOOR, cwd)).rejects.toThrow(/additions to existing schemes only/);
    expect(sim.requests.filter((entry) => entry.method !== 'GET')).toEqual([]);
  });
});

describe('apply request counts', () => {
  it('one write per change, one read-back per scheme with adds, and the two plans', async () => {
    const before = sim.snapshot();
    const { cwd, files, live } = await exportedFolder();
    const swaps = 40;
    const mutation = swapGrants(files, swaps, site.groups);
    const plan = planInput(files, live, true);
    sim.clearLog();
    const result = await applyWith({ cwd, env: sim.env() });
    expect(result.outcome).toBe('converged');
    expect(result.journal.counts).toMatchObject({ done: 2 * swaps, failed: 0 });
    expect(sim.countsByRoute()).toEqual(
      applyRequests({
        plan,
        adds: swaps,
        removes: swaps,
        schemesWithAdds: mutation.schemesTouched,
      }),
    );
    sim.restore(before);
  });
});

describe("apply's check plan", () => {
  it('reads project usage again only when apply moved a project', async () => {
    const before = sim.snapshot();
    const { cwd, files } = await exportedFolder();
    // Move one project: out of the first file that lists one, into the next file's list.
    const docs = files.map((file) => load(readFileSync(file, 'utf8')) as { projects?: string[] });
    const from = docs.findIndex((doc) => (doc.projects?.length ?? 0) > 0);
    const to = (from + 1) % docs.length;
    const moved = docs[from]?.projects?.shift();
    expect(moved).toBeDefined();
    docs[to] = { ...docs[to], projects: [...(docs[to]?.projects ?? []), moved ?? ''] };
    for (const index of [from, to]) writeFileSync(files[index] ?? '', dump(docs[index]));
    sim.clearLog();
    const result = await applyWith({ cwd, env: sim.env() });
    expect(result.outcome).toBe('converged');
    expect(result.journal.counts).toMatchObject({ done: 1, failed: 0 });
    const counts = sim.countsByRoute();
    // The fresh plan's and the check plan's: the move changed which project uses which scheme.
    expect(counts['GET /rest/api/3/project/search']).toBe((2 * SITE.projects) / PAGE_SIZE);
    expect(counts['GET /rest/api/3/project/{projectKeyOrId}/permissionscheme']).toBe(2 * SITE.projects);
    expect(counts['PUT /rest/api/3/project/{projectKeyOrId}/permissionscheme']).toBe(1);
    sim.restore(before);
  });
});

describe('Data Center request counts', () => {
  it('groups and users the live grants name cost no lookup, with or without changes', async () => {
    const { cwd, files, live } = await exportedFolder(dataCenter);
    dataCenter.clearLog();
    const unchanged = await runPlan({}, commandDeps({ cwd, env: dataCenter.env() }));
    expect(unchanged.error).toBeUndefined();
    expect(unchanged.plan?.changes).toEqual([]);
    const expected = planReads(planInput(files, live, false, '2'));
    expect(dataCenter.countsByRoute()).toEqual(expected);
    // Data Center has no bulk lookups, but every group and user the files name is in a live grant:
    // none is looked up (each used to cost a picker or `/user` request).
    expect(scanReferences(files).groupNamesAnyForm).toBeGreaterThan(SITE.groups / 2);
    expect(expected['GET /rest/api/2/groups/picker']).toBeUndefined();
    expect(expected['GET /rest/api/2/user']).toBeUndefined();

    swapGrants(files, 100, site.groups);
    dataCenter.clearLog();
    const changed = await runPlan({ access: 'never' }, commandDeps({ cwd, env: dataCenter.env() }));
    expect(changed.error).toBeUndefined();
    expect(changed.plan?.changes).toHaveLength(200);
    expect(dataCenter.countsByRoute()).toEqual(planReads(planInput(files, live, true, '2')));
  });

  it("with default settings: the formula's reads, then the budget's people reads (usernames included)", async () => {
    const { cwd, files, live } = await exportedFolder(dataCenter);
    swapGrants(files, 100, site.groups);
    dataCenter.clearLog();
    const result = await runPlan({}, commandDeps({ cwd, env: dataCenter.env() }));
    expect(result.error).toBeUndefined();
    const expected = planReads(planInput(files, live, true, '2'));
    const { own, people } = splitPeopleReads(dataCenter.countsByRoute(), expected);
    expect(own).toEqual(expected);
    // Role actors name users by username on Data Center: a role read may look some up too. The first
    // batch (10 reads) tells what a read costs and sizes the next ones, so the budget is met exactly
    // here (charging a request per read alone made 67 of 50).
    const budget = result.plan?.summary.access?.budget;
    expect(budget?.limit).toBe(defaultAccessBudget(total(expected)));
    expect(budget?.requests).toBe(people);
    expect(people).toBe(budget?.limit);
  });
});
