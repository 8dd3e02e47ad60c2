import { grantLabel, holderKey } from '../model/holder.js';
import { permissionOrder } from '../model/permissions.js';
import type { Finding } from '../model/finding.js';
import type { BlastRadius, Plan, PlanChange } from '../model/plan.js';
import { compareText } from '../plan/order.js';
import { schemeIdentity } from '../plan/planner.js';
import { plural } from './words.js';

/**
 * What every renderer needs from a plan, worked out once: changes grouped per scheme (in plan order),
 * grant changes in reading order, and the counting sentences. Pure; no formatting.
 */

export type SchemeMarker = '+' | '-' | '~';

export interface SchemeGroup {
  name: string;
  schemeId: number | null;
  /** `+` created, `-` deleted, `~` changed in place. */
  marker: SchemeMarker;
  /** The create, update or delete change, if any. */
  schemeChange?: PlanChange;
  /** Grant changes in reading order: by permission, removals before additions, then holder. */
  grantChanges: PlanChange[];
  /** Projects moving onto the scheme (assign-project), by project key. */
  projectChanges: PlanChange[];
  blast?: BlastRadius;
  file?: string;
}

export function groupBySchemes(plan: Plan): SchemeGroup[] {
  const groups = new Map<string, SchemeGroup>();
  for (const change of plan.changes) {
    const key = schemeIdentity(change);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        name: change.scheme,
        schemeId: change.schemeId,
        marker: '~',
        grantChanges: [],
        projectChanges: [],
      };
      if (change.file !== undefined) group.file = change.file;
      groups.set(key, group);
    }
    if (change.action === 'add-grant' || change.action === 'remove-grant') {
      group.grantChanges.push(change);
    } else if (change.action === 'assign-project') {
      group.projectChanges.push(change);
    } else {
      group.schemeChange = change;
      group.marker = change.action === 'create-scheme' ? '+' : change.action === 'delete-scheme' ? '-' : '~';
    }
  }
  for (const group of groups.values()) {
    group.grantChanges.sort(compareGrantChanges);
    group.projectChanges.sort((a, b) => compareText(a.project ?? '', b.project ?? ''));
    const blast = plan.blastRadius.find(
      (radius) =>
        radius.schemeId === group.schemeId && (group.schemeId !== null || radius.scheme === group.name),
    );
    if (blast !== undefined) group.blast = blast;
  }
  return [...groups.values()];
}

export function compareGrantChanges(a: PlanChange, b: PlanChange): number {
  const order = (change: PlanChange): number => (change.action === 'remove-grant' ? 0 : 1);
  return (
    permissionOrder(a.permission ?? '', b.permission ?? '') ||
    order(a) - order(b) ||
    compareText(changeLabel(a), changeLabel(b)) ||
    compareText(
      a.holder === undefined ? '' : holderKey(a.holder),
      b.holder === undefined ? '' : holderKey(b.holder),
    )
  );
}

/** A project moving onto a scheme, as both the terminal and the comment show it: `project MOB: Old → New`. */
export function projectMoveText(change: PlanChange): string {
  const from =
    change.fromScheme ??
    (change.fromSchemeId === undefined || change.fromSchemeId === null
      ? 'no scheme'
      : `scheme ${change.fromSchemeId}`);
  return `project ${change.project ?? '?'}: ${from} → ${change.scheme}`;
}

export function changeLabel(change: PlanChange): string {
  return change.holder === undefined
    ? (change.label ?? '')
    : grantLabel({ ...change, holder: change.holder });
}

export const NO_CHANGES = 'No changes. Jira matches the files.';

/** The heading over the lint errors a plan found already live in Jira (see src/plan/already-live.ts). */
export const ALREADY_LIVE_HEADING =
  'Already live in Jira, not blocking (the plan keeps them as they are; validate reports them as errors)';

/** A plan's findings: the problems, and the errors it found already live (shown apart, not as failures). */
export function splitPlanFindings(findings: readonly Finding[]): {
  problems: Finding[];
  alreadyLive: Finding[];
} {
  return {
    problems: findings.filter((finding) => finding.alreadyLive !== true),
    alreadyLive: findings.filter((finding) => finding.alreadyLive === true),
  };
}

/** When files were left out for their errors, "Jira matches the files" would not be true. */
export const NO_CHANGES_WITH_ERRORS =
  'No changes planned, but schemes with errors (see the problems) were left out: Jira may not match those files.';

/** The line an empty plan shows. */
export function noChangesLine(plan: Plan): string {
  return plan.findings.some((finding) => finding.severity === 'error') ? NO_CHANGES_WITH_ERRORS : NO_CHANGES;
}

/**
 * The one-line summary the action exposes as its `summary` output and the text plan ends with, e.g.
 * `2 to add, 1 to remove, 0 schemes to create` (scheme updates and deletions are added when there are any).
 */
export function summaryLine(plan: Plan): string {
  const { summary } = plan;
  const parts = [
    `${summary.add} to add`,
    `${summary.remove} to remove`,
    `${plural(summary.createSchemes, 'scheme')} to create`,
  ];
  if (summary.updateSchemes > 0) parts.push(`${plural(summary.updateSchemes, 'scheme')} to update`);
  if (summary.deleteSchemes > 0) parts.push(`${plural(summary.deleteSchemes, 'scheme')} to delete`);
  if (summary.assignProjects > 0) parts.push(`${plural(summary.assignProjects, 'project')} to move`);
  return parts.join(', ');
}

/** The verdict at the top of the Markdown plan, e.g. `2 to add, 1 to remove in 1 scheme, used by 14 projects`. */
export function verdictLine(plan: Plan): string {
  const { summary } = plan;
  if (plan.changes.length === 0) return noChangesLine(plan);
  const parts = [`${summary.add} to add`, `${summary.remove} to remove`];
  if (summary.createSchemes > 0) parts.push(`${plural(summary.createSchemes, 'scheme')} to create`);
  if (summary.updateSchemes > 0) parts.push(`${plural(summary.updateSchemes, 'scheme')} to update`);
  if (summary.deleteSchemes > 0) parts.push(`${plural(summary.deleteSchemes, 'scheme')} to delete`);
  if (summary.assignProjects > 0) parts.push(`${plural(summary.assignProjects, 'project')} to move`);
  const changed = `${parts.join(', ')} in ${plural(summary.schemesChanged, 'scheme')}`;
  if (summary.projectsAffected === null) return `${changed}; ${USAGE_NOT_READ}`;
  const projects =
    summary.projectsAffected === 0 ? 'no projects' : plural(summary.projectsAffected, 'project');
  return `${changed}, used by ${projects}`;
}

/**
 * What a plan that did not read project usage says instead of a count (apply reads it only when a
 * change can take access away, or the files or settings need it: see `Plan.projectUsage`).
 */
export const USAGE_NOT_READ =
  'which projects use the changed schemes was not read: nothing in this plan takes access away';

/** Why the plan cannot be applied, or undefined when it can. */
export function blockedLine(plan: Plan): string | undefined {
  const errors = plan.findings.filter((finding) => finding.severity === 'error').length;
  const guardrails = plan.guardrails.filter((violation) => !violation.allowed).length;
  if (errors === 0 && guardrails === 0) return undefined;
  const reasons: string[] = [];
  if (guardrails > 0) reasons.push(plural(guardrails, 'guardrail'));
  if (errors > 0) reasons.push(plural(errors, 'error'));
  return `Blocked by ${reasons.join(' and ')}: this plan cannot be applied as it is.`;
}

export function projectsPhrase(blast: BlastRadius | undefined, isNew: boolean): string {
  if (isNew) {
    return blast === undefined || blast.projectCount === null || blast.projectCount === 0
      ? 'new scheme, no projects use it yet'
      : `new scheme, used by ${plural(blast.projectCount, 'project')} once applied`;
  }
  if (blast === undefined || blast.projectCount === null) return 'project usage not read';
  if (blast.projectCount === 0) return 'used by no projects';
  return `used by ${plural(blast.projectCount, 'project')}`;
}

/** Permission column width for one scheme's grant lines. */
export function permissionWidth(changes: readonly PlanChange[]): number {
  return Math.max(0, ...changes.map((change) => (change.permission ?? '').length));
}
