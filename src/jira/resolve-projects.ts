import type { Finding } from '../model/finding.js';
import { newFinding } from '../model/rules.js';
import type { DesiredProject, DesiredScheme, ProjectRef } from '../model/scheme.js';
import type { SchemeSpec } from '../model/spec.js';
import { closestMatch } from '../util/suggest.js';
import { projectsWithoutScheme } from './project-usage.js';

/**
 * The live check of `projects:`: every key a file lists is looked up among the projects Jira has (read
 * once per plan, with which scheme each uses), and turned into the project Jira knows:
 *
 * - a key Jira does not know is an error at its line, with the closest key Jira has;
 * - a team-managed project is an error at its line: it has its own permissions, not a permission scheme;
 * - a key in another case than Jira's is a warning, and Jira's spelling is used.
 *
 * Pure: the projects are given. Which project would be left without a scheme is the planner's check
 * (it needs the files matched to live schemes).
 */

export interface ProjectResolution {
  /** The desired schemes with `projects` resolved (files without `projects:` unchanged). */
  schemes: DesiredScheme[];
  findings: Finding[];
}

/** How many keys an "unknown project" message lists when no key is close to the one written. */
const LISTED_KEYS = 10;

/**
 * Every project in the usage map, once (a project is under one scheme, but say so only once anyway), and
 * the listed projects it has no scheme for (team-managed ones whose scheme Jira would not show).
 */
export function allProjects(projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>): ProjectRef[] {
  const byId = new Map<string, ProjectRef>();
  for (const projects of projectsByScheme.values()) {
    for (const project of projects) byId.set(project.id, project);
  }
  for (const project of projectsWithoutScheme(projectsByScheme)) byId.set(project.id, project);
  return [...byId.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function resolveProjects(
  specs: readonly SchemeSpec[],
  desired: readonly DesiredScheme[],
  projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>,
): ProjectResolution {
  const findings: Finding[] = [];
  const projects = allProjects(projectsByScheme);
  const byKey = new Map(projects.map((project) => [project.key, project]));
  const byUpperKey = new Map<string, ProjectRef>();
  for (const project of projects) {
    const upper = project.key.toUpperCase();
    if (!byUpperKey.has(upper)) byUpperKey.set(upper, project);
  }
  const keys = projects.map((project) => project.key);
  const specByFile = new Map(specs.map((spec) => [spec.file, spec]));

  const schemes = desired.map((scheme): DesiredScheme => {
    const spec = specByFile.get(scheme.file);
    if (spec?.projects === undefined) return scheme;
    const resolved: DesiredProject[] = [];
    const seen = new Set<string>();
    for (const entry of spec.projects) {
      const project = byKey.get(entry.key) ?? byUpperKey.get(entry.key.toUpperCase());
      if (project === undefined) {
        const close = closestMatch(entry.key, keys);
        findings.push(
          newFinding(
            'unresolved-project',
            'unknown',
            entry.location,
            close === undefined
              ? `Jira has no project with key ${entry.key} (or this account cannot see it)`
              : `Jira has no project with key ${entry.key}; did you mean ${close}?`,
            close === undefined
              ? keys.length === 0
                ? 'This account sees no projects at all: check that it may browse them (or administer Jira).'
                : `Keys Jira has: ${keys.slice(0, LISTED_KEYS).join(', ')}${keys.length > LISTED_KEYS ? ', ...' : ''}. Archived projects are not listed.`
              : `Write the key as Jira shows it: ${close}.`,
          ),
        );
        continue;
      }
      if (project.teamManaged === true) {
        findings.push(
          newFinding(
            'team-managed-project',
            'team-managed',
            entry.location,
            `project ${project.key} is team-managed: it has its own permissions, not a permission scheme, so no scheme can be assigned to it`,
            "Remove it from projects:. A team-managed project's access is set in the project itself (Project settings > Access).",
          ),
        );
        continue;
      }
      if (project.key !== entry.key) {
        findings.push(
          newFinding(
            'project-key-case',
            'case',
            entry.location,
            `project key ${entry.key} is spelt ${project.key} in Jira; ${project.key} is used`,
            `Write it as Jira does: ${project.key}.`,
          ),
        );
      }
      // A key listed twice is the loader's error; here it simply counts once.
      if (seen.has(project.id)) continue;
      seen.add(project.id);
      resolved.push({
        key: project.key,
        id: project.id,
        ...(project.name === undefined ? {} : { name: project.name }),
        source: entry.location,
      });
    }
    const result: DesiredScheme = { ...scheme, projects: resolved };
    if (spec.projectsLocation !== undefined) result.projectsSource = spec.projectsLocation;
    return result;
  });
  return { schemes, findings };
}
