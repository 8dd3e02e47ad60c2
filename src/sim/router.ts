import type { RequestContext } from './context.js';
import type { SimResponse } from './errors.js';
import type { AccessCategory } from './types.js';
import * as auditing from './routes/auditing.js';
import * as check from './routes/permission-check.js';
import * as directory from './routes/directory.js';
import * as projects from './routes/projects.js';
import * as schemes from './routes/permission-schemes.js';

/** The route table: template (below `/rest/api/{version}`), who may call it, and its handler. */

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. `/permissionscheme/{schemeId}` */
  template: string;
  handler: (ctx: RequestContext) => SimResponse;
  /** Needs the Administer Jira global permission. */
  admin?: boolean;
  /** Cloud only (Data Center answers 404). */
  cloudOnly?: boolean;
  /** Data Center only (Cloud answers 404). */
  dataCenterOnly?: boolean;
  /** The token category it needs when that is not what its method says (a POST that only reads). */
  category?: AccessCategory;
}

export const ROUTES: readonly Route[] = [
  { method: 'GET', template: '/permissionscheme', handler: schemes.listSchemes },
  { method: 'POST', template: '/permissionscheme', handler: schemes.createScheme, admin: true },
  { method: 'GET', template: '/permissionscheme/{schemeId}', handler: schemes.getScheme },
  { method: 'PUT', template: '/permissionscheme/{schemeId}', handler: schemes.updateScheme, admin: true },
  { method: 'DELETE', template: '/permissionscheme/{schemeId}', handler: schemes.deleteScheme, admin: true },
  { method: 'GET', template: '/permissionscheme/{schemeId}/permission', handler: schemes.listGrants },
  {
    method: 'POST',
    template: '/permissionscheme/{schemeId}/permission',
    handler: schemes.createGrant,
    admin: true,
  },
  {
    method: 'GET',
    template: '/permissionscheme/{schemeId}/permission/{permissionId}',
    handler: schemes.getGrant,
  },
  {
    method: 'DELETE',
    template: '/permissionscheme/{schemeId}/permission/{permissionId}',
    handler: schemes.deleteGrant,
    admin: true,
  },
  { method: 'GET', template: '/permissions', handler: directory.getPermissions },
  { method: 'GET', template: '/mypermissions', handler: directory.getMyPermissions },
  { method: 'GET', template: '/myself', handler: directory.getMyself },
  { method: 'GET', template: '/serverInfo', handler: directory.getServerInfo },
  { method: 'GET', template: '/group/bulk', handler: directory.bulkGroups, cloudOnly: true },
  { method: 'GET', template: '/groups/picker', handler: directory.findGroups },
  { method: 'GET', template: '/group/member', handler: directory.listGroupMembers },
  { method: 'GET', template: '/role', handler: directory.listRoles, admin: true },
  { method: 'GET', template: '/role/{id}', handler: directory.getRole, admin: true },
  {
    method: 'GET',
    template: '/auditing/record',
    handler: auditing.auditRecords,
    admin: true,
    cloudOnly: true,
  },
  { method: 'GET', template: '/field', handler: directory.listFields },
  { method: 'GET', template: '/field/search', handler: directory.searchFields, admin: true, cloudOnly: true },
  { method: 'GET', template: '/user', handler: directory.getUser },
  { method: 'GET', template: '/user/search', handler: directory.searchUsers },
  { method: 'GET', template: '/user/bulk', handler: directory.bulkUsers, cloudOnly: true },
  { method: 'GET', template: '/users/search', handler: directory.allUsers },
  { method: 'GET', template: '/applicationrole', handler: directory.listApplicationRoles, admin: true },
  { method: 'GET', template: '/applicationrole/{key}', handler: directory.getApplicationRole, admin: true },
  // The plain list: Data Center's way to list projects, deprecated on Cloud but still served there.
  { method: 'GET', template: '/project', handler: projects.listProjects },
  { method: 'GET', template: '/project/search', handler: projects.searchProjects },
  { method: 'GET', template: '/project/{projectIdOrKey}', handler: projects.getProject },
  {
    method: 'POST',
    template: '/permissions/check',
    handler: check.checkPermissions,
    cloudOnly: true,
    category: 'read',
  },
  {
    method: 'GET',
    template: '/project/{projectKeyOrId}/permissionscheme',
    handler: projects.getProjectScheme,
    admin: true,
  },
  {
    method: 'PUT',
    template: '/project/{projectKeyOrId}/permissionscheme',
    handler: projects.assignProjectScheme,
    admin: true,
  },
  { method: 'GET', template: '/project/{projectIdOrKey}/role', handler: projects.projectRoles, admin: true },
  {
    method: 'GET',
    template: '/project/{projectIdOrKey}/roledetails',
    handler: projects.projectRoleDetails,
    admin: true,
  },
  // Not `admin`: Jira answers 404 to callers who may not administer the project.
  { method: 'GET', template: '/project/{projectIdOrKey}/role/{id}', handler: projects.projectRole },
];

/** Below `/rest/auditing/1.0`: Data Center's audit log (Atlassian's auditing plugin). */
export const AUDITING_ROUTES: readonly Route[] = [
  { method: 'GET', template: '/events', handler: auditing.auditEvents, admin: true, dataCenterOnly: true },
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Matches a path below a route table's base; `allowed` lists methods the path has when none matched. */
export function matchRoute(
  method: string,
  path: string,
  routes: readonly Route[] = ROUTES,
): { match?: RouteMatch; allowed: string[] } {
  const segments = path.split('/').filter((segment) => segment !== '');
  const allowed: string[] = [];
  for (const route of routes) {
    const parts = route.template.split('/').filter((segment) => segment !== '');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let index = 0; index < parts.length && ok; index++) {
      const part = parts[index] ?? '';
      const segment = segments[index] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) params[part.slice(1, -1)] = decodeURIComponent(segment);
      else ok = part === segment;
    }
    if (!ok) continue;
    if (route.method === method) return { match: { route, params }, allowed };
    allowed.push(route.method);
  }
  return { allowed };
}
