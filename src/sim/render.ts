import { siteIndex, type RequestContext } from './context.js';
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

export function renderProject(ctx: RequestContext, project: SimProject): Json {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${ctx.restUrl}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: avatarUrls(project.key),
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}
