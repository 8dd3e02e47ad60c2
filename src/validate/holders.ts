import type { HolderSpec } from '../model/spec.js';

/*
 * The identities a written holder can be known by, after spelling variants are folded together:
 * `projectRole: 10002` and `projectRole: {id: 10002}` are one holder; `group: a` and `group: {name: a,
 * id: x}` are one too. Group and role names compare without case (Jira treats them so); ids compare as
 * written. Two holders are the same when they share an identity.
 */

/** The holder's main identity (its id where it has one). Hot path of duplicate-grant: no arrays. */
export function primaryIdentity(holder: HolderSpec): string {
  switch (holder.type) {
    case 'applicationRole':
      return holder.key === undefined ? 'applicationRole' : `applicationRole:${holder.key}`;
    case 'group':
    case 'projectRole':
      return holder.id !== undefined
        ? `${holder.type}#id:${holder.id}`
        : `${holder.type}#name:${(holder.name ?? '').trim().toLowerCase()}`;
    case 'user':
      return holder.accountId !== undefined
        ? `user#id:${holder.accountId}`
        : `user#email:${(holder.email ?? '').trim().toLowerCase()}`;
    case 'userCustomField':
    case 'groupCustomField':
      return `${holder.type}:${holder.field.trim()}`;
    default:
      return holder.type;
  }
}

/** A second identity: the name of a group or role given by both name and id. */
export function secondaryIdentity(holder: HolderSpec): string | undefined {
  if (
    (holder.type === 'group' || holder.type === 'projectRole') &&
    holder.id !== undefined &&
    holder.name !== undefined
  ) {
    return `${holder.type}#name:${holder.name.trim().toLowerCase()}`;
  }
  return undefined;
}

/** Whether two written holders name the same holder (the pairwise form of sharing an identity). */
export function sameHolder(a: HolderSpec, b: HolderSpec): boolean {
  if (a.type !== b.type) return false;
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

function sameName(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Every identity of a holder. */
export function holderIdentities(holder: HolderSpec): string[] {
  const secondary = secondaryIdentity(holder);
  return secondary === undefined ? [primaryIdentity(holder)] : [primaryIdentity(holder), secondary];
}

/** How a holder is written, for messages: `group jira-developers`, `projectRole 10002`, `assignee`. */
export function describeHolder(holder: HolderSpec): string {
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
