import type { GrantSpec } from '../../model/spec.js';
import { describeWrittenHolder, sameWrittenHolder, writtenHolderIdentities } from '../../model/holder.js';
import type { Rule, RuleReport } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

/** Above this many holders under one permission, compare by identity keys instead of pairwise. */
const PAIRWISE_LIMIT = 16;

export const duplicateGrant: Rule = {
  meta: registeredRule('duplicate-grant'),
  check(scheme) {
    const byPermission = new Map<string, GrantSpec[]>();
    for (const grant of scheme.grants) {
      const list = byPermission.get(grant.permission);
      if (list === undefined) byPermission.set(grant.permission, [grant]);
      else list.push(grant);
    }
    const reports: RuleReport[] = [];
    for (const grants of byPermission.values()) {
      if (grants.length < 2) continue;
      if (grants.length > PAIRWISE_LIMIT) {
        const firsts = byIdentity(grants);
        grants.forEach((grant, index) => {
          const first = firsts[index];
          if (first !== undefined) reports.push(duplicateReport(grant, first));
        });
        continue;
      }
      // Pairwise, allocating nothing for a list without a duplicate (nearly every list).
      for (let index = 1; index < grants.length; index++) {
        const grant = grants[index];
        if (grant === undefined) continue;
        const first = earlierSame(grants, index, grant);
        if (first !== undefined) reports.push(duplicateReport(grant, first));
      }
    }
    return reports;
  },
};

function duplicateReport(grant: GrantSpec, first: GrantSpec): RuleReport {
  return {
    location: grant.location,
    message: `${describeWrittenHolder(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
  };
}

/** The earliest grant before `index` with the same holder as `grant` (when there is one). */
function earlierSame(grants: readonly GrantSpec[], index: number, grant: GrantSpec): GrantSpec | undefined {
  for (let earlier = 0; earlier < index; earlier++) {
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
