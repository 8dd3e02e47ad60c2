import type { GroupRef, LeadRef, PersonRef, ProjectDetails, RoleActorsRef, UserActorRef } from './api.js';
import {
  arrayField,
  boolField,
  idField,
  isObject,
  objectField,
  stringField,
  type JsonObject,
} from './json.js';
import { ShapeError } from './normalise.js';

/**
 * Jira's answers about people → the product's model: group members, a role's actors in a project, a
 * project's lead. Pure. Cloud names people by account id; Data Center by user key (grants, members) and
 * by username (role actors), so both are kept where Jira gives them.
 */

/** One user of `/group/member`, `/user` or a project's `lead`. */
export function normalisePerson(raw: unknown, dataCenter: boolean): PersonRef {
  if (!isObject(raw)) throw new ShapeError('a user is not an object');
  const accountId = dataCenter
    ? (stringField(raw, 'key') ?? stringField(raw, 'name') ?? stringField(raw, 'accountId'))
    : (stringField(raw, 'accountId') ?? stringField(raw, 'key'));
  if (accountId === undefined || accountId === '') throw new ShapeError('a user has no account id');
  const person: PersonRef = { accountId, active: boolField(raw, 'active') ?? true };
  const displayName = stringField(raw, 'displayName');
  if (displayName !== undefined) person.displayName = displayName;
  const username = dataCenter ? stringField(raw, 'name') : undefined;
  if (username !== undefined && username !== '') person.username = username;
  return person;
}

const USER_ACTOR = 'atlassian-user-role-actor';
const GROUP_ACTOR = 'atlassian-group-role-actor';

/**
 * `GET /project/{key}/role/{id}`: Cloud gives a user actor's `actorUser.accountId` and a group actor's
 * `actorGroup` (`groupId`, `name`); Data Center gives neither object and names both by `name` (the
 * username, the group name). The deprecated `name` is only a fallback on Cloud.
 */
const nonEmpty = (text: string | undefined): string | undefined =>
  text === undefined || text === '' ? undefined : text;

/**
 * A Cloud group actor. ProjectRoleGroup's `name`, `groupId` and `displayName` are all optional, and the
 * reference recommends `groupId` to identify the group (a name can change); RoleActor's own `name` is
 * "no longer available". So the id is `groupId`, and the name the first of `actorGroup.name`, the
 * actor's `name`, `actorGroup.displayName`, the actor's `displayName`, and last the id itself (for
 * messages only: members are then read by id).
 */
export function cloudGroupActor(
  group: JsonObject,
  actorName: string | undefined,
  actorDisplayName: string | undefined,
): GroupRef {
  const id = nonEmpty(idField(group, 'groupId'));
  const name =
    nonEmpty(stringField(group, 'name')) ??
    nonEmpty(actorName) ??
    nonEmpty(stringField(group, 'displayName')) ??
    nonEmpty(actorDisplayName) ??
    id;
  if (name === undefined) throw new ShapeError('a group role actor names no group');
  return id === undefined ? { name } : { name, id };
}

export function normaliseRoleActors(raw: unknown, dataCenter: boolean): RoleActorsRef {
  if (!isObject(raw)) throw new ShapeError('a project role is not an object');
  const actors = arrayField(raw, 'actors') ?? [];
  const result: RoleActorsRef = { users: [], groups: [], otherTypes: [] };
  for (const actor of actors) {
    if (!isObject(actor)) throw new ShapeError('a role actor is not an object');
    const type = stringField(actor, 'type') ?? '';
    const name = stringField(actor, 'name');
    const displayName = stringField(actor, 'displayName');
    if (type === USER_ACTOR) {
      const user: UserActorRef = {};
      const accountId = dataCenter
        ? undefined
        : stringField(objectField(actor, 'actorUser') ?? {}, 'accountId');
      if (accountId !== undefined && accountId !== '') user.accountId = accountId;
      else if (name !== undefined && name !== '') user.username = name;
      else throw new ShapeError('a user role actor names no user');
      if (displayName !== undefined) user.displayName = displayName;
      result.users.push(user);
    } else if (type === GROUP_ACTOR) {
      const group = objectField(actor, 'actorGroup');
      if (group !== undefined && !dataCenter) {
        result.groups.push(cloudGroupActor(group, name, displayName));
      } else if (name !== undefined && name !== '') {
        result.groups.push({ name });
      } else {
        throw new ShapeError('a group role actor names no group');
      }
    } else {
      result.otherTypes.push(type === '' ? '(no type)' : type);
    }
  }
  return result;
}

/** `GET /project/{key}`: id, key, name and the lead (which the reference says comes without asking). */
export function normaliseProjectDetails(raw: unknown, dataCenter: boolean): ProjectDetails {
  if (!isObject(raw)) throw new ShapeError('a project is not an object');
  const id = idField(raw, 'id');
  const key = stringField(raw, 'key');
  if (id === undefined || key === undefined) throw new ShapeError('a project lacks id or key');
  const project: ProjectDetails = { id, key };
  const name = stringField(raw, 'name');
  if (name !== undefined) project.name = name;
  const lead = objectField(raw, 'lead');
  if (lead !== undefined) project.lead = normaliseLead(lead, dataCenter);
  return project;
}

/**
 * A project's `lead` (the project list with `expand=lead`, `GET /project/{key}`): a person, but with
 * `active` left unknown when the answer does not say, where `normalisePerson` takes it for true.
 */
export function normaliseLead(raw: unknown, dataCenter: boolean): LeadRef {
  const { active, ...lead } = normalisePerson(raw, dataCenter);
  return isObject(raw) && boolField(raw, 'active') !== undefined ? { ...lead, active } : lead;
}
