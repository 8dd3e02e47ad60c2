import { ConnectionConfigError, describeConnection, transportSecurity } from '../jira/connection.js';
import type { Connection } from '../jira/connection.js';
import { JiraError, errorMessage } from '../jira/errors.js';
import type { RateLimitInfo } from '../jira/http.js';
import { redact } from '../jira/secrets.js';
import type { CommandDeps } from './deps.js';

/**
 * `jira-perms doctor`: checks the connection and the token's access, read-only. Each check says what it
 * found and, when it fails, how to fix it. Typed result: the command line prints it, the action logs it.
 */

export type DoctorCheckId =
  'configuration' | 'site' | 'api-version' | 'credential' | 'administer-jira' | 'read-schemes' | 'rate-limit';

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

/** Doctor has no options of its own yet: what it checks comes from `deps.jira`. */
export type DoctorOptions = Record<string, never>;

const TITLES: Record<DoctorCheckId, string> = {
  configuration: 'connection settings',
  site: 'site reachable',
  'api-version': 'API version',
  credential: 'credential',
  'administer-jira': 'Administer Jira',
  'read-schemes': 'permission schemes',
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

/** Runs every check in order; later checks are skipped when the site cannot be reached at all. */
export async function runDoctor(_options: DoctorOptions, deps: CommandDeps): Promise<DoctorResult> {
  const checks: DoctorCheck[] = [];
  let connection: Connection;
  try {
    connection = deps.jira.connection();
  } catch (error) {
    if (!(error instanceof ConnectionConfigError)) throw error;
    checks.push(check('configuration', 'fail', error.message));
    return { ok: false, checks };
  }
  const described = describeConnection(connection);
  const credential =
    connection.auth.kind === 'basic'
      ? 'JIRA_EMAIL + JIRA_API_TOKEN (basic auth)'
      : 'JIRA_BEARER_TOKEN (bearer)';
  const settings = `${credential}, JIRA_API_VERSION ${connection.apiVersion}`;
  const security = transportSecurity(connection.baseUrl);
  if (security === 'http-allowed') {
    checks.push(
      check(
        'configuration',
        'warn',
        `${settings}; plain http allowed by JIRA_ALLOW_HTTP=1: the credential crosses the network in clear`,
        'Use https:// for anything but a lab; unset JIRA_ALLOW_HTTP.',
      ),
    );
  } else {
    const how =
      security === 'https'
        ? 'https'
        : 'plain http to a loopback host (the built-in simulator; other hosts need https)';
    checks.push(check('configuration', 'pass', `${settings}; ${how}`));
  }

  const client = deps.jira.prober({
    requestTimeoutMs: 15_000,
    runDeadlineMs: 120_000,
    retry: { maxAttempts: 2, budget: 4 },
    signal: deps.signal,
  });
  const skipRest = (from: DoctorCheckId[]): void => {
    for (const id of from) checks.push(check(id, 'skip', 'skipped: the site could not be reached'));
  };

  // Site and API version: serverInfo answers anonymously, so it separates "unreachable" from "not allowed".
  try {
    const info = await client.getServerInfo();
    checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
    const deploymentType = info.deploymentType ?? 'unknown deployment';
    const isCloud = /cloud/i.test(deploymentType);
    const version = `Jira ${info.version ?? '(version not shown)'} (${deploymentType}), REST ${connection.apiVersion}`;
    if (!isCloud && info.deploymentType !== undefined && connection.apiVersion === '3') {
      checks.push(
        check(
          'api-version',
          'fail',
          `${version}: Data Center/Server answers REST 2`,
          'Set JIRA_API_VERSION=2 for Data Center.',
        ),
      );
    } else if (isCloud && connection.apiVersion === '2') {
      checks.push(
        check(
          'api-version',
          'warn',
          `${version}: this is Jira Cloud`,
          'Set JIRA_API_VERSION=3 (or leave it unset): Cloud group grants carry group ids only in REST 3.',
        ),
      );
    } else {
      checks.push(check('api-version', 'pass', version));
    }
  } catch (error) {
    if (unreachable(error)) {
      checks.push(failure('site', error));
      skipRest(['api-version', 'credential', 'administer-jira', 'read-schemes', 'rate-limit']);
      return { ok: false, connection: described, checks };
    }
    checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
    if (error instanceof JiraError && (error.status === 401 || error.status === 403)) {
      // Some sites answer serverInfo only to accepted credentials: the credential check says why.
      checks.push(
        check('api-version', 'skip', `serverInfo answered ${String(error.status)}; see the credential check`),
      );
    } else {
      checks.push(failure('api-version', error));
    }
  }

  // Who the credential is.
  let authenticated = false;
  try {
    const me = await client.getMyself();
    authenticated = true;
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
    checks.push(failure('credential', error));
  }

  if (!authenticated) {
    for (const id of ['administer-jira', 'read-schemes'] as const) {
      checks.push(check(id, 'skip', 'skipped: the credential was not accepted'));
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

  checks.push(describeRateLimit(client.rateLimit));
  return { ok: checks.every((entry) => entry.status !== 'fail'), connection: described, checks };
}
