import type { Plan } from '../model/plan.js';

/**
 * When a plan needs to know which project uses which scheme: one request per project, on a large site
 * the longest part of a plan, so apply reads it only when something depends on it. `plan` reads it for
 * every plan with changes (its "used by" lines and effective access show it).
 *
 * - `changes` (the plan command): whenever the plan has changes.
 * - `needed` (apply's plans): only when a change can take access away or depends on usage. A removal
 *   is judged by the lockout guardrail with the projects the scheme has; a deletion (prune) is planned
 *   only for a scheme no project uses; a project move (files listing `projects:`, read before planning
 *   anyway). Additions, new schemes and name or description updates cannot lock anyone out: the
 *   remaining guardrails (public exposure, mass removal) judge grants, not projects. Effective access
 *   (the access-limit guardrail) always needs it: the caller asks for it separately.
 */
export type ProjectUsageSetting = 'changes' | 'needed';

/** Whether a plan made without project usage has a change that needs it (see {@link ProjectUsageSetting}). */
export function changesNeedUsage(plan: Pick<Plan, 'changes'>): boolean {
  return plan.changes.some(
    (change) =>
      change.action === 'remove-grant' ||
      change.action === 'delete-scheme' ||
      change.action === 'assign-project',
  );
}
