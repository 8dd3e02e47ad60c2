import type { CommandSpec, OptionSpec } from '../arguments.js';
import { defineCommand, useColor, type CliCommand, type CliContext, offlineDeps } from '../command.js';
import { runValidate } from '../../commands/validate.js';
import { formatJson } from '../../view/findings-json.js';
import { formatSarif } from '../../view/sarif.js';
import { formatText } from '../../view/findings-text.js';
import { ALL_CHECKS } from '../../validate/checks.js';
import { SUMMARIES } from '../summaries.js';
import { safeText } from '../../view/terminal.js';

const VALIDATE_OPTIONS = [
  {
    name: 'path',
    type: 'string',
    valueName: 'DIR',
    help: 'the scheme folder, or one scheme file',
    defaultText: '"schemes" in the settings file, else jira-permissions',
  },
  {
    name: 'settings',
    type: 'string',
    valueName: 'FILE',
    help: 'the settings file',
    defaultText: '.jira-permissions.yml',
  },
  {
    name: 'format',
    type: 'string',
    choices: ['text', 'json', 'sarif'],
    default: 'text',
    help:
      'text: one line per finding, file:line:col  severity  message  rule, the fix below it, then a count; ' +
      'json: {"version": 1, "summary": {...}, "findings": [...]}; ' +
      'sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)',
  },
  {
    name: 'online',
    type: 'boolean',
    help:
      'also check names (groups, roles, users, fields, application roles) in Jira; needs JIRA_BASE_URL and ' +
      'JIRA_EMAIL + JIRA_API_TOKEN, or JIRA_BEARER_TOKEN',
  },
] as const satisfies readonly OptionSpec[];

export const VALIDATE_SPEC: CommandSpec<typeof VALIDATE_OPTIONS> = {
  name: 'validate',
  summary: SUMMARIES.validate,
  description: `Reads every *.yml / *.yaml file under the scheme folder (recursively), checks that each is plain YAML
and a valid permission scheme (schemas/permission-scheme.schema.json), checks the files against each
other (unique names and ids) and runs the lint rules. Needs no Jira credentials unless --online is given.`,
  options: VALIDATE_OPTIONS,
  epilogue: `Checks and rules (severity of rules set in the settings file's "rules:"):
${ALL_CHECKS.map((check) => `  ${check.id.padEnd(20)} ${check.defaultSeverity.padEnd(8)} ${check.description}`).join('\n')}

Exit codes: 0 no errors (warnings and notes alone do not fail); 1 errors, or bad arguments.

Examples:
  jira-perms validate
  jira-perms validate --path schemes/ --format sarif > validate.sarif`,
  positionalHint: 'a scheme folder or file goes after --path',
};

function onlineProblem(env: CliContext['env']): string | undefined {
  const missing: string[] = [];
  if ((env.JIRA_BASE_URL ?? '') === '') missing.push('JIRA_BASE_URL');
  const basic = (env.JIRA_EMAIL ?? '') !== '' && (env.JIRA_API_TOKEN ?? '') !== '';
  const bearer = (env.JIRA_BEARER_TOKEN ?? '') !== '';
  if (!basic && !bearer) missing.push('JIRA_EMAIL + JIRA_API_TOKEN (or JIRA_BEARER_TOKEN)');
  if (missing.length > 0) {
    return `validate --online needs ${missing.join(' and ')} in the environment; without --online, validate needs no Jira access`;
  }
  return undefined;
}

export const validateCommand: CliCommand = defineCommand(VALIDATE_SPEC, async (options, context) => {
  // Said before anything is read: in the environment's terms, which the command itself does not know.
  const problem =
    options.online && context.overrides?.onlineCheck === undefined ? onlineProblem(context.env) : undefined;
  if (problem !== undefined) {
    context.stderr.write(`jira-perms validate: ${problem}\n`);
    return 1;
  }
  // Offline (the usual run), nothing of the Jira client is loaded.
  const deps = options.online ? (await import('../deps.js')).cliDeps(context) : offlineDeps(context);
  const result = await runValidate(
    { path: options.path, settingsPath: options.settings, online: options.online },
    {
      ...deps,
      ...(context.overrides?.onlineCheck === undefined ? {} : { onlineCheck: context.overrides.onlineCheck }),
    },
  );
  if (result.status === 'failed') {
    context.stderr.write(`jira-perms validate --online: ${result.error ?? 'the online check failed'}\n`);
    return 1;
  }
  const fileCount = result.project.files.length;
  if (result.online === 'skipped') {
    context.stderr.write(
      'jira-perms validate: --online skipped: fix the errors below first (no scheme file could be read), then names are checked in Jira\n',
    );
  } else if (result.online === 'checked' && result.notCheckedOnline.length > 0) {
    const files = result.notCheckedOnline.map((file) => safeText(file)).join(', ');
    context.stderr.write(
      `jira-perms validate --online: not checked in Jira, because errors keep them from being read: ${files}\n`,
    );
  }
  switch (options.format) {
    case 'json':
      context.stdout.write(formatJson(result.findings, fileCount));
      break;
    case 'sarif':
      context.stdout.write(formatSarif(result.findings));
      break;
    default:
      context.stdout.write(formatText(result.findings, { fileCount, color: useColor(options, context) }));
  }
  return result.errorCount > 0 ? 1 : 0;
});
