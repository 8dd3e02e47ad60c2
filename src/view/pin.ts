/**
 * `pin` as people read it: which files got an `id:` line and where, which were left alone and why.
 * File and scheme names come from the files and from Jira: every one passes `safeText`.
 */
import type { PinResult } from '../commands/pin.js';
import { quote, safeText } from './terminal.js';
import { plural } from './words.js';

export function formatPinSummary(result: PinResult): string {
  const lines: string[] = [];
  for (const file of result.pinned) {
    lines.push(
      `pinned ${safeText(file.file)}:${String(file.line)}  id: ${String(file.schemeId)}  (${quote(file.scheme)})`,
    );
  }
  for (const file of result.refused) {
    lines.push(`not pinned ${safeText(file.file)} (${quote(file.scheme)}): ${safeText(file.reason)}`);
  }
  const counts = [
    `${plural(result.pinned.length, 'file')} pinned`,
    `${String(result.alreadyPinned)} already pinned`,
  ];
  if (result.notLive.length > 0) {
    counts.push(
      `${String(result.notLive.length)} not in Jira yet (apply creates them and reports their ids)`,
    );
  }
  if (result.refused.length > 0) counts.push(`${String(result.refused.length)} not pinned`);
  lines.push(`${counts.join(', ')}.`);
  if (result.unreadable.length > 0) {
    lines.push(
      `Left alone ${plural(result.unreadable.length, 'file')} that did not load as scheme files (jira-perms validate says why): ${result.unreadable.map(safeText).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
