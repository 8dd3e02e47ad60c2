import { describeHolder, holderIdentities } from '../holders.js';
import type { Rule, RuleReport } from '../rule.js';
import type { SourceLocation } from '../../model/location.js';

export const duplicateGrant: Rule = {
  meta: {
    id: 'duplicate-grant',
    description:
      'The same holder listed twice under one permission (also when spelled two ways, e.g. `projectRole: 10002` and `projectRole: {id: 10002}`).',
    defaultSeverity: 'error',
    docs: 'Remove one of the two entries.',
  },
  check(scheme) {
    const reports: RuleReport[] = [];
    const seen = new Map<string, SourceLocation>();
    for (const grant of scheme.grants) {
      const identities = holderIdentities(grant.holder);
      const first = identities
        .map((identity) => seen.get(`${grant.permission}|${identity}`))
        .find((at) => at !== undefined);
      if (first !== undefined) {
        reports.push({
          location: grant.location,
          message: `${describeHolder(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.line})`,
        });
        continue;
      }
      for (const identity of identities) seen.set(`${grant.permission}|${identity}`, grant.location);
    }
    return reports;
  },
};
