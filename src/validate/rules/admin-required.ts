import type { Rule } from '../rule.js';

export const adminRequired: Rule = {
  meta: {
    id: 'admin-required',
    description:
      'A scheme where nobody has ADMINISTER_PROJECTS: nobody can administer the projects that use it.',
    defaultSeverity: 'error',
    docs: 'Grant ADMINISTER_PROJECTS to a project role (e.g. Administrators) or an admin group.',
  },
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
