import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliDeps, defineCommand, type CliCommand } from '../command.js';
import { runDoctor } from '../../commands/doctor.js';
import { renderDoctor } from '../../view/doctor.js';
import { toJson } from '../../view/json.js';

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

export const doctorCommand: CliCommand = defineCommand(DOCTOR_SPEC, async (options, context) => {
  const result = await runDoctor({}, cliDeps(context));
  context.stdout.write(options.json ? toJson(result) : renderDoctor(result));
  return result.ok ? 0 : 1;
});
