import type { Rule } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const noAnonymousAccess: Rule = {
  meta: registeredRule('no-anonymous-access'),
  check(scheme) {
    return scheme.grants
      .filter((grant) => grant.holder.type === 'anyone')
      .map((grant) => ({
        location: grant.location,
        message: `${grant.permission} is granted to anyone, including people who are not logged in`,
      }));
  },
};
