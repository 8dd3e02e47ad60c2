/**
 * `jira-perms drift` for a terminal: a verdict, the audit window, then per scheme one line per change
 * made in Jira with who made it and when. Every name from the files or Jira passes `safeText`.
 */
import type { DriftResult } from '../commands/drift.js';
import type { BaseComparison } from '../commands/plan-base.js';
import { attribution, auditTime, driftLines, type DriftLine } from '../drift/describe.js';
import type { DriftExplanation } from '../drift/explain.js';
import { plural } from './words.js';
import { quote, safeText } from './terminal.js';

export const NO_DRIFT = 'No drift: Jira matches the files.';

/** The audit window in words: `the last 30 days, to 2026-11-20 10:00 UTC (Jira's clock)`. */
export function windowPhrase(explanation: DriftExplanation): string {
  const { window } = explanation;
  const clock = window.clock === 'jira' ? "Jira's clock" : "this machine's clock: Jira did not give its time";
  return `the last ${plural(window.days, 'day')}, to ${auditTime(window.to)} (${clock})`;
}

/** Why people are not named, or undefined when the log was read. */
export function auditNote(explanation: DriftExplanation): string | undefined {
  const { audit } = explanation;
  if (audit.status === 'unavailable') return `Who made these changes is not shown: ${audit.reason}.`;
  if (audit.status !== 'read') return undefined;
  const notes: string[] = [];
  if (audit.truncated) {
    notes.push(
      `The audit log held more records than were read; only the newest ${String(audit.records)} were searched.`,
    );
  }
  if (audit.skipped !== undefined && audit.skipped > 0) {
    notes.push(
      `${plural(audit.skipped, 'audit record')} without a readable time or id ${audit.skipped === 1 ? 'was' : 'were'} left out.`,
    );
  }
  return notes.length === 0 ? undefined : notes.join(' ');
}

function schemeHeading(line: DriftLine): string {
  return line.schemeId === null ? quote(line.scheme) : `${quote(line.scheme)} (${String(line.schemeId)})`;
}

/** The columns of one change: what happened, the permission, the holder or what else to know. */
function changeColumns(line: DriftLine): string[] {
  const what =
    line.permission === undefined
      ? (line.detail ?? '')
      : [line.subject, line.detail].filter(Boolean).join(': ');
  return [line.happened, line.permission ?? '', what].map(safeText);
}

/** Rows padded so each column starts at the same place. */
function aligned(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Per scheme, one line per drifted change with who made it and when (shared by drift and plan). */
function driftBlock(explanation: DriftExplanation): string[] {
  const lines = driftLines(explanation.items);
  const read = explanation.audit.status === 'read';
  const out: string[] = [];
  const groups = new Map<string, DriftLine[]>();
  for (const line of lines) {
    const key = `${String(line.schemeId)}|${line.scheme}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    out.push(schemeHeading(first));
    const rows = aligned(
      group.map((line) => [...changeColumns(line), `  ${safeText(attribution(line.changedBy, read))}`]),
    );
    out.push(...rows.map((row) => `  ${row}`));
    out.push('');
  }
  const note = auditNote(explanation);
  if (note !== undefined) out.push(safeText(note), '');
  return out;
}

/**
 * The drift part of `plan --base-ref REF`: which of the plan's changes undo changes made in Jira, or
 * why that could not be told.
 */
export function renderPlanDriftText(base: BaseComparison): string {
  const ref = quote(base.ref);
  if (base.error !== undefined) {
    return `Drift not told apart from the changes of the files (base ${ref}): ${safeText(base.error)}.\n`;
  }
  const drift = base.drift;
  if (drift === undefined || drift.items.length === 0) {
    return `No drift: every change comes from the files' changes since ${ref}.\n`;
  }
  const count = drift.items.length;
  return [
    `Drift: ${plural(count, 'change')} above ${count === 1 ? 'undoes a change' : 'undo changes'} made in Jira ` +
      `(the files of ${ref} plan ${count === 1 ? 'it' : 'them'} too).`,
    `Audit log: ${windowPhrase(drift)}.`,
    '',
    ...driftBlock(drift),
  ].join('\n');
}

export function renderDriftText(result: DriftResult): string {
  const explanation = result.explanation;
  if (explanation === undefined) return '';
  if (explanation.items.length === 0) return `${NO_DRIFT}\n`;
  const count = explanation.items.length;
  const out = [
    `Drift: ${plural(count, 'change')} in Jira ${count === 1 ? 'differs' : 'differ'} from the files.`,
    `Audit log: ${windowPhrase(explanation)}.`,
    '',
    ...driftBlock(explanation),
    'jira-perms apply would undo these changes. To keep one, write it into the files ' +
      "(jira-perms export writes Jira's current state as files).",
  ];
  return `${out.join('\n')}\n`;
}
