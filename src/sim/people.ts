import { findAnyScheme } from './state.js';
import type { SimGroup, SimHolder, SimProject, SimScheme, SimUser, SiteData } from './types.js';

/**
 * Who is who on the site: group members, role actors, project leads, and whether a holder of a grant
 * includes a person in a project. The one place the simulator answers "does this person have it", so
 * `/mypermissions`, `/permissions/check` and the role-actor admin check agree.
 */

/** Users are ordered by username (Jira's documented order), falling back to the account id. */
function byUsername(a: SimUser, b: SimUser): number {
  const left = (a.name ?? a.accountId).toLowerCase();
  const right = (b.name ?? b.accountId).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

export function groupMembers(site: SiteData, group: SimGroup, includeInactive: boolean): SimUser[] {
  return site.users
    .filter((user) => user.groups.includes(group.name) && (includeInactive || user.active))
    .sort(byUsername);
}

export interface RoleActorRefs {
  users: SimUser[];
  groups: SimGroup[];
}

/** The actors of one role in one project; unknown accounts and groups are skipped, as Jira drops them. */
export function roleActors(site: SiteData, project: SimProject, roleId: number): RoleActorRefs {
  const actors = project.roleActors?.[String(roleId)];
  const users = (actors?.users ?? [])
    .map((accountId) => site.users.find((user) => user.accountId === accountId))
    .filter((user): user is SimUser => user !== undefined);
  const groups = (actors?.groups ?? [])
    .map((groupId) => site.groups.find((group) => group.groupId === groupId))
    .filter((group): group is SimGroup => group !== undefined);
  return { users, groups };
}

export function actsInRole(site: SiteData, project: SimProject, roleId: number, user: SimUser): boolean {
  const { users, groups } = roleActors(site, project, roleId);
  return (
    users.some((actor) => actor.accountId === user.accountId) ||
    groups.some((group) => user.groups.includes(group.name))
  );
}

export interface CoverOptions {
  /** The caller is a Jira administrator: Jira lets admins act in every role of every project. */
  admin?: boolean;
}

/**
 * Whether a grant's holder includes the person in this project. Per-issue holders (reporter,
 * assignee, the custom-field holders, portal customers) cover nobody outside an issue.
 */
export function holderCovers(
  site: SiteData,
  project: SimProject,
  holder: SimHolder,
  user: SimUser | undefined,
  options: CoverOptions = {},
): boolean {
  if (holder.type === 'anyone') return true;
  if (user === undefined || !user.active) return false;
  switch (holder.type) {
    case 'applicationRole':
      return holder.ref === undefined
        ? user.applicationRoles.length > 0
        : user.applicationRoles.includes(holder.ref);
    case 'group': {
      const group = site.groups.find((candidate) => candidate.groupId === holder.ref);
      return group !== undefined && user.groups.includes(group.name);
    }
    case 'user':
      return holder.ref === user.accountId;
    case 'projectRole':
      return options.admin === true || actsInRole(site, project, Number(holder.ref), user);
    case 'projectLead':
      return project.leadAccountId === user.accountId;
    default:
      return false;
  }
}

export function schemeOf(site: SiteData, project: SimProject): SimScheme | undefined {
  return findAnyScheme(site, project.permissionSchemeId);
}

/** Whether the person holds a project permission in the project through any grant of its scheme. */
export function hasProjectPermission(
  site: SiteData,
  project: SimProject,
  permission: string,
  user: SimUser | undefined,
  options: CoverOptions = {},
): boolean {
  const scheme = schemeOf(site, project);
  return (
    scheme !== undefined &&
    scheme.grants.some(
      (grant) => grant.permission === permission && holderCovers(site, project, grant.holder, user, options),
    )
  );
}
