import type { HolderSpec } from './spec.js';

/**
 * The one holder module: what a permission holder is, how two holders are known to be the same (the
 * canonical key), how a holder reads for people (the display label), and how Jira spells it on each
 * REST version. Everything that compares, labels or spells holders goes through here:
 *
 * - identity: `holderKey` / `grantKey` for holders as Jira spells them (the planner, the client, apply,
 *   export), `holderKeys` when group ids must be learnt from other holders, and
 *   `writtenHolderIdentities` / `sameWrittenHolder` for holders as a file writes them (lint rules);
 * - display: `holderLabel` / `grantLabel` (live and resolved holders), `describeWrittenHolder` (written
 *   holders). Labels are for people only: nothing parses or compares them;
 * - Jira's spelling: `holderWithId`, `groupHolder`, `restTwoSpelling`, `fieldIdSpelling`, `wireSpelling`;
 * - names: `holderName`, and `matchesHolderRef` for settings that name holders (managed holders).
 */

/** The eleven holder types Jira documents for permission grants. */
export const HOLDER_TYPES = [
  'anyone',
  'applicationRole',
  'assignee',
  'group',
  'groupCustomField',
  'projectLead',
  'projectRole',
  'reporter',
  'sd.customer.portal.only',
  'user',
  'userCustomField',
] as const;

export type HolderType = (typeof HOLDER_TYPES)[number];

/** Holder types that never carry a parameter. (`applicationRole` may or may not.) */
export const PARAMETERLESS_HOLDER_TYPES: ReadonlySet<string> = new Set<HolderType>([
  'anyone',
  'assignee',
  'reporter',
  'projectLead',
  'sd.customer.portal.only',
]);

export function isKnownHolderType(type: string): type is HolderType {
  return (HOLDER_TYPES as readonly string[]).includes(type);
}

/**
 * A holder as Jira answers and accepts it. `type` stays a string because live grants can carry holder
 * types this product does not know (they are kept and reported, never removed).
 *
 * - group: parameter = group name, value = group id (Cloud); Data Center has no value.
 * - projectRole, user, userCustomField, groupCustomField: parameter = value = the id.
 * - applicationRole: parameter = value = application key; absent means "any logged-in user".
 */
export interface Holder {
  type: string;
  parameter?: string;
  value?: string;
}

/** A holder with what people call it, where its spelling does not say (see {@link holderName}). */
export interface NamedHolder {
  holder: Holder;
  /**
   * The holder's name when Jira's spelling does not carry it: a role's or a field's name, a user's
   * display name, the name of a group given by id only. Display and settings matching only.
   */
  name?: string;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

// ---- identity ----

/** The id a holder carries: `value` where Jira gives one, else `parameter`. */
export function holderId(holder: Holder): string | undefined {
  return nonEmpty(holder.value) ?? nonEmpty(holder.parameter);
}

/**
 * The identity of a holder: two holders with the same key are the same grant target, whatever spelling
 * (parameter vs value, name vs id) produced them. Groups are identified by id where Jira gives one
 * (names can change) and by name on Data Center, where groups have no id.
 */
export function holderKey(holder: Holder): string {
  if (PARAMETERLESS_HOLDER_TYPES.has(holder.type)) return holder.type;
  if (holder.type === 'group') {
    const value = nonEmpty(holder.value);
    if (value !== undefined) return `group#id:${value}`;
    return `group#name:${holder.parameter ?? ''}`;
  }
  const id = holderId(holder);
  return id === undefined ? holder.type : `${holder.type}:${id}`;
}

/** The identity of a grant: permission key plus holder identity. */
export function grantKey(permission: string, holder: Holder): string {
  return `${permission}|${holderKey(holder)}`;
}

/**
 * `grantKey`, made robust to a group holder that comes without its id on one side (Jira identifies groups
 * by id, `value`, but a holder may carry only the name, `parameter`): when another of `known` shows which
 * id that name has, the id is used, so the same group never shows up as a removal by name plus an addition
 * by id. On Data Center no holder has ids and names are compared.
 */
export function grantKeys(
  known: Iterable<{ holder: Holder }>,
): (grant: { permission: string; holder: Holder }) => string {
  const idByName = new Map<string, string>();
  for (const { holder } of known) {
    const name = nonEmpty(holder.parameter);
    const id = nonEmpty(holder.value);
    if (holder.type === 'group' && name !== undefined && id !== undefined) idByName.set(name, id);
  }
  return ({ permission, holder }) => {
    if (holder.type === 'group' && nonEmpty(holder.value) === undefined && holder.parameter !== undefined) {
      const id = idByName.get(holder.parameter);
      if (id !== undefined) return grantKey(permission, { ...holder, value: id });
    }
    return grantKey(permission, holder);
  };
}

// ---- names and display ----

/** What people call the holder: the name given beside it, else a group's name (its `parameter`). */
export function holderName(named: NamedHolder): string | undefined {
  const name = nonEmpty(named.name);
  if (name !== undefined) return name;
  return named.holder.type === 'group' ? nonEmpty(named.holder.parameter) : undefined;
}

/**
 * How a holder reads for people: `group jira-developers (5f3e…)`, `projectRole Developers (10002)`,
 * `applicationRole (any logged-in user)`, `reporter`. `name` is the holder's name where Jira's spelling
 * does not carry it (see {@link NamedHolder.name}).
 */
export function holderLabel(holder: Holder, name?: string): string {
  const type = holder.type;
  if (PARAMETERLESS_HOLDER_TYPES.has(type)) return type;
  if (type === 'applicationRole') {
    const key = holderId(holder);
    return key === undefined ? 'applicationRole (any logged-in user)' : `applicationRole ${key}`;
  }
  const shown = holderName({ holder, ...(name === undefined ? {} : { name }) });
  const id = type === 'group' ? nonEmpty(holder.value) : holderId(holder);
  if (shown !== undefined && id !== undefined && shown !== id) return `${type} ${shown} (${id})`;
  const either = shown ?? id;
  return either === undefined ? type : `${type} ${either}`;
}

/** The label a grant carries, or one made from its holder and name. */
export function grantLabel(grant: NamedHolder & { label?: string | undefined }): string {
  const label = nonEmpty(grant.label);
  return label ?? holderLabel(grant.holder, grant.name);
}

/**
 * Whether a holder is the one a setting names (`{type, name?, id?}`, e.g. a managed holder). The id is
 * compared with the holder's `value` and `parameter` (roles, users and fields carry the id in both;
 * groups in `value`); the name, ignoring case, with {@link holderName}.
 */
export function matchesHolderRef(
  named: NamedHolder,
  ref: { type: string; name?: string | undefined; id?: string | undefined },
): boolean {
  const { holder } = named;
  if (ref.type !== holder.type) return false;
  const id = nonEmpty(ref.id);
  if (id !== undefined && (holder.value === id || holder.parameter === id)) return true;
  const wanted = nonEmpty(ref.name)?.toLowerCase();
  return wanted !== undefined && holderName(named)?.toLowerCase() === wanted;
}

// ---- Jira's spelling ----

/** A holder identified by an id: parameter = value = id on REST 3 (Cloud); parameter only on REST 2. */
export function holderWithId(type: string, id: string, withValue: boolean): Holder {
  return withValue ? { type, parameter: id, value: id } : { type, parameter: id };
}

/** A group: parameter = name, value = id where the site has group ids (Cloud). */
export function groupHolder(name: string, id?: string): Holder {
  return id === undefined
    ? { type: 'group', parameter: name }
    : { type: 'group', parameter: name, value: id };
}

/**
 * REST 2 (Data Center) identifies every holder by `parameter` (groups by name): a `value` some server adds
 * anyway is dropped, and a holder that came with only a `value` takes it as its parameter.
 */
export function restTwoSpelling(holder: Holder): Holder {
  const { type, parameter, value } = holder;
  if (value === undefined) return holder;
  return { type, parameter: parameter ?? value };
}

/**
 * Custom-field holders: the reference says "custom field ID", which `/field` spells `customfield_10020`;
 * a bare `10020` names the same field, so it is spelt the same way.
 */
export function fieldIdSpelling(holder: Holder): Holder {
  const { type, parameter, value } = holder;
  if (type !== 'userCustomField' && type !== 'groupCustomField') return holder;
  const spell = (id: string | undefined): string | undefined =>
    id !== undefined && /^\d+$/.test(id) ? `customfield_${id}` : id;
  if (spell(parameter) === parameter && spell(value) === value) return holder;
  const spelt: Holder = { type };
  const newParameter = spell(parameter);
  const newValue = spell(value);
  if (newParameter !== undefined) spelt.parameter = newParameter;
  if (newValue !== undefined) spelt.value = newValue;
  return spelt;
}

/** The holder as sent in a write: REST 2 grants carry no `value`, and name groups by `parameter`. */
export function wireSpelling(holder: Holder, withValue: boolean): Holder {
  const wire: Holder = { type: holder.type };
  if (holder.parameter !== undefined) wire.parameter = holder.parameter;
  if (holder.value !== undefined && withValue) wire.value = holder.value;
  // A Cloud-style value-only holder still needs a parameter on REST 2.
  if (!withValue && wire.parameter === undefined && holder.value !== undefined) wire.parameter = holder.value;
  return wire;
}

// ---- holders as files write them (before names are resolved) ----

function foldName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The identities a written holder can be known by, after spelling variants are folded together:
 * `projectRole: 10002` and `projectRole: {id: 10002}` are one holder; `group: a` and `group: {name: a,
 * id: x}` are one too. Group and role names compare without case (Jira treats them so); ids compare as
 * written. Two written holders are the same when they share an identity. The first is the main one.
 */
export function writtenHolderIdentities(holder: HolderSpec): string[] {
  const main = writtenHolderKey(holder);
  if ((holder.type === 'group' || holder.type === 'projectRole') && holder.id !== undefined) {
    if (holder.name !== undefined) return [main, `${holder.type}#name:${foldName(holder.name)}`];
  }
  return [main];
}

/** A written holder's main identity (its id where it has one). Hot path of duplicate-grant: no arrays. */
export function writtenHolderKey(holder: HolderSpec): string {
  switch (holder.type) {
    case 'applicationRole':
      return holder.key === undefined ? 'applicationRole' : `applicationRole:${holder.key}`;
    case 'group':
    case 'projectRole':
      return holder.id !== undefined
        ? `${holder.type}#id:${holder.id}`
        : `${holder.type}#name:${foldName(holder.name ?? '')}`;
    case 'user':
      return holder.accountId !== undefined
        ? `user#id:${holder.accountId}`
        : `user#email:${foldName(holder.email ?? '')}`;
    case 'userCustomField':
    case 'groupCustomField':
      return `${holder.type}:${holder.field.trim()}`;
    default:
      return holder.type;
  }
}

/** Whether two written holders name the same holder (the pairwise form of sharing an identity). */
export function sameWrittenHolder(a: HolderSpec, b: HolderSpec): boolean {
  if (a.type !== b.type) return false;
  const sameName = (x: string, y: string): boolean => x === y || foldName(x) === foldName(y);
  switch (a.type) {
    case 'applicationRole':
      return b.type === a.type && a.key === b.key;
    case 'group':
    case 'projectRole':
      if (b.type !== 'group' && b.type !== 'projectRole') return false;
      if (a.id !== undefined && b.id !== undefined && a.id === b.id) return true;
      return a.name !== undefined && b.name !== undefined && sameName(a.name, b.name);
    case 'user':
      if (b.type !== 'user') return false;
      if (a.accountId !== undefined) return a.accountId === b.accountId;
      return a.email !== undefined && b.email !== undefined && sameName(a.email, b.email);
    case 'userCustomField':
    case 'groupCustomField':
      return (
        (b.type === 'userCustomField' || b.type === 'groupCustomField') && a.field.trim() === b.field.trim()
      );
    default:
      return true;
  }
}

/** How a holder is written, for messages: `group jira-developers`, `projectRole 10002`, `assignee`. */
export function describeWrittenHolder(holder: HolderSpec): string {
  switch (holder.type) {
    case 'applicationRole':
      return holder.key === undefined
        ? 'applicationRole (any logged-in user)'
        : `applicationRole ${holder.key}`;
    case 'group':
      return holder.name !== undefined ? `group ${holder.name}` : `group {id: ${holder.id ?? ''}}`;
    case 'projectRole':
      return holder.name !== undefined ? `projectRole ${holder.name}` : `projectRole ${holder.id ?? ''}`;
    case 'user':
      return holder.accountId !== undefined
        ? `user ${holder.accountId}`
        : `user {email: ${holder.email ?? ''}}`;
    case 'userCustomField':
    case 'groupCustomField':
      return `${holder.type} ${holder.field}`;
    default:
      return holder.type;
  }
}
