import type { Rule } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const preferGroupId: Rule = {
  meta: registeredRule('prefer-group-id'),
  check(scheme) {
    return scheme.grants.flatMap((grant) =>
      grant.holder.type === 'group' && grant.holder.id === undefined
        ? [
            {
              location: grant.location,
              message: `group "${grant.holder.name ?? ''}" is given by name only under ${grant.permission}`,
            },
          ]
        : [],
    );
  },
};
