import type { Rule } from '../rule.js';
import { registeredRule } from '../../model/rules.js';

/** Permissions that change a project's configuration or destroy other people's work. */
export const BROAD_ADMIN_PERMISSIONS: ReadonlySet<string> = new Set([
  'ADMINISTER_PROJECTS',
  'EDIT_WORKFLOW',
  'EDIT_ISSUE_LAYOUT',
  'DELETE_ISSUES',
  'DELETE_ALL_COMMENTS',
  'DELETE_ALL_ATTACHMENTS',
  'DELETE_ALL_WORKLOGS',
]);

export const noBroadAdmin: Rule = {
  meta: registeredRule('no-broad-admin'),
  check(scheme) {
    return scheme.grants
      .filter(
        (grant) =>
          BROAD_ADMIN_PERMISSIONS.has(grant.permission) &&
          (grant.holder.type === 'anyone' || grant.holder.type === 'applicationRole'),
      )
      .map((grant) => {
        const holder = grant.holder;
        const who =
          holder.type !== 'applicationRole'
            ? 'anyone'
            : holder.key === undefined
              ? 'every logged-in user (applicationRole)'
              : `every user of ${holder.key} (applicationRole)`;
        return { location: grant.location, message: `${grant.permission} is granted to ${who}` };
      });
  },
};
