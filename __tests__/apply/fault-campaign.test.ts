import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { planAgainstLive, plannerFor } from '../../src/apply/fresh-plan.js';
import type { ApplyResult } from '../../src/commands/apply.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import type { Holder } from '../../src/model/holder.js';
import type { Plan } from '../../src/model/plan.js';
import type { DesiredScheme } from '../../src/model/scheme.js';
import type { Settings } from '../../src/model/settings.js';
import {
  ACCOUNT_IDS,
  GROUP_IDS,
  ROLE_IDS,
  createRandom,
  startSimulator,
  type Random,
  type SimScheme,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import {
  ADDONS_ROLE,
  desiredFromState,
  desiredGrantKeys,
  settings,
  simGrantKey,
  simRef,
  stateGrantKeys,
  applyWith,
} from './sim-helpers.js';

/**
 * The fault campaign: many seeded runs of apply over generated scheme changes while the simulator
 * injects 429s with Retry-After, 5xx answers, writes committed then dropped, and hung requests. After
 * every write the simulator checks the invariants; after every run the test checks that apply either
 * converged, or failed cleanly and a second run (without faults) converged.
 */

const RUNS = 200;

const role = (id: number): Holder => ({ type: 'projectRole', parameter: String(id), value: String(id) });
const group = (name: string, id: string): Holder => ({ type: 'group', parameter: name, value: id });
const HOLDERS: Holder[] = [
  role(ROLE_IDS.developers),
  role(ROLE_IDS.users),
  role(ROLE_IDS.administrators),
  group('jira-software-users', GROUP_IDS.softwareUsers),
  group('release-managers', GROUP_IDS.releaseManagers),
  group('jira-administrators', GROUP_IDS.administrators),
  { type: 'applicationRole' },
  { type: 'applicationRole', parameter: 'jira-software', value: 'jira-software' },
  { type: 'reporter' },
  { type: 'assignee' },
  { type: 'projectLead' },
  { type: 'user', parameter: ACCOUNT_IDS.reader, value: ACCOUNT_IDS.reader },
];
const PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'ASSIGNABLE_USER',
  'LINK_ISSUES',
  'ADD_COMMENTS',
  'DELETE_OWN_COMMENTS',
  'CREATE_ATTACHMENTS',
  'WORK_ON_ISSUES',
  'MANAGE_WATCHERS',
];
const ADMIN_GROUP = group('jira-administrators', GROUP_IDS.administrators);

const keyOf = (permission: string, holder: Holder): string =>
  `${permission}|${holder.type}:${simRef(holder)}`;

interface Scenario {
  files: DesiredScheme[];
  config: Settings;
  allowDelete: boolean;
}

function inUse(state: SiteData, schemeId: number): boolean {
  return state.projects.some((project) => project.permissionSchemeId === schemeId);
}

/** Random edits of the live schemes: adds, removals, admin swaps, renames, new schemes, a prune. */
function generate(random: Random, state: SiteData, run: number): Scenario {
  const files: DesiredScheme[] = [];
  let prune = false;
  for (const scheme of state.schemes) {
    const file = desiredFromState(state, scheme);
    if (scheme.id === 10002 && random.chance(0.15)) {
      prune = true; // the file is gone; prune + --allow-delete delete the unused scheme
      continue;
    }
    if (random.chance(0.6)) {
      // Removals never take the last admin or browser of a scheme: apply's lockout guardrail would refuse.
      const removable = file.grants.filter((grant) => grant.permission !== 'ADMINISTER_PROJECTS');
      for (let count = random.int(4); count > 0 && removable.length > 0; count--) {
        const victim = removable.splice(random.int(removable.length), 1)[0]!;
        const browsers = file.grants.filter((grant) => grant.permission === 'BROWSE_PROJECTS');
        if (victim.permission === 'BROWSE_PROJECTS' && browsers.length <= 1) continue;
        file.grants = file.grants.filter((grant) => grant !== victim);
      }
      for (let count = random.int(4); count > 0; count--) {
        const permission = random.pick(PERMISSIONS);
        const holder = random.pick(HOLDERS);
        if (
          !file.grants.some((grant) => keyOf(grant.permission, grant.holder) === keyOf(permission, holder))
        ) {
          file.grants.push({ permission, holder });
        }
      }
    }
    if (inUse(state, scheme.id) && random.chance(0.25)) {
      // Swap who administers: the new admin must land before the old one goes.
      const admins = file.grants.filter((grant) => grant.permission === 'ADMINISTER_PROJECTS');
      file.grants = file.grants.filter((grant) => grant.permission !== 'ADMINISTER_PROJECTS');
      const replacement = admins.some((grant) => grant.holder.value === GROUP_IDS.administrators)
        ? role(ROLE_IDS.developers)
        : ADMIN_GROUP;
      file.grants.push({ permission: 'ADMINISTER_PROJECTS', holder: replacement });
    }
    if (random.chance(0.15)) file.description = `Edited in run ${run}.`;
    if (random.chance(0.1)) file.name = `${scheme.name} (run ${run})`;
    files.push(file);
  }
  for (let count = random.chance(0.35) ? 1 + random.int(2) : 0; count > 0; count--) {
    const grants = new Map<string, { permission: string; holder: Holder }>();
    grants.set(keyOf('ADMINISTER_PROJECTS', role(ROLE_IDS.administrators)), {
      permission: 'ADMINISTER_PROJECTS',
      holder: role(ROLE_IDS.administrators),
    });
    for (let n = 1 + random.int(5); n > 0; n--) {
      const permission = random.pick(PERMISSIONS);
      const holder = random.pick(HOLDERS);
      grants.set(keyOf(permission, holder), { permission, holder });
    }
    files.push({
      name: `Generated ${run}.${count}`,
      file: `jira-permissions/generated-${run}-${count}.yml`,
      grants: [...grants.values()],
    });
  }
  const config = settings({ prune });
  config.guardrails = { maxRemovals: 1000, maxRemovalRatio: 1, allow: [] };
  return { files, config, allowDelete: prune };
}

/** What the plan allows each write to touch, in the simulator's terms. */
interface Allowed {
  removeIds: Set<number>;
  addKeys: Map<number, Set<string>>;
  newSchemes: Map<string, Set<string>>;
  deleteIds: Set<number>;
}

function allowedBy(plan: Plan): Allowed {
  const allowed: Allowed = {
    removeIds: new Set(),
    addKeys: new Map(),
    newSchemes: new Map(),
    deleteIds: new Set(),
  };
  for (const change of plan.changes) {
    if (change.action === 'remove-grant' && change.grantId !== undefined)
      allowed.removeIds.add(change.grantId);
    if (change.action === 'delete-scheme' && change.schemeId !== null) allowed.deleteIds.add(change.schemeId);
    if (change.action === 'add-grant') {
      const key = keyOf(change.permission!, change.holder!);
      if (change.schemeId === null) {
        const set = allowed.newSchemes.get(change.scheme) ?? new Set<string>();
        allowed.newSchemes.set(change.scheme, set.add(key));
      } else {
        const set = allowed.addKeys.get(change.schemeId) ?? new Set<string>();
        allowed.addKeys.set(change.schemeId, set.add(key));
      }
    }
    if (change.action === 'create-scheme' && !allowed.newSchemes.has(change.scheme)) {
      allowed.newSchemes.set(change.scheme, new Set());
    }
  }
  return allowed;
}

/** The invariants, checked by the simulator after every successful write. */
function invariantFor(base: SiteData, allowed: Allowed) {
  const baseGrants = new Map(
    base.schemes.map((scheme) => [scheme.id, new Set(scheme.grants.map((grant) => grant.id))]),
  );
  const baseNames = new Set(base.schemes.map((scheme) => scheme.name));
  return (state: SiteData): void => {
    for (const scheme of state.schemes) {
      const keys = scheme.grants.map((grant) => simGrantKey(grant.permission, grant.holder));
      if (new Set(keys).size !== keys.length) throw new Error(`duplicate grant in scheme ${scheme.id}`);
      if (
        inUse(state, scheme.id) &&
        !scheme.grants.some(
          (grant) =>
            grant.permission === 'ADMINISTER_PROJECTS' &&
            !(grant.holder.type === 'projectRole' && grant.holder.ref === ADDONS_ROLE),
        )
      ) {
        throw new Error(`scheme ${scheme.id} is in use with no ADMINISTER_PROJECTS holder`);
      }
      const before = baseGrants.get(scheme.id);
      if (before === undefined) {
        const planned = allowed.newSchemes.get(scheme.name);
        if (planned === undefined || baseNames.has(scheme.name))
          throw new Error(`unplanned scheme ${scheme.name}`);
        for (const key of keys) {
          if (!planned.has(key) && !key.endsWith(`projectRole:${ADDONS_ROLE}`)) {
            throw new Error(`new scheme ${scheme.name} holds unplanned grant ${key}`);
          }
        }
        continue;
      }
      const now = new Set(scheme.grants.map((grant) => grant.id));
      for (const id of before) {
        if (!now.has(id) && !allowed.removeIds.has(id))
          throw new Error(`grant ${id} removed outside the plan`);
      }
      for (const grant of scheme.grants) {
        if (before.has(grant.id)) continue;
        const key = simGrantKey(grant.permission, grant.holder);
        if (allowed.addKeys.get(scheme.id)?.has(key) !== true) {
          throw new Error(`grant ${key} added to scheme ${scheme.id} outside the plan`);
        }
      }
    }
    for (const id of baseGrants.keys()) {
      if (!state.schemes.some((scheme) => scheme.id === id) && !allowed.deleteIds.has(id)) {
        throw new Error(`scheme ${id} deleted outside the plan`);
      }
    }
  };
}

function matchesFiles(state: SiteData, files: DesiredScheme[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const live: SimScheme | undefined = state.schemes.find((scheme) =>
      file.id === undefined ? scheme.name === file.name : scheme.id === file.id,
    );
    if (live === undefined) problems.push(`missing scheme ${file.name}`);
    else if (stateGrantKeys(live).join() !== desiredGrantKeys(file).join())
      problems.push(`grants differ in ${file.name}`);
    else if (live.name !== file.name) problems.push(`name differs: ${live.name} vs ${file.name}`);
  }
  return problems;
}

/** Real waits, capped at 2 ms: a Retry-After of seconds still lets the token bucket refill a little. */
const tinySleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2)));

const WORKERS = 4;

interface Tallies {
  runs: number;
  convergedFirstTime: number;
  failedThenConverged: number;
  refusedThenConverged: number;
  noChanges: number;
  writesConfirmedByReread: number;
  faults: Record<string, number>;
}

/** One seeded run (and its second run when the first did not converge) on a simulator of its own. */
async function campaignRun(
  sim: Simulator,
  base: SiteData,
  seed: number,
  tallies: Tallies,
  problems: string[],
) {
  const connection = connectionFromEnv(sim.env('admin'));
  const clientOptions = {
    retry: { maxAttempts: 3, budget: 1_000, baseDelayMs: 1, maxDelayMs: 2 },
    sleep: tinySleep,
  };
  // The faulty run times hung requests out fast; the second run has no faults, and a generous timeout
  // so that a loaded CI machine cannot fake one.
  const apply = (scenario: Scenario, requestTimeoutMs: number): Promise<ApplyResult> =>
    applyWith({
      cwd: process.cwd(),
      env: {},
      writer: createJiraWriter(connection, { ...clientOptions, requestTimeoutMs }),
      planner: plannerFor(scenario.files, scenario.config, 'files'),
      allowDelete: scenario.allowDelete,
    });

  sim.setFaults({});
  sim.restore(base);
  sim.clearLog();
  const scenario = generate(createRandom(seed), sim.state, seed);
  const expected = await planAgainstLive(
    scenario.files,
    scenario.config,
    'files',
    createJiraReader(connection),
  );
  const stopWatching = sim.onWrite(invariantFor(sim.snapshot(), allowedBy(expected)));
  const violationsBefore = sim.violations.length;
  sim.setFaults({
    seed,
    rateLimit: { capacity: 3, refillPerSecond: 300, retryAfterSeconds: 1 },
    serverErrors: { rate: 0.08, status: seed % 2 === 0 ? 503 : 502 },
    dropAfterCommit: { rate: 0.12, methods: 'writes' },
    hang: { rate: 0.01 },
  });
  const first = await apply(scenario, 100);
  sim.setFaults({});
  for (const request of sim.requests) {
    if (request.fault !== undefined) tallies.faults[request.fault] = (tallies.faults[request.fault] ?? 0) + 1;
  }
  tallies.writesConfirmedByReread += first.journal.entries.filter(
    (entry) => entry.detail?.startsWith('confirmed by re-reading Jira') === true,
  ).length;
  tallies.runs += 1;

  if (first.outcome === 'converged') tallies.convergedFirstTime += 1;
  else if (first.outcome === 'no-changes') tallies.noChanges += 1;
  else {
    if (first.outcome !== 'failed' && first.outcome !== 'refused')
      problems.push(`seed ${seed}: outcome ${first.outcome}`);
    if (first.exitCode !== 1) problems.push(`seed ${seed}: a ${first.outcome} run exited ${first.exitCode}`);
    const second = await apply(scenario, 10_000);
    if (second.outcome !== 'converged' && second.outcome !== 'no-changes') {
      problems.push(
        `seed ${seed}: second run ${second.outcome}: ${second.journal.message} ${second.journal.refusals.join('; ')}`,
      );
    } else if (first.outcome === 'failed') tallies.failedThenConverged += 1;
    else tallies.refusedThenConverged += 1;
  }
  stopWatching();
  for (const violation of sim.violations.slice(violationsBefore)) {
    problems.push(`seed ${seed}: ${violation.method} ${violation.path}: ${violation.message}`);
  }
  for (const problem of matchesFiles(sim.state, scenario.files)) problems.push(`seed ${seed}: ${problem}`);
}

describe('apply fault campaign', () => {
  const sims: Simulator[] = [];
  beforeAll(async () => {
    for (let index = 0; index < WORKERS; index++) sims.push(await startSimulator());
  });
  afterAll(async () => {
    await Promise.all(sims.map((sim) => sim.stop()));
  });

  it(`keeps every invariant over ${RUNS} seeded runs with faults, and always converges`, async () => {
    const tallies: Tallies = {
      runs: 0,
      convergedFirstTime: 0,
      failedThenConverged: 0,
      refusedThenConverged: 0,
      noChanges: 0,
      writesConfirmedByReread: 0,
      faults: {},
    };
    const problems: string[] = [];
    // Each worker owns a simulator and takes every WORKERS-th seed: runs stay independent and replayable.
    await Promise.all(
      sims.map(async (sim, worker) => {
        const base = sim.snapshot();
        for (let seed = worker + 1; seed <= RUNS; seed += WORKERS) {
          await campaignRun(sim, base, seed, tallies, problems);
        }
      }),
    );

    console.log(`apply fault campaign tallies:\n${JSON.stringify(tallies, null, 2)}`);
    expect(problems).toEqual([]);
    expect(tallies.runs).toBe(RUNS);
    expect(
      tallies.convergedFirstTime +
        tallies.failedThenConverged +
        tallies.refusedThenConverged +
        tallies.noChanges,
    ).toBe(RUNS);
    // The campaign only proves something if the faults happened and apply had to work around them.
    expect(tallies.convergedFirstTime).toBeGreaterThan(0);
    expect(tallies.failedThenConverged).toBeGreaterThan(0);
    expect(tallies.writesConfirmedByReread).toBeGreaterThan(0);
    for (const kind of ['rate-limit', 'server-error', 'drop-after-commit', 'hang']) {
      expect(tallies.faults[kind] ?? 0).toBeGreaterThan(0);
    }
    // 70 s on an idle 2-core machine; the limit leaves room for a machine shared by other work.
  }, 300_000);
});
