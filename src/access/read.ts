import type { GroupRef, JiraDirectory, JiraPeople, PersonRef, RoleActorsRef } from '../jira/api.js';
import { JiraError, errorMessage } from '../jira/errors.js';
import type { AccessPerson } from '../model/access.js';
import { holderId } from '../model/holder.js';
import type { Grant, ProjectRef } from '../model/scheme.js';
import { ReadBudget, budgetReason, type BudgetUnit } from './budget.js';
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

export interface ReadOptions {
  /** Spends the reads (default: no limit, every read made). */
  budget?: ReadBudget;
  /** Whether a grant's permission must be read whatever the budget (the `accessLimits` guardrail's). */
  mandatory?: (grant: Grant) => boolean;
}

/**
 * Every read, in a fixed order (the application roles, then per project in the order given: its roles
 * and lead; then the groups, in the order holders and roles name them), so that a budget that runs out
 * always leaves out the same ones. What a budget left out is carried as a refusal marked `notRead`.
 */
export async function readPeople(
  wanted: readonly ProjectGrants[],
  reader: AccessReader,
  progress: ReadProgress = () => undefined,
  options: ReadOptions = {},
): Promise<PeopleData> {
  const budget = options.budget ?? new ReadBudget(Number.POSITIVE_INFINITY);
  const mustRead = options.mandatory ?? (() => false);
  const groups = new Map<string, { group: GroupRef; mandatory: boolean }>();
  const roles = new Map<string, { project: ProjectRef; roleId: string; label: string; mandatory: boolean }>();
  const leads = new Map<string, { project: ProjectRef; mandatory: boolean }>();
  const userIds = new Set<string>();
  const applicationRoleKeys = new Map<string, boolean>();
  const need = <K, V extends { mandatory: boolean }>(map: Map<K, V>, key: K, value: V): void => {
    const known = map.get(key);
    if (known === undefined) map.set(key, value);
    else if (value.mandatory) known.mandatory = true;
  };
  for (const { project, grants } of wanted) {
    for (const grant of grants) {
      const { holder, name } = grant;
      const id = holderId(holder);
      const mandatory = mustRead(grant);
      if (holder.type === 'group')
        need(groups, groupKey(holderGroup(holder)), { group: holderGroup(holder), mandatory });
      else if (holder.type === 'projectRole' && id !== undefined)
        need(roles, roleKey(project.id, id), { project, roleId: id, label: name ?? id, mandatory });
      else if (holder.type === 'applicationRole' && id !== undefined)
        applicationRoleKeys.set(id, mandatory || applicationRoleKeys.get(id) === true);
      // A lead the project list carried and said whether they are active costs no request.
      else if (holder.type === 'projectLead' && project.lead?.active === undefined)
        need(leads, project.id, { project, mandatory });
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
  // One answer for every read the budget leaves out (thousands at scale): read-only, as every lookup.
  const leftOut = Object.freeze({ ok: false, reason: budgetReason(budget.limit), notRead: true } as const);
  const skipped = <T>(): Lookup<T> => leftOut;

  type First =
    | { kind: 'role'; key: string; result: Lookup<RoleMembers> }
    | { kind: 'lead'; key: string; result: Lookup<AccessPerson | null> }
    | { kind: 'applicationRoles'; result: Lookup<Map<string, GroupRef[]>> }
    | { kind: 'users'; result: Map<string, AccessPerson> };
  const first: BudgetUnit<First>[] = [];
  if (applicationRoleKeys.size > 0) {
    first.push({
      key: 'applicationroles',
      mandatory: [...applicationRoleKeys.values()].some(Boolean),
      read: async () => ({
        kind: 'applicationRoles',
        result: await step(
          attempt(
            async () => {
              const all = await reader.getApplicationRoles();
              return new Map(all.map((role) => [role.key, role.groups ?? []]));
            },
            (reason) => `could not read the application roles: ${reason}`,
          ),
        ),
      }),
    });
  }
  // Names only, a request per 50 users and seldom any (the live grants carry most names): always
  // made, so a partial report means people left out, never names; a refusal leaves the account ids.
  if (userIds.size > 0) {
    first.push({
      key: `users:${[...userIds].join(',')}`,
      mandatory: true,
      read: async () => ({
        kind: 'users',
        result: await reader
          .getUsers([...userIds])
          .then((found) => new Map([...found].map(([id, user]) => [id, person(user)])))
          .catch(rethrowAbort(() => new Map<string, AccessPerson>())),
      }),
    });
  }
  const byProject = new Map<string, BudgetUnit<First>[]>();
  const projectUnits = (project: ProjectRef): BudgetUnit<First>[] => {
    const list = byProject.get(project.id) ?? [];
    byProject.set(project.id, list);
    return list;
  };
  for (const [key, role] of roles) {
    projectUnits(role.project).push({
      key: `role:${key}`,
      mandatory: role.mandatory,
      read: async () => ({
        kind: 'role',
        key,
        result: await step(
          attempt(
            () => readRole(reader, role.project, Number(role.roleId)),
            (reason) => `could not read the actors of role ${role.label} in ${role.project.key}: ${reason}`,
          ),
        ),
      }),
    });
  }
  for (const [id, { project, mandatory }] of leads) {
    projectUnits(project).push({
      key: `lead:${id}`,
      mandatory,
      read: async () => ({
        kind: 'lead',
        key: id,
        result: await step(
          attempt(
            async () => {
              const lead = project.lead ?? (await reader.getProjectDetails(project.key)).lead;
              if (lead === undefined) return null;
              // An inactive lead holds nothing. An answer that left `active` out does not say: the
              // person is looked up by key, as a `user` holder is, and one Jira does not know holds nothing.
              if (lead.active === undefined) {
                const found = (await reader.getUsers([lead.accountId])).get(lead.accountId);
                return found?.active === true ? person(found) : null;
              }
              return lead.active ? person(lead) : null;
            },
            (reason) => `could not read the lead of ${project.key}: ${reason}`,
          ),
        ),
      }),
    });
  }
  for (const { project } of wanted) {
    first.push(...(byProject.get(project.id) ?? []));
    byProject.delete(project.id);
  }
  const firstResults = await budget.run(first);
  const countSkipped = (count: number): void => {
    if (count === 0) return;
    done += count;
    progress(done, total);
  };
  countSkipped(first.filter((unit) => !firstResults.has(unit.key)).length);

  const roleData = new Map<string, Lookup<RoleMembers>>();
  const leadResults = new Map<string, Lookup<AccessPerson | null>>();
  let applicationRoles: Lookup<ReadonlyMap<string, GroupRef[]>> | undefined;
  let users = new Map<string, AccessPerson>();
  for (const unit of first) {
    const answer = firstResults.get(unit.key);
    if (answer?.kind === 'role') roleData.set(answer.key, answer.result);
    else if (answer?.kind === 'lead') leadResults.set(answer.key, answer.result);
    else if (answer?.kind === 'applicationRoles') applicationRoles = answer.result;
    else if (answer?.kind === 'users') users = answer.result;
    else if (unit.key.startsWith('role:')) roleData.set(unit.key.slice('role:'.length), skipped());
    else if (unit.key.startsWith('lead:')) leadResults.set(unit.key.slice('lead:'.length), skipped());
    else if (unit.key === 'applicationroles') applicationRoles = skipped();
  }

  // Groups found inside roles and application roles are read with the holders' groups, each once; a
  // group inside a role or application role the guardrail needs is needed as much.
  for (const [key, role] of roles) {
    const result = roleData.get(key);
    if (result?.ok === true)
      for (const group of result.value.groups)
        need(groups, groupKey(group), { group, mandatory: role.mandatory });
  }
  if (applicationRoles?.ok === true) {
    for (const [key, mandatory] of applicationRoleKeys)
      for (const group of applicationRoles.value.get(key) ?? [])
        need(groups, groupKey(group), { group, mandatory });
  }
  total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
  const groupUnits: BudgetUnit<Lookup<AccessPerson[]>>[] = [...groups.entries()].map(
    ([key, { group, mandatory }]) => ({
      key: `group:${key}`,
      mandatory,
      read: () =>
        step(
          attempt(
            async () => (await reader.getGroupMembers(group)).map(person),
            (reason) => `could not read the members of group "${group.name}": ${reason}`,
          ),
        ),
    }),
  );
  const groupAnswers = await budget.run(groupUnits);
  countSkipped(groupUnits.filter((unit) => !groupAnswers.has(unit.key)).length);
  const groupResults = new Map<string, Lookup<AccessPerson[]>>();
  for (const key of groups.keys()) groupResults.set(key, groupAnswers.get(`group:${key}`) ?? skipped());

  // Leads the project list carried, saying whether they are active, cost no request; an inactive
  // lead holds nothing.
  const listedLeads = wanted
    .filter(({ project }) => project.lead?.active !== undefined)
    .map(({ project }): [string, Lookup<AccessPerson | null>] => [
      project.id,
      { ok: true, value: project.lead?.active === true ? person(project.lead) : null },
    ]);
  const data: PeopleData = {
    groups: groupResults,
    roles: roleData,
    leads: new Map([...listedLeads, ...leadResults]),
    users,
  };
  if (applicationRoles !== undefined) data.applicationRoles = applicationRoles;
  return data;
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
