import type { ApiVersion } from './api.js';
import { registerSecret } from './secrets.js';
import type { TransportSettings } from './transport.js';
import { TransportConfigError, proxySecrets, transportFromEnv } from './transport.js';

/**
 * Where Jira is and how to authenticate, read once from the environment.
 *
 * - `cloud-site`: `https://example.atlassian.net` with email + classic API token (basic auth), or any
 *   other address serverInfo says is Cloud.
 * - `cloud-gateway`: `https://api.atlassian.com/ex/jira/{cloudId}`: the only base URL through which
 *   OAuth 2.0 access tokens (bearer) and scoped API tokens (basic) work.
 * - `data-center`: a self-managed Jira: personal access token (bearer) or basic auth.
 *
 * The deployment and the REST version are separate (see deployment.ts): a Cloud address or
 * JIRA_API_VERSION=3 settles the deployment; otherwise the client reads serverInfo before its first call.
 */
export type Deployment = 'cloud-site' | 'cloud-gateway' | 'data-center';

export type Auth = { kind: 'basic'; email: string; token: string } | { kind: 'bearer'; token: string };

export interface Connection {
  /** Without a trailing slash, e.g. `https://example.atlassian.net` or `https://api.atlassian.com/ex/jira/<cloudId>`. */
  baseUrl: string;
  apiVersion: ApiVersion;
  deployment: Deployment;
  auth: Auth;
  /** Timeout, concurrency, response limit and proxy from the environment; absent when none is set. */
  transport?: TransportSettings;
  /**
   * True when neither the URL nor JIRA_API_VERSION=3 settles the deployment: the client reads serverInfo
   * before its first call, and `deployment` (and `apiVersion`, unless set) are a guess until then.
   */
  detect?: boolean;
  /** JIRA_API_VERSION as set; absent when unset (then Cloud uses 3 and Data Center 2). */
  apiVersionFromEnv?: ApiVersion;
}

/** A missing or malformed setting: nothing was sent. The message names the variable and how to fix it. */
export class ConnectionConfigError extends Error {
  override name = 'ConnectionConfigError';
}

const GATEWAY_HOST = 'api.atlassian.com';

/** The host name as compared: lower case, without the trailing dot of a fully qualified name. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

function isCloudSiteHost(host: string): boolean {
  return host.endsWith('.atlassian.net') || host.endsWith('.jira.com') || host.endsWith('.jira-dev.com');
}

/** Any host of Atlassian's cloud: sites, the API gateway and the rest of atlassian.com. */
function isAtlassianCloudHost(host: string): boolean {
  return (
    isCloudSiteHost(host) ||
    ['atlassian.net', 'atlassian.com', 'jira.com', 'jira-dev.com'].includes(host) ||
    host.endsWith('.atlassian.com')
  );
}

/** `localhost`, 127.0.0.0/8 and ::1 (also IPv4-mapped): traffic that never leaves the machine. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  if (host === '[::1]') return true;
  // URL writes ::ffff:127.x.y.z as [::ffff:7fxx:xxxx].
  return /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}

/**
 * How the credential travels: over TLS, or in clear over plain http, which is accepted only where it
 * cannot be read on the way (a loopback host: the built-in simulator) or where JIRA_ALLOW_HTTP=1 says
 * the risk is understood (a lab). Never to an Atlassian Cloud host.
 */
export type TransportSecurity = 'https' | 'http-loopback' | 'http-allowed';

export function transportSecurity(baseUrl: string): TransportSecurity {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:') return 'https';
  return isLoopbackHost(hostOf(url)) ? 'http-loopback' : 'http-allowed';
}

function allowsHttp(value: string | undefined): boolean {
  const setting = value?.trim().toLowerCase();
  return setting === '1' || setting === 'true';
}

/** Refuses plain http (see TransportSecurity); throws ConnectionConfigError with the fix. */
export function checkTransport(
  url: URL,
  env: Record<string, string | undefined>,
  variable = 'JIRA_BASE_URL',
): void {
  if (url.protocol !== 'http:') return;
  const host = hostOf(url);
  if (isAtlassianCloudHost(host)) {
    throw new ConnectionConfigError(
      `${variable} uses http:// for the Atlassian Cloud host ${host}: the credential would cross the network in clear. ` +
        'Use https:// (JIRA_ALLOW_HTTP does not apply to Atlassian Cloud).',
    );
  }
  if (isLoopbackHost(host) || allowsHttp(env.JIRA_ALLOW_HTTP)) return;
  throw new ConnectionConfigError(
    `${variable} uses http:// for ${host}: the credential would cross the network in clear. Use https://. ` +
      'Plain http is accepted only for loopback hosts (localhost, 127.0.0.0/8, ::1: the built-in simulator), ' +
      'or for a lab Jira without TLS when JIRA_ALLOW_HTTP=1 is set.',
  );
}

/** The gateway's path shape, `/ex/jira/{cloudId}` (also recognised on other hosts, e.g. a simulator). */
const GATEWAY_PATH = /^\/ex\/jira\/[^/]+\/?$/;

/** The Cloud deployment an address names by itself; undefined for any other address. */
export function cloudByUrl(url: URL): Deployment | undefined {
  if (hostOf(url) === GATEWAY_HOST || GATEWAY_PATH.test(url.pathname)) return 'cloud-gateway';
  if (isCloudSiteHost(hostOf(url))) return 'cloud-site';
  return undefined;
}

/**
 * What an address is taken for until (or unless) serverInfo says: JIRA_API_VERSION=3 is Cloud (only
 * Cloud serves it) and 2 is Data Center; without it, a loopback host is the built-in simulator (Cloud by
 * default) and any other host Data Center, the Jira a company serves from its own address.
 */
export function guessDeployment(
  url: URL,
  apiVersionFromEnv: ApiVersion | undefined,
): { deployment: Deployment; apiVersion: ApiVersion } {
  const byUrl = cloudByUrl(url);
  if (byUrl !== undefined) return { deployment: byUrl, apiVersion: apiVersionFromEnv ?? '3' };
  const cloud = apiVersionFromEnv === '3' || (apiVersionFromEnv === undefined && isLoopbackHost(hostOf(url)));
  return cloud
    ? { deployment: 'cloud-site', apiVersion: apiVersionFromEnv ?? '3' }
    : { deployment: 'data-center', apiVersion: apiVersionFromEnv ?? '2' };
}

/** True when the host is an Atlassian Cloud site (not the gateway, not a local or Data Center host). */
export function isAtlassianSite(baseUrl: string): boolean {
  try {
    return isCloudSiteHost(hostOf(new URL(baseUrl)));
  } catch {
    return false;
  }
}

/** The header value; registering the derived forms as secrets is the caller's job (`connectionFromEnv` does). */
export function authorizationHeader(auth: Auth): string {
  if (auth.kind === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64')}`;
}

/** Registers the token and every derived form (base64 of email:token, the full header value); secrets.ts adds the encodings. */
export function registerConnectionSecrets(auth: Auth): void {
  registerSecret(auth.token);
  const header = authorizationHeader(auth);
  registerSecret(header);
  if (auth.kind === 'basic') {
    const encoded = header.slice('Basic '.length);
    // Not `email:token` itself: runs of it would match the bare email, which is no secret; the token
    // is registered on its own, and its runs cover that spelling.
    registerSecret(encoded);
  }
}

/**
 * A line break or another control character inside a credential (a secret pasted with its line end in the
 * middle, a multi-line secret): Node refuses such a header value, and a basic credential carrying one is
 * one Jira refuses. Said here, naming the variable and never the value, rather than as a failed request.
 */
function checkHeaderSafe(variable: string, value: string | undefined): void {
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (value === undefined || !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return;
  throw new ConnectionConfigError(
    `${variable} holds a line break or another control character, which no Jira credential has ` +
      '(a secret stored with a line end inside it?); set it again from the original, on one line.',
  );
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Checks and normalises a base URL; throws ConnectionConfigError with the fix. */
export function parseBaseUrl(raw: string, variable = 'JIRA_BASE_URL'): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConnectionConfigError(
      `${variable} "${raw}" is not a URL. Set it to your site, e.g. https://example.atlassian.net, ` +
        'https://api.atlassian.com/ex/jira/<cloudId>, or your Data Center base URL.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConnectionConfigError(`${variable} must start with https:// (got "${url.protocol}").`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConnectionConfigError(
      `${variable} must not carry credentials; use JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN.`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    // Not echoed: a query string is where people paste tokens.
    throw new ConnectionConfigError(
      `${variable} must not have a query string or fragment; use the bare base URL.`,
    );
  }
  // People paste the REST path; the client adds /rest/api/N itself.
  const restIndex = url.pathname.indexOf('/rest/api/');
  if (restIndex >= 0) {
    throw new ConnectionConfigError(
      `${variable} should be the base URL without /rest/api/... (got "${raw}"); ` +
        `try "${url.origin}${url.pathname.slice(0, restIndex)}".`,
    );
  }
  if (hostOf(url) === GATEWAY_HOST) {
    const match = /^\/ex\/jira\/([^/]+)\/?$/.exec(url.pathname);
    if (match === null) {
      throw new ConnectionConfigError(
        `${variable} on api.atlassian.com must be https://api.atlassian.com/ex/jira/<cloudId> (got "${raw}"). ` +
          'Find the cloud id at https://<your-site>.atlassian.net/_edge/tenant_info.',
      );
    }
  }
  return url;
}

/**
 * Reads JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN, and JIRA_API_VERSION. Throws
 * ConnectionConfigError naming what is missing. Registers every secret before returning.
 */
export function connectionFromEnv(env: Record<string, string | undefined>): Connection {
  const token = nonEmpty(env.JIRA_API_TOKEN);
  const bearer = nonEmpty(env.JIRA_BEARER_TOKEN);
  // Register before any validation can fail, so even a config error cannot echo a token.
  registerSecret(token);
  registerSecret(bearer);

  const rawUrl = nonEmpty(env.JIRA_BASE_URL);
  if (rawUrl === undefined) {
    throw new ConnectionConfigError(
      'JIRA_BASE_URL is not set. Set it to your site (https://example.atlassian.net), to ' +
        'https://api.atlassian.com/ex/jira/<cloudId> for OAuth 2.0 or scoped API tokens, or to your Data Center base URL.',
    );
  }
  const rawVersion = nonEmpty(env.JIRA_API_VERSION);
  if (rawVersion !== undefined && rawVersion !== '2' && rawVersion !== '3') {
    throw new ConnectionConfigError(
      `JIRA_API_VERSION must be 3 or 2 (the REST path; by default 3 on Jira Cloud and 2 on Data Center); got "${rawVersion}".`,
    );
  }
  const apiVersionFromEnv: ApiVersion | undefined = rawVersion;
  const url = parseBaseUrl(rawUrl);
  checkTransport(url, env);
  const email = nonEmpty(env.JIRA_EMAIL);

  checkHeaderSafe('JIRA_BEARER_TOKEN', bearer);
  checkHeaderSafe('JIRA_API_TOKEN', token);
  checkHeaderSafe('JIRA_EMAIL', email);

  let auth: Auth;
  if (bearer !== undefined && token !== undefined) {
    throw new ConnectionConfigError(
      'Both JIRA_BEARER_TOKEN and JIRA_API_TOKEN are set; set only one (bearer: OAuth 2.0 access token or ' +
        'Data Center personal access token; API token: together with JIRA_EMAIL).',
    );
  } else if (bearer !== undefined) {
    auth = { kind: 'bearer', token: bearer };
  } else if (token !== undefined) {
    if (email === undefined) {
      throw new ConnectionConfigError(
        'JIRA_API_TOKEN is set but JIRA_EMAIL is not. Basic authentication needs the email address of the ' +
          'Atlassian account that owns the token (on Data Center: the username).',
      );
    }
    auth = { kind: 'basic', email, token };
  } else {
    throw new ConnectionConfigError(
      'No Jira credential: set JIRA_EMAIL and JIRA_API_TOKEN (basic auth with an API token), or ' +
        'JIRA_BEARER_TOKEN (OAuth 2.0 access token, or a Data Center personal access token).',
    );
  }
  registerConnectionSecrets(auth);

  let transport: TransportSettings;
  try {
    transport = transportFromEnv(env);
  } catch (error) {
    if (error instanceof TransportConfigError) throw new ConnectionConfigError(error.message);
    throw error;
  }
  for (const password of proxySecrets(transport.proxy)) registerSecret(password);

  const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const { deployment, apiVersion } = guessDeployment(url, apiVersionFromEnv);
  const connection: Connection = { baseUrl, apiVersion, deployment, auth };
  if (Object.keys(transport).length > 0) connection.transport = transport;
  if (apiVersionFromEnv !== undefined) connection.apiVersionFromEnv = apiVersionFromEnv;
  // Settled by a Cloud address or by REST 3; anything else is asked of serverInfo.
  if (cloudByUrl(url) === undefined && apiVersionFromEnv !== '3') connection.detect = true;
  return connection;
}

/** For messages: the connection described without secrets (pass the detected deployment once known). */
export function describeConnection(
  connection: Connection,
  settled: { deployment: Deployment; apiVersion: ApiVersion } = connection,
): string {
  const who = connection.auth.kind === 'basic' ? `basic auth as ${connection.auth.email}` : 'a bearer token';
  return `${connection.baseUrl} (REST ${settled.apiVersion}, ${settled.deployment}, ${who})`;
}
