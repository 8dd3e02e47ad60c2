import { defaultAccessBudget } from '../../src/access/budget.js';
import { commandDeps, jiraOf } from '../../src/commands/deps.js';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { runApply, type ApplyProgress } from '../../src/commands/apply.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import type { Flavour, SiteData } from '../../src/sim/index.js';
import {
  addGrants,
  exportFolder,
  namedHolders,
  scanReferences,
  schemeFiles,
  SCHEME_FOLDER,
  stripProjects,
  swapGrants,
  type NamedHolders,
} from '../lib/folder.js';
import { median, round } from '../lib/measure.js';
import { runProcess, type ProcessRun } from '../lib/process.js';
import { countByRoute, RemoteSimulator } from '../lib/remote-sim.js';
import {
  applyBound,
  applyRequests,
  planBound,
  planReads,
  splitPeopleReads,
  total,
  type PlanReadInput,
  type RateLimit,
  type RouteCounts,
} from '../lib/requests.js';
import { seconds, type Row, type ScenarioResult } from '../lib/result.js';
import { benchSite, grantCount, type BenchSiteParams } from '../lib/site.js';
import { REPOSITORY_ROOT } from './startup.js';

/**
 * Plan and apply at scale against the simulator (in its own process) with a fixed latency per request:
 * wall time against the fewest round trips the requests need at the client's concurrency, and the
 * requests made against the formulas of bench/lib/requests.ts.
 */

export interface ScaleParams {
  site: BenchSiteParams;
  latencyMs: number;
  /** Reads in flight at once: the client's default (src/jira/http.ts). */
  concurrency: number;
  /** Share of the grants the plan's folder swaps. */
  planChangeShare: number;
  /** Grant changes apply makes (half additions, half removals). */
  applyChanges: number;
  /** Token bucket on writes during apply. */
  writeLimit: RateLimit;
  /** Projects per /project/search page the server grants. */
  projectPageSize: number;
  /** Plan and the plan floor, run alternately this many times (medians reported). */
  rounds: number;
  /** Apply beside its floor process: grants added (nothing removed), over this many schemes. */
  floorAdds: number;
  floorSchemes: number;
  /** Apply and the apply floor, run alternately this many times (medians reported). */
  floorRounds: number;
}

export const SCALE_DEFAULTS: Omit<ScaleParams, 'site'> = {
  latencyMs: 50,
  concurrency: 10,
  planChangeShare: 0.05,
  applyChanges: 500,
  writeLimit: { capacity: 50, refillPerSecond: 10 },
  projectPageSize: 50,
  rounds: 1,
  floorAdds: 500,
  floorSchemes: 100,
  floorRounds: 3,
};

export interface ScaleContext {
  params: ScaleParams;
  /** Cloud (REST 3) or Data Center (REST 2: groups by name, no bulk lookups). */
  flavour: Flavour;
  sim: RemoteSimulator;
  site: SiteData;
  /** An exported folder (no changes against the site): copied for each scenario. */
  pristine: string;
  /** The groups and users the live grants name (the exported folder's): resolved without lookups. */
  live: NamedHolders;
  exportMs: number;
}

export async function prepareScale(
  workdir: string,
  params: ScaleParams,
  flavour: Flavour = 'cloud',
): Promise<ScaleContext> {
  const site = benchSite(params.site);
  const sim = await RemoteSimulator.start(params.site, 0, flavour);
  const pristine = join(workdir, `pristine-${flavour}`);
  mkdirSync(pristine, { recursive: true });
  const started = performance.now();
  const files = await exportFolder(pristine, createJiraReader(connectionFromEnv(sim.env)));
  const exportMs = performance.now() - started;
  return { params, flavour, sim, site, pristine, live: namedHolders(files), exportMs };
}

function copyPristine(
  context: ScaleContext,
  name: string,
  workdir: string,
): { cwd: string; files: string[] } {
  const cwd = join(workdir, name);
  cpSync(context.pristine, cwd, { recursive: true });
  return { cwd, files: schemeFiles(join(cwd, SCHEME_FOLDER)) };
}

/** Differences between what was counted and what the formula says, route by route. */
function differences(
  actual: RouteCounts,
  expected: RouteCounts,
): Record<string, { actual: number; expected: number }> {
  const out: Record<string, { actual: number; expected: number }> = {};
  for (const route of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = actual[route] ?? 0;
    const e = expected[route] ?? 0;
    if (a !== e) out[route] = { actual: a, expected: e };
  }
  return out;
}

function planInputFor(context: ScaleContext, files: string[], hasChanges: boolean): PlanReadInput {
  return {
    references: scanReferences(files, context.live),
    projects: context.params.site.projects,
    projectPageSize: context.params.projectPageSize,
    hasChanges,
    managedRoleByName: true,
    apiVersion: context.flavour === 'datacenter' ? '2' : '3',
  };
}

/** A copy of the exported folder with the plan scenario's share of grants swapped. */
export function planFolder(
  context: ScaleContext,
  name: string,
  workdir: string,
): { cwd: string; files: string[]; swaps: number } {
  const folder = copyPristine(context, name, workdir);
  const swaps = Math.round(grantCount(context.site) * context.params.planChangeShare);
  swapGrants(folder.files, swaps, context.site.groups);
  return { ...folder, swaps };
}

/** The plan floor: plain `fetch`, 10 reads in flight, only the necessary reads (bench/floor/plan-floor.cjs). */
const PLAN_FLOOR = join(REPOSITORY_ROOT, 'bench', 'floor', 'plan-floor.cjs');

interface FloorAnswer {
  requests: number;
  answerBytes: number;
  adds: number;
  removes: number;
}

interface Measured {
  run: ProcessRun;
  counts: RouteCounts;
}

/**
 * One whole process against the simulator, back at the generated site (every run starts from the same
 * live state), at the scenario's latency; with `JIRA_PERMS_CONCURRENCY` set to the scenario's unless
 * `defaults` says to leave the product at its default settings.
 */
async function measured(
  context: ScaleContext,
  args: string[],
  cwd: string,
  defaults = false,
): Promise<Measured> {
  const { params, sim } = context;
  await sim.reset();
  await sim.setFaults({ latency: { fixedMs: params.latencyMs } });
  const run = await runProcess(args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      ...sim.env,
      ...(defaults ? {} : { JIRA_PERMS_CONCURRENCY: String(params.concurrency) }),
    },
  });
  return { run, counts: countByRoute(await sim.log()) };
}

function changesOf(run: ProcessRun, what: string): number {
  try {
    return (JSON.parse(run.stdout) as { changes: unknown[] }).changes.length;
  } catch {
    throw new Error(
      `${what} did not plan (exit ${String(run.code)}): ${run.stderr.slice(-500) || run.stdout.slice(0, 500)}`,
    );
  }
}

export async function planScenario(
  context: ScaleContext,
  workdir: string,
  cli: string,
): Promise<ScenarioResult> {
  const { params } = context;
  const dc = context.flavour === 'datacenter';
  const label = dc ? 'plan at scale, Data Center' : 'plan at scale';
  const { cwd, files, swaps } = planFolder(context, dc ? 'plan-dc' : 'plan', workdir);
  const expected = planReads(planInputFor(context, files, true));
  const bound = planBound(expected, params.concurrency, params.latencyMs);
  // The bundled command line, a whole process, as a user runs it: `--json` prints the plan (exit 0 when
  // it planned, whatever the guardrails say; 1 when it could not plan). With default settings, as issue
  // #18 judges it: effective access within its read budget. `--access full` (every holder read) is
  // measured once, on its own.
  const plans: Measured[] = [];
  const floors: Measured[] = [];
  const rounds = dc ? 1 : Math.max(1, params.rounds);
  for (let round = 0; round < rounds; round++) {
    plans.push(await measured(context, [cli, 'plan', '--json'], cwd));
    if (!dc) floors.push(await measured(context, [PLAN_FLOOR, join(cwd, SCHEME_FOLDER)], cwd));
  }
  const withAccess = await measured(context, [cli, 'plan', '--json', '--access', 'full'], cwd);
  const plan = plans[plans.length - 1] ?? withAccess;
  const changes = changesOf(plan.run, 'plan at scale');
  changesOf(withAccess.run, 'plan at scale (access in full)');
  const wallMs = median(plans.map((one) => one.run.wallMs));
  const rssMb = median(plans.map((one) => one.run.peakRssMb ?? Number.NaN));
  const requests = total(plan.counts);
  const { own, people } = splitPeopleReads(plan.counts, expected);
  const budget = defaultAccessBudget(total(own));
  const accessRequests = splitPeopleReads(withAccess.counts, expected).people;
  const rows: Row[] = [
    {
      scenario: label,
      measure: `whole process wall time, ${String(params.latencyMs)} ms/request, default settings`,
      value: seconds(wallMs),
      against: `${seconds(bound.ms)} = ${String(bound.roundTrips)} round trips × ${String(params.latencyMs)} ms (the scheme plan's reads)`,
      ratio: round(wallMs / bound.ms),
    },
    {
      scenario: label,
      measure: "requests, the scheme plan's own (default settings, people reads apart)",
      value: String(total(own)),
      against: `${String(bound.requests)} by formula`,
      ratio: round(total(own) / bound.requests),
      target: 1,
    },
    {
      scenario: label,
      measure: 'people reads within the default budget',
      value: String(people),
      against: `budget max(50, 4% of ${String(total(own))}) = ${String(budget)}`,
      ratio: round(people / budget),
    },
  ];
  let floorDetails: Record<string, unknown> = {};
  if (floors.length > 0) {
    const floorAnswers = floors.map((one) => JSON.parse(one.run.stdout) as FloorAnswer);
    const answer = floorAnswers[floorAnswers.length - 1];
    if (answer === undefined || floors.some((one) => one.run.code !== 0)) {
      throw new Error(
        `the plan floor failed: ${floors
          .map((one) => one.run.stderr)
          .join(' ')
          .slice(-500)}`,
      );
    }
    const floorMs = median(floors.map((one) => one.run.wallMs));
    const floorRss = median(floors.map((one) => one.run.peakRssMb ?? Number.NaN));
    const floorRequests = total(floors[floors.length - 1]?.counts ?? {});
    const answersMb = answer.answerBytes / (1024 * 1024);
    const sideBySide = `median of ${String(rounds)}, alternating`;
    rows.push(
      {
        scenario: label,
        measure: `wall time vs the floor process (${sideBySide})`,
        value: seconds(wallMs),
        against: `${seconds(floorMs)} floor: fetch, 10 in flight, necessary reads only`,
        ratio: round(wallMs / floorMs),
        target: 1.3,
      },
      {
        scenario: label,
        measure: 'requests vs the floor process',
        value: String(requests),
        against: `${String(floorRequests)} floor (${String(answer.adds)} adds, ${String(answer.removes)} removes found)`,
        ratio: round(requests / floorRequests),
        target: 1.05,
      },
      {
        scenario: label,
        measure: 'peak RSS (GNU time %M) vs the floor process',
        value: `${String(rssMb)} MB`,
        against: `${String(floorRss)} MB floor`,
        ratio: round(rssMb / floorRss),
      },
      {
        scenario: label,
        measure: "peak RSS vs the bytes of Jira's answers",
        value: `${String(rssMb)} MB`,
        against: `${String(round(answersMb, 1))} MB of answers (the floor's reads)`,
        ratio: round(rssMb / answersMb),
        target: 3,
      },
      {
        scenario: label,
        measure: "the floor's peak RSS vs the same bytes (node's own share)",
        value: `${String(floorRss)} MB`,
        against: `${String(round(answersMb, 1))} MB of answers`,
        ratio: round(floorRss / answersMb),
      },
    );
    floorDetails = {
      floorWallMs: floors.map((one) => round(one.run.wallMs, 0)),
      planWallMs: plans.map((one) => round(one.run.wallMs, 0)),
      floorPeakRssMb: floors.map((one) => one.run.peakRssMb),
      floorAnswer: answer,
      floorByRoute: floors[floors.length - 1]?.counts,
    };
  }
  rows.push({
    scenario: label,
    measure: 'effective access in full (--access full): wall time, requests',
    value: `${seconds(withAccess.run.wallMs)}, ${String(total(withAccess.counts))}`,
    against: `${String(accessRequests)} people reads (default: ${String(people)}); ratio to the default plan`,
    ratio: round(withAccess.run.wallMs / wallMs),
  });
  return {
    name: dc ? 'plan-dc' : 'plan',
    rows,
    details: {
      site: params.site,
      grants: grantCount(context.site),
      swappedGrants: swaps,
      planChanges: changes,
      concurrency: params.concurrency,
      latencyMs: params.latencyMs,
      wallMs: round(wallMs, 0),
      boundMs: bound.ms,
      roundTrips: bound.roundTrips,
      peakRssMb: rssMb,
      requestsByRoute: plan.counts,
      expectedByRoute: expected,
      differences: differences(own, expected),
      peopleReads: people,
      accessBudget: budget,
      withAccessByRoute: withAccess.counts,
      withAccessWallMs: round(withAccess.run.wallMs, 0),
      ...floorDetails,
      exportMs: round(context.exportMs, 0),
    },
  };
}

export async function applyScenario(context: ScaleContext, workdir: string): Promise<ScenarioResult> {
  const { params, sim } = context;
  const { cwd, files } = copyPristine(context, 'apply', workdir);
  const swaps = Math.floor(params.applyChanges / 2);
  const mutation = swapGrants(files, swaps, context.site.groups);
  const input = {
    plan: planInputFor(context, files, true),
    adds: swaps,
    removes: swaps,
    schemesWithAdds: mutation.schemesTouched,
  };
  const expected = applyRequests(input);
  const bound = applyBound(input, params.concurrency, params.latencyMs, params.writeLimit);

  await sim.reset();
  await sim.setFaults({
    latency: { fixedMs: params.latencyMs },
    rateLimit: { ...params.writeLimit, methods: 'writes' },
  });
  const writer = createJiraWriter(connectionFromEnv(sim.env), { concurrency: params.concurrency });
  const phases: { phase: string; atMs: number }[] = [];
  const started = performance.now();
  const mark = (phase: string): void => {
    phases.push({ phase, atMs: round(performance.now() - started, 0) });
  };
  const result = await runApply(
    {},
    {
      ...commandDeps({ cwd, jira: jiraOf(writer) }),
      events: (event: ApplyProgress) => {
        if (event.type === 'planned') mark('planned');
        if (event.type === 'phase') mark(event.phase);
      },
    },
  );
  const wallMs = performance.now() - started;
  mark('done');
  const log = await sim.log();
  const rateLimited = log.filter((entry) => entry.fault === 'rate-limit');
  const answered = log.filter((entry) => entry.fault !== 'rate-limit');
  const counts = countByRoute(answered);
  const writes = answered.filter((entry) => entry.method !== 'GET').length;
  const reads = answered.length - writes;
  const expectedWrites = input.adds + input.removes;
  const expectedReads = total(expected) - expectedWrites;
  const extraAttempts = result.journal.entries.reduce(
    (sum, entry) => sum + Math.max(0, entry.attempts - 1),
    0,
  );
  const at = (phase: string): number | undefined => phases.find((entry) => entry.phase === phase)?.atMs;
  const writesStart = at('adds');
  const writesEnd = at('check');
  const span = (from: string, to: string): number | undefined => {
    const start = at(from);
    const end = at(to);
    return start === undefined || end === undefined ? undefined : end - start;
  };
  const scenario = `apply ${String(input.adds + input.removes)} changes`;
  const phaseRow = (measure: string, ms: number | undefined, boundMs: number): Row[] =>
    ms === undefined
      ? []
      : [{ scenario, measure, value: seconds(ms), against: seconds(boundMs), ratio: round(ms / boundMs) }];
  const phaseRows = [
    ...phaseRow('of which the fresh plan', at('planned'), bound.freshPlanMs),
    ...phaseRow('of which writes + read-back', span('adds', 'check'), bound.writesMs),
    ...phaseRow('of which the read-back', span('verify', 'removals'), bound.verifyMs),
    ...phaseRow('of which the check plan', span('check', 'done'), bound.checkMs),
  ];
  return {
    name: 'apply',
    rows: [
      {
        scenario: `apply ${String(expectedWrites)} changes`,
        measure: `wall time, ${String(params.latencyMs)} ms + write limit`,
        value: seconds(wallMs),
        against: `${seconds(bound.ms)} = plan ${seconds(bound.freshPlanMs)} + writes ${seconds(bound.writesMs)} (${bound.writesBoundBy}) + check`,
        ratio: round(wallMs / bound.ms),
        target: 1.3,
      },
      ...phaseRows,
      {
        scenario: `apply ${String(expectedWrites)} changes`,
        measure: 'writes answered',
        value: String(writes),
        against: `${String(expectedWrites)} changes`,
        ratio: round(writes / expectedWrites),
        target: 1,
      },
      {
        scenario: `apply ${String(expectedWrites)} changes`,
        measure: 'reads (2 plans + read-back)',
        value: String(reads),
        against: `${String(expectedReads)} by formula`,
        ratio: round(reads / expectedReads),
        target: 1,
      },
      {
        scenario: `apply ${String(expectedWrites)} changes`,
        measure: 'retries (429 answers)',
        value: `${String(rateLimited.length)} (client ${String(writer.stats.retries)}, executor ${String(extraAttempts)})`,
        against: `${String(expectedWrites)} writes`,
        ratio: null,
      },
    ],
    details: {
      outcome: result.outcome,
      message: result.journal.message,
      journalCounts: result.journal.counts,
      writeLimit: params.writeLimit,
      wallMs: round(wallMs, 0),
      bound,
      phases,
      writePhaseMs:
        writesStart !== undefined && writesEnd !== undefined ? writesEnd - writesStart : undefined,
      rateLimitedAnswers: rateLimited.length,
      clientRetries: writer.stats.retries,
      clientRequests: writer.stats.requests,
      executorExtraAttempts: extraAttempts,
      requestsByRoute: counts,
      expectedByRoute: expected,
      differences: differences(counts, expected),
    },
  };
}

/**
 * The apply floor: plain `fetch`, the scheme list (and, when the files list their projects, which project
 * uses which scheme), then the additions, 10 requests in flight (bench/floor/apply-floor.cjs).
 */
const APPLY_FLOOR = join(REPOSITORY_ROOT, 'bench', 'floor', 'apply-floor.cjs');

const writesOf = (counts: RouteCounts): number =>
  Object.entries(counts).reduce((sum, [route, count]) => (route.startsWith('GET ') ? sum : sum + count), 0);

/**
 * `jira-perms apply --yes` (bundled, whole process, default settings) beside the apply floor process,
 * alternately, each run against the generated site restored afresh, for two folders exported from the
 * site with `floorAdds` grants added over `floorSchemes` schemes (nothing removed): one without
 * `projects:` (the floor and apply need no project usage: an addition takes nobody's access away), and
 * the export as it is, which lists every scheme's projects (both read which project uses which scheme).
 */
export async function applyFloorScenario(
  context: ScaleContext,
  workdir: string,
  cli: string,
): Promise<ScenarioResult> {
  const without = await applyBesideFloor(context, workdir, cli, false);
  const listed = await applyBesideFloor(context, workdir, cli, true);
  return {
    name: 'apply-floor',
    rows: [...without.rows, ...listed.rows],
    details: { withoutProjects: without.details, withProjects: listed.details },
  };
}

async function applyBesideFloor(
  context: ScaleContext,
  workdir: string,
  cli: string,
  listsProjects: boolean,
): Promise<Pick<ScenarioResult, 'rows' | 'details'>> {
  const { params } = context;
  const name = listsProjects ? 'apply-floor' : 'apply-floor-no-projects';
  const { cwd, files } = copyPristine(context, name, workdir);
  if (!listsProjects) stripProjects(files);
  const mutation = addGrants(files, params.floorAdds, context.site.groups, params.floorSchemes);
  const applies: Measured[] = [];
  const floors: Measured[] = [];
  const rounds = Math.max(1, params.floorRounds);
  for (let round = 0; round < rounds; round++) {
    applies.push(await measured(context, [cli, 'apply', '--yes'], cwd, true));
    floors.push(await measured(context, [APPLY_FLOOR, join(cwd, SCHEME_FOLDER)], cwd));
  }
  const failedApply = applies.find((one) => one.run.code !== 0);
  if (failedApply !== undefined) {
    throw new Error(
      `apply did not converge (exit ${String(failedApply.run.code)}): ${failedApply.run.stderr.slice(-500) || failedApply.run.stdout.slice(-500)}`,
    );
  }
  const failedFloor = floors.find((one) => one.run.code !== 0);
  if (failedFloor !== undefined)
    throw new Error(`the apply floor failed: ${failedFloor.run.stderr.slice(-500)}`);
  const last = (runs: Measured[]): RouteCounts => runs[runs.length - 1]?.counts ?? {};
  const applyMs = median(applies.map((one) => one.run.wallMs));
  const floorMs = median(floors.map((one) => one.run.wallMs));
  const applyRss = median(applies.map((one) => one.run.peakRssMb ?? Number.NaN));
  const floorRss = median(floors.map((one) => one.run.peakRssMb ?? Number.NaN));
  const applyCounts = last(applies);
  const floorCounts = last(floors);
  const applyWrites = writesOf(applyCounts);
  const floorWrites = writesOf(floorCounts);
  const folder = listsProjects ? 'files list projects:' : 'files without projects:';
  const scenario = `apply ${String(mutation.swaps)} adds over ${String(mutation.schemesTouched)} schemes, ${folder}`;
  const sideBySide = `median of ${String(rounds)}, alternating, site restored before each run`;
  const floorReads = listsProjects ? 'scheme list + project usage' : 'scheme list, no project usage';
  return {
    rows: [
      {
        scenario,
        measure: `whole process wall time, ${String(params.latencyMs)} ms/request, default settings (${sideBySide})`,
        value: seconds(applyMs),
        against: `${seconds(floorMs)} floor: fetch, ${floorReads}, 10 in flight`,
        ratio: round(applyMs / floorMs),
        target: 1.5,
      },
      {
        scenario,
        measure: 'requests: reads + writes',
        value: `${String(total(applyCounts) - applyWrites)} + ${String(applyWrites)}`,
        against: `${String(total(floorCounts) - floorWrites)} + ${String(floorWrites)} floor`,
        ratio: round(total(applyCounts) / total(floorCounts)),
      },
      {
        scenario,
        measure: 'writes',
        value: String(applyWrites),
        against: `${String(floorWrites)} floor`,
        ratio: round(applyWrites / floorWrites),
        target: 1,
      },
      {
        scenario,
        measure: 'peak RSS (GNU time %M)',
        value: `${String(applyRss)} MB`,
        against: `${String(floorRss)} MB floor`,
        ratio: round(applyRss / floorRss),
      },
    ],
    details: {
      listsProjects,
      adds: mutation.swaps,
      schemes: mutation.schemesTouched,
      latencyMs: params.latencyMs,
      concurrency: 'the client default (JIRA_PERMS_CONCURRENCY unset)',
      applyWallMs: applies.map((one) => round(one.run.wallMs, 0)),
      floorWallMs: floors.map((one) => round(one.run.wallMs, 0)),
      applyPeakRssMb: applies.map((one) => one.run.peakRssMb),
      floorPeakRssMb: floors.map((one) => one.run.peakRssMb),
      applyByRoute: applyCounts,
      floorByRoute: floorCounts,
    },
  };
}
