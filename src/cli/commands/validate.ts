import type { CliCommand, CliContext } from '../command.js';
import type { OnlineCheck } from '../../commands/validate.js';
import { runValidate } from '../../commands/validate.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatText } from '../../report/text.js';
import { closestMatch } from '../../util/suggest.js';
import { ALL_CHECKS } from '../../validate/checks.js';

/**
 * Makes the online check for `validate --online` from the command's environment (the connection comes
 * from JIRA_BASE_URL and the credentials). Wired in by whoever owns the resolver; until then `--online`
 * explains what it needs.
 */
export type OnlineCheckFactory = (context: Pick<CliContext, 'env' | 'signal'>) => OnlineCheck;

let onlineCheckFactory: OnlineCheckFactory | undefined;

/** Installs (or, with undefined, removes) the factory behind `validate --online`. */
export function setOnlineCheckFactory(factory: OnlineCheckFactory | undefined): void {
  onlineCheckFactory = factory;
}

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface ValidateArguments {
  path?: string;
  settings?: string;
  format: Format;
  online: boolean;
  color: boolean;
}

const OPTIONS = ['--path', '--settings', '--format', '--online', '--no-color', '--help'];

const HELP = `jira-perms validate: check the scheme files, offline

Usage: jira-perms validate [--path DIR] [--settings FILE] [--format text|json|sarif] [--online] [--no-color]

Reads every *.yml / *.yaml file under the scheme folder (recursively), checks that each is plain YAML
and a valid permission scheme (schemas/permission-scheme.schema.json), checks the files against each
other (unique names and ids) and runs the lint rules. Needs no Jira credentials unless --online is given.

Options:
  --path DIR         the scheme folder, or one scheme file (default: "schemes" in the settings file,
                     else jira-permissions)
  --settings FILE    the settings file (default: .jira-permissions.yml)
  --format FORMAT    text (default): one line per finding, file:line:col  severity  message  rule,
                     the fix below it, then a count;
                     json: {"version": 1, "summary": {...}, "findings": [...]};
                     sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)
  --online           also check names (groups, roles, users, fields, application roles) in Jira;
                     needs JIRA_BASE_URL and JIRA_EMAIL + JIRA_API_TOKEN, or JIRA_BEARER_TOKEN
  --no-color         no colours in text output (colour is only used on a terminal; NO_COLOR is honoured)
  -h, --help         this help

Checks and rules (severity of rules set in the settings file's "rules:"):
${ALL_CHECKS.map((check) => `  ${check.id.padEnd(20)} ${check.defaultSeverity.padEnd(8)} ${check.description}`).join('\n')}

Exit codes: 0 no errors (warnings and notes alone do not fail); 1 errors, or bad arguments.

Examples:
  jira-perms validate
  jira-perms validate --path schemes/ --format sarif > validate.sarif
`;

function parseArguments(argv: readonly string[]): ValidateArguments | { error: string } {
  const parsed: ValidateArguments = { format: 'text', online: false, color: true };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [name, inline] =
      argument.startsWith('--') && argument.includes('=')
        ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
        : [argument, undefined];
    const value = (): string | { error: string } => {
      if (inline !== undefined) return inline;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) return { error: `${name} needs a value` };
      index++;
      return next;
    };
    switch (name) {
      case '--path':
      case '--settings': {
        const given = value();
        if (typeof given !== 'string') return given;
        if (name === '--path') parsed.path = given;
        else parsed.settings = given;
        break;
      }
      case '--format': {
        const given = value();
        if (typeof given !== 'string') return given;
        if (!(FORMATS as readonly string[]).includes(given)) {
          const suggestion = closestMatch(given, FORMATS);
          return {
            error: `unknown format "${given}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}: use text, json or sarif`,
          };
        }
        parsed.format = given as Format;
        break;
      }
      case '--online':
      case '--no-color':
        if (inline !== undefined) return { error: `${name} takes no value` };
        if (name === '--online') parsed.online = true;
        else parsed.color = false;
        break;
      default: {
        const suggestion = closestMatch(name, OPTIONS);
        return {
          error: `unknown ${name.startsWith('-') ? 'option' : 'argument'} "${argument}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
        };
      }
    }
  }
  return parsed;
}

function onlineProblem(env: CliContext['env']): string | undefined {
  const missing: string[] = [];
  if ((env.JIRA_BASE_URL ?? '') === '') missing.push('JIRA_BASE_URL');
  const basic = (env.JIRA_EMAIL ?? '') !== '' && (env.JIRA_API_TOKEN ?? '') !== '';
  const bearer = (env.JIRA_BEARER_TOKEN ?? '') !== '';
  if (!basic && !bearer) missing.push('JIRA_EMAIL + JIRA_API_TOKEN (or JIRA_BEARER_TOKEN)');
  if (missing.length > 0) {
    return `validate --online needs ${missing.join(' and ')} in the environment; without --online, validate needs no Jira access`;
  }
  if (onlineCheckFactory === undefined) return 'validate --online is not available in this build';
  return undefined;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary:
    'check the scheme files: YAML, schema and lint rules (offline; --online also checks names in Jira)',
  help: HELP,
  async run(context) {
    const parsed = parseArguments(context.argv);
    if ('error' in parsed) {
      context.stderr.write(
        `jira-perms validate: ${parsed.error}\nRun 'jira-perms validate --help' for the options.\n`,
      );
      return 1;
    }
    let onlineCheck: OnlineCheck | undefined;
    if (parsed.online) {
      const problem = onlineProblem(context.env);
      if (problem !== undefined || onlineCheckFactory === undefined) {
        context.stderr.write(`jira-perms validate: ${problem ?? 'validate --online is not available'}\n`);
        return 1;
      }
      onlineCheck = onlineCheckFactory({ env: context.env, signal: context.signal });
    }
    let result: Awaited<ReturnType<typeof runValidate>>;
    try {
      result = await runValidate({
        cwd: context.cwd,
        path: parsed.path,
        settingsPath: parsed.settings,
        ...(onlineCheck === undefined ? {} : { onlineCheck }),
      });
    } catch (error) {
      // Only the online check talks to anything that can fail this way; the offline checks never throw.
      const message = error instanceof Error ? error.message : String(error);
      context.stderr.write(`jira-perms validate --online: ${message}\n`);
      return 1;
    }
    const fileCount = result.project.files.length;
    if (result.online === 'skipped') {
      context.stderr.write(
        'jira-perms validate: --online skipped: fix the errors below first, then names are checked in Jira\n',
      );
    }
    switch (parsed.format) {
      case 'json':
        context.stdout.write(formatJson(result.findings, fileCount));
        break;
      case 'sarif':
        context.stdout.write(formatSarif(result.findings));
        break;
      default:
        context.stdout.write(
          formatText(result.findings, {
            fileCount,
            color: parsed.color && context.isTTY && (context.env.NO_COLOR ?? '') === '',
          }),
        );
    }
    return result.errorCount > 0 ? 1 : 0;
  },
};
