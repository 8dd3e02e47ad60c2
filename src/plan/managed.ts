import type { Holder } from '../model/holder.js';
import type { ManagedHolder } from '../model/settings.js';

/**
 * Holders Jira manages itself (by default the `atlassian-addons-project-access` role, which Jira grants
 * to apps): the planner never removes them and they never cause a diff, in either direction.
 *
 * A managed holder names its type and a name and/or an id. The id is compared with the holder's
 * `value` and `parameter` (roles, users and fields carry the id in both; groups carry the id in
 * `value`). The name is compared, ignoring case, with a group's `parameter` (its name) and with the
 * name inside the grant's display label (`projectRole atlassian-addons-project-access (10003)`), which
 * is where a reader puts a role's name.
 */
export function isManagedHolder(
  holder: Holder,
  label: string | undefined,
  managed: readonly ManagedHolder[],
): boolean {
  return managed.some((entry) => matchesManagedHolder(holder, label, entry));
}

export function matchesManagedHolder(
  holder: Holder,
  label: string | undefined,
  entry: ManagedHolder,
): boolean {
  if (entry.type !== holder.type) return false;
  if (entry.id !== undefined && entry.id !== '') {
    if (holder.value === entry.id || holder.parameter === entry.id) return true;
  }
  if (entry.name !== undefined && entry.name !== '') {
    const wanted = entry.name.toLowerCase();
    if (holder.type === 'group' && holder.parameter?.toLowerCase() === wanted) return true;
    const name = nameInLabel(label, holder.type);
    if (name?.toLowerCase() === wanted) return true;
  }
  return false;
}

/** `projectRole Some Name (10003)` → `Some Name`; a bare `Some Name` stays as it is. */
export function nameInLabel(label: string | undefined, type: string): string | undefined {
  if (label === undefined) return undefined;
  let text = label.trim();
  if (text.startsWith(`${type} `)) text = text.slice(type.length + 1).trim();
  const withId = /^(.*\S)\s+\([^()]*\)$/.exec(text);
  if (withId?.[1] !== undefined) text = withId[1];
  return text === '' ? undefined : text;
}
