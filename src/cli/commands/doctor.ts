import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliDeps, defineCommand, type CliCommand } from '../command.js';
import type { DoctorCheck, DoctorResult } from '../../commands/doctor.js';
import { runDoctor } from '../../commands/doctor.js';
import { errorMessage } from '../../jira/errors.js';
import { redact } from '../../jira/secrets.js';

const DOCTOR_OPTIONS = [
  { name: 'json', type: 'boolean', help: 'print the checks as one JSON document instead of text' },
] as const satisfies readonly OptionSpec[];

export const DOCTOR_SPEC: CommandSpec<typeof DOCTOR_OPTIONS> = {
  name: 'doctor',
  summary: "check the connection to Jira and the token's access",
  description: `Runs read-only checks, one line each, with a fix under every check that fails:
  connection settings   JIRA_BASE_URL, credentials and JIRA_API_VERSION are present and well-formed
  site reachable        the site answers (DNS, TLS, proxy, login pages)
  API version           serverInfo: Cloud or Data Center, and whether JIRA_API_VERSION fits
  credential            who the token is (/myself)
  Administer Jira       whether it holds the global permission apply needs (/mypermissions)
  permission schemes    whether it can read every permission scheme with its grants
  rate-limit headroom   from the rate-limit headers of the answers
Nothing is ever written to Jira.`,
  options: DOCTOR_OPTIONS,
  epilogue: `Connection, from the environment:
  JIRA_BASE_URL       https://example.atlassian.net, https://api.atlassian.com/ex/jira/<cloudId>
                      (OAuth 2.0 and scoped API tokens), or the Data Center base URL
  JIRA_EMAIL + JIRA_API_TOKEN   basic auth (Cloud API token; Data Center username + password/token)
  JIRA_BEARER_TOKEN   OAuth 2.0 access token, or Data Center personal access token
  JIRA_API_VERSION    3 (Cloud, default) or 2 (Data Center)

Exit codes: 0 every check passed (warnings allowed), 1 a check failed or the options are wrong.`,
};

const MARKS: Record<DoctorCheck['status'], string> = {
  pass: 'ok  ',
  warn: 'warn',
  fail: 'FAIL',
  skip: 'skip',
};

export function renderDoctor(result: DoctorResult): string {
  const width = Math.max(...result.checks.map((entry) => entry.title.length));
  const lines: string[] = [];
  if (result.connection !== undefined) lines.push(`Checking ${result.connection}`);
  for (const entry of result.checks) {
    lines.push(`${MARKS[entry.status]}  ${entry.title.padEnd(width)}  ${entry.detail}`);
    if (entry.status === 'fail' || entry.status === 'warn') {
      const indent = ' '.repeat(6 + width + 2);
      if (entry.needs !== undefined) lines.push(`${indent}needs: ${entry.needs}`);
      for (const [index, line] of (entry.fix ?? '')
        .split('\n')
        .filter((text) => text !== '')
        .entries()) {
        lines.push(`${indent}${index === 0 ? 'fix:   ' : '       '}${line}`);
      }
    }
  }
  const failed = result.checks.filter((entry) => entry.status === 'fail').length;
  const warned = result.checks.filter((entry) => entry.status === 'warn').length;
  lines.push(
    failed > 0
      ? `${String(failed)} check${failed === 1 ? '' : 's'} failed.`
      : `All checks passed${warned > 0 ? ` (${String(warned)} warning${warned === 1 ? '' : 's'})` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}

export const doctorCommand: CliCommand = defineCommand(DOCTOR_SPEC, async (options, context) => {
  try {
    const result = await runDoctor({}, cliDeps(context));
    // Everything printed goes through redact: no token or derived credential can appear.
    if (options.json) context.stdout.write(redact(`${JSON.stringify(result, null, 2)}\n`));
    else context.stdout.write(redact(renderDoctor(result)));
    return result.ok ? 0 : 1;
  } catch (error) {
    context.stderr.write(`jira-perms doctor: ${errorMessage(error)}\n`);
    return 1;
  }
});
