import { runExport, type ExportResult } from '../../commands/export.js';
import { redactingWriter } from '../../jira/secrets.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliDeps, cliProgress, defineCommand, type CliCommand } from '../command.js';

const EXPORT_OPTIONS = [
  {
    name: 'out',
    type: 'string',
    valueName: 'DIR',
    help: 'the folder to write into',
    defaultText: 'the scheme folder of the settings file (.jira-permissions.yml), else jira-permissions/',
  },
  {
    name: 'scheme',
    type: 'string',
    valueName: 'NAME',
    multiple: true,
    help:
      'export only this scheme (its name exactly as Jira shows it, or its id). Repeat for more. ' +
      'File names stay the same as in a full export.',
  },
  {
    name: 'force',
    type: 'boolean',
    help:
      'overwrite files that exist. Without it, export checks first and writes nothing if any file it ' +
      'would write is already there, listing them.',
  },
] as const satisfies readonly OptionSpec[];

export const EXPORT_SPEC: CommandSpec<typeof EXPORT_OPTIONS> = {
  name: 'export',
  summary: 'write the live permission schemes as scheme files (read-only)',
  description: `Writes every live permission scheme of the Jira site as a scheme file: the quickest way to adopt
jira-perms. Planned straight back against the same site, the files give an empty plan. Export only
reads from Jira (the client it uses cannot send a write).`,
  options: EXPORT_OPTIONS,
  epilogue: `What it writes:
  <out>/<scheme-name>.yml   one file per scheme, named from the scheme's name (lower case, dashes;
                            a scheme whose name collides with an older one's gets its id appended).
                            A file in <out> that already describes the scheme (pins its id, or
                            names it without an id) is updated in place instead.
  .jira-permissions.yml     only when needed: customPermissions lists the permission keys that apps
                            define, so validate accepts them offline; lint rules the site already
                            breaks are set to warning (with a comment), so the files validate.

Each file records the scheme's id (so renames are tracked), the projects that use it, and the grants
left out: holders Jira manages itself (the atlassian-addons-project-access role, see managedHolders
in the settings), and holder types or permissions this product does not know. plan and apply leave
those grants as they are.

Connection, from the environment: JIRA_BASE_URL, and JIRA_EMAIL + JIRA_API_TOKEN or
JIRA_BEARER_TOKEN; JIRA_API_VERSION 3 (Cloud, default) or 2 (Data Center). Needs read access only:
Browse users and groups helps the display names in comments.

Examples:
  jira-perms export
  jira-perms export --out jira-permissions --scheme "Default Permission Scheme"
  jira-perms export --force && git diff        # refresh files from Jira and review what changed

Exit codes: 0 written; 1 nothing written (bad option, connection failure, files in the way).`,
  positionalHint: 'scheme names go after --scheme',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatExportSummary(result: ExportResult): string {
  const lines: string[] = [];
  if (result.files.length === 0) {
    lines.push('No permission schemes to export.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Exported ${plural(result.files.length, 'permission scheme', 'permission schemes')} to ${result.out}/:`,
  );
  const width = Math.max(...result.files.map((file) => file.path.length));
  for (const file of result.files) {
    lines.push(
      `  ${file.path.padEnd(width)}  ${file.scheme} (${file.schemeId}), ${plural(file.grants, 'grant', 'grants')}${file.replaced ? ', replaced' : ''}`,
    );
  }
  if (result.settingsFile !== undefined) {
    lines.push(
      `${result.settingsFile.action === 'created' ? 'Wrote' : 'Updated'} ${result.settingsFile.path}:`,
    );
    if (result.customPermissions.length > 0) {
      lines.push(
        `  customPermissions: ${plural(result.customPermissions.length, 'app-defined permission key', 'app-defined permission keys')} the schemes use (${result.customPermissions.join(', ')})`,
      );
    }
    for (const rule of result.disabledRules) {
      lines.push(`  rules: ${rule} off: this site's groups have no ids, so the files name them`);
    }
    for (const rule of result.relaxedRules) {
      const places = result.findings.filter((finding) => finding.ruleId === rule).length;
      lines.push(
        `  rules: ${rule} set to warning: Jira already breaks it in ${plural(places, 'place', 'places')} (validate lists them); fix them, then remove the line`,
      );
    }
  }
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    lines.push(
      `jira-perms validate will report ${plural(errors.length, 'error', 'errors')} in the exported files:`,
    );
    for (const finding of errors.slice(0, 10)) {
      lines.push(
        `  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}  ${finding.ruleId}`,
      );
    }
    if (errors.length > 10) lines.push(`  and ${errors.length - 10} more`);
  }
  if (result.leftOut.length > 0) {
    const managed = result.leftOut.filter((grant) => grant.reason === 'managed').length;
    const unknown = result.leftOut.length - managed;
    const parts = [
      ...(managed > 0 ? [`${plural(managed, 'grant', 'grants')} to holders Jira manages itself`] : []),
      ...(unknown > 0 ? [`${plural(unknown, 'grant', 'grants')} this product does not manage`] : []),
    ];
    lines.push(
      `Left out ${parts.join(' and ')}: each file's header lists them; plan and apply leave them alone.`,
    );
  }
  lines.push('', 'Next: jira-perms validate, then jira-perms plan (it should report no changes).');
  return `${lines.join('\n')}\n`;
}

export const exportCommand: CliCommand = defineCommand(EXPORT_SPEC, async (options, context) => {
  const stdout = redactingWriter(context.stdout);
  const stderr = redactingWriter(context.stderr);
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const result = await runExport(
    {
      ...(options.out === undefined ? {} : { out: options.out }),
      schemes: options.scheme,
      force: options.force,
    },
    cliDeps(context, progress),
  );
  progress.done();
  if (result.status !== 'exported') {
    stderr.write(`jira-perms export: ${result.error}\n`);
    return 1;
  }
  stdout.write(formatExportSummary(result));
  return 0;
});
