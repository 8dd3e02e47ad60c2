import { expandSet, intParam, type RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { groupMembers, hasProjectPermission } from '../people.js';
import { renderApplicationRole, renderField, renderRole, renderUser, renderUserDetails } from '../render.js';
import type { SimPermission, SimUser } from '../types.js';

/**
 * Everything around schemes that a client needs to resolve names: the permission catalogue, the caller,
 * groups, roles, users, fields, application roles, server info.
 */

export interface Page<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: T[];
}

/** One page, capped at `cap` items whatever the client asked for (as Jira does). */
export function paginate<T>(
  ctx: RequestContext,
  items: T[],
  cap: number,
  defaultMax = 50,
): Page<T> | SimResponse {
  const startAt = intParam(ctx.query, 'startAt', 0);
  const asked = intParam(ctx.query, 'maxResults', defaultMax);
  if (startAt === undefined || asked === undefined || startAt < 0) {
    return errorResponse(400, ['startAt and maxResults must be non-negative integers.']);
  }
  const maxResults = Math.max(0, Math.min(asked, cap));
  const values = items.slice(startAt, startAt + maxResults);
  return {
    startAt,
    maxResults,
    total: items.length,
    isLast: startAt + values.length >= items.length,
    values,
  };
}

export function isPage<T>(value: Page<T> | SimResponse): value is Page<T> {
  return 'values' in value;
}

/** `self` and `nextPage` links for a page, keeping the request's other query parameters. */
export function pageLinks(ctx: RequestContext, path: string, page: Page<unknown>): Record<string, string> {
  const link = (startAt: number): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('startAt', String(startAt));
    query.set('maxResults', String(page.maxResults));
    return `${ctx.restUrl}${path}?${query.toString()}`;
  };
  const links: Record<string, string> = { self: link(page.startAt) };
  if (!page.isLast) links['nextPage'] = link(page.startAt + page.values.length);
  return links;
}

/**
 * A page's markers as the `pageMarkers` switch plays them: the documented PageBean (`self`, `nextPage`,
 * `maxResults`, `startAt`, `total`, `isLast`), `nextPage` only (no `total`, no `isLast`), `total` as
 * "the number of items returned" on this page and no `isLast` or `nextPage`, or `total` as the whole
 * list's size and no `isLast` or `nextPage`. `total` may be given
 * (members: every member, inactive ones too, when they are left out).
 */
export function pageMarkers(
  ctx: RequestContext,
  path: string,
  page: Page<unknown>,
  total = page.total,
): Record<string, unknown> {
  const links = pageLinks(ctx, path, page);
  const start = { self: links['self'], maxResults: page.maxResults, startAt: page.startAt };
  switch (ctx.behaviour.pageMarkers) {
    case 'nextPage':
      return { ...links, maxResults: page.maxResults, startAt: page.startAt };
    case 'pageTotal':
      return { ...start, total: page.values.length };
    case 'total':
      return { ...start, total };
    default:
      return { ...links, maxResults: page.maxResults, startAt: page.startAt, total, isLast: page.isLast };
  }
}

function catalogueEntry(permission: SimPermission): Record<string, unknown> {
  return {
    key: permission.key,
    name: permission.name,
    type: permission.type,
    description: permission.description,
  };
}

export function getPermissions(ctx: RequestContext): SimResponse {
  const permissions: Record<string, unknown> = {};
  for (const permission of ctx.site.permissions) permissions[permission.key] = catalogueEntry(permission);
  return { status: 200, body: { permissions } };
}

export function getMyPermissions(ctx: RequestContext): SimResponse {
  const raw = ctx.query.get('permissions');
  if (raw === null || raw.trim() === '') {
    return errorResponse(400, [
      "The 'permissions' query parameter is required (a comma-separated list of keys).",
    ]);
  }
  const keys = raw
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  const projectRef = ctx.query.get('projectId') ?? ctx.query.get('projectKey');
  const project =
    projectRef === null
      ? undefined
      : ctx.site.projects.find((candidate) => candidate.id === projectRef || candidate.key === projectRef);
  if (projectRef !== null && project === undefined) {
    return errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, projectRef)]);
  }
  const admin = ctx.credential.admin;
  // Without a project, a permission counts when the caller has it in any project.
  const projects = project === undefined ? ctx.site.projects : [project];
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const known = ctx.site.permissions.find((permission) => permission.key === key);
    if (known === undefined) {
      return errorResponse(400, [MESSAGES.unknownPermission(ctx.behaviour.errorWording, key)]);
    }
    const havePermission =
      known.type === 'GLOBAL'
        ? hasGlobalPermission(ctx, key, ctx.user, admin)
        : ctx.user !== undefined &&
          projects.some((candidate) => hasProjectPermission(ctx.site, candidate, key, ctx.user, { admin }));
    permissions[key] = { id: key, ...catalogueEntry(known), havePermission };
  }
  return { status: 200, body: { permissions } };
}

/** Global permissions: administration follows the admin flag, the rest any active licensed user has. */
function hasGlobalPermission(
  ctx: RequestContext,
  key: string,
  user: SimUser | undefined,
  admin: boolean,
): boolean {
  if (key === 'ADMINISTER' || key === 'SYSTEM_ADMIN') return admin;
  if (user === undefined || !user.active) return false;
  if (key === 'USER_PICKER') return admin || ctx.credential.browseUsers !== false;
  return admin || user.applicationRoles.length > 0;
}

export function getMyself(ctx: RequestContext): SimResponse {
  if (ctx.user === undefined)
    return errorResponse(401, [MESSAGES.badCredentials(ctx.behaviour.errorWording)]);
  return { status: 200, body: renderUser(ctx, ctx.user, expandSet(ctx.query)) };
}

export function getServerInfo(ctx: RequestContext): SimResponse {
  return serverInfo(ctx.flavour, ctx.siteUrl, ctx.now);
}

/** Jira documents serverInfo as anonymous: the server answers it without a credential too. */
export function serverInfo(flavour: RequestContext['flavour'], siteUrl: string, now: Date): SimResponse {
  const cloud = flavour === 'cloud';
  return {
    status: 200,
    body: {
      baseUrl: siteUrl,
      displayUrl: siteUrl,
      version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.15',
      versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 15],
      deploymentType: cloud ? 'Cloud' : 'Server',
      buildNumber: cloud ? 100282 : 9120015,
      buildDate: '2026-11-02T00:00:00.000+0000',
      serverTime: now.toISOString().replace('Z', '+0000'),
      scmInfo: 'jira-perms-simulator',
      serverTitle: 'Jira (jira-perms simulator)',
      serverTimeZone: 'Etc/UTC',
    },
  };
}

export function bulkGroups(ctx: RequestContext): SimResponse {
  const ids = ctx.query.getAll('groupId');
  const names = ctx.query.getAll('groupName');
  let groups = ctx.site.groups;
  if (ids.length > 0 || names.length > 0) {
    groups = groups.filter((group) => ids.includes(group.groupId) || names.includes(group.name));
  }
  const page = paginate(ctx, groups, ctx.behaviour.maxResultsCap.groups);
  if (!isPage(page)) return page;
  return {
    status: 200,
    body: {
      ...pageMarkers(ctx, '/group/bulk', page),
      values: page.values.map((group) => ({ name: group.name, groupId: group.groupId })),
    },
  };
}

/**
 * `/group/member`: a group's users, ordered by username, 50 a page at most. Cloud takes `groupId` or
 * `groupname` (not both); Data Center only `groupname`. Inactive users only when asked.
 */
export function listGroupMembers(ctx: RequestContext): SimResponse {
  const w = ctx.behaviour.errorWording;
  if (!ctx.credential.admin && ctx.credential.browseUsers === false) {
    return errorResponse(403, [MESSAGES.noBrowseUsers(w)]);
  }
  const cloud = ctx.flavour === 'cloud';
  const groupId = cloud ? ctx.query.get('groupId') : null;
  const groupname = ctx.query.get('groupname');
  if (groupId !== null && groupname !== null) return errorResponse(400, [MESSAGES.groupBoth(w)]);
  if ((groupId ?? groupname ?? '') === '') return errorResponse(400, [MESSAGES.groupMissing(w, cloud)]);
  const group =
    groupId !== null
      ? ctx.site.groups.find((candidate) => candidate.groupId === groupId)
      : ctx.site.groups.find((candidate) => candidate.name === groupname);
  if (group === undefined) return errorResponse(404, [MESSAGES.groupNotFound(w, groupId ?? groupname ?? '')]);
  const includeInactive = ctx.query.get('includeInactiveUsers') === 'true';
  const members = groupMembers(ctx.site, group, includeInactive);
  const page = paginate(ctx, members, Math.min(50, ctx.behaviour.maxResultsCap.members ?? 50));
  if (!isPage(page)) return page;
  return {
    status: 200,
    body: {
      ...pageMarkers(
        ctx,
        '/group/member',
        page,
        ctx.behaviour.memberTotal === 'all' ? groupMembers(ctx.site, group, true).length : page.total,
      ),
      values: page.values.map((user) => renderUserDetails(ctx, user)),
    },
  };
}

export function findGroups(ctx: RequestContext): SimResponse {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const limit = intParam(ctx.query, 'maxResults', 20) ?? 20;
  const matches = ctx.site.groups.filter((group) => group.name.toLowerCase().includes(query));
  const shown = matches.slice(0, limit);
  return {
    status: 200,
    body: {
      header: `Showing ${shown.length} of ${matches.length} matching groups`,
      total: matches.length,
      groups: shown.map((group) => {
        const out: Record<string, unknown> = { name: group.name, html: group.name, labels: [] };
        if (ctx.flavour === 'cloud') out['groupId'] = group.groupId;
        return out;
      }),
    },
  };
}

export function listRoles(ctx: RequestContext): SimResponse {
  return { status: 200, body: ctx.site.roles.map((role) => renderRole(ctx, role)) };
}

export function getRole(ctx: RequestContext): SimResponse {
  const raw = ctx.params['id'] ?? '';
  const role = ctx.site.roles.find((candidate) => String(candidate.id) === raw);
  if (role === undefined) return errorResponse(404, [MESSAGES.roleNotFound(ctx.behaviour.errorWording, raw)]);
  return { status: 200, body: renderRole(ctx, role) };
}

export function listFields(ctx: RequestContext): SimResponse {
  return { status: 200, body: ctx.site.fields.map((field) => renderField(field)) };
}

/** `/field/search`: the paginated field list, filtered by type, ids and a name query. */
export function searchFields(ctx: RequestContext): SimResponse {
  const types = ctx.query.getAll('type').flatMap((value) => value.split(','));
  const ids = ctx.query.getAll('id').flatMap((value) => value.split(','));
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const fields = ctx.site.fields
    .filter((field) => types.length === 0 || types.includes(field.custom ? 'custom' : 'system'))
    .filter((field) => ids.length === 0 || ids.includes(field.id))
    .filter((field) => query === '' || field.name.toLowerCase().includes(query));
  const page = paginate(ctx, fields, ctx.behaviour.maxResultsCap.fields ?? 50);
  if (!isPage(page)) return page;
  return {
    status: 200,
    body: {
      ...pageMarkers(ctx, '/field/search', page),
      values: page.values.map((field) => ({
        id: field.id,
        key: field.id,
        name: field.name,
        schema: field.schema,
        ...(field.custom
          ? { searcherKey: `${field.schema.custom ?? 'custom'}searcher`, isLocked: false }
          : {}),
      })),
    },
  };
}

function findUser(ctx: RequestContext): { user?: SimUser; ref?: string } {
  const accountId = ctx.query.get('accountId');
  if (ctx.flavour === 'datacenter') {
    const ref = ctx.query.get('username') ?? ctx.query.get('key') ?? accountId;
    if (ref === null) return {};
    const user = ctx.site.users.find((candidate) => candidate.name === ref || candidate.key === ref);
    return user === undefined ? { ref } : { user, ref };
  }
  if (accountId === null) return {};
  const user = ctx.site.users.find((candidate) => candidate.accountId === accountId);
  return user === undefined ? { ref: accountId } : { user, ref: accountId };
}

export function getUser(ctx: RequestContext): SimResponse {
  const w = ctx.behaviour.errorWording;
  const { user, ref } = findUser(ctx);
  if (ref === undefined) {
    const param = ctx.flavour === 'datacenter' ? 'username' : 'accountId';
    return errorResponse(400, [`The '${param}' query parameter needs to be provided.`]);
  }
  if (user === undefined) return errorResponse(404, [MESSAGES.userNotFound(w, ref)]);
  return { status: 200, body: renderUser(ctx, user, expandSet(ctx.query)) };
}

export function searchUsers(ctx: RequestContext): SimResponse {
  const query = ctx.query.get('query') ?? (ctx.flavour === 'datacenter' ? ctx.query.get('username') : null);
  const accountId = ctx.query.get('accountId');
  if ((query === null || query === '') && accountId === null) {
    return errorResponse(400, ["One of 'query' or 'accountId' query parameters must be provided."]);
  }
  if (query !== null && query !== '' && accountId !== null) {
    return errorResponse(400, ["Only one of 'query' or 'accountId' may be provided."]);
  }
  const needle = (query ?? '').toLowerCase();
  const matches = ctx.site.users.filter((user) =>
    accountId !== null
      ? user.accountId === accountId
      : user.displayName
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(needle)) ||
        user.displayName.toLowerCase().startsWith(needle) ||
        user.emailAddress.toLowerCase().startsWith(needle) ||
        (user.name ?? '').toLowerCase().startsWith(needle),
  );
  const page = paginate(ctx, matches, ctx.behaviour.maxResultsCap.users);
  if (!isPage(page)) return page;
  return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}

export function allUsers(ctx: RequestContext): SimResponse {
  const page = paginate(ctx, ctx.site.users, ctx.behaviour.maxResultsCap.users);
  if (!isPage(page)) return page;
  return { status: 200, body: page.values.map((user) => renderUser(ctx, user, new Set())) };
}

export function bulkUsers(ctx: RequestContext): SimResponse {
  const ids = ctx.query.getAll('accountId');
  if (ids.length === 0) return errorResponse(400, ["The 'accountId' query parameter needs to be provided."]);
  const users = ctx.site.users.filter((user) => ids.includes(user.accountId));
  const page = paginate(ctx, users, ctx.behaviour.maxResultsCap.users, 10);
  if (!isPage(page)) return page;
  return {
    status: 200,
    body: {
      ...pageMarkers(ctx, '/user/bulk', page),
      values: page.values.map((user) => renderUser(ctx, user, new Set())),
    },
  };
}

export function listApplicationRoles(ctx: RequestContext): SimResponse {
  return { status: 200, body: ctx.site.applicationRoles.map((role) => renderApplicationRole(ctx, role)) };
}

export function getApplicationRole(ctx: RequestContext): SimResponse {
  const key = ctx.params['key'] ?? '';
  const role = ctx.site.applicationRoles.find((candidate) => candidate.key === key);
  if (role === undefined) {
    return errorResponse(404, [MESSAGES.applicationRoleNotFound(ctx.behaviour.errorWording, key)]);
  }
  return { status: 200, body: renderApplicationRole(ctx, role) };
}
