import type { CommandSpec, OptionSpec } from '../arguments.js';
import { defineCommand, type CliCommand } from '../command.js';
import { cliDeps } from '../deps.js';
import { runDoctor } from '../../commands/doctor.js';
import { renderDoctor } from '../../view/doctor.js';
import { toJson } from '../../view/json.js';
import { SUMMARIES } from '../summaries.js';

const DOCTOR_OPTIONS = [
  {
    name: 'write-check',
    type: 'boolean',
    help: 'prove write and delete access: create and delete a throwaway scheme named "jira-perms doctor check <time>"',
  },
  { name: 'json', type: 'boolean', help: 'print the checks as one JSON document instead of text' },
] as const satisfies readonly OptionSpec[];

export const DOCTOR_SPEC: CommandSpec<typeof DOCTOR_OPTIONS> = {
  name: 'doctor',
  summary: SUMMARIES.doctor,
  description: `Runs checks, one line each, with a fix under every check that fails:
  connection settings   JIRA_BASE_URL and the credentials are well-formed; https (or why plain http is
                        allowed); timeout, concurrency and proxy in use
  site reachable        the site answers (DNS, TLS, proxy, login pages)
  API version           Cloud or Data Center (from the address, JIRA_API_VERSION=3 or serverInfo), and
                        the REST version in use
  credential            who the token is (/myself)
  Administer Jira       whether it holds the global permission apply needs (/mypermissions)
  permission schemes    whether it can read every permission scheme with its grants
  write and delete      with --write-check only: creates and deletes a throwaway scheme that no project
                        uses (first making sure both are allowed, so nothing is left behind); without
                        it, says that write and delete access were not checked
  rate-limit headroom   from the rate-limit headers of the answers
Without --write-check nothing is ever written to Jira.`,
  options: DOCTOR_OPTIONS,
  epilogue: `Connection, from the environment:
  JIRA_BASE_URL       https://example.atlassian.net, https://api.atlassian.com/ex/jira/<cloudId>
                      (OAuth 2.0 and scoped API tokens), or the Data Center base URL
  JIRA_EMAIL + JIRA_API_TOKEN   basic auth (Cloud API token; Data Center username + password/token)
  JIRA_BEARER_TOKEN   OAuth 2.0 access token, or Data Center personal access token
  JIRA_API_VERSION    the REST path, 3 or 2; unset: 3 on Cloud, 2 on Data Center (read from serverInfo)
  JIRA_PERMS_TIMEOUT, JIRA_PERMS_CONCURRENCY   seconds per request (30), most requests in flight (10)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY             proxies, as curl reads them; NODE_EXTRA_CA_CERTS for a
                                                private certificate authority
  JIRA_ALLOW_HTTP=1   accept plain http:// to a host that is not loopback (never Atlassian Cloud)

Exit codes: 0 every check passed (warnings allowed), 1 a check failed or the options are wrong.`,
};

export const doctorCommand: CliCommand = defineCommand(DOCTOR_SPEC, async (options, context) => {
  const result = await runDoctor({ writeCheck: options.writeCheck }, cliDeps(context));
  context.stdout.write(options.json ? toJson(result) : renderDoctor(result));
  return result.ok ? 0 : 1;
});
