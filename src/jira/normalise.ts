import { holderLabel, type Holder } from '../model/holder.js';
import type { LiveGrant, LiveScheme } from '../model/scheme.js';
import type {
  ApplicationRoleRef,
  FieldRef,
  GroupRef,
  PermissionCatalogueEntry,
  RoleRef,
  UserRef,
} from './api.js';
import type { JsonObject } from './json.js';
import { arrayField, boolField, idField, intField, isObject, objectField, stringField } from './json.js';

/**
 * Jira's answers → the product's model. Pure. A value that does not have the documented shape raises
 * ShapeError (the client turns it into a JiraError naming the call): a half-understood answer is never
 * taken as "nothing there".
 */

export class ShapeError extends Error {
  override name = 'ShapeError';
}

/** The holder exactly as Jira spells it, with `null`/missing parameter and value dropped. */
export function normaliseHolder(raw: unknown): Holder {
  if (!isObject(raw)) throw new ShapeError('a grant has no holder object');
  const type = stringField(raw, 'type');
  if (type === undefined || type === '') throw new ShapeError('a grant holder has no type');
  const holder: Holder = { type };
  const parameter = idField(raw, 'parameter');
  const value = idField(raw, 'value');
  if (parameter !== undefined && parameter !== '') holder.parameter = parameter;
  if (value !== undefined && value !== '') holder.value = value;
  return holder;
}

/**
 * The holder's name from the expanded objects Jira adds (expand=user,group,projectRole,field), where its
 * spelling does not carry it: a group's name when the holder has only the id, a role's or field's name, a
 * user's display name.
 */
export function holderNameFrom(holder: Holder, raw: JsonObject | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const nameIn = (key: string, ...fields: string[]): string | undefined => {
    const object = objectField(raw, key);
    if (object === undefined) return undefined;
    for (const field of fields) {
      const value = stringField(object, field);
      if (value !== undefined && value !== '') return value;
    }
    return undefined;
  };
  switch (holder.type) {
    case 'group':
      return holder.parameter === undefined ? nameIn('group', 'name') : undefined;
    case 'projectRole':
      return nameIn('projectRole', 'name');
    case 'user':
      return nameIn('user', 'displayName', 'name');
    case 'userCustomField':
    case 'groupCustomField':
      return nameIn('field', 'name');
    default:
      return undefined;
  }
}

export function normaliseGrant(raw: unknown): LiveGrant {
  if (!isObject(raw)) throw new ShapeError('a grant is not an object');
  const id = intField(raw, 'id');
  if (id === undefined) throw new ShapeError('a grant has no numeric id');
  const permission = stringField(raw, 'permission');
  if (permission === undefined || permission === '')
    throw new ShapeError(`grant ${String(id)} has no permission key`);
  const rawHolder = raw.holder;
  const holder = normaliseHolder(rawHolder);
  const name = holderNameFrom(holder, isObject(rawHolder) ? rawHolder : undefined);
  return {
    id,
    permission,
    holder,
    ...(name === undefined ? {} : { name }),
    label: holderLabel(holder, name),
  };
}

export function normaliseGrants(raw: unknown[]): LiveGrant[] {
  return raw.map(normaliseGrant).sort((a, b) => a.id - b.id);
}

/** True when the scheme object carries its grants (the list endpoint omits them without expand). */
export function hasGrants(raw: unknown): boolean {
  return isObject(raw) && Array.isArray(raw.permissions);
}

/**
 * A scheme with its grants. An empty description is treated as none (Jira returns "" for a scheme
 * created without one), so a file without `description` compares equal.
 */
export function normaliseScheme(raw: unknown, grants?: LiveGrant[]): LiveScheme {
  if (!isObject(raw)) throw new ShapeError('a permission scheme is not an object');
  const id = intField(raw, 'id');
  if (id === undefined) throw new ShapeError('a permission scheme has no numeric id');
  const name = stringField(raw, 'name');
  if (name === undefined) throw new ShapeError(`permission scheme ${String(id)} has no name`);
  let liveGrants = grants;
  if (liveGrants === undefined) {
    const permissions = arrayField(raw, 'permissions');
    if (permissions === undefined)
      throw new ShapeError(`permission scheme ${String(id)} came without its grants`);
    liveGrants = normaliseGrants(permissions);
  }
  const scheme: LiveScheme = { id, name, grants: liveGrants };
  const description = stringField(raw, 'description');
  if (description !== undefined && description !== '') scheme.description = description;
  return scheme;
}

/** `{permissionSchemes: [...]}` → the raw scheme objects. */
export function schemeList(raw: unknown): unknown[] {
  const list = isObject(raw) ? arrayField(raw, 'permissionSchemes') : undefined;
  if (list === undefined) throw new ShapeError('expected {"permissionSchemes": [...]}');
  return list;
}

/** `{permissions: [...]}` (grants of one scheme). */
export function grantList(raw: unknown): unknown[] {
  const list = isObject(raw) ? arrayField(raw, 'permissions') : undefined;
  if (list === undefined) throw new ShapeError('expected {"permissions": [...]}');
  return list;
}

/** `{permissions: {KEY: {...}}}` → catalogue entries, sorted by key. */
export function normaliseCatalogue(raw: unknown): PermissionCatalogueEntry[] {
  const map = isObject(raw) ? objectField(raw, 'permissions') : undefined;
  if (map === undefined) throw new ShapeError('expected {"permissions": {KEY: {...}}}');
  const entries: PermissionCatalogueEntry[] = [];
  for (const [mapKey, value] of Object.entries(map)) {
    const object = isObject(value) ? value : {};
    const entry: PermissionCatalogueEntry = { key: stringField(object, 'key') ?? mapKey };
    const name = stringField(object, 'name');
    const type = stringField(object, 'type');
    const description = stringField(object, 'description');
    if (name !== undefined) entry.name = name;
    if (type !== undefined) entry.type = type;
    if (description !== undefined) entry.description = description;
    entries.push(entry);
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function normaliseGroup(raw: unknown): GroupRef {
  if (!isObject(raw)) throw new ShapeError('a group is not an object');
  const name = stringField(raw, 'name');
  if (name === undefined) throw new ShapeError('a group has no name');
  const id = idField(raw, 'groupId');
  return id === undefined || id === '' ? { name } : { name, id };
}

export function normaliseRole(raw: unknown): RoleRef {
  if (!isObject(raw)) throw new ShapeError('a project role is not an object');
  const id = intField(raw, 'id');
  const name = stringField(raw, 'name');
  if (id === undefined || name === undefined) throw new ShapeError('a project role lacks id or name');
  const role: RoleRef = { id, name };
  const description = stringField(raw, 'description');
  if (description !== undefined && description !== '') role.description = description;
  return role;
}

export function normaliseUser(raw: unknown, idKey: 'accountId' | 'key' = 'accountId'): UserRef {
  if (!isObject(raw)) throw new ShapeError('a user is not an object');
  const accountId = stringField(raw, idKey) ?? stringField(raw, 'accountId') ?? stringField(raw, 'key');
  if (accountId === undefined) throw new ShapeError('a user has no account id');
  const user: UserRef = { accountId, active: boolField(raw, 'active') ?? true };
  const displayName = stringField(raw, 'displayName');
  const email = stringField(raw, 'emailAddress');
  if (displayName !== undefined) user.displayName = displayName;
  if (email !== undefined && email !== '') user.emailAddress = email;
  return user;
}

export function normaliseField(raw: unknown): FieldRef {
  if (!isObject(raw)) throw new ShapeError('a field is not an object');
  const id = stringField(raw, 'id');
  const name = stringField(raw, 'name');
  if (id === undefined || name === undefined) throw new ShapeError('a field lacks id or name');
  const field: FieldRef = { id, name, custom: boolField(raw, 'custom') ?? id.startsWith('customfield_') };
  const schema = objectField(raw, 'schema');
  const customType = schema === undefined ? undefined : stringField(schema, 'custom');
  if (customType !== undefined) field.customType = customType;
  return field;
}

export function normaliseApplicationRole(raw: unknown): ApplicationRoleRef {
  if (!isObject(raw)) throw new ShapeError('an application role is not an object');
  const key = stringField(raw, 'key');
  if (key === undefined) throw new ShapeError('an application role has no key');
  const name = stringField(raw, 'name');
  const role: ApplicationRoleRef = name === undefined ? { key } : { key, name };
  // The groups that give the application: `groupDetails` carries their ids (Cloud), `groups` names only.
  const details = arrayField(raw, 'groupDetails');
  const names = arrayField(raw, 'groups');
  if (details !== undefined && details.length > 0) role.groups = details.map(normaliseGroup);
  else if (names !== undefined)
    role.groups = names.map((group) => {
      if (typeof group !== 'string') throw new ShapeError('an application role group is not a name');
      return { name: group };
    });
  return role;
}

export function arrayOf(raw: unknown, what: string): unknown[] {
  if (!Array.isArray(raw)) throw new ShapeError(`expected a list of ${what}`);
  return raw;
}

/** What one live grant tells the directory without asking Jira: the group or the user it names. */
export interface GrantFacts {
  group?: GroupRef;
  user?: UserRef;
}

/**
 * The group or user a raw live grant names, as far as the grant itself says: on Cloud a group holder
 * carries its name (`parameter`) and id (`value`), a user holder its account id; on Data Center a group
 * by name, a user by key. Display names and the active flag come from the expanded `user` object when
 * the server added one; without it the account is known to exist and taken as active (Jira keeps grants
 * of deactivated accounts, so the only loss is the resolver's "deactivated" warning). Pure; a holder
 * that does not say enough yields nothing, and the caller looks that name up as before.
 */
export function grantFacts(raw: unknown, dataCenter: boolean): GrantFacts {
  if (!isObject(raw)) return {};
  const holder = objectField(raw, 'holder');
  if (holder === undefined) return {};
  const type = stringField(holder, 'type');
  const parameter = idField(holder, 'parameter') || undefined;
  const value = idField(holder, 'value') || undefined;
  if (type === 'group') {
    const expanded = objectField(holder, 'group');
    const expandedName = expanded === undefined ? undefined : stringField(expanded, 'name');
    if (dataCenter) {
      const name = parameter ?? value ?? expandedName;
      return name === undefined ? {} : { group: { name } };
    }
    const name = parameter ?? expandedName;
    const id = value ?? (expanded === undefined ? undefined : idField(expanded, 'groupId'));
    return name === undefined || id === undefined || id === '' ? {} : { group: { name, id } };
  }
  if (type === 'user') {
    const id = dataCenter ? (parameter ?? value) : (value ?? parameter);
    if (id === undefined) return {};
    const expanded = objectField(holder, 'user');
    const user: UserRef = {
      accountId: id,
      active: (expanded === undefined ? undefined : boolField(expanded, 'active')) ?? true,
    };
    const displayName = expanded === undefined ? undefined : stringField(expanded, 'displayName');
    if (displayName !== undefined && displayName !== '') user.displayName = displayName;
    return { user };
  }
  return {};
}
