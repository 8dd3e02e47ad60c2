import type { Rule } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const adminRequired: Rule = {
  meta: registeredRule('admin-required'),
  wholeScheme: true,
  check(scheme) {
    if (scheme.grants.some((grant) => grant.permission === 'ADMINISTER_PROJECTS')) return [];
    return [
      {
        location: scheme.nameLocation,
        message: `nobody can administer projects that use "${scheme.name}": no holder has ADMINISTER_PROJECTS`,
      },
    ];
  },
};
