import type { Rule } from '../rule.js';
import { adminRequired } from './admin-required.js';
import { browseRequired } from './browse-required.js';
import { duplicateGrant } from './duplicate-grant.js';
import { noAnonymousAccess } from './no-anonymous-access.js';
import { noBroadAdmin } from './no-broad-admin.js';
import { preferGroupId } from './prefer-group-id.js';
import { productPermission } from './product-permission.js';

/** Every lint rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  noAnonymousAccess,
  noBroadAdmin,
  duplicateGrant,
  preferGroupId,
  browseRequired,
  adminRequired,
  productPermission,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
