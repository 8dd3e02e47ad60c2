import { matchesHolderRef, type NamedHolder } from '../model/holder.js';
import type { ManagedHolder } from '../model/settings.js';

/**
 * Holders Jira manages itself (by default the `atlassian-addons-project-access` role, which Jira grants
 * to apps): the planner never removes them and they never cause a diff, in either direction. A managed
 * holder names its type and a name and/or an id, matched by the holder module (`matchesHolderRef`):
 * ids against the holder's spelling, names against the name the reader or resolver gave the holder.
 */
export function isManagedHolder(grant: NamedHolder, managed: readonly ManagedHolder[]): boolean {
  return managed.some((entry) => matchesHolderRef(grant, entry));
}
