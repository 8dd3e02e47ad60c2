import type { HolderSpec } from '../model/spec.js';

/**
 * The identities a written holder can be known by, after spelling variants are folded together:
 * `projectRole: 10002` and `projectRole: {id: 10002}` are one holder; `group: a` and `group: {name: a,
 * id: x}` are one too. Group and role names compare without case (Jira treats them so); ids compare as
 * written. Two holders are the same when they share an identity.
 */
export function holderIdentities(holder: HolderSpec): string[] {
  switch (holder.type) {
    case 'applicationRole':
      return [holder.key === undefined ? 'applicationRole' : `applicationRole:${holder.key}`];
    case 'group':
    case 'projectRole': {
      const identities: string[] = [];
      if (holder.id !== undefined) identities.push(`${holder.type}#id:${holder.id}`);
      if (holder.name !== undefined)
        identities.push(`${holder.type}#name:${holder.name.trim().toLowerCase()}`);
      return identities;
    }
    case 'user':
      return holder.accountId !== undefined
        ? [`user#id:${holder.accountId}`]
        : [`user#email:${(holder.email ?? '').trim().toLowerCase()}`];
    case 'userCustomField':
    case 'groupCustomField':
      return [`${holder.type}:${holder.field.trim()}`];
    default:
      return [holder.type];
  }
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
