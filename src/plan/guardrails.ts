import { grantKey } from '../model/holder.js';
import type { GuardrailViolation } from '../model/plan.js';
import type { Grant, LiveScheme, ProjectRef } from '../model/scheme.js';
import { configuredSeverity } from '../model/rules.js';
import type { GuardrailId, Settings } from '../model/settings.js';

/**
 * The three guardrails that fail a plan unless the settings file allows them for the scheme by name:
 *
 * - `lockout`: a scheme that projects use would be left with no ADMINISTER_PROJECTS holder or no
 *   BROWSE_PROJECTS holder, when it had one before (nobody could administer or even see those projects).
 *   Managed holders (the apps' role) do not count as holders here.
 * - `public-exposure`: the `anyone` holder (anonymous access) is added.
 * - `mass-removal`: more grants removed from one scheme than `maxRemovals`, or more than
 *   `maxRemovalRatio` of its live grants (a truncated file looks exactly like this). The ratio counts
 *   only from MIN_REMOVALS_FOR_RATIO removals up: taking one grant out of a three-grant scheme is 33%,
 *   but it is an ordinary edit, not a truncated file.
 */

export const MIN_REMOVALS_FOR_RATIO = 3;

export const GUARDRAIL_IDS: readonly GuardrailId[] = [
  'lockout',
  'public-exposure',
  'mass-removal',
  'access-limit',
];

/** Permissions whose last holder must not go; with what losing it means. */
const LOCKOUT_PERMISSIONS: readonly (readonly [string, string])[] = [
  ['ADMINISTER_PROJECTS', 'nobody could administer'],
  ['BROWSE_PROJECTS', 'nobody could even see'],
];

export interface SchemeDiffForGuardrails {
  /** The scheme's name as the plan shows it (the file's name). */
  name: string;
  /** The live scheme, when it exists. */
  live?: LiveScheme;
  adds: Grant[];
  removes: Grant[];
  /**
   * How many of the live scheme's grants the files manage (not managed holders, not grants kept for an
   * unknown holder type or permission): what the removal ratio is a share of. Default: all live grants.
   */
  managedCount?: number;
  /**
   * Projects that will use the scheme after the plan (moves included); undefined when not read (then
   * "in use" is assumed).
   */
  projects?: ProjectRef[];
  /** Projects the plan moves onto the scheme, with the live scheme each leaves (when known). */
  arrivals?: { project: ProjectRef; from?: LiveScheme | undefined }[];
  /**
   * Grants that do not count as a person holding a permission (managed holders such as the apps'
   * `atlassian-addons-project-access` role): a scheme left with only those is still locked out.
   */
  ignoreHolder?: (grant: Grant) => boolean;
}

export function isAllowed(
  settings: Settings,
  guardrail: GuardrailId,
  schemeNames: readonly string[],
): boolean {
  const names = schemeNames.map((name) => name.toLowerCase());
  return settings.guardrails.allow.some(
    (allowance) =>
      allowance.guardrail === guardrail &&
      (allowance.scheme === '*' || names.includes(allowance.scheme.toLowerCase())),
  );
}

export function checkGuardrails(diff: SchemeDiffForGuardrails, settings: Settings): GuardrailViolation[] {
  const names =
    diff.live !== undefined && diff.live.name !== diff.name ? [diff.name, diff.live.name] : [diff.name];
  const violations: GuardrailViolation[] = [];
  const add = (guardrail: GuardrailId, message: string): void => {
    // `rules:` can turn a guardrail off, or make it a warning: reported, but never blocking.
    const severity = configuredSeverity(guardrail, 'error', settings.rules);
    if (severity === undefined) return;
    violations.push({
      guardrail,
      scheme: diff.name,
      message,
      allowed: severity !== 'error' || isAllowed(settings, guardrail, names),
    });
  };
  const label = diff.live === undefined ? `"${diff.name}"` : `"${diff.name}" (id ${diff.live.id})`;

  if (diff.live !== undefined && (diff.adds.length > 0 || diff.removes.length > 0)) {
    const inUse = diff.projects === undefined || diff.projects.length > 0;
    if (inUse) {
      const removed = new Set(diff.removes.map((grant) => grantKey(grant.permission, grant.holder)));
      for (const [permission, consequence] of LOCKOUT_PERMISSIONS) {
        const counts = (grant: Grant): boolean =>
          grant.permission === permission && diff.ignoreHolder?.(grant) !== true;
        const before = diff.live.grants.filter(counts);
        const remaining = before.filter((grant) => !removed.has(grantKey(grant.permission, grant.holder)));
        const added = diff.adds.filter(counts);
        if (before.length > 0 && remaining.length === 0 && added.length === 0) {
          const usage =
            diff.projects === undefined
              ? 'may be used by projects (project usage was not read)'
              : `is used by ${countProjects(diff.projects.length)}`;
          add(
            'lockout',
            `${label} ${usage} and would be left with no ${permission} holder: ${consequence} those projects.`,
          );
        }
      }
    }
  }

  arrivalLockouts(diff, violations, add, label);

  const publicPermissions = diff.adds
    .filter((grant) => grant.holder.type === 'anyone')
    .map((grant) => grant.permission);
  if (publicPermissions.length > 0) {
    add(
      'public-exposure',
      `${label} would grant ${publicPermissions.join(', ')} to anyone, including people who are not logged in.`,
    );
  }

  if (diff.live !== undefined && diff.removes.length > 0) {
    const total = diff.managedCount ?? diff.live.grants.length;
    const { maxRemovals, maxRemovalRatio } = settings.guardrails;
    const ratio = total === 0 ? 1 : diff.removes.length / total;
    const overRatio = ratio > maxRemovalRatio && diff.removes.length >= MIN_REMOVALS_FOR_RATIO;
    if (diff.removes.length > maxRemovals || overRatio) {
      add(
        'mass-removal',
        `${label} would lose ${diff.removes.length} of its ${total} grants (${formatPercent(ratio)}), ` +
          `more than the limit of ${maxRemovals} grants or ${formatPercent(maxRemovalRatio)} of one scheme.`,
      );
    }
  }
  return violations;
}

/**
 * Lockout for projects the plan moves onto a scheme: the scheme will have no holder of a lockout
 * permission, and a project comes from a scheme that had one (the scheme losing its own last holder is
 * reported above, once).
 */
function arrivalLockouts(
  diff: SchemeDiffForGuardrails,
  reported: readonly GuardrailViolation[],
  add: (guardrail: GuardrailId, message: string) => void,
  label: string,
): void {
  const arrivals = diff.arrivals ?? [];
  if (arrivals.length === 0 || reported.some((violation) => violation.guardrail === 'lockout')) return;
  const removed = new Set(diff.removes.map((grant) => grantKey(grant.permission, grant.holder)));
  for (const [permission, consequence] of LOCKOUT_PERMISSIONS) {
    const counts = (grant: Grant): boolean =>
      grant.permission === permission && diff.ignoreHolder?.(grant) !== true;
    const remaining = (diff.live?.grants ?? [])
      .filter(counts)
      .filter((grant) => !removed.has(grantKey(grant.permission, grant.holder)));
    if (remaining.length > 0 || diff.adds.some(counts)) continue;
    const losing = arrivals
      .filter((arrival) => arrival.from?.grants.some(counts) === true)
      .map((arrival) => arrival.project.key)
      .sort();
    if (losing.length === 0) continue;
    add(
      'lockout',
      `${label} would have no ${permission} holder, and the plan moves ${losing.join(', ')} onto it from a scheme that has one: ${consequence} ${losing.length === 1 ? 'that project' : 'those projects'}.`,
    );
  }
}

/** The lines to add to the settings file to allow a violation, for messages and renderers. */
export function allowanceSnippet(violation: Pick<GuardrailViolation, 'guardrail' | 'scheme'>): string {
  return [
    'guardrails:',
    '  allow:',
    `    - guardrail: ${violation.guardrail}`,
    `      scheme: ${JSON.stringify(violation.scheme)}`,
  ].join('\n');
}

export function countProjects(count: number): string {
  return `${count} ${count === 1 ? 'project' : 'projects'}`;
}

function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}
