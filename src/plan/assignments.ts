import type { Finding } from '../model/finding.js';
import { newFinding } from '../model/rules.js';
import type { PlanChange } from '../model/plan.js';
import type { DesiredScheme, LiveScheme, ProjectRef } from '../model/scheme.js';
import { compareText } from './order.js';

/**
 * Which project uses which scheme, as the files want it (`projects:`), against Jira: the `assign-project`
 * changes, the projects every scheme will have after the plan (what guardrails, "used by" lines and
 * prune judge), and the one error only this comparison can find: a project the plan would leave with
 * no scheme. Pure.
 *
 * - A file without `projects:` leaves its scheme's projects alone (other files may still take some).
 * - A file with `projects:` (also `[]`) wants exactly those projects on its scheme: each listed project
 *   on another scheme moves onto it; a project on its scheme that it does not list must be listed by
 *   another file (it moves there), else it would have no scheme at all: an error at `projects:`.
 * - Team-managed projects have no shared scheme and never count.
 */

/** A file paired with the live scheme it describes (none: the plan creates it). */
export interface SchemeMatch {
  desired: DesiredScheme;
  live?: LiveScheme;
}

export interface AssignmentInput {
  /** The files the planner matched to live schemes (or to a create). */
  matches: readonly SchemeMatch[];
  /** Every file, matched or not: a project listed in any of them is not left behind. */
  desired: readonly DesiredScheme[];
  live: readonly LiveScheme[];
  projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>;
}

/** A project that moves onto a scheme, and the scheme it leaves (null when Jira did not say). */
export interface Arrival {
  project: ProjectRef;
  fromSchemeId: number | null;
}

export interface AssignmentPlan {
  /** `assign-project` changes per scheme (see {@link schemeKey}), by project key. */
  changes: Map<string, PlanChange[]>;
  /** Projects moving onto each scheme. */
  arrivals: Map<string, Arrival[]>;
  findings: Finding[];
  /** Projects a scheme will have after the plan. */
  projectsAfter: (key: string) => ProjectRef[];
  /** Every project that moves. */
  moved: ProjectRef[];
}

/** How assignments name a scheme: a live one by id, one the plan creates by its name. */
export function schemeKey(liveId: number | undefined, name: string): string {
  return liveId === undefined ? `new:${name}` : `id:${liveId}`;
}

function byKey(a: ProjectRef, b: ProjectRef): number {
  return compareText(a.key, b.key);
}

export function planAssignments(input: AssignmentInput): AssignmentPlan {
  const current = new Map<string, number>();
  const projectById = new Map<string, ProjectRef>();
  for (const [schemeId, projects] of input.projectsByScheme) {
    for (const project of projects) {
      if (project.teamManaged === true) continue;
      current.set(project.id, schemeId);
      projectById.set(project.id, project);
    }
  }
  // Names the plan shows: a file's name for a scheme a file describes, else the live name.
  const shownName = new Map<number, string>(input.live.map((scheme) => [scheme.id, scheme.name]));
  for (const { desired, live } of input.matches) if (live !== undefined) shownName.set(live.id, desired.name);

  const listedAnywhere = new Set<string>();
  for (const scheme of input.desired)
    for (const project of scheme.projects ?? []) listedAnywhere.add(project.id);

  // After the plan: the live lists as Jira gave them, then every move.
  const after = new Map<string, Map<string, ProjectRef>>();
  for (const [schemeId, projects] of input.projectsByScheme) {
    after.set(schemeKey(schemeId, ''), new Map(projects.map((project) => [project.id, project])));
  }
  const move = (key: string, project: ProjectRef): void => {
    for (const projects of after.values()) projects.delete(project.id);
    const projects = after.get(key) ?? new Map<string, ProjectRef>();
    projects.set(project.id, project);
    after.set(key, projects);
  };

  const changes = new Map<string, PlanChange[]>();
  const arrivals = new Map<string, Arrival[]>();
  const findings: Finding[] = [];
  const moved: ProjectRef[] = [];
  for (const { desired, live } of input.matches) {
    if (desired.projects === undefined) continue;
    const key = schemeKey(live?.id, desired.name);
    const mine: PlanChange[] = [];
    const coming: Arrival[] = [];
    for (const listed of [...desired.projects].sort(byKey)) {
      const from = current.get(listed.id);
      if (live !== undefined && from === live.id) continue;
      const project = projectById.get(listed.id) ?? { id: listed.id, key: listed.key };
      move(key, project);
      mine.push({
        action: 'assign-project',
        project: listed.key,
        projectId: listed.id,
        scheme: desired.name,
        schemeId: live?.id ?? null,
        fromScheme: from === undefined ? null : (shownName.get(from) ?? null),
        fromSchemeId: from ?? null,
        file: desired.file,
      });
      coming.push({ project, fromSchemeId: from ?? null });
      moved.push(project);
    }
    if (mine.length > 0) {
      changes.set(key, mine);
      arrivals.set(key, coming);
    }
    if (live === undefined) continue;
    const keep = new Set(desired.projects.map((project) => project.id));
    for (const project of [...(input.projectsByScheme.get(live.id) ?? [])].sort(byKey)) {
      if (project.teamManaged === true || keep.has(project.id) || listedAnywhere.has(project.id)) continue;
      findings.push(
        newFinding(
          'project-left-without-scheme',
          'left-without-scheme',
          desired.projectsSource ?? { file: desired.file, line: 1, column: 1 },
          `project ${project.key} uses this scheme in Jira, is not listed under projects: here, and no other scheme file lists it: it would be left without a permission scheme`,
          `Every Jira project uses exactly one permission scheme: list ${project.key} under projects: in the file of the scheme it should move to, or keep it in this list.`,
        ),
      );
    }
  }

  return {
    changes,
    arrivals,
    findings,
    projectsAfter: (key) => [...(after.get(key)?.values() ?? [])].sort(byKey),
    moved,
  };
}
