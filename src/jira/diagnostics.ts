import type { CallOutcome } from './api.js';
import type { Connection } from './connection.js';
import { isAtlassianSite } from './connection.js';
import { describeProxy, proxyFor } from './transport.js';
import type { FailureKind, JiraErrorDetails } from './errors.js';

/**
 * Turns a failed call into words a person acts on, in the spirit of "diagnose a blocked command": name
 * the call, what access it needs, and the likely fixes. Pure: no I/O, so every message is unit-tested.
 */

/** The access categories Atlassian administration uses for API and OAuth permissions. */
export type AccessCategory = 'read' | 'write and manage' | 'delete';

export interface CallAccess {
  category: AccessCategory;
  /** Scheme changes need the Administer Jira global permission. */
  administerJira: boolean;
  /** OAuth 2.0 / scoped-token scopes that allow the call (classic first, then granular). */
  scopes: string[];
  /** A global permission other than Administer Jira (e.g. Browse users and groups), when one is needed. */
  globalPermission?: string;
}

/** Path relative to /rest/api/N, without query. */
function operationPath(path: string): string {
  const withoutQuery = path.split('?')[0] ?? path;
  return withoutQuery.replace(/^\/rest\/api\/[23]/, '');
}

export function accessFor(method: string, path: string): CallAccess {
  const op = operationPath(path);
  const upper = method.toUpperCase();
  if (upper === 'DELETE') {
    const grant = /\/permission\//.test(op);
    return {
      category: 'delete',
      administerJira: true,
      scopes: [
        'manage:jira-configuration',
        grant ? 'delete:permission:jira' : 'delete:permission-scheme:jira',
      ],
    };
  }
  if (upper !== 'GET') {
    const grant = /\/permissionscheme\/[^/]+\/permission/.test(op);
    return {
      category: 'write and manage',
      administerJira: true,
      scopes: ['manage:jira-configuration', grant ? 'write:permission:jira' : 'write:permission-scheme:jira'],
    };
  }
  if (op.startsWith('/group') || op.startsWith('/groups') || op.startsWith('/user')) {
    return {
      category: 'read',
      administerJira: false,
      scopes: ['read:jira-user'],
      globalPermission: 'Browse users and groups',
    };
  }
  if (op.startsWith('/myself'))
    return { category: 'read', administerJira: false, scopes: ['read:jira-user'] };
  if (op.startsWith('/role') || op.startsWith('/applicationrole') || op === '/permissions') {
    return {
      category: 'read',
      // Both lists need Administer Jira (Jira's reference for GET /role and GET /applicationrole).
      administerJira: !op.startsWith('/permissions'),
      scopes: ['manage:jira-configuration'],
    };
  }
  if (/^\/project\/[^/]+\/permissionscheme/.test(op)) {
    return {
      category: 'read',
      administerJira: false,
      scopes: ['read:jira-work'],
      globalPermission: 'Administer Jira, or Administer Projects on the project',
    };
  }
  if (op.startsWith('/permissionscheme')) {
    return {
      category: 'read',
      administerJira: false,
      scopes: ['read:jira-work', 'read:permission-scheme:jira'],
    };
  }
  return { category: 'read', administerJira: false, scopes: ['read:jira-work'] };
}

export function describeAccess(access: CallAccess): string {
  const parts = [`${access.category} access`];
  if (access.administerJira) parts.push('the Administer Jira global permission');
  if (access.globalPermission !== undefined) parts.push(`the ${access.globalPermission} permission`);
  const scopes = access.scopes.length > 0 ? ` (OAuth/scoped tokens: ${access.scopes.join(' or ')})` : '';
  return `${parts.join(' and ')}${scopes}`;
}

/** What the client knows about the connection, for advice (no secrets). */
export interface DiagnosticContext {
  baseUrl: string;
  deployment: Connection['deployment'];
  authKind: Connection['auth']['kind'];
  /** Basic auth: the email in use (shown so a mismatch is easy to see). */
  email?: string;
  /** The proxy requests go through (scheme, host and port), when one applies. */
  proxy?: string;
}

export function diagnosticContext(connection: Connection): DiagnosticContext {
  const proxy = proxyFor(new URL(connection.baseUrl), connection.transport?.proxy);
  return {
    baseUrl: connection.baseUrl,
    deployment: connection.deployment,
    authKind: connection.auth.kind,
    ...(connection.auth.kind === 'basic' ? { email: connection.auth.email } : {}),
    ...(proxy !== undefined ? { proxy: describeProxy(proxy) } : {}),
  };
}

/** `150 ms`, `30 s`, `1.5 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${String(ms)} ms` : `${String(Number((ms / 1000).toFixed(1)))} s`;
}

const CONCURRENCY_FIX =
  'Lower JIRA_PERMS_CONCURRENCY (the most requests in flight, default 10; action input `concurrency`), or run fewer jobs against this site at the same time.';

export interface HttpFailure {
  method: string;
  /** Path with query, as sent (relative to the host). */
  path: string;
  status: number;
  outcome: CallOutcome;
  /** Jira's error text (errorMessages, errors, or the gateway's message). */
  jiraMessage?: string;
  /** True when the answer is the OAuth gateway's "scope does not match". */
  scopeMismatch?: boolean;
  attempts?: number;
}

const REAUTHENTICATE =
  'If an administrator changed API/OAuth permissions or revoked sessions recently, re-authenticate (create a new token or sign in again) so the new permissions apply.';

function gatewayUrlAdvice(context: DiagnosticContext): string {
  const site = isAtlassianSite(context.baseUrl) ? context.baseUrl : 'https://<your-site>.atlassian.net';
  return (
    'OAuth 2.0 access tokens and scoped API tokens only work through https://api.atlassian.com/ex/jira/<cloudId>: ' +
    `set JIRA_BASE_URL to that (the cloud id is at ${site}/_edge/tenant_info).`
  );
}

export function diagnoseHttp(failure: HttpFailure, context: DiagnosticContext): JiraErrorDetails {
  const call = `${failure.method} ${failure.path}`;
  const access = accessFor(failure.method, failure.path);
  const needs = describeAccess(access);
  const base = {
    kind: 'http' as FailureKind,
    outcome: failure.outcome,
    call,
    status: failure.status,
    ...(failure.jiraMessage !== undefined ? { jiraMessage: failure.jiraMessage } : {}),
    ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
  };
  const status = failure.status;

  if (status === 401) {
    if (failure.scopeMismatch === true) {
      return {
        ...base,
        summary: '401 Unauthorized: the token does not have the OAuth scope this call needs.',
        needs,
        fixes: [
          `Grant the token one of these scopes: ${access.scopes.join(', ')}; then re-authenticate so the new scopes are in the token.`,
          'Check that your organisation allows this permission for API/OAuth access (Atlassian Administration), in the right category (read, write and manage, delete).',
          REAUTHENTICATE,
        ],
      };
    }
    const fixes: string[] = [];
    if (context.authKind === 'bearer' && context.deployment === 'cloud-site') {
      fixes.push(`A bearer token was sent to the site URL ${context.baseUrl}. ${gatewayUrlAdvice(context)}`);
    }
    if (context.authKind === 'basic') {
      fixes.push(
        `Check JIRA_API_TOKEN: it may be wrong, expired or revoked (create a new one at https://id.atlassian.com/manage-profile/security/api-tokens, or in your Data Center profile).`,
        `Check JIRA_EMAIL${context.email !== undefined ? ` ("${context.email}")` : ''}: it must be the email of the account that owns the token (on Data Center: the username).`,
      );
      if (context.deployment === 'cloud-site') {
        fixes.push(`If this is a scoped API token: ${gatewayUrlAdvice(context)}`);
      }
    } else {
      fixes.push(
        'Check JIRA_BEARER_TOKEN: it may be wrong, expired (OAuth access tokens last about an hour) or revoked; get a fresh token.',
      );
      if (context.deployment === 'data-center') {
        fixes.push(
          'On Data Center, check that personal access tokens are enabled and the token has not expired.',
        );
      }
    }
    fixes.push(REAUTHENTICATE);
    return { ...base, summary: '401 Unauthorized: Jira did not accept the credential.', needs, fixes };
  }

  if (status === 403) {
    const fixes = [
      access.administerJira
        ? 'Give the account behind the token the Administer Jira global permission (permission scheme changes need it).'
        : `Give the account behind the token ${access.globalPermission ?? 'access to Jira (a product licence)'}.`,
      `If the token is an OAuth or scoped token, it needs ${access.category} access: allow it in the ${access.category} category and grant ${access.scopes.join(' or ')}.`,
      "Your organisation's IP allowlist may block this address (Atlassian Administration → Security → IP allowlists); run from an allowed network or add this runner's address.",
      REAUTHENTICATE,
    ];
    return {
      ...base,
      summary: `403 Forbidden: the credential is valid but may not do this (${access.category} access).`,
      needs,
      fixes,
    };
  }

  if (status === 404) {
    const fixes = [
      `Check JIRA_BASE_URL (${context.baseUrl}): it should be the site's base URL (https://example.atlassian.net), https://api.atlassian.com/ex/jira/<cloudId>, or the Data Center base URL including any context path (e.g. https://jira.example.com/jira).`,
      'Check JIRA_API_VERSION: 3 for Jira Cloud, 2 for Data Center.',
      'The object may not exist, or the account may not be allowed to see it (Jira answers 404 for both).',
    ];
    return { ...base, summary: '404 Not Found: no such resource at this address.', needs, fixes };
  }

  if (status === 429) {
    return {
      ...base,
      kind: 'rate-limited',
      summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed for this run are used up${failure.attempts !== undefined ? ` (${String(failure.attempts)} attempts)` : ''}.`,
      fixes: ['Run again later, when the rate limit has reset.', CONCURRENCY_FIX],
    };
  }

  if (status >= 500) {
    const write = failure.method.toUpperCase() !== 'GET';
    return {
      ...base,
      summary: `${String(status)} server error from Jira${write ? ': the change may or may not have been made' : ''}.`,
      fixes: write
        ? [
            'Run plan again: it reads the live state, so a change that did happen is not repeated.',
            'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
          ]
        : [
            'Jira kept failing after the retries; run again later.',
            'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
          ],
    };
  }

  if (status === 400) {
    return {
      ...base,
      summary: '400 Bad Request: Jira refused the request as sent.',
      needs,
      fixes: [
        'Read what Jira said above; for a grant it usually means the holder does not exist or the grant is already there.',
      ],
    };
  }

  if (status >= 300 && status < 400) {
    return {
      ...base,
      kind: 'redirect',
      summary: `${String(status)} redirect${failure.jiraMessage !== undefined ? '' : ''}: Jira sent the request elsewhere instead of answering.`,
      fixes: [
        `Set JIRA_BASE_URL to the address Jira redirects to (use https:// and the exact host).`,
        'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
      ],
    };
  }

  return {
    ...base,
    summary: `${String(status)} from Jira.`,
    needs,
    fixes: ['Read what Jira said above.'],
  };
}

/**
 * Node's codes for a request it will not send as given (a header value it cannot carry): thrown before
 * a connection is asked for, so nothing reached Jira, and sending it again would be refused again.
 */
export const REFUSED_REQUEST_CODES: ReadonlySet<string> = new Set([
  'ERR_INVALID_CHAR',
  'ERR_HTTP_INVALID_HEADER_VALUE',
  'ERR_INVALID_HTTP_TOKEN',
  'ERR_UNESCAPED_CHARACTERS',
]);

export interface NetworkFailure {
  method: string;
  path: string;
  kind: FailureKind;
  outcome: CallOutcome;
  /** Node's error code, e.g. ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED. */
  code?: string;
  detail?: string;
  attempts?: number;
  timeoutMs?: number;
  location?: string;
  contentType?: string;
}

export function diagnoseNetwork(failure: NetworkFailure, context: DiagnosticContext): JiraErrorDetails {
  const call = `${failure.method} ${failure.path}`;
  let host = context.baseUrl;
  try {
    host = new URL(context.baseUrl).host;
  } catch {
    // keep the base URL as given
  }
  const base = {
    kind: failure.kind,
    outcome: failure.outcome,
    call,
    ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
  };
  const code = failure.code !== undefined ? ` (${failure.code})` : '';
  const unknownWrite =
    failure.outcome === 'unknown' && failure.method !== 'GET'
      ? ['The change may or may not have been made: run plan again, it reads the live state.']
      : [];
  const viaProxy =
    context.proxy === undefined
      ? []
      : [
          `The request went through the proxy ${context.proxy} (HTTPS_PROXY / HTTP_PROXY): check that it is reachable and lets this host through, or list the host in NO_PROXY to go directly.`,
        ];
  switch (failure.kind) {
    case 'dns':
      return {
        ...base,
        summary: `cannot find the host ${host}${code}.`,
        fixes: [
          `Check JIRA_BASE_URL (${context.baseUrl}) for typos; a Cloud site looks like https://example.atlassian.net.`,
          'Check that this machine can resolve names (DNS, VPN, proxy).',
          ...viaProxy,
        ],
      };
    case 'refused':
      return {
        ...base,
        summary: `nothing answers at ${host}${code}: the connection was refused.`,
        fixes: [
          'Check the port and host in JIRA_BASE_URL.',
          'Check that Jira (or the simulator) is running and reachable from here (firewall, VPN).',
          ...viaProxy,
        ],
      };
    case 'tls':
      return {
        ...base,
        summary: `the secure connection to ${host} failed${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
        fixes: [
          'Check the host name in JIRA_BASE_URL matches the certificate (no IP address, the exact host).',
          'If the server uses a private certificate authority, add it with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
          'If a proxy intercepts TLS, trust its certificate the same way; never disable certificate checks.',
          ...viaProxy,
        ],
      };
    case 'timeout':
      return {
        ...base,
        summary: `${failure.outcome === 'not-sent' ? 'no connection' : 'no answer'} within ${duration(failure.timeoutMs ?? 0)} (JIRA_PERMS_TIMEOUT).`,
        fixes: [
          ...unknownWrite,
          'If the site is slow, raise JIRA_PERMS_TIMEOUT (seconds per request, default 30; action input `timeout`).',
          'If Jira is overloaded, lower JIRA_PERMS_CONCURRENCY (the most requests in flight, default 10; action input `concurrency`).',
          ...viaProxy,
        ],
      };
    case 'deadline':
      return {
        ...base,
        summary: 'the run deadline passed before this call could finish.',
        fixes: [
          ...unknownWrite,
          'Run again later: a run stops after 15 minutes so that a Jira that stopped answering cannot hold a job forever.',
          'If the site is slow rather than stuck, a higher JIRA_PERMS_CONCURRENCY (action input `concurrency`) gets more done in that time.',
        ],
      };
    case 'aborted':
      return { ...base, summary: 'cancelled.', fixes: unknownWrite };
    case 'network':
      if (failure.code !== undefined && REFUSED_REQUEST_CODES.has(failure.code)) {
        return {
          ...base,
          summary: `not sent: Node refused the request as given${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
          fixes: [
            'Check the credential (JIRA_API_TOKEN, JIRA_BEARER_TOKEN) for a stray character: a header carries no line break and no character beyond Latin-1.',
          ],
        };
      }
      if (failure.code === 'ERR_PROXY_AUTH' || failure.code === 'ERR_PROXY_TUNNEL') {
        // The proxy answered, and said no: nothing dropped, and nothing reached Jira.
        return {
          ...base,
          summary: `not sent: the proxy would not carry it${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
          fixes:
            failure.code === 'ERR_PROXY_AUTH'
              ? [
                  'Check the user and password in the proxy URL (HTTPS_PROXY / HTTP_PROXY): the proxy asked for credentials, or refused the ones given. Characters such as @ : / in them are written %-encoded.',
                ]
              : [
                  `Ask the proxy's administrators to allow connections to ${host}, or list the host in NO_PROXY to go directly.`,
                  ...viaProxy,
                ],
        };
      }
      return {
        ...base,
        summary: `the connection to ${host} dropped${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
        fixes: [...unknownWrite, 'Check the network path to Jira (proxy, VPN) and run again.', ...viaProxy],
      };
    case 'html':
      return {
        ...base,
        summary: `expected JSON but got an HTML page${failure.contentType !== undefined ? ` (${failure.contentType})` : ''}: usually a login, SSO or proxy page, not the REST API.`,
        fixes: [
          `Check JIRA_BASE_URL (${context.baseUrl}) is the Jira base URL, not a portal, SSO or proxy address.`,
          'Check the credential: an unaccepted credential is often answered with a login page.',
          'On Data Center behind SSO, use a personal access token (JIRA_BEARER_TOKEN).',
        ],
      };
    case 'invalid-json':
      return {
        ...base,
        summary: `the answer is not valid JSON${failure.detail !== undefined ? ` (${failure.detail})` : ''}: it was cut off or is not from Jira's REST API.`,
        fixes: [
          ...unknownWrite,
          'Run again; if it persists, check for a proxy between here and Jira that alters answers.',
        ],
      };
    case 'unexpected-shape':
      return {
        ...base,
        summary: `the answer does not look like Jira's documented response${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
        fixes: ['Check JIRA_BASE_URL points at Jira, and JIRA_API_VERSION (3 for Cloud, 2 for Data Center).'],
      };
    case 'redirect':
      return {
        ...base,
        summary: `Jira redirected the request${failure.location !== undefined ? ` to ${failure.location}` : ''} instead of answering.`,
        fixes: [
          'Set JIRA_BASE_URL to the address Jira redirects to (https:// and the exact host).',
          'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
        ],
      };
    case 'incomplete':
      return {
        ...base,
        summary: `the read came back incomplete${failure.detail !== undefined ? `: ${failure.detail}` : ''}; nothing is assumed from a partial answer.`,
        fixes: ['Run again (the data may have changed while it was read).'],
      };
    case 'too-large':
      return {
        ...base,
        summary: `the answer is too large (${failure.detail ?? 'over the limit'}); it was not read, and nothing is assumed from it.`,
        fixes: [
          ...unknownWrite,
          'Check JIRA_BASE_URL points at Jira: a proxy or another server may be sending something else.',
          'If the site really answers this much, raise the limit with JIRA_PERMS_MAX_RESPONSE_MB (megabytes per answer, default 64).',
        ],
      };
    case 'rate-limited':
      return {
        ...base,
        summary: `rate limited${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
        fixes: ['Run again later, when the rate limit has reset.', CONCURRENCY_FIX],
      };
    case 'read-only':
      return {
        ...base,
        summary: `refused: this client is read-only, so ${failure.method} is never sent (validate, plan and export do not change Jira).`,
        fixes: ['Use jira-perms apply to make changes.'],
      };
    case 'http':
      return { ...base, summary: failure.detail ?? 'HTTP failure.', fixes: [] };
  }
}
