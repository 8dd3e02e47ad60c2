import type { LoadedProject } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import type { DesiredScheme } from '../model/scheme.js';
import type { SchemeSpec } from '../model/spec.js';
import { mayBeAlreadyLive } from './already-live.js';

/**
 * Once the files are resolved, a plan that keeps only itself (`keep: 'plan'`) needs the files' own
 * grants (each with where it is written) in one place only: the files where a lint error may be about
 * what Jira already has (src/plan/already-live.ts reads where their grants are written). Everything
 * else planning reads is the desired schemes' grants, the specs' names, pins and `projects:`. At full
 * scale the files' grants are 60,000 objects and their offset tables, about 4 MB of a heap of 25 MB,
 * held while the project usage (one request per project, the plan's longest part) is read: let go,
 * they are no longer there when the heap's limit is set.
 */
export function withoutFileGrants(
  project: LoadedProject,
  desired: readonly DesiredScheme[],
  findings: readonly Finding[],
): { project: LoadedProject; desired: DesiredScheme[] } {
  const kept = new Set(findings.filter(mayBeAlreadyLive).map((finding) => finding.file));
  const slim = (spec: SchemeSpec): SchemeSpec => (kept.has(spec.file) ? spec : { ...spec, grants: [] });
  return {
    project: {
      ...project,
      schemes: project.schemes.map(slim),
      unverifiedSchemes: project.unverifiedSchemes.map(slim),
    },
    desired: desired.map((scheme) => {
      if (kept.has(scheme.file) || scheme.grantSources === undefined) return scheme;
      const { grantSources: _written, ...rest } = scheme;
      return rest;
    }),
  };
}
