import type { AccessResult } from '../commands/access.js';
import { personName } from '../model/access.js';
import { safeText } from './terminal.js';
import { plural } from './words.js';

/**
 * `jira-perms access` for a terminal: the project and its scheme, then per permission the people with
 * every path through which they hold it (`projectRole Administrators (10002) > group jira-administrators`),
 * the holders that are not people, and what could not be expanded with why.
 */
export function renderAccessText(result: AccessResult): string {
  const lines: string[] = [];
  const project = result.project;
  const scheme = result.scheme;
  if (project !== undefined && scheme !== undefined) {
    const name = project.name === undefined ? '' : ` (${safeText(project.name)})`;
    lines.push(
      `${safeText(project.key)}${name} uses scheme "${safeText(scheme.name)}" (id ${String(scheme.id)}).`,
    );
  }
  if (result.user !== undefined) lines.push(`Only ${safeText(personName(result.user))}.`);
  lines.push('');
  for (const entry of result.permissions) {
    const count = plural(entry.people.length, 'person', 'people');
    lines.push(`${safeText(entry.permission)}: ${count}`);
    for (const person of entry.people) {
      const paths = person.via.map((path) => path.map(safeText).join(' > ')).join('; ');
      lines.push(`  ${safeText(personName(person))}  via ${paths}`);
    }
    for (const holder of entry.holders)
      lines.push(`  also: ${safeText(holder.label)} (not expanded into people)`);
    for (const failure of entry.unexpanded) {
      lines.push(`  ! not expanded: ${safeText(failure.label)}: ${safeText(failure.reason)}`);
    }
    lines.push('');
  }
  if (result.permissions.length === 0) lines.push('No grants in this scheme.', '');
  return lines.join('\n');
}
