import type { Finding } from '../model/finding.js';
import type { SchemeSpec } from '../model/spec.js';

/**
 * Checks across files: a scheme name used by two files (names are schemes' identity; compared without
 * case, as Jira compares scheme names) and a live scheme id bound by two files. Both places are reported.
 */
export function crossFileFindings(schemes: readonly SchemeSpec[]): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map<string, SchemeSpec[]>();
  const byId = new Map<number, SchemeSpec[]>();
  for (const scheme of schemes) {
    // A file whose name could not be read (the schema said so) has no name to clash with.
    if (scheme.name.trim() === '') continue;
    const name = scheme.name.trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), scheme]);
    if (scheme.id !== undefined) byId.set(scheme.id, [...(byId.get(scheme.id) ?? []), scheme]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const scheme of group) {
      const others = group
        .filter((other) => other !== scheme)
        .map((other) => `${other.file}:${other.nameLocation.line}`);
      findings.push({
        ...scheme.nameLocation,
        severity: 'error',
        ruleId: 'unique-name',
        message: `scheme name "${scheme.name}" is also used by ${others.join(', ')}`,
        hint: 'A scheme name is its identity: give each file its own name, or merge the two files.',
      });
    }
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const scheme of group) {
      const others = group
        .filter((other) => other !== scheme)
        .map((other) => `${other.file}:${other.idLocation?.line ?? 1}`);
      findings.push({
        ...(scheme.idLocation ?? scheme.nameLocation),
        severity: 'error',
        ruleId: 'unique-id',
        message: `scheme id ${id} is also bound by ${others.join(', ')}`,
        hint: 'An id binds one file to one live scheme: remove it from all but one file.',
      });
    }
  }
  return findings;
}
