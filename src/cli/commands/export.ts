import { runExport } from '../../commands/export.js';
import { formatExportSummary } from '../../view/export.js';
import { safeLines } from '../../view/terminal.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliProgress, defineCommand, type CliCommand } from '../command.js';
import { cliDeps } from '../deps.js';
import { SUMMARIES } from '../summaries.js';

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
    name: 'schemas',
    type: 'boolean',
    help:
      'only (re)write the JSON Schemas into .jira-permissions/schemas/ at the repository root, where the ' +
      '$schema lines of the files point (for editors, offline). Needs no Jira; touches no other file. ' +
      'validate warns when the copies are older than this jira-perms.',
  },
  {
    name: 'force',
    type: 'boolean',
    help:
      'overwrite files that exist. Without it, export checks first and writes nothing if any file it ' +
      'would write is already there, listing them. A replaced file keeps its holder forms (a group by ' +
      'name, a user by email, a role by id) where they name the grant Jira has; an existing settings ' +
      'file keeps its rules and severities.',
  },
] as const satisfies readonly OptionSpec[];

export const EXPORT_SPEC: CommandSpec<typeof EXPORT_OPTIONS> = {
  name: 'export',
  summary: SUMMARIES.export,
  description: `Writes every live permission scheme of the Jira site as a scheme file: the quickest way to adopt
jira-perms. Planned straight back against the same site, the files give an empty plan. Export only
reads from Jira (the client it uses cannot send a write).`,
  options: EXPORT_OPTIONS,
  epilogue: `What it writes:
  <out>/<scheme-name>.yml   one file per scheme, named from the scheme's name (lower case, dashes;
                            a scheme whose name collides with an older one's gets its id appended).
                            A file in <out> that already describes the scheme (pins its id, or
                            names it without an id) is updated in place instead.
  .jira-permissions/schemas/*.json
                            the JSON Schemas of this jira-perms, refreshed on every export: each
                            file's first line ($schema) points there, so editors complete and check
                            offline (VS Code with the YAML extension, yamlls).
  .jira-permissions.yml     only when needed: customPermissions lists the permission keys that apps
                            define, so validate accepts them offline. Export never sets a rule's
                            severity (a new file keeps the defaults, an existing one its own): what
                            the live schemes already break is listed (file, line, rule) as validate
                            will report it; plan reports those errors as already live, not blocking.

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
  jira-perms export --schemas                  # refresh the schema copies after upgrading jira-perms

Exit codes: 0 written; 1 nothing written (bad option, connection failure, files in the way).`,
  positionalHint: 'scheme names go after --scheme',
};

export const exportCommand: CliCommand = defineCommand(EXPORT_SPEC, async (options, context) => {
  const { stdout, stderr } = context;
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const result = await runExport(
    {
      ...(options.out === undefined ? {} : { out: options.out }),
      schemes: options.scheme,
      force: options.force,
      schemasOnly: options.schemas,
    },
    cliDeps(context, progress),
  );
  progress.done();
  if (result.status !== 'exported') {
    stderr.write(`jira-perms export: ${safeLines(result.error)}\n`);
    return 1;
  }
  stdout.write(formatExportSummary(result, options.schemas));
  return 0;
});
