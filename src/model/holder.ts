/**
 * Permission holders as Jira spells them on the wire, and the one canonical identity the whole product
 * compares them by. Every step (loading, resolving, reading live state, planning) ends in this shape, so
 * the planner compares like with like.
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

/**
 * The identity of a holder: two holders with the same key are the same grant target, whatever spelling
 * (parameter vs value, name vs id) produced them. Groups are identified by id where Jira gives one
 * (names can change) and by name on Data Center, where groups have no id.
 */
export function holderKey(holder: Holder): string {
  const value = holder.value ?? undefined;
  const parameter = holder.parameter ?? undefined;
  if (PARAMETERLESS_HOLDER_TYPES.has(holder.type)) return holder.type;
  if (holder.type === 'group') {
    if (value !== undefined && value !== '') return `group#id:${value}`;
    return `group#name:${parameter ?? ''}`;
  }
  const id = value ?? parameter;
  return id === undefined || id === '' ? holder.type : `${holder.type}:${id}`;
}

/** The identity of a grant: permission key plus holder identity. */
export function grantKey(permission: string, holder: Holder): string {
  return `${permission}|${holderKey(holder)}`;
}
