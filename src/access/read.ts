import type { GroupRef, JiraDirectory, JiraPeople, PersonRef, RoleActorsRef } from '../jira/api.js';
import { JiraError, errorMessage } from '../jira/errors.js';
import type { AccessPerson } from '../model/access.js';
import { holderId } from '../model/holder.js';
import type { Grant, ProjectRef } from '../model/scheme.js';
import type { Lookup, PeopleData, RoleMembers } from './compute.js';
import { groupKey, holderGroup, roleKey } from './compute.js';

/**
 * The reads effective access needs, and only those: for the grants in scope, each project's role actors
 * once per role a holder names, each group's members once (holders, groups inside roles, groups of
 * application roles), the application roles once, the leads of the projects whose changed permissions
 * name `projectLead`, and the names of `user` holders that came without one. Reads run together; the
 * client bounds how many are in flight. A read Jira refuses is kept as its reason (never guessed).
 */

export type AccessReader = JiraPeople &
  Pick<JiraDirectory, 'groupsHaveIds' | 'getApplicationRoles' | 'getUsers'>;

/** The grants to expand in one project (both sides of every changed permission). */
export interface ProjectGrants {
  project: ProjectRef;
  grants: readonly Grant[];
}

export interface ReadProgress {
  (done: number, total: number): void;
}

export async function readPeople(
  wanted: readonly ProjectGrants[],
  reader: AccessReader,
  progress: ReadProgress = () => undefined,
): Promise<PeopleData> {
  const groups = new Map<string, GroupRef>();
  const roles = new Map<string, { project: ProjectRef; roleId: string; label: string }>();
  const leads = new Map<string, ProjectRef>();
  const userIds = new Set<string>();
  let applicationRoleKeys = new Set<string>();
  for (const { project, grants } of wanted) {
    for (const { holder, name } of grants) {
      const id = holderId(holder);
      if (holder.type === 'group') groups.set(groupKey(holderGroup(holder)), holderGroup(holder));
      else if (holder.type === 'projectRole' && id !== undefined)
        roles.set(roleKey(project.id, id), { project, roleId: id, label: name ?? id });
      else if (holder.type === 'applicationRole' && id !== undefined)
        applicationRoleKeys = applicationRoleKeys.add(id);
      else if (holder.type === 'projectLead' && project.lead === undefined) leads.set(project.id, project);
      else if (holder.type === 'user' && id !== undefined && name === undefined) userIds.add(id);
    }
  }

  let done = 0;
  let total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
  const step = <T>(promise: Promise<T>): Promise<T> =>
    promise.finally(() => {
      done += 1;
      progress(done, total);
    });

  const [roleResults, leadResults, applicationRoles, users] = await Promise.all([
    Promise.all(
      [...roles.entries()].map(async ([key, role]) => {
        const result = await step(
          attempt(
            () => readRole(reader, role.project, Number(role.roleId)),
            (reason) => `could not read the actors of role ${role.label} in ${role.project.key}: ${reason}`,
          ),
        );
        return [key, result] as const;
      }),
    ),
    Promise.all(
      [...leads.entries()].map(async ([id, project]) => {
        const result = await step(
          attempt(
            async () => {
              const details = await reader.getProjectDetails(project.key);
              return details.lead === undefined ? null : person(details.lead);
            },
            (reason) => `could not read the lead of ${project.key}: ${reason}`,
          ),
        );
        return [id, result] as const;
      }),
    ),
    applicationRoleKeys.size === 0
      ? Promise.resolve(undefined)
      : step(
          attempt(
            async () => {
              const all = await reader.getApplicationRoles();
              return new Map(all.map((role) => [role.key, role.groups ?? []]));
            },
            (reason) => `could not read the application roles: ${reason}`,
          ),
        ),
    // Names only: a refusal leaves the account ids as they are.
    userIds.size === 0
      ? Promise.resolve(new Map<string, AccessPerson>())
      : reader
          .getUsers([...userIds])
          .then((found) => new Map([...found].map(([id, user]) => [id, person(user)])))
          .catch(rethrowAbort(() => new Map<string, AccessPerson>())),
  ]);

  // Groups found inside roles and application roles are read with the holders' groups, each once.
  const roleData = new Map<string, Lookup<RoleMembers>>(roleResults);
  for (const [, result] of roleResults)
    if (result.ok) for (const group of result.value.groups) addGroup(groups, group);
  if (applicationRoles?.ok === true) {
    for (const key of applicationRoleKeys)
      for (const group of applicationRoles.value.get(key) ?? []) addGroup(groups, group);
  }
  total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
  const groupResults = await Promise.all(
    [...groups.entries()].map(async ([key, group]) => {
      const result = await step(
        attempt(
          async () => (await reader.getGroupMembers(group)).map(person),
          (reason) => `could not read the members of group "${group.name}": ${reason}`,
        ),
      );
      return [key, result] as const;
    }),
  );

  // Leads the project list carried cost no request; an inactive lead holds nothing.
  const listedLeads = wanted
    .filter(({ project }) => project.lead !== undefined)
    .map(({ project }): [string, Lookup<AccessPerson | null>] => [
      project.id,
      { ok: true, value: project.lead?.active === true ? person(project.lead) : null },
    ]);
  const data: PeopleData = {
    groups: new Map(groupResults),
    roles: roleData,
    leads: new Map([...listedLeads, ...leadResults]),
    users,
  };
  if (applicationRoles !== undefined) data.applicationRoles = applicationRoles;
  return data;
}

function addGroup(groups: Map<string, GroupRef>, group: GroupRef): void {
  const key = groupKey(group);
  if (!groups.has(key)) groups.set(key, group);
}

function person(user: Pick<PersonRef, 'accountId' | 'displayName'>): AccessPerson {
  return { accountId: user.accountId, displayName: user.displayName ?? user.accountId };
}

/** A role's actors as people: Cloud names users by account id; Data Center by username, looked up once each. */
async function readRole(reader: AccessReader, project: ProjectRef, roleId: number): Promise<RoleMembers> {
  const actors: RoleActorsRef = await reader.getRoleActors(project.key, roleId);
  const usernames = actors.users
    .filter((actor) => actor.accountId === undefined && actor.username !== undefined)
    .map((actor) => actor.username ?? '');
  const byUsername =
    usernames.length > 0 ? await reader.findUsersByUsername(usernames) : new Map<string, PersonRef>();
  const users: AccessPerson[] = [];
  const otherTypes = [...actors.otherTypes];
  for (const actor of actors.users) {
    if (actor.accountId !== undefined) {
      users.push({ accountId: actor.accountId, displayName: actor.displayName ?? actor.accountId });
      continue;
    }
    const found: PersonRef | undefined = byUsername.get(actor.username ?? '');
    // An inactive user holds nothing; an unknown username is reported rather than dropped silently.
    if (found === undefined) otherTypes.push(`user "${actor.username ?? ''}" (not found)`);
    else if (found.active) users.push(person(found));
  }
  return { users, groups: actors.groups, otherTypes };
}

/** Runs a read; a refusal from Jira becomes its reason. A cancelled run still stops. */
async function attempt<T>(read: () => Promise<T>, explain: (reason: string) => string): Promise<Lookup<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (!(error instanceof JiraError) || error.kind === 'aborted' || error.kind === 'deadline') throw error;
    return { ok: false, reason: explain(jiraReason(error)) };
  }
}

function rethrowAbort<T>(fallback: () => T): (error: unknown) => T {
  return (error: unknown) => {
    if (!(error instanceof JiraError) || error.kind === 'aborted' || error.kind === 'deadline') throw error;
    return fallback();
  };
}

/** One line: what Jira answered and what the call needs. */
export function jiraReason(error: JiraError): string {
  const parts = [error.summary];
  if (error.status === 404 && /\/role\//.test(error.call)) {
    parts.push('Jira also answers 404 when the token may not administer the project');
  }
  if (error.needs !== undefined) parts.push(`needs ${error.needs}`);
  return errorMessage(new Error(parts.join('; ')));
}
