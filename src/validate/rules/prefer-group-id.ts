import type { Rule } from '../rule.js';

export const preferGroupId: Rule = {
  meta: {
    id: 'prefer-group-id',
    description: 'A group given by name only: group names can change, ids cannot.',
    defaultSeverity: 'warning',
    docs: 'Write the group as {id: <groupId>} (or {name: <name>, id: <groupId>}); `jira-perms export` writes ids, and Jira admin shows them in the group URL.',
  },
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
