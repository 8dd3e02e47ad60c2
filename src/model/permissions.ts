/**
 * The built-in project permissions of Jira's permission-scheme reference, in the reference's own order
 * (which is also the order exported files list them in). `schemas/permissions.schema.json` carries the
 * same list; a test keeps the two equal.
 */

export type PermissionCategory =
  | 'administration'
  | 'project'
  | 'issue'
  | 'voters and watchers'
  | 'comments'
  | 'attachments'
  | 'time tracking';

export type JiraProduct = 'Jira Software' | 'Jira Service Management';

export interface BuiltInPermission {
  key: string;
  category: PermissionCategory;
  /** The product a site needs for this permission to mean anything. */
  product?: JiraProduct;
}

export const PERMISSION_CATEGORIES: readonly PermissionCategory[] = [
  'administration',
  'project',
  'issue',
  'voters and watchers',
  'comments',
  'attachments',
  'time tracking',
];

export const BUILT_IN_PERMISSIONS: readonly BuiltInPermission[] = [
  { key: 'ADMINISTER_PROJECTS', category: 'administration' },
  { key: 'EDIT_WORKFLOW', category: 'administration' },
  { key: 'EDIT_ISSUE_LAYOUT', category: 'administration' },
  { key: 'BROWSE_PROJECTS', category: 'project' },
  { key: 'MANAGE_SPRINTS_PERMISSION', category: 'project', product: 'Jira Software' },
  { key: 'SERVICEDESK_AGENT', category: 'project', product: 'Jira Service Management' },
  { key: 'VIEW_DEV_TOOLS', category: 'project', product: 'Jira Software' },
  { key: 'VIEW_READONLY_WORKFLOW', category: 'project' },
  { key: 'ASSIGNABLE_USER', category: 'issue' },
  { key: 'ASSIGN_ISSUES', category: 'issue' },
  { key: 'CLOSE_ISSUES', category: 'issue' },
  { key: 'CREATE_ISSUES', category: 'issue' },
  { key: 'DELETE_ISSUES', category: 'issue' },
  { key: 'EDIT_ISSUES', category: 'issue' },
  { key: 'LINK_ISSUES', category: 'issue' },
  { key: 'MODIFY_REPORTER', category: 'issue' },
  { key: 'MOVE_ISSUES', category: 'issue' },
  { key: 'RESOLVE_ISSUES', category: 'issue' },
  { key: 'SCHEDULE_ISSUES', category: 'issue' },
  { key: 'SET_ISSUE_SECURITY', category: 'issue' },
  { key: 'TRANSITION_ISSUES', category: 'issue' },
  { key: 'MANAGE_WATCHERS', category: 'voters and watchers' },
  { key: 'VIEW_VOTERS_AND_WATCHERS', category: 'voters and watchers' },
  { key: 'ADD_COMMENTS', category: 'comments' },
  { key: 'DELETE_ALL_COMMENTS', category: 'comments' },
  { key: 'DELETE_OWN_COMMENTS', category: 'comments' },
  { key: 'EDIT_ALL_COMMENTS', category: 'comments' },
  { key: 'EDIT_OWN_COMMENTS', category: 'comments' },
  { key: 'CREATE_ATTACHMENTS', category: 'attachments' },
  { key: 'DELETE_ALL_ATTACHMENTS', category: 'attachments' },
  { key: 'DELETE_OWN_ATTACHMENTS', category: 'attachments' },
  { key: 'DELETE_ALL_WORKLOGS', category: 'time tracking' },
  { key: 'DELETE_OWN_WORKLOGS', category: 'time tracking' },
  { key: 'EDIT_ALL_WORKLOGS', category: 'time tracking' },
  { key: 'EDIT_OWN_WORKLOGS', category: 'time tracking' },
  { key: 'WORK_ON_ISSUES', category: 'time tracking' },
];

const BY_KEY = new Map(BUILT_IN_PERMISSIONS.map((permission) => [permission.key, permission]));

export function builtInPermission(key: string): BuiltInPermission | undefined {
  return BY_KEY.get(key);
}

export function isBuiltInPermission(key: string): boolean {
  return BY_KEY.has(key);
}

/**
 * Each built-in key's position in the reference order: sorts call permissionOrder for every pair they
 * compare, and two linear searches with a callback per entry each were a hot spot of plan.
 */
const RANK = new Map(BUILT_IN_PERMISSIONS.map((permission, index) => [permission.key, index]));

/** Sort position of a permission key: built-ins in reference order, then app-defined keys by name. */
export function permissionOrder(a: string, b: string): number {
  const rankA = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
