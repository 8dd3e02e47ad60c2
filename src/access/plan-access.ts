import type { AccessReport } from '../model/access.js';
import type { Grant } from '../model/scheme.js';
import { ReadBudget } from './budget.js';
import { computeAccess, keptGrantsToRead, permissionParts, type PeopleData } from './compute.js';
import { readPeople, type AccessReader, type ProjectGrants, type ReadProgress } from './read.js';
import { accessScope, type ProjectScope, type ScopeInput } from './scope.js';

/**
 * Effective access for a plan: which projects and permissions change (pure), the people reads they need
 * (and only those), then who gains and who loses (pure). No changed permission, no read.
 *
 * The reads come in waves, each decided by what the earlier ones found, so their number depends on the
 * data alone (deterministic) and stays as small as correctness allows:
 * 1. the holders each changed permission gains or loses;
 * 2. where someone gains or loses through those and a holder the permission keeps could still give it
 *    to them: the kept groups, application roles and leads (each group is read once per run, whatever
 *    project names it);
 * 3. where that did not settle everyone: the kept project roles of those projects only (one read per
 *    project and role), with the groups inside them.
 */
export interface PlanAccessOptions {
  /**
   * The most people requests (plan's default: {@link defaultAccessBudget}); absent: every read is made.
   * Reads go in the waves' order, so a budget that runs out leaves out the kept per-project roles first,
   * then the kept shared holders, and only then changed holders (per wave: by project key, then holder).
   */
  budget?: number;
  /** Requests the client has made so far: a budget counts what it actually spends (pages too). */
  requestsMade?: () => number;
  /** Permissions whose reads are made whatever the budget: those the `accessLimits` guardrail judges. */
  mandatoryPermissions?: ReadonlySet<string>;
}

export function planAccess(
  input: ScopeInput,
  reader: AccessReader,
  progress?: ReadProgress,
  options: PlanAccessOptions = {},
): Promise<AccessReport> {
  return planAccessOf(accessScope(input), reader, progress, options);
}

/**
 * The same, from the scopes already made ({@link accessScope}): a caller that lets go of the live
 * schemes once the scopes hold what access needs (the grants of the changed permissions) keeps nothing
 * else of them while the people are read.
 */
export async function planAccessOf(
  scopes: readonly ProjectScope[],
  reader: AccessReader,
  progress?: ReadProgress,
  options: PlanAccessOptions = {},
): Promise<AccessReport> {
  if (scopes.length === 0) return { changes: [], summary: { peopleGaining: 0, peopleLosing: 0 } };
  const budget = new ReadBudget(options.budget ?? Number.POSITIVE_INFINITY, options.requestsMade);
  const mandatoryPermissions = options.mandatoryPermissions ?? new Set<string>();
  const mandatory = (grant: Grant): boolean => mandatoryPermissions.has(grant.permission);
  let done = 0;
  let total = 0;
  const wave = async (wanted: readonly ProjectGrants[]): Promise<PeopleData | undefined> => {
    if (wanted.length === 0) return undefined;
    const before = { done, total };
    const data = await readPeople(
      wanted,
      reader,
      (waveDone, waveTotal) => {
        done = before.done + waveDone;
        total = before.total + waveTotal;
        progress?.(done, total);
      },
      { budget, mandatory },
    );
    return data;
  };

  const changed = scopes.map((scope) => ({
    project: scope.project,
    grants: scope.permissions.flatMap((permission) => {
      const parts = permissionParts(permission);
      return [...parts.gained, ...parts.lost];
    }),
  }));
  let data = (await wave(changed)) ?? emptyPeople();
  const roles = (grant: Grant): boolean => grant.holder.type === 'projectRole';
  const shared = await wave(keptGrantsToRead(scopes, data, (grant) => !roles(grant), mandatory));
  if (shared !== undefined) data = mergePeople(data, shared);
  const perProject = await wave(keptGrantsToRead(scopes, data, roles, mandatory));
  if (perProject !== undefined) data = mergePeople(data, perProject);
  const report = computeAccess(scopes, data);
  if (budget.complete) return report;
  const changesNotExpanded = report.changes.filter((change) =>
    (change.unexpanded ?? []).some((entry) => entry.notRead === true),
  ).length;
  report.summary.complete = false;
  report.summary.budget = { ...budget.report, changesNotExpanded };
  return report;
}

function emptyPeople(): PeopleData {
  return { groups: new Map(), roles: new Map(), leads: new Map(), users: new Map() };
}

/** What two waves read, together (a later wave never reads what an earlier one did). */
function mergePeople(first: PeopleData, second: PeopleData): PeopleData {
  const merged: PeopleData = {
    groups: joined(first.groups, second.groups),
    roles: joined(first.roles, second.roles),
    leads: joined(first.leads, second.leads),
    users: joined(first.users, second.users),
  };
  const applicationRoles = second.applicationRoles ?? first.applicationRoles;
  if (applicationRoles !== undefined) merged.applicationRoles = applicationRoles;
  return merged;
}

/**
 * One map with both maps' entries (the second's win). Not `new Map([...first, ...second])`: at scale
 * that spread thousands of entries into a list of pairs (a large object) for every merge.
 */
function joined<K, V>(first: ReadonlyMap<K, V>, second: ReadonlyMap<K, V>): Map<K, V> {
  const map = new Map(first);
  second.forEach((value, key) => map.set(key, value));
  return map;
}
