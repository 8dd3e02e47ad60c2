/**
 * Export as people read it: the terminal summary of what was written (and what validate will say), and
 * the job summary table. Names and paths from Jira pass `safeText` or the Markdown escaper.
 */
import type { ExportResult } from '../commands/export.js';
import { countFindings, sortFindings } from '../validate/order.js';
import { findingLine } from './finding.js';
import { escapeMarkdown } from './markdown.js';
import { safeText } from './terminal.js';
import { plural } from './words.js';

/** The schema copies export wrote or refreshed; nothing when they were this version's already. */
function schemasLine(result: ExportResult): string | undefined {
  const { action, path } = result.schemas;
  if (action === 'unchanged') return undefined;
  return `${action === 'created' ? 'Wrote' : 'Updated'} the JSON Schemas in ${safeText(path)}/ (the files' $schema lines point there; commit them).`;
}

/** How many findings export lists; `validate` lists them all. */
const LISTED_FINDINGS = 20;

/**
 * What the live schemes already break, as `validate` will report it (errors first): export keeps the
 * rules' severities, so people see each place (file, line, rule) and what to do about it.
 */
export function exportFindingsLines(result: ExportResult): string[] {
  const shown = sortFindings(result.findings.filter((finding) => finding.severity !== 'info')).sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
  if (shown.length === 0) return [];
  const counts = countFindings(shown);
  const lines = [
    `The exported schemes break lint rules where Jira does: jira-perms validate will report ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}:`,
    ...shown.slice(0, LISTED_FINDINGS).map((finding) => `  ${findingLine(finding)}`),
  ];
  if (shown.length > LISTED_FINDINGS) {
    lines.push(`  and ${shown.length - LISTED_FINDINGS} more (jira-perms validate lists them all)`);
  }
  if (counts.errors > 0) {
    lines.push(
      '  That is what Jira has now. jira-perms plan reports these errors as already live and does not refuse them;',
      '  to make jira-perms validate pass, fix them in the files (then plan and apply), or set the rule to',
      "  warning or off under rules: in the settings file yourself (export never changes a rule's severity).",
    );
  }
  return lines;
}

/** `schemasOnly`: `export --schemas`, which writes nothing but the schema copies. */
export function formatExportSummary(result: ExportResult, schemasOnly = false): string {
  const lines: string[] = [];
  if (schemasOnly) {
    const line = schemasLine(result);
    return `${line ?? `The JSON Schemas in ${safeText(result.schemas.path)}/ are this version's already.`}\n`;
  }
  if (result.files.length === 0) {
    lines.push('No permission schemes to export.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Exported ${plural(result.files.length, 'permission scheme')} to ${safeText(result.out)}/:`);
  const width = Math.max(...result.files.map((file) => safeText(file.path).length));
  for (const file of result.files) {
    lines.push(
      `  ${safeText(file.path).padEnd(width)}  ${safeText(file.scheme)} (${file.schemeId}), ${plural(file.grants, 'grant')}${file.replaced ? ', replaced' : ''}`,
    );
  }
  if (result.settingsFile !== undefined) {
    lines.push(
      `${result.settingsFile.action === 'created' ? 'Wrote' : 'Updated'} ${safeText(result.settingsFile.path)}:`,
    );
    if (result.customPermissions.length > 0) {
      lines.push(
        `  customPermissions: ${plural(result.customPermissions.length, 'app-defined permission key')} the schemes use (${result.customPermissions.map(safeText).join(', ')})`,
      );
    }
  }
  lines.push(...exportFindingsLines(result));
  const schemas = schemasLine(result);
  if (schemas !== undefined) lines.push(schemas);
  if (result.leftOut.length > 0) {
    const managed = result.leftOut.filter((grant) => grant.reason === 'managed').length;
    const unknown = result.leftOut.length - managed;
    const parts = [
      ...(managed > 0 ? [`${plural(managed, 'grant')} to holders Jira manages itself`] : []),
      ...(unknown > 0 ? [`${plural(unknown, 'grant')} this product does not manage`] : []),
    ];
    lines.push(
      `Left out ${parts.join(' and ')}: each file's header lists them; plan and apply leave them alone.`,
    );
  }
  const errors = result.findings.some((finding) => finding.severity === 'error');
  lines.push(
    '',
    errors
      ? 'Next: jira-perms plan (it should report no changes, and the errors above as already live).'
      : 'Next: jira-perms validate, then jira-perms plan (it should report no changes).',
  );
  return `${lines.join('\n')}\n`;
}

/** The job summary: where the files went and one row per file. */
export function exportMarkdown(result: ExportResult): string {
  const rows = result.files.map(
    (file) =>
      `| ${escapeMarkdown(file.path)} | ${escapeMarkdown(file.scheme)} | ${file.schemeId} | ${file.grants} |`,
  );
  const leftOut =
    result.leftOut.length > 0
      ? `; ${plural(result.leftOut.length, 'grant')} left out (see each file's header)`
      : '';
  return [
    '## Export',
    '',
    `${plural(result.files.length, 'scheme file')} written to ${escapeMarkdown(result.out)}${leftOut}`,
    '',
    '| file | scheme | id | grants |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
