import type { GrantSpec } from '../../model/spec.js';
import { describeWrittenHolder, sameWrittenHolder, writtenHolderIdentities } from '../../model/holder.js';
import type { Rule, RuleReport } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

/** Above this many holders under one permission, compare by identity keys instead of pairwise. */
const PAIRWISE_LIMIT = 16;

export const duplicateGrant: Rule = {
  meta: registeredRule('duplicate-grant'),
  check(scheme) {
    // The loader lists each permission's grants together: then each run is checked where it lies,
    // without a list per permission (every file of a run goes through this).
    const runs = inRuns(scheme.grants);
    if (runs !== undefined) return runs;
    const byPermission = new Map<string, GrantSpec[]>();
    for (const grant of scheme.grants) {
      const list = byPermission.get(grant.permission);
      if (list === undefined) byPermission.set(grant.permission, [grant]);
      else list.push(grant);
    }
    const reports: RuleReport[] = [];
    for (const grants of byPermission.values()) checkList(grants, 0, grants.length, reports);
    return reports;
  },
};

/**
 * The reports for grants whose permissions each come in one run (all of a permission's grants next to
 * each other), in the order the map of lists gives them; undefined when a permission comes back after
 * another one (found before anything is checked).
 */
function inRuns(grants: readonly GrantSpec[]): RuleReport[] | undefined {
  const started = new Set<string>();
  for (let index = 0; index < grants.length; index++) {
    const permission = grants[index]?.permission ?? '';
    if (index > 0 && permission === grants[index - 1]?.permission) continue;
    // A new run: its permission must not have had one before.
    if (started.has(permission)) return undefined;
    started.add(permission);
  }
  const reports: RuleReport[] = [];
  let start = 0;
  for (let index = 1; index <= grants.length; index++) {
    if (index < grants.length && grants[index]?.permission === grants[start]?.permission) continue;
    checkList(grants, start, index, reports);
    start = index;
  }
  return reports;
}

/** Reports every grant in `grants[start..end)` (one permission's) whose holder an earlier one has. */
function checkList(grants: readonly GrantSpec[], start: number, end: number, reports: RuleReport[]): void {
  if (end - start < 2) return;
  if (end - start > PAIRWISE_LIMIT) {
    const list = grants.slice(start, end);
    const firsts = byIdentity(list);
    list.forEach((grant, index) => {
      const first = firsts[index];
      if (first !== undefined) reports.push(duplicateReport(grant, first));
    });
    return;
  }
  // Pairwise, allocating nothing for a list without a duplicate (nearly every list).
  for (let index = start + 1; index < end; index++) {
    const grant = grants[index];
    if (grant === undefined) continue;
    const first = earlierSame(grants, start, index, grant);
    if (first !== undefined) reports.push(duplicateReport(grant, first));
  }
}

function duplicateReport(grant: GrantSpec, first: GrantSpec): RuleReport {
  return {
    location: grant.location,
    message: `${describeWrittenHolder(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
  };
}

/** The earliest grant from `start` to before `index` with the same holder as `grant` (when there is one). */
function earlierSame(
  grants: readonly GrantSpec[],
  start: number,
  index: number,
  grant: GrantSpec,
): GrantSpec | undefined {
  for (let earlier = start; earlier < index; earlier++) {
    const candidate = grants[earlier];
    if (candidate !== undefined && sameWrittenHolder(candidate.holder, grant.holder)) return candidate;
  }
  return undefined;
}

function byIdentity(grants: readonly GrantSpec[]): (GrantSpec | undefined)[] {
  const seen = new Map<string, GrantSpec>();
  return grants.map((grant) => {
    const identities = writtenHolderIdentities(grant.holder);
    for (const identity of identities) {
      const first = seen.get(identity);
      if (first !== undefined) return first;
    }
    for (const identity of identities) seen.set(identity, grant);
    return undefined;
  });
}
