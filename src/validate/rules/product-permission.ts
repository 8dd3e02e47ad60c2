import { builtInPermission } from '../../model/permissions.js';
import type { Rule, RuleReport } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

export const productPermission: Rule = {
  meta: registeredRule('product-permission'),
  check(scheme, context) {
    const reports: RuleReport[] = [];
    const reported = new Set<string>();
    // A file's grants of one permission come one after another: each run is looked up once.
    let previous: string | undefined;
    for (const grant of scheme.grants) {
      if (grant.permission === previous) continue;
      previous = grant.permission;
      const product = builtInPermission(grant.permission)?.product;
      if (product === undefined || reported.has(grant.permission)) continue;
      // The live catalogue lists a product's permissions when the site has the product: nothing to say.
      if (context?.sitePermissions?.has(grant.permission) === true) continue;
      reported.add(grant.permission);
      reports.push({
        location: grant.permissionLocation,
        message: `${grant.permission} only has an effect on sites with ${product}`,
        subject: grant.permission,
      });
    }
    return reports;
  },
};
