import { runAccess } from '../../commands/access.js';
import { errorMessage } from '../../jira/errors.js';
import { redact } from '../../jira/secrets.js';
import { renderAccessText } from '../../view/access.js';
import { toJson } from '../../view/json.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliProgress, defineCommand, usageError, type CliCommand } from '../command.js';
import { cliDeps } from '../deps.js';
import { CONNECTION_HELP } from './plan.js';
import { SUMMARIES } from '../summaries.js';

const ACCESS_OPTIONS = [
  // Checked in the command rather than by the parser, so every command parses --no-color alone.
  { name: 'project', type: 'string', valueName: 'KEY', help: 'the project (required)' },
  {
    name: 'permission',
    type: 'string',
    valueName: 'KEY',
    help: 'only this permission (e.g. ADMINISTER_PROJECTS)',
  },
  {
    name: 'user',
    type: 'string',
    valueName: 'U',
    help: 'only this person: an account id (Data Center: user key or username) or an email address',
  },
  { name: 'json', type: 'boolean', help: 'print the answer as one JSON document' },
] as const satisfies readonly OptionSpec[];

export const ACCESS_SPEC: CommandSpec<typeof ACCESS_OPTIONS> = {
  name: 'access',
  summary: SUMMARIES.access,
  description: `Reads the permission scheme a project uses and expands its holders into people: a group into its
active members, a project role into its actors in that project (users, and groups expanded to their
members), an application role into the members of its groups, projectLead into the project's lead.
Each person is shown with every path through which they hold the permission (projectRole Developers >
group mobile-team). anyone, any logged-in user and the per-issue holders (reporter, assignee, custom
fields, portal customers) are listed as holders. A holder whose people Jira would not let the token read
is named, with why. Only ever reads from Jira.`,
  options: ACCESS_OPTIONS,
  epilogue: `Examples:
  jira-perms access --project SOFT --permission ADMINISTER_PROJECTS
  jira-perms access --project SOFT --user carlos@contractor.example

Exit codes: 0 answered, 1 error (unknown project, permission or user; connection or permission failure).

${CONNECTION_HELP}`,
};

export const accessCommand: CliCommand = defineCommand(ACCESS_SPEC, async (options, context) => {
  if (options.project === undefined || options.project === '') {
    return usageError(context, 'access', '--project KEY is required');
  }
  const progress = cliProgress(context);
  try {
    const result = await runAccess(
      { project: options.project, permission: options.permission, user: options.user },
      cliDeps(context, progress),
    );
    progress.done();
    if (result.status === 'failed') {
      context.stderr.write(redact(`jira-perms access: ${result.error ?? 'failed'}\n`));
      return 1;
    }
    if (options.json) context.stdout.write(redact(toJson(result)));
    else context.stdout.write(redact(renderAccessText(result)));
    return 0;
  } catch (error) {
    progress.done();
    context.stderr.write(redact(`jira-perms access: ${errorMessage(error)}\n`));
    return 1;
  }
});
