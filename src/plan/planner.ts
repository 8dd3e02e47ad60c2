import type { Finding } from '../model/finding.js';
import { grantKeys, grantLabel, isKnownHolderType } from '../model/holder.js';
import { isBuiltInPermission } from '../model/permissions.js';
import type {
  BlastRadius,
  GuardrailViolation,
  KeptGrant,
  Plan,
  PlanChange,
  PlanSummary,
} from '../model/plan.js';
import type {
  DesiredGrant,
  DesiredScheme,
  Grant,
  LiveGrant,
  LiveScheme,
  ProjectRef,
} from '../model/scheme.js';
import { applyRuleSettings, newFinding, type MessageId, type RuleId } from '../model/rules.js';
import type { Settings } from '../model/settings.js';
import { planAssignments, schemeKey, type AssignmentPlan } from './assignments.js';
import { fingerprintScheme } from './fingerprint.js';
import { checkGuardrails, countProjects } from './guardrails.js';
import { isManagedHolder } from './managed.js';
import { compareGrants, compareNames, compareText } from './order.js';

/**
 * The planner: what the files want and what Jira has, in; the changes that make Jira match, out. Pure
 * (no I/O, no clock, no randomness) and deterministic: the same input always gives the same plan.
 *
 * Decisions worth knowing:
 * - A file is matched to a live scheme by its pinned `id`, else by exact name, else by a unique
 *   case-insensitive name (the plan then renames it to the file's spelling).
 * - A file pinning an id that Jira does not have is an error finding, never a silent create: the file
 *   says "this existing scheme", and creating a second one would hide that it is gone.
 * - An omitted description leaves the live one alone (like an optional attribute a provider computes);
 *   `description: ""` clears it. An absent live description and an empty one are the same.
 * - Grants are compared as sets of `grantKey(permission, holder)`; order, duplicates and spellings
 *   never make a diff.
 * - Grants of managed holders are ignored on both sides. Live grants with a holder type or permission
 *   this product does not know are kept and reported (`plan.kept`).
 * - `changes` is in a safe execution order: per scheme (by name), its create or update, then its
 *   additions, then its removals; deletions of unmanaged schemes (prune) come last.
 */

export interface PlanInput {
  desired: readonly DesiredScheme[];
  live: readonly LiveScheme[];
  settings: Settings;
  /** Projects per live scheme id (at least for schemes the plan changes). */
  projectsByScheme?: ReadonlyMap<number, readonly ProjectRef[]>;
  filesHash: string;
  /** The files the plan is made from, path -> sha256 (see `Plan.files`). */
  files?: Readonly<Record<string, string>>;
  /**
   * Permission keys the live site knows (its catalogue). Built-in keys and the settings'
   * `customPermissions` are always known; live grants of any other key are kept, not removed.
   */
  knownPermissions?: Iterable<string>;
}

/**
 * Jira's own default permission scheme (id 0 on Cloud and Data Center): projects fall back to it and
 * Jira refuses to delete it, so prune never plans its deletion.
 */
export const DEFAULT_SCHEME_ID = 0;

/** How many project keys a blast radius lists. */
export const SAMPLE_PROJECT_KEYS = 5;

export function planChanges(input: PlanInput): Plan {
  const { settings } = input;
  const known = new Set<string>(settings.customPermissions);
  for (const key of input.knownPermissions ?? []) known.add(key);
  const isKnownPermission = (key: string): boolean => isBuiltInPermission(key) || known.has(key);

  const { matches, unmatchedLive, findings } = matchSchemes(input.desired, input.live);
  // Which project will use which scheme: read whenever a file lists projects (or grants change).
  const assignments: AssignmentPlan | undefined =
    input.projectsByScheme === undefined
      ? undefined
      : planAssignments({
          matches,
          desired: input.desired,
          live: input.live,
          projectsByScheme: input.projectsByScheme,
        });
  // Loops, not push(...spread): a spread passes every element on the stack, and a plan can hold a
  // million changes (#13.7).
  for (const finding of assignments?.findings ?? []) findings.push(finding);
  const projectsAfter = (liveId: number | undefined, name: string): ProjectRef[] | undefined =>
    assignments?.projectsAfter(schemeKey(liveId, name));
  const keyOf = grantKeys(allGrants(input.desired, input.live));
  const changes: PlanChange[] = [];
  const guardrails: GuardrailViolation[] = [];
  const kept: KeptGrant[] = [];
  const touched = new Map<number, LiveScheme>();
  const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
  const changedSchemes: { name: string; live?: LiveScheme }[] = [];

  for (const { desired, live } of matches) {
    const schemeChanges: PlanChange[] = [];
    const base = { scheme: desired.name, schemeId: live?.id ?? null, file: desired.file };
    const wanted = uniqueGrants(
      desired.grants.filter((grant) => !isManagedHolder(grant, settings.managedHolders)),
      keyOf,
    );

    if (live === undefined) {
      schemeChanges.push({
        action: 'create-scheme',
        ...base,
        to: { name: desired.name, description: desired.description ?? '' },
      });
    } else {
      const from: { name?: string; description?: string } = {};
      const to: { name?: string; description?: string } = {};
      if (live.name !== desired.name) {
        from.name = live.name;
        to.name = desired.name;
      }
      if (desired.description !== undefined && (live.description ?? '') !== desired.description) {
        from.description = live.description ?? '';
        to.description = desired.description ?? '';
      }
      if (Object.keys(to).length > 0) schemeChanges.push({ action: 'update-scheme', ...base, from, to });
    }

    const liveKeys = new Set<string>();
    const removable: LiveGrant[] = [];
    for (const grant of live?.grants ?? []) {
      liveKeys.add(keyOf(grant));
      if (isManagedHolder(grant, settings.managedHolders)) continue;
      const reason = !isKnownHolderType(grant.holder.type)
        ? `holder type "${grant.holder.type}" is not one this tool manages`
        : !isKnownPermission(grant.permission)
          ? `permission "${grant.permission}" is neither built in, listed in customPermissions, nor in the site's catalogue`
          : undefined;
      if (reason !== undefined && live !== undefined) {
        kept.push({
          scheme: desired.name,
          schemeId: live.id,
          grantId: grant.id,
          permission: grant.permission,
          holder: grant.holder,
          label: grantLabel(grant),
          reason,
        });
        continue;
      }
      removable.push(grant);
    }

    const adds = wanted.filter((grant) => !liveKeys.has(keyOf(grant)));
    const wantedKeys = new Set(wanted.map(keyOf));
    const removes = removable
      .filter((grant) => !wantedKeys.has(keyOf(grant)))
      .sort((a, b) => compareGrants(a, b) || a.id - b.id);

    for (const grant of adds) {
      schemeChanges.push({
        action: 'add-grant',
        ...base,
        permission: grant.permission,
        holder: { ...grant.holder },
        label: grantLabel(grant),
      });
    }
    // Projects move after the adds and before the removals (the executor keeps that order too).
    const key = schemeKey(live?.id, desired.name);
    for (const change of assignments?.changes.get(key) ?? []) schemeChanges.push(change);
    for (const grant of removes) {
      schemeChanges.push({
        action: 'remove-grant',
        ...base,
        permission: grant.permission,
        holder: { ...grant.holder },
        grantId: grant.id,
        label: grantLabel(grant),
      });
    }

    if (schemeChanges.length === 0) continue;
    for (const change of schemeChanges) changes.push(change);
    changedSchemes.push({ name: desired.name, live });
    if (live !== undefined) touched.set(live.id, live);
    const violations = checkGuardrails(
      {
        name: desired.name,
        live,
        adds,
        removes,
        managedCount: removable.length,
        // Judged with the projects the scheme will have after the plan.
        projects: projectsAfter(live?.id, desired.name) ?? (live === undefined ? [] : undefined),
        arrivals: (assignments?.arrivals.get(key) ?? []).map((arrival) => ({
          project: arrival.project,
          from: arrival.fromSchemeId === null ? undefined : liveById.get(arrival.fromSchemeId),
        })),
        ignoreHolder: (grant) => isManagedHolder(grant, settings.managedHolders),
      },
      settings,
    );
    for (const violation of violations) guardrails.push(violation);
  }

  const unmanaged: { id: number; name: string }[] = [];
  for (const live of unmatchedLive) {
    // Projects that this plan moves elsewhere no longer hold the scheme back.
    const projects = projectsAfter(live.id, live.name);
    if (!settings.prune || live.id === DEFAULT_SCHEME_ID) {
      unmanaged.push({ id: live.id, name: live.name });
    } else if (projects !== undefined && projects.length > 0) {
      unmanaged.push({ id: live.id, name: live.name });
      findings.push(
        newFinding(
          'prune-scheme-in-use',
          'in-use',
          { file: settings.file ?? '.jira-permissions.yml', line: 1, column: 1 },
          `Scheme "${live.name}" (id ${live.id}) has no file and prune is on, but it is used by ${countProjects(projects.length)} (${sampleKeys(projects).join(', ')}), so it is not deleted.`,
          'Move those projects to another scheme, or add a file for this scheme (jira-perms export --scheme NAME).',
        ),
      );
    } else {
      changes.push({ action: 'delete-scheme', scheme: live.name, schemeId: live.id });
      changedSchemes.push({ name: live.name, live });
      touched.set(live.id, live);
    }
  }

  const blastRadius: BlastRadius[] = [];
  const affectedProjects = new Set<string>();
  for (const project of assignments?.moved ?? []) affectedProjects.add(project.id);
  // Without project usage a live scheme's projects are unknown (null), never "none"; a scheme the plan
  // creates has none unless a file lists them, and listing them makes the plan read usage.
  let usageUnknown = false;
  for (const { name, live } of changedSchemes) {
    const after = projectsAfter(live?.id, name);
    const known = after !== undefined || live === undefined;
    if (!known) usageUnknown = true;
    const projects = after ?? [];
    for (const project of projects) affectedProjects.add(project.id !== '' ? project.id : project.key);
    blastRadius.push({
      scheme: name,
      schemeId: live?.id ?? null,
      projectCount: known ? projects.length : null,
      sampleKeys: sampleKeys(projects),
    });
  }

  const fingerprints: Record<string, string> = {};
  for (const id of [...touched.keys()].sort((a, b) => a - b)) {
    const live = touched.get(id);
    if (live !== undefined) fingerprints[String(id)] = fingerprintScheme(live, settings.managedHolders);
  }

  return {
    version: 1,
    changes,
    summary: summarize(changes, usageUnknown ? null : affectedProjects.size),
    fingerprints,
    filesHash: input.filesHash,
    ...(input.files === undefined ? {} : { files: { ...input.files } }),
    guardrails,
    blastRadius,
    ...(usageUnknown ? { projectUsage: 'not-read' as const } : {}),
    unmanaged,
    kept,
    findings: applyRuleSettings(findings, settings.rules),
  };
}

/** True when the plan must not be applied: an error finding, or a guardrail the settings do not allow. */
export function planIsBlocked(plan: Plan): boolean {
  return (
    plan.findings.some((finding) => finding.severity === 'error') ||
    plan.guardrails.some((violation) => !violation.allowed)
  );
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0;
}

function summarize(changes: readonly PlanChange[], projectsAffected: number | null): PlanSummary {
  const count = (action: PlanChange['action']): number =>
    changes.filter((change) => change.action === action).length;
  const schemes = new Set(changes.map((change) => schemeIdentity(change)));
  return {
    add: count('add-grant'),
    remove: count('remove-grant'),
    createSchemes: count('create-scheme'),
    updateSchemes: count('update-scheme'),
    deleteSchemes: count('delete-scheme'),
    assignProjects: count('assign-project'),
    schemesChanged: schemes.size,
    projectsAffected,
  };
}

/** Groups changes of one scheme: the live id when there is one, else the (new) name. */
export function schemeIdentity(change: Pick<PlanChange, 'scheme' | 'schemeId'>): string {
  return change.schemeId === null ? `new:${change.scheme}` : `id:${change.schemeId}`;
}

function sampleKeys(projects: readonly ProjectRef[]): string[] {
  return projects
    .map((project) => project.key)
    .sort(compareText)
    .slice(0, SAMPLE_PROJECT_KEYS);
}

function uniqueGrants(grants: readonly DesiredGrant[], keyOf: (grant: Grant) => string): DesiredGrant[] {
  const seen = new Set<string>();
  const unique: DesiredGrant[] = [];
  for (const grant of grants) {
    const key = keyOf(grant);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(grant);
  }
  return unique.sort(compareGrants);
}

/** Every grant of both sides, for learning which id a group name has (`grantKeys`). */
function* allGrants(desired: readonly DesiredScheme[], live: readonly LiveScheme[]): Iterable<Grant> {
  for (const scheme of desired) yield* scheme.grants;
  for (const scheme of live) yield* scheme.grants;
}

/**
 * The projects the files would leave without a scheme (`validate --online`'s share of the planner's
 * checks), matched exactly as a plan matches them.
 */
export function projectFindings(
  desired: readonly DesiredScheme[],
  live: readonly LiveScheme[],
  projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>,
): Finding[] {
  const { matches } = matchSchemes(desired, live);
  return planAssignments({ matches, desired, live, projectsByScheme }).findings;
}

/**
 * The live scheme each file describes, matched exactly as a plan matches them (absent: the plan
 * creates it, or the file cannot be matched at all and the planner says why).
 */
export function liveSchemeOfFile(
  desired: readonly DesiredScheme[],
  live: readonly LiveScheme[],
): Map<string, LiveScheme> {
  const { matches } = matchSchemes(desired, live);
  const byFile = new Map<string, LiveScheme>();
  for (const match of matches) if (match.live !== undefined) byFile.set(match.desired.file, match.live);
  return byFile;
}

/** What matching a file to its live scheme needs: its name, its pinned id, and which file it is. */
export type SchemeIdentity = Pick<DesiredScheme, 'name' | 'id' | 'file'>;

export interface UnpinnedMatches<D extends SchemeIdentity> {
  /** Files without `id:` whose scheme exists live (found by name, as the planner finds it). */
  pins: { desired: D; live: LiveScheme }[];
  /** Files without `id:` whose name several live schemes share: no id can be chosen for them. */
  ambiguous: { desired: D; ids: number[] }[];
  /** Files without `id:` whose scheme Jira does not have: apply creates it. */
  notLive: D[];
}

/**
 * Files without `id:` and the live scheme each describes: what `unpinned-scheme` warns of and what
 * `jira-perms pin` writes. Only names and ids are compared, so it works on files before resolution.
 */
export function unpinnedMatches<D extends SchemeIdentity>(
  desired: readonly D[],
  live: readonly LiveScheme[],
): UnpinnedMatches<D> {
  const { matches, ambiguous } = matchSchemes(desired, live);
  const pins: { desired: D; live: LiveScheme }[] = [];
  const notLive: D[] = [];
  for (const match of matches) {
    if (match.desired.id !== undefined) continue;
    if (match.live === undefined) notLive.push(match.desired);
    else pins.push({ desired: match.desired, live: match.live });
  }
  return { pins, ambiguous, notLive };
}

/**
 * A file without `id:` that matched a live scheme by name: renaming the scheme in that file would plan a
 * delete and a create instead of a rename. A warning at the `name:` line, with the id to add. Kept out
 * of `planChanges` (what it plans does not depend on it); `plan` adds it to its findings.
 */
export function unpinnedFindings(desired: readonly DesiredScheme[], live: readonly LiveScheme[]): Finding[] {
  return unpinnedMatches(desired, live).pins.map(({ desired, live }) =>
    schemeFinding(
      desired,
      'unpinned-scheme',
      'unpinned',
      `"${desired.name}" is live scheme ${String(live.id)}, but this file has no id: renaming the scheme here would plan deleting it and creating a new one`,
      `Add "id: ${String(live.id)}" to the file (jira-perms pin writes it for every file).`,
    ),
  );
}

function schemeFinding<R extends RuleId>(
  desired: SchemeIdentity,
  ruleId: R,
  messageId: MessageId<R>,
  message: string,
  hint: string,
): Finding {
  return newFinding(ruleId, messageId, { file: desired.file, line: 1, column: 1 }, message, hint);
}

/** Pairs each file with its live scheme (by pinned id, then name); reports what cannot be paired. */
function matchSchemes<D extends SchemeIdentity>(
  desired: readonly D[],
  live: readonly LiveScheme[],
): {
  matches: { desired: D; live?: LiveScheme }[];
  unmatchedLive: LiveScheme[];
  findings: Finding[];
  ambiguous: { desired: D; ids: number[] }[];
} {
  const findings: Finding[] = [];
  const ambiguous: { desired: D; ids: number[] }[] = [];
  const liveById = new Map(live.map((scheme) => [scheme.id, scheme]));
  const claimedBy = new Map<number, D>();
  const matches: { desired: D; live?: LiveScheme }[] = [];
  const ordered = [...desired].sort((a, b) => compareNames(a.name, b.name) || compareText(a.file, b.file));

  for (const scheme of ordered) {
    if (scheme.id === undefined) continue;
    const match = liveById.get(scheme.id);
    const earlier = claimedBy.get(scheme.id);
    if (match === undefined) {
      findings.push(
        schemeFinding(
          scheme,
          'pinned-scheme-missing',
          'missing',
          `"${scheme.name}" pins scheme id ${scheme.id}, but Jira has no permission scheme with that id (deleted, a team-managed project's own scheme, or a different site?).`,
          'Remove the `id:` line to create the scheme anew, or correct the id (jira-perms export shows the live ids).',
        ),
      );
    } else if (earlier !== undefined) {
      findings.push(
        schemeFinding(
          scheme,
          'pinned-scheme-duplicate',
          'duplicate',
          `"${scheme.name}" pins scheme id ${scheme.id}, which ${earlier.file} already pins.`,
          'Each live scheme can be described by one file only: remove the `id:` line from one of them.',
        ),
      );
    } else {
      claimedBy.set(scheme.id, scheme);
      matches.push({ desired: scheme, live: match });
    }
  }

  const unclaimed = (): LiveScheme[] => live.filter((scheme) => !claimedBy.has(scheme.id));
  const byName = groupBy(live, (scheme) => scheme.name);
  const byLowerName = groupBy(live, (scheme) => scheme.name.toLowerCase());
  const free = (schemes: readonly LiveScheme[] | undefined): LiveScheme[] =>
    (schemes ?? []).filter((candidate) => !claimedBy.has(candidate.id));
  for (const scheme of ordered) {
    if (scheme.id !== undefined) continue;
    let found = free(byName.get(scheme.name));
    if (found.length === 0) found = free(byLowerName.get(scheme.name.toLowerCase()));
    if (found.length > 1) {
      const ids = found.map((candidate) => candidate.id).sort((a, b) => a - b);
      ambiguous.push({ desired: scheme, ids });
      findings.push(
        schemeFinding(
          scheme,
          'ambiguous-scheme-name',
          'ambiguous',
          `Jira has ${found.length} permission schemes named "${scheme.name}" (ids ${ids.join(', ')}); the file cannot say which one it describes.`,
          `Add \`id: ${ids[0] ?? ''}\` (or the right one of the ids) to the file to pin it.`,
        ),
      );
      continue;
    }
    const [match] = found;
    if (match !== undefined) claimedBy.set(match.id, scheme);
    matches.push({ desired: scheme, live: match });
  }

  // A rename or create onto a name another live scheme keeps would be refused by Jira: say so now.
  const keptNames = new Map<string, LiveScheme>();
  for (const scheme of live) {
    const owner = claimedBy.get(scheme.id);
    if (owner === undefined || owner.name.toLowerCase() === scheme.name.toLowerCase()) {
      keptNames.set(scheme.name.toLowerCase(), scheme);
    }
  }
  const valid: { desired: D; live?: LiveScheme }[] = [];
  for (const match of matches) {
    const renamed = match.live?.name !== match.desired.name;
    const holder = renamed ? keptNames.get(match.desired.name.toLowerCase()) : undefined;
    if (holder !== undefined && holder.id !== match.live?.id) {
      findings.push(
        schemeFinding(
          match.desired,
          'scheme-name-taken',
          'taken',
          `"${match.desired.name}" is already the name of live scheme ${holder.id}, which this plan does not rename; Jira would refuse a second scheme with that name.`,
          'Choose another name, or pin this file to that scheme with `id: ' + String(holder.id) + '`.',
        ),
      );
      continue;
    }
    valid.push(match);
  }

  valid.sort(
    (a, b) => compareNames(a.desired.name, b.desired.name) || compareText(a.desired.file, b.desired.file),
  );
  const unmatchedLive = unclaimed().sort((a, b) => compareNames(a.name, b.name) || a.id - b.id);
  return { matches: valid, unmatchedLive, findings, ambiguous };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}
