import type { Rule } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const browseRequired: Rule = {
  meta: registeredRule('browse-required'),
  wholeScheme: true,
  check(scheme) {
    if (scheme.grants.some((grant) => grant.permission === 'BROWSE_PROJECTS')) return [];
    return [
      {
        location: scheme.nameLocation,
        message: `nobody can browse projects that use "${scheme.name}": no holder has BROWSE_PROJECTS`,
      },
    ];
  },
};
