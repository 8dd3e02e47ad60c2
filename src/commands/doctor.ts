import { ConnectionConfigError, describeConnection, transportSecurity } from '../jira/connection.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_SECONDS } from '../jira/transport.js';
import type { Connection } from '../jira/connection.js';
import type { DeploymentInfo, ServerInfo } from '../jira/deployment.js';
import { deploymentName, isCloudDeploymentType } from '../jira/deployment.js';
import { duration } from '../jira/diagnostics.js';
import { JiraError, errorMessage } from '../jira/errors.js';
import type { JiraClientOptions } from '../jira/factory.js';
import type { RateLimitInfo } from '../jira/http.js';
import { redact } from '../jira/secrets.js';
import { describeProxy, proxyFor } from '../jira/transport.js';
import type { CommandDeps } from './deps.js';
import { runWriteCheck } from './write-check.js';

/**
 * `jira-perms doctor`: checks the connection and the token's access. Read-only, except with
 * `--write-check`, which creates and deletes one throwaway scheme to prove write and delete access.
 * Each check says what it found and, when it fails, how to fix it. Typed result: the command line prints
 * it, the action logs it.
 */

export type DoctorCheckId =
  | 'configuration'
  | 'site'
  | 'api-version'
  | 'credential'
  | 'administer-jira'
  | 'read-schemes'
  | 'write-access'
  | 'rate-limit';

export type DoctorStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  id: DoctorCheckId;
  title: string;
  status: DoctorStatus;
  /** What was found (one line). */
  detail: string;
  /** What the failed call needs (access category, global permission, OAuth scopes). */
  needs?: string;
  /** How to fix it (failures and warnings), possibly several lines. */
  fix?: string;
}

export interface DoctorResult {
  /** False when any check failed. */
  ok: boolean;
  /** The connection, described without secrets; undefined when the settings are missing. */
  connection?: string;
  checks: DoctorCheck[];
}

/** What doctor checks comes from `deps.jira`; the throwaway scheme's name from `deps.clock`. */
export interface DoctorOptions {
  /** Prove write and delete access with a throwaway scheme (`--write-check`). */
  writeCheck?: boolean;
}

const TITLES: Record<DoctorCheckId, string> = {
  configuration: 'connection settings',
  site: 'site reachable',
  'api-version': 'API version',
  credential: 'credential',
  'administer-jira': 'Administer Jira',
  'read-schemes': 'permission schemes',
  'write-access': 'write and delete',
  'rate-limit': 'rate-limit headroom',
};

function check(id: DoctorCheckId, status: DoctorStatus, detail: string, fix?: string): DoctorCheck {
  const result: DoctorCheck = { id, title: TITLES[id], status, detail: redact(detail) };
  if (fix !== undefined && fix !== '') result.fix = redact(fix);
  return result;
}

function failure(id: DoctorCheckId, error: unknown): DoctorCheck {
  if (error instanceof JiraError) {
    const said = error.jiraMessage !== undefined ? ` (Jira said: ${error.jiraMessage})` : '';
    const result = check(id, 'fail', `${error.call}: ${error.summary}${said}`, error.fixes.join('\n'));
    if (error.needs !== undefined) result.needs = redact(error.needs);
    return result;
  }
  return check(id, 'fail', errorMessage(error));
}

/** Network-level failures mean the site was not reached at all; an HTTP status means it was. */
function unreachable(error: unknown): boolean {
  return (
    error instanceof JiraError &&
    ['dns', 'tls', 'refused', 'network', 'timeout', 'deadline', 'aborted', 'redirect', 'html'].includes(
      error.kind,
    )
  );
}

function describeRateLimit(info: RateLimitInfo | undefined): DoctorCheck {
  if (info === undefined) {
    return check(
      'rate-limit',
      'pass',
      'no rate-limit headers in the answers (no limit announced, or far from it)',
    );
  }
  const parts: string[] = [];
  if (info.remaining !== undefined && info.limit !== undefined) {
    parts.push(`${String(info.remaining)} of ${String(info.limit)} requests left`);
  } else if (info.remaining !== undefined) parts.push(`${String(info.remaining)} requests left`);
  if (info.reset !== undefined) parts.push(`resets ${info.reset}`);
  if (info.reason !== undefined) parts.push(`reason ${info.reason}`);
  const detail = parts.length > 0 ? parts.join(', ') : 'rate-limit headers present';
  const low =
    info.nearLimit === true ||
    (info.remaining !== undefined &&
      info.limit !== undefined &&
      info.limit > 0 &&
      info.remaining / info.limit < 0.1);
  if (low) {
    return check(
      'rate-limit',
      'warn',
      `close to the rate limit: ${detail}`,
      'Wait before running plan or apply, or run fewer jobs against this site at once; the client retries after 429 but has a retry budget per run.',
    );
  }
  return check('rate-limit', 'pass', detail);
}

/** Settings, how the credential travels, and the transport (timeout, concurrency, proxy). */
function settingsCheck(connection: Connection): DoctorCheck {
  const credential =
    connection.auth.kind === 'basic'
      ? 'JIRA_EMAIL + JIRA_API_TOKEN (basic auth)'
      : 'JIRA_BEARER_TOKEN (bearer)';
  const version =
    connection.apiVersionFromEnv === undefined
      ? 'JIRA_API_VERSION unset'
      : `JIRA_API_VERSION ${connection.apiVersionFromEnv}`;
  const transport = connection.transport ?? {};
  const proxy = proxyFor(new URL(connection.baseUrl), transport.proxy);
  const route =
    proxy !== undefined
      ? `through the proxy ${describeProxy(proxy)}`
      : transport.proxy !== undefined
        ? 'directly (NO_PROXY, or no proxy for this scheme)'
        : 'directly (no proxy set)';
  const limits =
    `timeout ${duration(transport.requestTimeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000)} per request, ` +
    `at most ${String(transport.maxConcurrency ?? DEFAULT_CONCURRENCY)} requests in flight`;
  const settings = `${credential}, ${version}; ${limits}; ${route}`;
  const security = transportSecurity(connection.baseUrl);
  if (security === 'http-allowed') {
    return check(
      'configuration',
      'warn',
      `${settings}; plain http allowed by JIRA_ALLOW_HTTP=1: the credential crosses the network in clear`,
      'Use https:// for anything but a lab; unset JIRA_ALLOW_HTTP.',
    );
  }
  const how =
    security === 'https'
      ? 'https'
      : 'plain http to a loopback host (the built-in simulator; other hosts need https)';
  return check('configuration', 'pass', `${settings}; ${how}`);
}

/** Cloud or Data Center, how that was found out, and whether the REST version fits. */
function deploymentCheck(info: DeploymentInfo, server: ServerInfo | undefined): DoctorCheck {
  const found = server?.deploymentType;
  const jira = `${deploymentName(info.deployment)}${server?.version !== undefined ? ` ${server.version}` : ''}`;
  const rest = `REST ${info.apiVersion}`;
  if (found !== undefined && !isCloudDeploymentType(found) && info.deployment !== 'data-center') {
    return check(
      'api-version',
      'fail',
      `serverInfo says ${found} (Data Center), which serves REST 2 only, but REST ${info.apiVersion} is set`,
      'Set JIRA_API_VERSION=2, or leave it unset: Data Center is detected from serverInfo.',
    );
  }
  const how: Record<DeploymentInfo['source'], string> = {
    url: 'an Atlassian Cloud address',
    'api-version': 'JIRA_API_VERSION=3, which only Cloud serves',
    'server-info': `serverInfo's deploymentType "${found ?? ''}"`,
    assumed: `assumed: ${info.problem ?? 'serverInfo could not be read'}`,
  };
  const semantics =
    info.deployment === 'data-center'
      ? 'user keys and group names'
      : info.apiVersion === '2'
        ? "Cloud's account ids and group ids, over REST 2"
        : 'account ids and group ids';
  const detail = `${jira} (from ${how[info.source]}), ${rest}: ${semantics}`;
  if (info.source === 'assumed') {
    return check(
      'api-version',
      'warn',
      detail,
      'Set JIRA_API_VERSION (3 for Jira Cloud, 2 for Data Center) if the guess is wrong.',
    );
  }
  return check('api-version', 'pass', detail);
}

/** Why the checks after a failed credential check are skipped: the failure said what it was. */
function credentialSkip(error: unknown): string {
  if (!(error instanceof JiraError)) return 'skipped: the credential check failed (see above)';
  if (error.status === 401) return 'skipped: the credential was not accepted';
  if (error.status === 403) return 'skipped: the credential may not read its own account (see above)';
  if (error.status === 404)
    return 'skipped: this address answered 404 for the Jira REST API (see above): check JIRA_BASE_URL';
  return 'skipped: the credential could not be checked (see above)';
}

const WRITE_NOT_CHECKED =
  'not checked: write and delete access were not tested. jira-perms doctor --write-check proves them by creating and deleting a throwaway scheme; scoped API tokens and OAuth tokens may lack them.';

/** Runs every check in order; later checks are skipped when the site cannot be reached at all. */
export async function runDoctor(options: DoctorOptions, deps: CommandDeps): Promise<DoctorResult> {
  const checks: DoctorCheck[] = [];
  let connection: Connection;
  try {
    connection = deps.jira.connection();
  } catch (error) {
    if (!(error instanceof ConnectionConfigError)) throw error;
    checks.push(check('configuration', 'fail', error.message));
    return { ok: false, checks };
  }
  let described = describeConnection(connection);
  checks.push(settingsCheck(connection));

  const clientOptions: JiraClientOptions = {
    requestTimeoutMs: 15_000,
    runDeadlineMs: 120_000,
    retry: { maxAttempts: 2, budget: 4 },
    signal: deps.signal,
  };
  const client = deps.jira.prober(clientOptions);
  const skipRest = (from: DoctorCheckId[]): void => {
    for (const id of from) checks.push(check(id, 'skip', 'skipped: the site could not be reached'));
  };

  // Site and deployment: serverInfo answers anonymously, so it separates "unreachable" from "not allowed".
  let server: ServerInfo | undefined;
  try {
    server = await client.getServerInfo();
    checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
  } catch (error) {
    if (unreachable(error)) {
      checks.push(failure('site', error));
      skipRest(['api-version', 'credential', 'administer-jira', 'read-schemes', 'rate-limit']);
      return { ok: false, connection: described, checks };
    }
    checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
  }
  try {
    const info = await client.deploymentInfo();
    described = describeConnection(connection, info);
    checks.push(deploymentCheck(info, server));
  } catch (error) {
    checks.push(failure('api-version', error));
  }

  // Who the credential is.
  let credentialError: unknown;
  try {
    const me = await client.getMyself();
    const name = me.displayName ?? me.accountId;
    const email = me.emailAddress !== undefined ? ` <${me.emailAddress}>` : '';
    if (!me.active) {
      checks.push(
        check(
          'credential',
          'fail',
          `${name}${email} (${me.accountId}) is deactivated`,
          'Use a token of an active account.',
        ),
      );
    } else {
      checks.push(check('credential', 'pass', `authenticated as ${name}${email} (${me.accountId})`));
    }
  } catch (error) {
    credentialError = error;
    checks.push(failure('credential', error));
  }

  if (credentialError !== undefined) {
    for (const id of ['administer-jira', 'read-schemes'] as const) {
      checks.push(check(id, 'skip', credentialSkip(credentialError)));
    }
    checks.push(describeRateLimit(client.rateLimit));
    return { ok: false, connection: described, checks };
  }

  try {
    const permissions = await client.getMyPermissions(['ADMINISTER']);
    if (permissions.get('ADMINISTER') === true) {
      checks.push(check('administer-jira', 'pass', 'held: apply may change permission schemes'));
    } else {
      checks.push(
        check(
          'administer-jira',
          'fail',
          'not held: apply cannot change permission schemes, and project roles cannot be listed to resolve names',
          'Add the account to a group with the Administer Jira global permission (Settings → System → Global permissions).',
        ),
      );
    }
  } catch (error) {
    checks.push(failure('administer-jira', error));
  }

  try {
    const schemes = await client.listPermissionSchemes();
    const grants = schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
    checks.push(
      check('read-schemes', 'pass', `readable: ${String(schemes.length)} schemes, ${String(grants)} grants`),
    );
  } catch (error) {
    checks.push(failure('read-schemes', error));
  }

  if (options.writeCheck === true) {
    try {
      const writer = deps.jira.writer(clientOptions);
      const result = await runWriteCheck(writer, deps.clock());
      const entry = check('write-access', result.status, result.detail, result.fix);
      if (result.needs !== undefined) entry.needs = redact(result.needs);
      checks.push(entry);
    } catch (error) {
      checks.push(failure('write-access', error));
    }
  } else {
    checks.push(check('write-access', 'skip', WRITE_NOT_CHECKED));
  }

  checks.push(describeRateLimit(client.rateLimit));
  return { ok: checks.every((entry) => entry.status !== 'fail'), connection: described, checks };
}
