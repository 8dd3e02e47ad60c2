import type { AccessChange, AccessPerson, AccessSummary, UnexpandedHolder } from '../model/access.js';
import { personName } from '../model/access.js';
import { holderLabel } from '../model/holder.js';
import { codeSpan, escapeHtml, escapeMarkdown } from './markdown.js';
import { safeText } from './terminal.js';
import { plural } from './words.js';

/**
 * The effective-access part of a plan, for the terminal and for Markdown (PR comment, job summary):
 * counts first, per project and permission; names folded (at most {@link NAMES_SHOWN} a list, the plan
 * file has all); holders that are not people (anyone, per-issue holders) by name; what could not be
 * expanded, with why. Every Jira string (names, keys, reasons) goes through the destination's escaper.
 */

export const NO_ACCESS_CHANGE: AccessSummary = { peopleGaining: 0, peopleLosing: 0 };

/** Names listed per gained or lost list; the rest are counted. */
export const NAMES_SHOWN = 10;

/** `2 people gain access, 1 person loses access` (distinct people across the plan). */
export function accessSummaryLine(summary: AccessSummary): string {
  const gain = `${plural(summary.peopleGaining, 'person', 'people')} ${summary.peopleGaining === 1 ? 'gains' : 'gain'}`;
  const lose = `${plural(summary.peopleLosing, 'person', 'people')} ${summary.peopleLosing === 1 ? 'loses' : 'lose'}`;
  return `${gain} access, ${lose} access`;
}

/**
 * When the read budget ran out: how much was left out and how to get it all (one line, no Jira text).
 * Undefined for a complete report.
 */
export function accessPartialLine(summary: AccessSummary): string | undefined {
  if (summary.complete !== false || summary.budget === undefined) return undefined;
  const { limit, readsSkipped, changesNotExpanded } = summary.budget;
  return (
    `Partial: the effective-access budget (${plural(limit, 'request')}) ran out; ` +
    `${plural(readsSkipped, 'read')} not made, so ${plural(changesNotExpanded, 'change')} (project and permission) ` +
    `${changesNotExpanded === 1 ? 'is' : 'are'} not expanded into people. JIRA_PERMS_ACCESS=full ` +
    '(plan --access full, or the action input access: full) reads every holder.'
  );
}

/**
 * A change's holders that could not be expanded: those Jira refused (each with its reason) and those the
 * read budget left out (one line for them all: the partial line above says why and how to read them).
 */
function unexpandedParts(change: AccessChange): { refused: UnexpandedHolder[]; notRead: UnexpandedHolder[] } {
  const all = change.unexpanded ?? [];
  return {
    refused: all.filter((entry) => entry.notRead !== true),
    notRead: all.filter((entry) => entry.notRead === true),
  };
}

function names(people: readonly AccessPerson[], escape: (text: string) => string): string {
  const shown = people.slice(0, NAMES_SHOWN).map((person) => escape(personName(person)));
  const more = people.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

function holdersPhrase(change: AccessChange, escape: (text: string) => string): string {
  const parts = [
    ...change.holdersGained.map((holder) => `+ ${escape(holderLabel(holder))}`),
    ...change.holdersLost.map((holder) => `- ${escape(holderLabel(holder))}`),
  ];
  return parts.join(', ');
}

/**
 * How many gain (or lose), or `?` when the read budget left out a holder on the side that decides it: a
 * holder not read on the live side may already give the permission to anyone who seems to gain it (and
 * on the planned side, keep it for anyone who seems to lose it), so compute.ts lists nobody there. A
 * 0 would read as "nobody".
 */
function gainCount(change: AccessChange): string {
  return leftOutOn(change, 'live') ? '?' : String(change.gained.length);
}

function loseCount(change: AccessChange): string {
  return leftOutOn(change, 'planned') ? '?' : String(change.lost.length);
}

function leftOutOn(change: AccessChange, side: 'live' | 'planned'): boolean {
  return (change.unexpanded ?? []).some(
    (entry) => entry.notRead === true && (entry.side === side || entry.side === 'both'),
  );
}

function countsPhrase(change: AccessChange): string {
  return `+${gainCount(change)} -${loseCount(change)}`;
}

function byProject(changes: readonly AccessChange[]): Map<string, AccessChange[]> {
  const projects = new Map<string, AccessChange[]>();
  for (const change of changes) {
    const list = projects.get(change.project) ?? [];
    list.push(change);
    projects.set(change.project, list);
  }
  return projects;
}

function schemePhrase(change: AccessChange | undefined): string {
  if (change === undefined) return '';
  return change.fromScheme === undefined
    ? `scheme "${change.scheme}"`
    : `moves from scheme "${change.fromScheme}" to "${change.scheme}"`;
}

/**
 * Whether a row has anything to show: someone or some holder gains or loses the permission, or who does
 * could not be read. A grant change that moves nobody in a project (a role without members there) stays
 * in the plan's data, but is no row in its views.
 */
function shownRow(change: AccessChange): boolean {
  return (
    change.gained.length > 0 ||
    change.lost.length > 0 ||
    change.holdersGained.length > 0 ||
    change.holdersLost.length > 0 ||
    change.unexpanded !== undefined
  );
}

/** The text plan's section: lines without a trailing blank line (empty when there is nothing to say). */
export function accessTextLines(changes: readonly AccessChange[], summary: AccessSummary): string[] {
  if (changes.length === 0) return [];
  const lines = [`Effective access: ${accessSummaryLine(summary)}.`];
  const partial = accessPartialLine(summary);
  if (partial !== undefined) lines.push(`  ${partial}`);
  for (const [project, list] of byProject(changes.filter(shownRow))) {
    lines.push(`  ${safeText(project)} (${safeText(schemePhrase(list[0]))})`);
    const width = Math.max(...list.map((change) => change.permission.length));
    for (const change of list) {
      const holders = holdersPhrase(change, safeText);
      lines.push(
        `    ${safeText(change.permission.padEnd(width))}  ${countsPhrase(change)}${holders === '' ? '' : `  holders: ${holders}`}`,
      );
      if (change.gained.length > 0) lines.push(`      + ${names(change.gained, safeText)}`);
      if (change.lost.length > 0) lines.push(`      - ${names(change.lost, safeText)}`);
      if (change.broadHoldersKept !== undefined) {
        const broad = change.broadHoldersKept.map((holder) => safeText(holderLabel(holder))).join(', ');
        lines.push(`      note: ${broad} holds it before and after`);
      }
      const { refused, notRead } = unexpandedParts(change);
      for (const entry of refused) {
        lines.push(`      ! not expanded: ${safeText(entry.label)}: ${safeText(entry.reason)}`);
      }
      if (notRead.length > 0) {
        lines.push(`      ! not read (budget): ${notRead.map((entry) => safeText(entry.label)).join(', ')}`);
      }
    }
  }
  return lines;
}

/**
 * The Markdown section: a heading, the summary, a table of counts (project, permission, gain, lose,
 * holders), the names folded in `<details>`, and what could not be expanded. At most `maxLength`
 * characters: rows that do not fit are counted in a closing line.
 */
export function accessMarkdown(
  changes: readonly AccessChange[],
  summary: AccessSummary,
  maxLength: number,
): string | undefined {
  if (changes.length === 0) return undefined;
  const partial = accessPartialLine(summary);
  const head =
    `#### Effective access\n\n**${escapeMarkdown(accessSummaryLine(summary))}** (distinct people, in ${plural(byProject(changes).size, 'project')}).` +
    (partial === undefined ? '' : `\n\n> [!NOTE]\n> ${escapeMarkdown(partial)}`);
  const rows = changes.filter(shownRow).map((change) => {
    const holders = holdersPhrase(change, (text) => codeSpan(text));
    return `| ${codeSpan(change.project)} | ${codeSpan(change.permission)} | ${gainCount(change)} | ${loseCount(change)} | ${holders} |`;
  });
  const table = [
    '| project | permission | gain | lose | holders gained / lost |',
    '| --- | --- | ---: | ---: | --- |',
  ];
  const details = changes
    .filter((change) => change.gained.length > 0 || change.lost.length > 0)
    .map((change) => {
      const parts: string[] = [];
      if (change.gained.length > 0) parts.push(`gain: ${names(change.gained, escapeMarkdown)}`);
      if (change.lost.length > 0) parts.push(`lose: ${names(change.lost, escapeMarkdown)}`);
      return `- ${codeSpan(change.project)} ${codeSpan(change.permission)}: ${parts.join('; ')}`;
    });
  const notes = changes.flatMap((change) => {
    const { refused, notRead } = unexpandedParts(change);
    const where = `${codeSpan(change.project)} ${codeSpan(change.permission)}`;
    const lines = refused.map(
      (entry) => `- ${where} ${codeSpan(entry.label)}: ${escapeMarkdown(entry.reason)}`,
    );
    if (notRead.length > 0)
      lines.push(`- ${where} not read (budget): ${notRead.map((entry) => codeSpan(entry.label)).join(', ')}`);
    return lines;
  });
  const broad = changes.filter((change) => change.broadHoldersKept !== undefined).length;

  const build = (rowCount: number, detailCount: number, noteCount: number): string => {
    const blocks = rows.length === 0 ? [head] : [head, [...table, ...rows.slice(0, rowCount)].join('\n')];
    if (rowCount < rows.length)
      blocks.push(`_${rows.length - rowCount} more rows not shown: the plan file lists them all._`);
    if (detailCount > 0) {
      const hidden = details.length - detailCount;
      const body = [...details.slice(0, detailCount), ...(hidden > 0 ? [`- … and ${hidden} more`] : [])];
      blocks.push(
        `<details><summary>${escapeHtml('Who gains and who loses')}</summary>\n\n${body.join('\n')}\n\n</details>`,
      );
    }
    if (noteCount > 0) {
      const hidden = notes.length - noteCount;
      const body = [...notes.slice(0, noteCount), ...(hidden > 0 ? [`- … and ${hidden} more`] : [])];
      blocks.push(
        `> [!WARNING]\n> **Not expanded into people** (the lists above hold only the people who could be read):\n\n${body.join('\n')}`,
      );
    }
    if (broad > 0) {
      blocks.push(
        `_${plural(broad, 'permission')} also held before and after by \`anyone\` or any logged-in user: the people listed may hold it through them too._`,
      );
    }
    return blocks.join('\n\n');
  };
  const whole = build(rows.length, details.length, notes.length);
  if (whole.length <= maxLength) return whole;
  // Too long: notes first (they say what is missing), then rows, then names, each as many as fit.
  const fit = (make: (count: number) => string, total: number): number => {
    let low = 0;
    let high = total;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (make(middle).length <= maxLength) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const noteCount = fit((count) => build(0, 0, count), notes.length);
  const rowCount = fit((count) => build(count, 0, noteCount), rows.length);
  const detailCount = fit((count) => build(rowCount, count, noteCount), details.length);
  const result = build(rowCount, detailCount, noteCount);
  return result.length <= maxLength ? result : head.slice(0, maxLength);
}
