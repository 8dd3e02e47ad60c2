/**
 * Where each change of a pull request's plan comes from (pure). The base commit's files planned against
 * the same Jira give the changes that exist whatever the pull request says: those undo changes made in
 * Jira (`drift`). Every other change is the pull request's own (`pull-request`).
 */
import { changeKey } from '../apply/stale.js';
import type { ChangeOrigin } from '../model/drift.js';
import type { PlanChange } from '../model/plan.js';

/**
 * Identity of a change for this comparison: the action, the scheme, the grant, the project it moves,
 * and for a rename or description change what it sets (a pull request that edits a description Jira
 * also changed makes its own change, not the base's).
 */
export function originKey(change: PlanChange): string {
  const project = (change as PlanChange & { project?: unknown }).project;
  const target =
    change.action === 'update-scheme'
      ? JSON.stringify([change.to?.name ?? null, change.to?.description ?? null])
      : '';
  return `${changeKey(change)}|${typeof project === 'string' ? project : ''}|${target}`;
}

/** The head plan's changes, each with its `origin`, in the same order. */
export function markOrigins(head: readonly PlanChange[], base: readonly PlanChange[]): PlanChange[] {
  const fromBase = new Set(base.map(originKey));
  return head.map((change) => {
    const origin: ChangeOrigin = fromBase.has(originKey(change)) ? 'drift' : 'pull-request';
    return { ...change, origin };
  });
}
