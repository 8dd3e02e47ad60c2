import type { Rule, RuleReport } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const preferGroupId: Rule = {
  meta: registeredRule('prefer-group-id'),
  check(scheme) {
    // A loop, not flatMap: this looks at every grant of every file, and most are not groups by name.
    const reports: RuleReport[] = [];
    for (const grant of scheme.grants) {
      if (grant.holder.type !== 'group' || grant.holder.id !== undefined) continue;
      reports.push({
        location: grant.location,
        message: `group "${grant.holder.name ?? ''}" is given by name only under ${grant.permission}`,
      });
    }
    return reports;
  },
};
