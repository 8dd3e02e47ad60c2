import type { Rule } from '../rule.js';

export const browseRequired: Rule = {
  meta: {
    id: 'browse-required',
    description: 'A scheme where nobody has BROWSE_PROJECTS: nobody can see the projects that use it.',
    defaultSeverity: 'error',
    docs: 'Grant BROWSE_PROJECTS to the people who work in these projects, e.g. a project role.',
  },
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
