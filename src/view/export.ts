/**
 * Export as people read it: the terminal summary of what was written (and what validate will say), and
 * the job summary table. Names and paths from Jira pass `safeText` or the Markdown escaper.
 */
import type { ExportResult } from '../commands/export.js';
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
    for (const rule of result.disabledRules) {
      lines.push(`  rules: ${rule} off: this site's groups have no ids, so the files name them`);
    }
    for (const rule of result.relaxedRules) {
      const places = result.findings.filter((finding) => finding.ruleId === rule).length;
      lines.push(
        `  rules: ${rule} set to warning: Jira already breaks it in ${plural(places, 'place')} (validate lists them); fix them, then remove the line`,
      );
    }
  }
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    lines.push(`jira-perms validate will report ${plural(errors.length, 'error')} in the exported files:`);
    for (const finding of errors.slice(0, 10)) {
      lines.push(`  ${findingLine(finding)}`);
    }
    if (errors.length > 10) lines.push(`  and ${errors.length - 10} more`);
    lines.push(
      "  That is what Jira has now: fix it in the files (then plan and apply), or set a rule's severity under rules: in the settings file (export never changes one there).",
    );
  }
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
  lines.push('', 'Next: jira-perms validate, then jira-perms plan (it should report no changes).');
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
