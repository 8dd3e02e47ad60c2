import type { Rule } from '../rule.js';

export const noAnonymousAccess: Rule = {
  meta: {
    id: 'no-anonymous-access',
    description: 'A permission granted to `anyone`: people who are not logged in get it (public exposure).',
    defaultSeverity: 'error',
    docs: 'Grant it to applicationRole (any logged-in user), a group or a project role instead. If public access is intended, set the rule to warning or off in .jira-permissions.yml (rules: {no-anonymous-access: warning}).',
  },
  check(scheme) {
    return scheme.grants
      .filter((grant) => grant.holder.type === 'anyone')
      .map((grant) => ({
        location: grant.location,
        message: `${grant.permission} is granted to anyone, including people who are not logged in`,
      }));
  },
};
