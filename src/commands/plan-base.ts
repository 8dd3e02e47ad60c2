/**
 * `plan --base-ref REF`: the plan, with each change's origin. The files of the base commit (read with
 * git at REF, never checked out) are planned against the same Jira through the same read-only client;
 * a change both plans make undoes a change made in Jira (`drift`), any other is the pull request's own.
 * Drifted changes carry who made the change in Jira and when, where the audit log says.
 *
 * The plan stands whatever happens to the comparison: a base that cannot be read or planned leaves the
 * changes without an origin and says why (`base.error`), so a pull request still gets its plan.
 */
import { filesAtRef } from '../config/git-ref.js';
import { DEFAULT_SINCE_DAYS, explainDrift, type DriftExplanation } from '../drift/explain.js';
import { markOrigins } from '../drift/origin.js';
import { errorMessage } from '../jira/errors.js';
import type { PlanChange } from '../model/plan.js';
import { jiraOf, type CommandDeps } from './deps.js';
import { runPlan, type PlanOptions, type PlanResult } from './plan.js';

export interface PlanWithBaseOptions extends PlanOptions {
  /** The git ref whose files are the base (a pull request's base commit). */
  baseRef: string;
  /** How far back the audit log is read for drifted changes, in days (default 30). */
  sinceDays?: number | undefined;
  /** Fetch the base commit from `origin` when the checkout lacks it (the action's shallow checkout). */
  fetchBase?: boolean | undefined;
}

export interface BaseComparison {
  ref: string;
  /** The commit the ref named, when git could read it. */
  commit?: string;
  /** Why the changes carry no origin (the base could not be read or planned). */
  error?: string;
  /** The drifted changes explained from the audit log (absent when there is no drift or no base). */
  drift?: DriftExplanation;
}

export interface PlanWithBaseResult extends PlanResult {
  base: BaseComparison;
}

async function planBase(
  options: PlanWithBaseOptions,
  deps: CommandDeps,
): Promise<{ commit: string; changes: PlanChange[] } | { commit?: string; error: string }> {
  let copy;
  try {
    copy = await filesAtRef({
      cwd: deps.cwd,
      ref: options.baseRef,
      settingsPath: options.settingsPath,
      fetch: options.fetchBase === true,
    });
  } catch (error) {
    return { error: `the base files could not be read: ${errorMessage(error)}` };
  }
  try {
    // Only the base's changes are compared: its effective access would be read for nothing.
    const base = await runPlan(
      { path: options.path, settingsPath: options.settingsPath, access: 'never' },
      { ...deps, cwd: copy.cwd, progress: () => undefined },
    );
    if (base.status !== 'planned' || base.plan === undefined) {
      const why =
        base.status === 'invalid'
          ? 'its scheme files have errors'
          : (base.error ?? 'it could not be planned');
      return { commit: copy.commit, error: `the base commit could not be planned: ${why}` };
    }
    return { commit: copy.commit, changes: base.plan.changes };
  } finally {
    copy.remove();
  }
}

export async function runPlanWithBase(
  options: PlanWithBaseOptions,
  deps: CommandDeps,
): Promise<PlanWithBaseResult> {
  let client;
  try {
    client = deps.jira.prober({ signal: deps.signal });
  } catch (error) {
    const failed = await runPlan(options, deps);
    return { ...failed, base: { ref: options.baseRef, error: errorMessage(error) } };
  }
  const readOnce = { ...deps, jira: jiraOf(client) };
  const head = await runPlan(
    { path: options.path, settingsPath: options.settingsPath, access: options.access },
    readOnce,
  );
  const plan = head.plan;
  if (head.status !== 'planned' || plan === undefined) {
    return { ...head, base: { ref: options.baseRef, error: 'there is no plan to compare' } };
  }
  deps.progress({ step: 'base', message: `Planning the files of ${options.baseRef} to tell drift apart` });
  const base = await planBase(options, readOnce);
  if ('error' in base) {
    return { ...head, base: { ref: options.baseRef, ...base } };
  }
  const changes = markOrigins(plan.changes, base.changes);
  const drifted = changes.filter((change) => change.origin === 'drift');
  let drift: DriftExplanation | undefined;
  if (drifted.length > 0) {
    deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
    try {
      drift = await explainDrift(
        {
          changes: drifted,
          grants: [
            ...(head.live ?? []).flatMap((scheme) => scheme.grants),
            ...(head.desired ?? []).flatMap((scheme) => scheme.grants),
          ],
        },
        client,
        { sinceDays: options.sinceDays ?? DEFAULT_SINCE_DAYS, now: deps.clock },
      );
    } catch {
      // Attribution is a courtesy: the origins stand without it.
      drift = undefined;
    }
  }
  const who = new Map(drift?.items.map((item) => [item.change, item.changedBy]) ?? []);
  plan.changes = changes.map((change) =>
    change.origin === 'drift' ? { ...change, changedBy: who.get(change) ?? null } : change,
  );
  return {
    ...head,
    plan,
    base: { ref: options.baseRef, commit: base.commit, ...(drift === undefined ? {} : { drift }) },
  };
}
