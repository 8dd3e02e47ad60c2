import { siteIndex, type RequestContext } from './context.js';
import { roleActors } from './people.js';
import type {
  SimApplicationRole,
  SimField,
  SimGrant,
  SimGroup,
  SimHolder,
  SimProject,
  SimRole,
  SimScheme,
  SimUser,
} from './types.js';

/**
 * Turns stored state into the JSON Jira answers with, for the flavour and API version of the request.
 * Kept apart from the handlers so every endpoint spells an object the same way.
 */

type Json = Record<string, unknown>;

const SCHEME_EXPAND = 'permissions,user,group,projectRole,field,all';

/** Which object an expanded holder of this type carries. */
function holderExpandKey(type: string): 'group' | 'user' | 'projectRole' | 'field' | undefined {
  switch (type) {
    case 'group':
      return 'group';
    case 'user':
      return 'user';
    case 'projectRole':
      return 'projectRole';
    case 'userCustomField':
    case 'groupCustomField':
      return 'field';
    default:
      return undefined;
  }
}

export function renderHolder(ctx: RequestContext, holder: SimHolder, expand: Set<string>): Json {
  const out: Json = { type: holder.type };
  const datacenter = ctx.flavour === 'datacenter';
  if (holder.ref === undefined) {
    if (ctx.behaviour.parameterlessHolders === 'null') out['parameter'] = null;
  } else if (holder.type === 'group') {
    const group = siteIndex(ctx).groupsById.get(holder.ref);
    out['parameter'] = group?.name ?? holder.ref;
    if (!datacenter) out['value'] = holder.ref;
  } else if (holder.type === 'user' && datacenter) {
    const user = siteIndex(ctx).usersById.get(holder.ref);
    out['parameter'] = user?.key ?? holder.ref;
  } else {
    out['parameter'] = holder.ref;
    if (!datacenter) out['value'] = holder.ref;
  }
  const key = holderExpandKey(holder.type);
  if (key === undefined || holder.ref === undefined) return out;
  const expanded = expand.has(key) || expand.has('all');
  if (!expanded || !ctx.behaviour.expandHolderObjects) {
    out['expand'] = key;
    return out;
  }
  const object = expandedHolderObject(ctx, key, holder.ref);
  if (object !== undefined) out[key] = object;
  return out;
}

function expandedHolderObject(
  ctx: RequestContext,
  key: 'group' | 'user' | 'projectRole' | 'field',
  ref: string,
): Json | undefined {
  switch (key) {
    case 'group': {
      const group = siteIndex(ctx).groupsById.get(ref);
      return group === undefined ? undefined : renderGroupName(ctx, group);
    }
    case 'user': {
      const user = siteIndex(ctx).usersById.get(ref);
      return user === undefined ? undefined : renderUser(ctx, user, new Set());
    }
    case 'projectRole': {
      const role = siteIndex(ctx).rolesById.get(ref);
      return role === undefined ? undefined : renderRole(ctx, role);
    }
    case 'field': {
      const field = siteIndex(ctx).fieldsById.get(ref);
      return field === undefined ? undefined : renderField(field);
    }
  }
}

export function grantSelf(ctx: RequestContext, grant: SimGrant): string {
  // Jira's own examples link grants without the scheme id.
  return `${ctx.restUrl}/permissionscheme/permission/${grant.id}`;
}

export function renderGrant(ctx: RequestContext, grant: SimGrant, expand: Set<string>): Json {
  return {
    id: grant.id,
    self: grantSelf(ctx, grant),
    holder: renderHolder(ctx, grant.holder, expand),
    permission: grant.permission,
  };
}

export function renderScheme(
  ctx: RequestContext,
  scheme: SimScheme,
  options: { withGrants: boolean; expand: Set<string> },
): Json {
  const out: Json = {
    expand: SCHEME_EXPAND,
    id: scheme.id,
    self: `${ctx.restUrl}/permissionscheme/${scheme.id}`,
    name: scheme.name,
  };
  if (scheme.description !== undefined) out['description'] = scheme.description;
  if (options.withGrants) {
    out['permissions'] = scheme.grants.map((grant) => renderGrant(ctx, grant, options.expand));
  }
  return out;
}

export function renderGroupName(ctx: RequestContext, group: SimGroup): Json {
  if (ctx.flavour === 'datacenter') {
    return { name: group.name, self: `${ctx.restUrl}/group?groupname=${encodeURIComponent(group.name)}` };
  }
  return {
    name: group.name,
    groupId: group.groupId,
    self: `${ctx.restUrl}/group?groupId=${group.groupId}`,
  };
}

function avatarUrls(seed: string): Json {
  const base = `https://avatar-management.example.invalid/initials/${encodeURIComponent(seed)}.png`;
  return {
    '16x16': `${base}?size=16`,
    '24x24': `${base}?size=24`,
    '32x32': `${base}?size=32`,
    '48x48': `${base}?size=48`,
  };
}

export function renderUser(ctx: RequestContext, user: SimUser, expand: Set<string>): Json {
  const initials = user.displayName
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('');
  const out: Json =
    ctx.flavour === 'datacenter'
      ? {
          self: `${ctx.restUrl}/user?username=${encodeURIComponent(user.name ?? user.accountId)}`,
          key: user.key ?? user.accountId,
          name: user.name ?? user.accountId,
        }
      : {
          self: `${ctx.restUrl}/user?accountId=${encodeURIComponent(user.accountId)}`,
          accountId: user.accountId,
          accountType: user.accountType,
        };
  out['emailAddress'] = user.emailAddress;
  out['avatarUrls'] = avatarUrls(initials);
  out['displayName'] = user.displayName;
  out['active'] = user.active;
  out['timeZone'] = user.timeZone ?? 'UTC';
  if (expand.has('groups')) {
    const items = user.groups
      .map((name) => ctx.site.groups.find((group) => group.name === name))
      .filter((group): group is SimGroup => group !== undefined)
      .map((group) => renderGroupName(ctx, group));
    out['groups'] = { size: items.length, items };
  } else {
    out['groups'] = { size: user.groups.length, items: [] };
  }
  if (expand.has('applicationRoles')) {
    const items = user.applicationRoles
      .map((key) => ctx.site.applicationRoles.find((role) => role.key === key))
      .filter((role): role is SimApplicationRole => role !== undefined)
      .map((role) => renderApplicationRole(ctx, role));
    out['applicationRoles'] = { size: items.length, items };
  } else {
    out['applicationRoles'] = { size: user.applicationRoles.length, items: [] };
  }
  out['expand'] = 'groups,applicationRoles';
  return out;
}

export function renderRole(ctx: RequestContext, role: SimRole): Json {
  return {
    self: `${ctx.restUrl}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
  };
}

export function renderField(field: SimField): Json {
  const clauseNames = field.custom ? [`cf[${field.id.replace('customfield_', '')}]`, field.name] : [field.id];
  return {
    id: field.id,
    key: field.id,
    name: field.name,
    custom: field.custom,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames,
    schema: field.schema,
  };
}

export function renderApplicationRole(ctx: RequestContext, role: SimApplicationRole): Json {
  const details = (names: string[]): Json[] =>
    names
      .map((name) => ctx.site.groups.find((group) => group.name === name))
      .filter((group): group is SimGroup => group !== undefined)
      .map((group) => renderGroupName(ctx, group));
  const userCount = ctx.site.users.filter((user) => user.applicationRoles.includes(role.key)).length;
  return {
    key: role.key,
    groups: role.groups,
    groupDetails: details(role.groups),
    name: role.name,
    defaultGroups: role.defaultGroups,
    defaultGroupsDetails: details(role.defaultGroups),
    selectedByDefault: false,
    defined: false,
    numberOfSeats: role.numberOfSeats,
    remainingSeats: Math.max(0, role.numberOfSeats - userCount),
    userCount,
    userCountDescription: `${userCount} users`,
    hasUnlimitedSeats: false,
    platform: role.platform,
  };
}

/** A deterministic UUID-shaped id for a team-managed project (Cloud gives them one). */
function projectUuid(project: SimProject): string {
  const digits = project.id.replace(/\D/g, '').padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${digits}`;
}

/** The short project form (`ProjectDetails`): what a scheme's `scope` names. */
export function renderProjectDetails(ctx: RequestContext, project: SimProject): Json {
  return {
    self: `${ctx.restUrl}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: avatarUrls(project.key),
    projectTypeKey: project.projectTypeKey,
    simplified: project.style === 'next-gen',
  };
}

/**
 * A project as `/project/search` lists it. `lead` and `description` only when expanded; archived
 * projects say when and by whom.
 */
export function renderProject(ctx: RequestContext, project: SimProject, expand = new Set<string>()): Json {
  const teamManaged = project.style === 'next-gen';
  const out: Json = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${ctx.restUrl}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: avatarUrls(project.key),
    projectTypeKey: project.projectTypeKey,
    simplified: teamManaged,
    style: teamManaged ? 'next-gen' : 'classic',
    isPrivate: false,
    properties: {},
  };
  if (teamManaged) out['uuid'] = projectUuid(project);
  if (expand.has('description')) out['description'] = project.description ?? '';
  if (expand.has('lead')) {
    const lead = leadOf(ctx, project);
    if (lead !== undefined) {
      const rendered = renderUser(ctx, lead, new Set());
      if (!ctx.behaviour.leadActive) delete rendered['active'];
      out['lead'] = rendered;
    }
  }
  if (project.archived !== undefined) {
    out['archived'] = true;
    out['archivedDate'] = jiraTime(project.archived.at);
    const by = siteIndex(ctx).usersById.get(project.archived.byAccountId);
    if (by !== undefined) out['archivedBy'] = renderUser(ctx, by, new Set());
  }
  return out;
}

function leadOf(ctx: RequestContext, project: SimProject): SimUser | undefined {
  return project.leadAccountId === undefined
    ? undefined
    : siteIndex(ctx).usersById.get(project.leadAccountId);
}

/** `GET /project/{projectIdOrKey}`: description, lead and issue types come without asking. */
export function renderProjectFull(ctx: RequestContext, project: SimProject): Json {
  const out = renderProject(ctx, project, new Set(['description', 'lead']));
  const roles: Json = {};
  for (const role of ctx.site.roles)
    roles[role.name] = `${ctx.restUrl}/project/${project.key}/role/${role.id}`;
  return {
    ...out,
    assigneeType: 'UNASSIGNED',
    components: [],
    issueTypes: [],
    versions: [],
    roles,
  };
}

/** Jira's timestamp spelling: `2026-11-20T10:00:00.000+0000`. */
export function jiraTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

/** Role actor ids are int64 in Jira; the simulator derives a stable one from what the actor is. */
function actorId(parts: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < parts.length; index++) {
    hash ^= parts.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 10000 + (hash % 1_000_000);
}

function compareNames(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `GET /project/{key}/role/{id}`: the role with its actors in that project, sorted by display name.
 * Cloud names users by `actorUser.accountId` and groups by `actorGroup`; Data Center by `name`.
 */
export function renderProjectRole(
  ctx: RequestContext,
  project: SimProject,
  role: SimRole,
  options: { excludeInactiveUsers: boolean },
): Json {
  const { users, groups } = roleActors(ctx.site, project, role.id);
  const cloud = ctx.flavour === 'cloud';
  const actors: Json[] = [
    ...users
      .filter((user) => !options.excludeInactiveUsers || user.active)
      .map((user) => {
        const actor: Json = {
          id: actorId(`${project.id}/${String(role.id)}/user/${user.accountId}`),
          displayName: user.displayName,
          type: 'atlassian-user-role-actor',
        };
        if (cloud) actor['actorUser'] = { accountId: user.accountId };
        else {
          actor['name'] = user.name ?? user.accountId;
          actor['avatarUrl'] = avatarUrls(user.displayName)['48x48'];
        }
        return actor;
      }),
    ...groups.map((group) => {
      const actor: Json = {
        id: actorId(`${project.id}/${String(role.id)}/group/${group.groupId}`),
        displayName: group.name,
        type: 'atlassian-group-role-actor',
        name: group.name,
      };
      if (cloud) actor['actorGroup'] = { name: group.name, displayName: group.name, groupId: group.groupId };
      else actor['avatarUrl'] = avatarUrls(group.name)['48x48'];
      // RoleActor's `name` is "no longer available" and ProjectRoleGroup's is optional ("use of groupId
      // is recommended"): a Cloud may send only displayName and groupId.
      if (cloud && !ctx.behaviour.roleGroupNames) {
        delete actor['name'];
        actor['actorGroup'] = { displayName: group.name, groupId: group.groupId };
      }
      return actor;
    }),
  ].sort((a, b) => compareNames(String(a['displayName']), String(b['displayName'])));
  const out: Json = {
    self: `${ctx.restUrl}/project/${project.key}/role/${String(role.id)}`,
    name: role.name,
    id: role.id,
    description: role.description,
    actors,
  };
  if (project.style === 'next-gen') {
    out['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, project) };
  }
  return out;
}

/** A user in the `UserDetails` shape (group member pages): no groups, application roles or expand. */
export function renderUserDetails(ctx: RequestContext, user: SimUser): Json {
  const full = renderUser(ctx, user, new Set());
  const out: Json = {};
  for (const key of ['self', 'accountId', 'accountType', 'key', 'name', 'emailAddress', 'avatarUrls']) {
    if (full[key] !== undefined) out[key] = full[key];
  }
  out['displayName'] = user.displayName;
  out['active'] = user.active;
  out['timeZone'] = user.timeZone ?? 'UTC';
  return out;
}
