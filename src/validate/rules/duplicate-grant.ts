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
      const firsts = grants.length <= PAIRWISE_LIMIT ? pairwise(grants) : byIdentity(grants);
      grants.forEach((grant, index) => {
        const first = firsts[index];
        if (first === undefined) return;
        reports.push({
          location: grant.location,
          message: `${describeWrittenHolder(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
        });
      });
    }
    return reports;
  },
};

/** For each grant, the earlier grant with the same holder (when there is one). */
function pairwise(grants: readonly GrantSpec[]): (GrantSpec | undefined)[] {
  return grants.map((grant, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const candidate = grants[earlier];
      if (candidate !== undefined && sameWrittenHolder(candidate.holder, grant.holder)) return candidate;
    }
    return undefined;
  });
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
