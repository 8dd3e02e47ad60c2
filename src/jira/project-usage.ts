import type { ProjectRef } from '../model/scheme.js';

/**
 * The projects a usage map (scheme id → projects) leaves out: listed projects Jira gave no scheme for
 * (team-managed ones, whose `GET /project/{id}/permissionscheme` may be refused with any 4xx). The map
 * stays what every caller already takes (its keys are scheme ids); the listed-but-unassigned projects
 * ride beside it so the `projects:` check still knows them (a team-managed key is "team-managed", not
 * "no such project"). Kept by identity: a copy of the map carries none.
 */
const withoutSchemeByMap = new WeakMap<ReadonlyMap<number, readonly ProjectRef[]>, readonly ProjectRef[]>();

export function noteProjectsWithoutScheme(
  usage: ReadonlyMap<number, readonly ProjectRef[]>,
  projects: readonly ProjectRef[],
): void {
  withoutSchemeByMap.set(usage, projects);
}

export function projectsWithoutScheme(
  usage: ReadonlyMap<number, readonly ProjectRef[]>,
): readonly ProjectRef[] {
  return withoutSchemeByMap.get(usage) ?? [];
}

/**
 * Whether a refusal of a team-managed project's scheme read means "it has no shared scheme". Cloud's
 * reference does not say how Jira refuses it, so any 4xx does, except a credential refused outright
 * (401) and a rate limit that outlasted the retries (429): those are the run's problem, not the project's.
 */
export function isTeamManagedSchemeRefusal(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429;
}
