import { builtInPermission } from '../../model/permissions.js';
import type { Rule, RuleReport } from '../rule.js';

export const productPermission: Rule = {
  meta: {
    id: 'product-permission',
    description:
      'A permission that only means something on sites with Jira Software (MANAGE_SPRINTS_PERMISSION, VIEW_DEV_TOOLS) or Jira Service Management (SERVICEDESK_AGENT).',
    defaultSeverity: 'info',
    docs: 'Nothing to fix when the site has the product; on other sites the grant has no effect. Turn the rule off in .jira-permissions.yml to silence it.',
  },
  check(scheme) {
    const reports: RuleReport[] = [];
    const reported = new Set<string>();
    for (const grant of scheme.grants) {
      const product = builtInPermission(grant.permission)?.product;
      if (product === undefined || reported.has(grant.permission)) continue;
      reported.add(grant.permission);
      reports.push({
        location: grant.permissionLocation,
        message: `${grant.permission} only has an effect on sites with ${product}`,
      });
    }
    return reports;
  },
};
