import type { Finding } from '../model/finding.js';
import { grantKeys } from '../model/holder.js';
import type { SourceLocation } from '../model/location.js';
import type { PlanChange } from '../model/plan.js';
import type { DesiredScheme, LiveScheme } from '../model/scheme.js';
import type { SchemeSpec } from '../model/spec.js';
import type { ManagedHolder } from '../model/settings.js';
import { isManagedHolder } from './managed.js';
import { liveSchemeOfFile } from './planner.js';

/**
 * Lint errors about what Jira already has, as pre-existing state is treated by Terraform and by
 * linters' baselines: `validate` judges the files alone (a grant to `anyone` is an error wherever it
 * is), but a plan judges changes. A lint error whose place is a grant Jira already has, in a scheme Jira
 * already has, or a scheme whose live state breaks the same whole-scheme rule (or that the plan leaves
 * exactly as it is), is carried along, not made: the plan reports it (`alreadyLive`, at `warning`) and
 * does not refuse. An error the plan makes (a new grant, a new scheme, a scheme losing its last holder
 * of a required permission) still blocks; projects moving onto such a scheme meet the lockout guardrail.
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
  /** Holders Jira manages itself: the files leave them out, so the live side is judged without them. */
  managedHolders?: readonly ManagedHolder[];
}

/** The whole-scheme rules that ask for a permission, and that permission. */
const REQUIRED_PERMISSION: Readonly<Record<string, string>> = {
  'admin-required': 'ADMINISTER_PROJECTS',
  'browse-required': 'BROWSE_PROJECTS',
};

/**
 * Whether the live scheme already breaks this whole-scheme rule (no holder of the permission it asks
 * for, besides the holders Jira manages): then the plan does not cause the problem, whatever else it
 * changes in the scheme.
 */
function liveBreaksToo(ruleId: string, live: LiveScheme, managed: readonly ManagedHolder[]): boolean {
  const permission = REQUIRED_PERMISSION[ruleId];
  if (permission === undefined) return false;
  return !live.grants.some((grant) => grant.permission === permission && !isManagedHolder(grant, managed));
}

/** A place in a file, as a key: `line:column`. */
function placeKey(location: Pick<SourceLocation, 'line' | 'column'>): string {
  return `${location.line}:${location.column}`;
}

/** What judging one file's findings needs, built once per file (a file may have many findings). */
interface FileIndex {
  spec: SchemeSpec;
  live: LiveScheme;
  /** The file's grants by the place of their holder and of their permission key. */
  grantsAt: Map<string, SchemeSpec['grants']>;
  /** Whether the grant written at a holder's place is one Jira has, by that place. */
  liveAt: Map<string, boolean>;
}

function indexFile(spec: SchemeSpec, desired: DesiredScheme, live: LiveScheme): FileIndex {
  const grantsAt = new Map<string, SchemeSpec['grants']>();
  for (const grant of spec.grants) {
    for (const place of new Set([placeKey(grant.location), placeKey(grant.permissionLocation)])) {
      const list = grantsAt.get(place);
      if (list === undefined) grantsAt.set(place, [grant]);
      else list.push(grant);
    }
  }
  const keyOf = grantKeys([...desired.grants, ...live.grants]);
  const liveKeys = new Set(live.grants.map(keyOf));
  const liveAt = new Map<string, boolean>();
  for (const [index, grant] of desired.grants.entries()) {
    const source = desired.grantSources?.[index]?.location;
    if (source === undefined || source.file !== spec.file) continue;
    const place = placeKey(source);
    // The first resolved grant written at a place decides, as a search from the start would.
    if (!liveAt.has(place)) liveAt.set(place, liveKeys.has(keyOf(grant)));
  }
  return { spec, live, grantsAt, liveAt };
}

/**
 * The findings with every error that is already live marked (`alreadyLive: true`, severity `warning`);
 * every other finding as it was.
 */
export function markAlreadyLive(findings: readonly Finding[], context: AlreadyLiveContext): Finding[] {
  const liveOf = liveSchemeOfFile(context.desired, context.live);
  const specOf = new Map(context.specs.map((spec) => [spec.file, spec]));
  const desiredOf = new Map(context.desired.map((desired) => [desired.file, desired]));
  const indexes = new Map<string, FileIndex | undefined>();
  const indexOf = (file: string): FileIndex | undefined => {
    if (!indexes.has(file)) {
      const spec = specOf.get(file);
      const desired = desiredOf.get(file);
      const live = liveOf.get(file);
      indexes.set(
        file,
        spec === undefined || desired === undefined || live === undefined
          ? undefined
          : indexFile(spec, desired, live),
      );
    }
    return indexes.get(file);
  };
  const judge = (finding: Finding): boolean => {
    const index = indexOf(finding.file);
    if (index === undefined) return false;
    const grants = index.grantsAt.get(placeKey(finding));
    if (grants !== undefined) {
      // Every grant written at this place must be one Jira has: nothing the plan adds.
      return grants.every((grant) => index.liveAt.get(placeKey(grant.location)) === true);
    }
    // A whole-scheme finding: already live when Jira's scheme breaks the rule too (the plan does not
    // cause it), or when the plan leaves the scheme's own state (grants, name, description) exactly as
    // it is. Projects moving onto it are the lockout guardrail's to judge, with the projects named.
    if (placeKey(index.spec.nameLocation) !== placeKey(finding)) return false;
    if (liveBreaksToo(finding.ruleId, index.live, context.managedHolders ?? [])) return true;
    return !context.changes.some(
      (change) =>
        change.action !== 'assign-project' &&
        (change.file === finding.file || change.schemeId === index.live.id),
    );
  };
  return findings.map((finding) =>
    mayBeAlreadyLive(finding) && judge(finding)
      ? { ...finding, severity: 'warning' as const, alreadyLive: true as const }
      : finding,
  );
}
