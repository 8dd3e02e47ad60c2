import type { References } from './folder.js';

/**
 * How many requests a plan and an apply make, as formulas of the site and the files, and the lower
 * bounds on their wall time that the network sets. Pure: the benchmark prints these next to what it
 * measured, and the tests in __tests__/bench assert the simulator's request log equals them exactly.
 */

/** The client's batch sizes for `/group/bulk` and `/user/bulk` (src/jira/client.ts). */
export const GROUP_BATCH = 50;
export const USER_BATCH = 50;

export type RouteCounts = Record<string, number>;

export interface PlanReadInput {
  references: References;
  /** Projects on the site. */
  projects: number;
  /** Projects per `/project/search` page the server grants (Jira Cloud and the simulator: 50). */
  projectPageSize: number;
  /** A plan reads which projects use which scheme when it has changes, or when a file lists projects. */
  hasChanges: boolean;
  /** The settings name a managed project role (the default: atlassian-addons-project-access). */
  managedRoleByName: boolean;
  /** `3`: Cloud (the default); `2`: Data Center, which has no bulk group or user lookups. */
  apiVersion?: '2' | '3';
}

function put(counts: RouteCounts, route: string, count: number): void {
  if (count > 0) counts[route] = (counts[route] ?? 0) + count;
}

/**
 * The reads of one `jira-perms plan` with a fresh client:
 * catalogue 1 + all schemes with every grant in 1 + group lookups + roles 1 + user lookups + emails
 * + fields/application roles when used + (with changes, or files that list `projects:`) project pages +
 * one scheme lookup per project.
 * Group and user lookups count only the references no live grant explains (`scanReferences` with the
 * live holders): the rest are resolved from the list. Cloud looks them up in batches of 50
 * (`/group/bulk`, `/user/bulk`); Data Center has neither, so it asks the group picker once per such
 * group name and `/user` once per such user.
 */
export function planReads(input: PlanReadInput): RouteCounts {
  const { references: refs } = input;
  const API = `/rest/api/${input.apiVersion ?? '3'}`;
  const counts: RouteCounts = {};
  // REST 2 on an address that is not Atlassian Cloud: serverInfo says Cloud or Data Center first (Cloud
  // serves REST 2 too, with Cloud's semantics).
  if (input.apiVersion === '2') put(counts, 'GET /rest/api/2/serverInfo', 1);
  put(counts, `GET ${API}/permissions`, 1);
  if (input.apiVersion === '2') {
    put(counts, `GET ${API}/groups/picker`, refs.groupNamesAnyForm);
  } else {
    put(
      counts,
      `GET ${API}/group/bulk`,
      Math.ceil(refs.groupIds / GROUP_BATCH) + Math.ceil(refs.groupNames / GROUP_BATCH),
    );
  }
  put(counts, `GET ${API}/role`, refs.usesRoles || input.managedRoleByName ? 1 : 0);
  if (input.apiVersion === '2') put(counts, `GET ${API}/user`, refs.accountIds);
  else put(counts, `GET ${API}/user/bulk`, Math.ceil(refs.accountIds / USER_BATCH));
  put(counts, `GET ${API}/user/search`, refs.emails);
  put(counts, `GET ${API}/field`, refs.usesFields ? 1 : 0);
  put(counts, `GET ${API}/applicationrole`, refs.usesApplicationRoleKeys ? 1 : 0);
  put(counts, `GET ${API}/permissionscheme`, 1);
  if (input.hasChanges || refs.listsProjects) projectReads(counts, input);
  return counts;
}

/**
 * Which project uses which scheme: the project list (Cloud's `/project/search` pages, Data Center's one
 * `GET /project`), then one scheme lookup per project.
 */
function projectReads(counts: RouteCounts, input: PlanReadInput): void {
  const API = `/rest/api/${input.apiVersion ?? '3'}`;
  if (input.apiVersion === '2') put(counts, `GET ${API}/project`, 1);
  else
    put(counts, `GET ${API}/project/search`, Math.max(1, Math.ceil(input.projects / input.projectPageSize)));
  put(counts, `GET ${API}/project/{projectKeyOrId}/permissionscheme`, input.projects);
}

export interface ApplyRequestInput {
  plan: PlanReadInput;
  adds: number;
  removes: number;
  /** Schemes that get at least one added grant: each is read back once to check the adds landed. */
  schemesWithAdds: number;
}

/**
 * The requests of one `jira-perms apply` that meets no failure: the fresh plan's reads, one write per
 * change, one read-back per scheme with adds, and the check plan. The check plan reuses the client, whose
 * catalogue and directory lookups are cached for the run, the files as loaded and (when apply moved no
 * project) the project usage the fresh plan read, and has no changes: one list read.
 */
export function applyRequests(input: ApplyRequestInput): RouteCounts {
  const API = `/rest/api/${input.plan.apiVersion ?? '3'}`;
  const counts = planReads({ ...input.plan, hasChanges: input.adds + input.removes > 0 });
  put(counts, `POST ${API}/permissionscheme/{schemeId}/permission`, input.adds);
  put(counts, `DELETE ${API}/permissionscheme/{schemeId}/permission/{permissionId}`, input.removes);
  put(counts, `GET ${API}/permissionscheme/{schemeId}`, input.schemesWithAdds);
  put(counts, `GET ${API}/permissionscheme`, 1);
  return counts;
}

/**
 * The routes effective access reads people through (group members, a role's actors in a project, a
 * project with its lead): not in {@link planReads}, which is the scheme plan's own formula.
 */
const PEOPLE_ROUTE = /^GET \/rest\/api\/\d\/(group\/member|project\/\{projectIdOrKey\}(\/role\/\{id\})?)$/;

/**
 * A plan's requests split into the scheme plan's own (route by route) and effective access's people
 * reads. Data Center's role actors name users by username, looked up with `GET /user`, a route the plan
 * uses for its own lookups too: given the formula (`expected`), what that route makes beyond it counts as
 * people reads.
 */
export function splitPeopleReads(
  counts: RouteCounts,
  expected: RouteCounts = {},
): { own: RouteCounts; people: number } {
  const own: RouteCounts = {};
  let people = 0;
  for (const [route, count] of Object.entries(counts)) {
    if (PEOPLE_ROUTE.test(route)) {
      people += count;
    } else if (route === 'GET /rest/api/2/user' && count > (expected[route] ?? 0)) {
      const mine = expected[route] ?? 0;
      if (mine > 0) own[route] = mine;
      people += count - mine;
    } else {
      own[route] = count;
    }
  }
  return { own, people };
}

export function total(counts: RouteCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/**
 * The fewest sequential round trips for `requests` independent requests at `concurrency` in flight,
 * when `depth` of them must follow one another (a project page before its projects' lookups).
 */
export function roundTrips(requests: number, concurrency: number, depth = 1): number {
  if (requests === 0) return 0;
  return Math.max(depth, Math.ceil(requests / concurrency));
}

export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Seconds a token bucket needs to let `requests` through: what the capacity does not cover, at the refill rate. */
export function rateLimitSeconds(requests: number, limit: RateLimit | undefined): number {
  if (limit === undefined) return 0;
  return Math.max(0, requests - limit.capacity) / limit.refillPerSecond;
}

export interface PlanBound {
  requests: number;
  roundTrips: number;
  ms: number;
}

/** A plan's reads at the configured concurrency × latency (a project page must precede its lookups). */
export function planBound(reads: RouteCounts, concurrency: number, latencyMs: number): PlanBound {
  const requests = total(reads);
  const trips = roundTrips(requests, concurrency, 2);
  return { requests, roundTrips: trips, ms: trips * latencyMs };
}

export interface ApplyBound {
  freshPlanMs: number;
  /** From the first write to the last: the adds, the read-back, the removals. */
  writesMs: number;
  /** Part of `writesMs`: the read-back's own round trips. */
  verifyMs: number;
  checkMs: number;
  /** Which limit sets `writesMs`. */
  writesBoundBy: 'round trips' | 'rate limit';
  ms: number;
}

/**
 * Apply's phases follow one another (fresh plan, adds, read-back, removals, check), so its bound is
 * the sum of theirs. From the first write to the last, the time is at least the round trips of the
 * adds, the read-back and the removals, and at least what the write rate limit lets through (the
 * bucket refills during the read-back too, so the limit covers the whole span, not the writes alone).
 * The check plan reuses the run's cached directory: one list read.
 */
export function applyBound(
  input: ApplyRequestInput,
  concurrency: number,
  latencyMs: number,
  writeLimit: RateLimit | undefined,
): ApplyBound {
  const fresh = planBound(planReads({ ...input.plan, hasChanges: true }), concurrency, latencyMs).ms;
  const verifyMs = roundTrips(input.schemesWithAdds, concurrency) * latencyMs;
  const tripsMs =
    (roundTrips(input.adds, concurrency) + roundTrips(input.removes, concurrency)) * latencyMs + verifyMs;
  const limitMs = rateLimitSeconds(input.adds + input.removes, writeLimit) * 1000;
  const writesMs = Math.max(tripsMs, limitMs);
  const checkMs = latencyMs;
  return {
    freshPlanMs: fresh,
    writesMs,
    verifyMs,
    checkMs,
    writesBoundBy: limitMs > tripsMs ? 'rate limit' : 'round trips',
    ms: fresh + writesMs + checkMs,
  };
}
