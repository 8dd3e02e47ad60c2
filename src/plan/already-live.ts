import type { Finding } from '../model/finding.js';
import { grantKeys } from '../model/holder.js';
import type { SourceLocation } from '../model/location.js';
import type { PlanChange } from '../model/plan.js';
import type { DesiredScheme, LiveScheme } from '../model/scheme.js';
import type { SchemeSpec } from '../model/spec.js';
import { liveSchemeOfFile } from './planner.js';

/**
 * Lint errors about what Jira already has, as pre-existing state is treated by Terraform and by
 * linters' baselines: `validate` judges the files alone (a grant to `anyone` is an error wherever it
 * is), but a plan judges changes. A lint error whose place is a grant Jira already has, in a scheme Jira
 * already has, or a scheme the plan leaves exactly as it is, is carried along, not made: the plan
 * reports it (`alreadyLive`, at `warning`) and does not refuse. An error in anything the plan adds or
 * changes (a new grant, a new scheme, any change to a scheme's grants, name or description for a
 * whole-scheme rule) still blocks; projects moving onto such a scheme meet the lockout guardrail.
 *
 * Only the lint rules that judge what Jira holds qualify; `duplicate-grant` judges the file's text (the
 * same holder written twice; Jira has one grant either way), and errors of the loader (schema, unknown
 * keys, names), the resolver and the planner always block: without them the files cannot be read or
 * planned reliably.
 */

/** Lint rules whose errors may be about the live state (the rules of `src/validate/rules/`). */
const LIVE_STATE_RULES: ReadonlySet<string> = new Set([
  'no-anonymous-access',
  'no-broad-admin',
  'prefer-group-id',
  'browse-required',
  'admin-required',
  'product-permission',
]);

/** An error that a plan may find already live: `plan` lets these through to Jira to find out. */
export function mayBeAlreadyLive(finding: Finding): boolean {
  return finding.severity === 'error' && LIVE_STATE_RULES.has(finding.ruleId);
}

export interface AlreadyLiveContext {
  /** The files as loaded (where each grant and scheme name is written). */
  specs: readonly SchemeSpec[];
  /** The files resolved to ids. */
  desired: readonly DesiredScheme[];
  live: readonly LiveScheme[];
  /** The plan's changes. */
  changes: readonly PlanChange[];
}

function samePlace(a: SourceLocation, b: SourceLocation): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

/**
 * The findings with every error that is already live marked (`alreadyLive: true`, severity `warning`);
 * every other finding as it was.
 */
export function markAlreadyLive(findings: readonly Finding[], context: AlreadyLiveContext): Finding[] {
  const liveOf = liveSchemeOfFile(context.desired, context.live);
  const judge = (finding: Finding): boolean => {
    const spec = context.specs.find((candidate) => candidate.file === finding.file);
    const desired = context.desired.find((candidate) => candidate.file === finding.file);
    const live = liveOf.get(finding.file);
    if (spec === undefined || desired === undefined || live === undefined) return false;
    const grants = spec.grants.filter(
      (grant) => samePlace(grant.location, finding) || samePlace(grant.permissionLocation, finding),
    );
    if (grants.length > 0) {
      // Every grant written at this place must be one Jira has: nothing the plan adds.
      const keyOf = grantKeys([...desired.grants, ...live.grants]);
      const liveKeys = new Set(live.grants.map(keyOf));
      return grants.every((grant) => {
        const resolved = desired.grants.find(
          (candidate) => candidate.source !== undefined && samePlace(candidate.source, grant.location),
        );
        return resolved !== undefined && liveKeys.has(keyOf(resolved));
      });
    }
    // A whole-scheme finding: the scheme's own state (grants, name, description) must be left exactly
    // as it is live. Projects moving onto it are the lockout guardrail's to judge, with the projects named.
    if (!samePlace(spec.nameLocation, finding)) return false;
    return !context.changes.some(
      (change) =>
        change.action !== 'assign-project' && (change.file === finding.file || change.schemeId === live.id),
    );
  };
  return findings.map((finding) =>
    mayBeAlreadyLive(finding) && judge(finding)
      ? { ...finding, severity: 'warning' as const, alreadyLive: true as const }
      : finding,
  );
}
