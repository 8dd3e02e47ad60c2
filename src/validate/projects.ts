import type { Finding } from '../model/finding.js';
import { newFinding } from '../model/rules.js';
import type { ProjectKeySpec, SchemeSpec } from '../model/spec.js';

/**
 * The offline check of `projects:` across the folder: a project uses exactly one permission scheme, so
 * its key may be listed once, in one file. A key listed twice (in two files, or twice in one) is an
 * error at every place it is listed, each naming the others. Keys are compared without case: Jira's
 * project keys are unique without case, and the live check says which spelling Jira uses.
 */
export function projectListFindings(schemes: readonly SchemeSpec[]): Finding[] {
  const byKey = new Map<string, { scheme: SchemeSpec; entry: ProjectKeySpec }[]>();
  for (const scheme of schemes) {
    for (const entry of scheme.projects ?? []) {
      const key = entry.key.toUpperCase();
      const places = byKey.get(key);
      if (places === undefined) byKey.set(key, [{ scheme, entry }]);
      else places.push({ scheme, entry });
    }
  }
  const findings: Finding[] = [];
  for (const places of byKey.values()) {
    if (places.length < 2) continue;
    for (const place of places) {
      const others = places.filter((other) => other !== place);
      const where = others.map(({ scheme, entry }) => {
        if (scheme !== place.scheme) return `${scheme.file}:${entry.location.line} ("${scheme.name}")`;
        const { line, column } = entry.location;
        return line === place.entry.location.line
          ? `line ${line}, column ${column} of this file`
          : `line ${line} of this file`;
      });
      const sameFile = others.every((other) => other.scheme === place.scheme);
      findings.push(
        newFinding(
          'unique-project',
          'listed-twice',
          place.entry.location,
          `project ${place.entry.key} is also listed at ${where.join(', ')}: a project uses exactly one permission scheme`,
          sameFile
            ? 'Remove the repeated key.'
            : 'Keep the key under projects: of the one scheme the project should use, and remove it from the others.',
        ),
      );
    }
  }
  return findings;
}
