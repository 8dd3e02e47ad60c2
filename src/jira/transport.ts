import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';

import type { Dispatcher, fetch as undiciFetch } from 'undici';

type Undici = ReturnType<(typeof import('./undici.cjs'))['load']>;

let loading: Promise<Undici> | undefined;

/**
 * undici's dispatcher API and proxy agent, loaded on the first request, by a dynamic import: the bundles keep
 * undici's files (about 0.8 MB) in a chunk of their own, so a command that never reaches Jira
 * (validate, `--version`, `--help`) neither reads nor compiles them. (`./undici.cjs` is CommonJS:
 * Node's ESM loader gives it as a default export only.)
 */
function loadUndici(): Promise<Undici> {
  loading ??= import('./undici.cjs').then((module) => module.default.load());
  return loading;
}

/**
 * How bytes reach Jira: undici 7's `Dispatcher.request` with one dispatcher per client, an `EnvHttpProxyAgent` given
 * the proxy variables of the environment the connection was read from (Node 20's global fetch ignores
 * them). Also the transport settings users can change (timeout, concurrency, response size), read and
 * checked once.
 */

export interface ProxySettings {
  /** `http_proxy` / `HTTP_PROXY`: for http:// targets (and https:// ones when no https proxy is set). */
  httpProxy: string;
  /** `https_proxy` / `HTTPS_PROXY`. */
  httpsProxy: string;
  /** `no_proxy` / `NO_PROXY`: hosts reached directly (`*`, `example.com`, `.example.com`, `host:port`). */
  noProxy: string;
}

export interface TransportSettings {
  /** JIRA_PERMS_TIMEOUT, in ms. */
  requestTimeoutMs?: number;
  /** JIRA_PERMS_CONCURRENCY: the most requests in flight. */
  maxConcurrency?: number;
  /** JIRA_PERMS_MAX_RESPONSE_MB, in bytes. */
  maxResponseBytes?: number;
  /** Present when any proxy variable is set. */
  proxy?: ProxySettings;
}

// The variables the transport reads, in a module of their own: the action's entry passes them on
// without loading the transport (and undici's files, bundled with it).
export { TRANSPORT_VARIABLES } from './transport-variables.js';

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_CONCURRENCY = 10;
const MAX_CONCURRENCY = 100;

/** A setting that cannot be used; the message names the variable (and never echoes a proxy password). */
export class TransportConfigError extends Error {
  override name = 'TransportConfigError';
}

function setting(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function positiveNumber(
  env: Record<string, string | undefined>,
  name: string,
  what: string,
  options: { integer: boolean; max?: number },
): number | undefined {
  const raw = setting(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const fits =
    /^\d+(\.\d+)?$/.test(raw) &&
    value > 0 &&
    (!options.integer || Number.isInteger(value)) &&
    (options.max === undefined || value <= options.max);
  if (!fits) {
    const range = options.max === undefined ? '' : ` up to ${String(options.max)}`;
    throw new TransportConfigError(
      `${name} must be ${options.integer ? 'a whole number' : 'a number'} above 0${range} (${what}); got "${raw}".`,
    );
  }
  return value;
}

/** Lower case first, as curl reads them. */
function proxyVariable(env: Record<string, string | undefined>, name: string): string {
  return setting(env, name.toLowerCase()) ?? setting(env, name.toUpperCase()) ?? '';
}

function checkProxyUrl(name: string, value: string): void {
  if (value === '') return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TransportConfigError(
      `${name} is not a URL; set it like http://proxy.example.com:3128 (or http://user:password@host:port).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TransportConfigError(`${name} must start with http:// or https:// (got "${url.protocol}").`);
  }
}

export function proxyFromEnv(env: Record<string, string | undefined>): ProxySettings | undefined {
  const proxy: ProxySettings = {
    httpProxy: proxyVariable(env, 'http_proxy'),
    httpsProxy: proxyVariable(env, 'https_proxy'),
    noProxy: proxyVariable(env, 'no_proxy'),
  };
  checkProxyUrl('HTTP_PROXY', proxy.httpProxy);
  checkProxyUrl('HTTPS_PROXY', proxy.httpsProxy);
  return proxy.httpProxy === '' && proxy.httpsProxy === '' && proxy.noProxy === '' ? undefined : proxy;
}

/** The proxies' passwords, to register as secrets. */
export function proxySecrets(proxy: ProxySettings | undefined): string[] {
  const passwords: string[] = [];
  for (const value of [proxy?.httpProxy, proxy?.httpsProxy]) {
    if (value === undefined || value === '') continue;
    const password = new URL(value).password;
    if (password !== '') passwords.push(password, decodeURIComponent(password));
  }
  return passwords;
}

/** Reads and checks every transport setting; throws TransportConfigError naming the variable. */
export function transportFromEnv(env: Record<string, string | undefined>): TransportSettings {
  const settings: TransportSettings = {};
  const timeout = positiveNumber(env, 'JIRA_PERMS_TIMEOUT', 'seconds per request', {
    integer: false,
    max: 3600,
  });
  if (timeout !== undefined) settings.requestTimeoutMs = Math.round(timeout * 1000);
  const concurrency = positiveNumber(env, 'JIRA_PERMS_CONCURRENCY', 'the most requests in flight', {
    integer: true,
    max: MAX_CONCURRENCY,
  });
  if (concurrency !== undefined) settings.maxConcurrency = concurrency;
  const megabytes = positiveNumber(env, 'JIRA_PERMS_MAX_RESPONSE_MB', 'megabytes per answer', {
    integer: false,
    max: 4096,
  });
  if (megabytes !== undefined) settings.maxResponseBytes = Math.round(megabytes * 1024 * 1024);
  const proxy = proxyFromEnv(env);
  if (proxy !== undefined) settings.proxy = proxy;
  return settings;
}

/**
 * The proxy a request to `target` goes through, or undefined when it goes directly: undici's
 * EnvHttpProxyAgent rule, repeated here so doctor can say it (NO_PROXY entries match the host or its
 * subdomains, with an optional port; `*` matches everything).
 */
export function proxyFor(target: URL, proxy: ProxySettings | undefined): string | undefined {
  if (proxy === undefined) return undefined;
  const chosen =
    target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy || undefined;
  if (chosen === undefined || chosen === '') return undefined;
  const entries = proxy.noProxy.split(/[,\s]/).filter((entry) => entry !== '');
  if (proxy.noProxy.trim() === '*') return undefined;
  const host = target.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
  for (const entry of entries) {
    const parsed = /^(.+):(\d+)$/.exec(entry);
    const name = (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase();
    const entryPort = parsed?.[2] === undefined ? 0 : Number(parsed[2]);
    if (entryPort !== 0 && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return undefined;
  }
  return chosen;
}

/** A proxy URL for messages: scheme, host and port, never its credentials. */
export function describeProxy(value: string): string {
  const url = new URL(value);
  return `${url.protocol}//${url.host}`;
}

export type Fetch = typeof undiciFetch;

/** What is read of a response's headers. */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
}

/** An answer's status and headers, and its body (decoded) to read once or to discard. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: HeaderReader;
  /** The body's bytes as they arrive, content-coding removed. */
  readonly body: AsyncIterable<Uint8Array>;
  /** Stops reading the body and lets the connection go. */
  discard(): void;
}

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/** One HTTP exchange: resolves once the status and headers arrived; never follows a redirect. */
export type Send = (url: string, request: TransportRequest) => Promise<TransportResponse>;

/** A dispatcher of its own: the proxy variables given, keep-alive connections reused across the run. */
function proxyAgent(undici: Undici, proxy: ProxySettings | undefined): Dispatcher {
  return new undici.EnvHttpProxyAgent({
    // Empty strings, so undici does not fall back to process.env behind the caller's back.
    httpProxy: proxy?.httpProxy ?? '',
    httpsProxy: proxy?.httpsProxy ?? '',
    noProxy: proxy?.noProxy ?? '',
    // As curl: an http:// target is asked of the proxy by its absolute URI, an https:// one through a
    // CONNECT tunnel (undici would tunnel both; many proxies refuse CONNECT to port 80).
    proxyTunnel: false,
  });
}

/** Headers as undici gives them (lower-case names), read as fetch's Headers reads them. */
class ReceivedHeaders implements HeaderReader {
  constructor(private readonly headers: Record<string, string | string[] | undefined>) {}

  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.headers[name.toLowerCase()] !== undefined;
  }
}

/** More content-codings than this on one answer is refused, as fetch refuses it. */
const MAX_CODINGS = 5;

/**
 * The decoders for an answer's Content-Encoding, outermost last, as fetch decodes: gzip (x-gzip),
 * deflate, br; an unknown coding leaves the body as sent (JSON.parse then says it is not JSON).
 */
function decoders(contentEncoding: string | null): Transform[] {
  if (contentEncoding === null) return [];
  const codings = contentEncoding.toLowerCase().split(',');
  if (codings.length > MAX_CODINGS) {
    throw new Error(`too many content-encodings in response: ${String(codings.length)}`);
  }
  const chain: Transform[] = [];
  for (const coding of codings.reverse().map((one) => one.trim())) {
    // Z_SYNC_FLUSH, as fetch (and curl): lenient with a stream cut short at its end.
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'gzip' || coding === 'x-gzip') chain.push(zlib.createGunzip(lenient));
    else if (coding === 'deflate') chain.push(zlib.createInflate(lenient));
    else if (coding === 'br') {
      const flush = zlib.constants.BROTLI_OPERATION_FLUSH;
      chain.push(zlib.createBrotliDecompress({ flush, finishFlush: flush }));
    } else if (coding === '' || coding === 'identity') continue;
    else return [];
  }
  return chain;
}

/**
 * Jira's transport: undici's `Dispatcher.request` through one EnvHttpProxyAgent of its own. Not fetch:
 * fetch keeps each answer reachable through a WeakRef and a finalizer until a collection, so at 3,000
 * reads every answer's objects were promoted to the old generation (24–26 MB, against 3.6 MB this
 * way). What fetch did for us is done here: compression asked for and removed (gzip, deflate, and br
 * over https, as fetch asks), redirects never followed (the caller reports them), the abort signal.
 */
export function proxiedSend(proxy: ProxySettings | undefined): Send {
  let dispatcher: Dispatcher | undefined;
  return async (url, request) => {
    const undici = await loadUndici();
    dispatcher ??= proxyAgent(undici, proxy);
    const target = new URL(url);
    const headers: Record<string, string> = {
      'accept-encoding': target.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate',
      // What fetch sent (undici's name) when the caller named no agent.
      'user-agent': 'undici',
    };
    for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
    const answer = await dispatcher.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: request.signal,
    });
    const received = new ReceivedHeaders(answer.headers);
    let chain: Transform[];
    try {
      chain =
        request.method === 'HEAD' || answer.statusCode === 204 || answer.statusCode === 304
          ? []
          : decoders(received.get('content-encoding'));
    } catch (error) {
      answer.body.destroy();
      throw error;
    }
    const body: Readable =
      chain.length === 0
        ? answer.body
        : (pipeline([answer.body, ...chain], () => undefined) as unknown as Readable);
    return {
      status: answer.statusCode,
      headers: received,
      body,
      discard: () => {
        answer.body.destroy();
        body.destroy();
      },
    };
  };
}

/**
 * undici's fetch through a dispatcher of its own (made on the first request), as `proxiedSend`: what
 * Octokit is given for the action's GitHub API calls.
 */
export function proxiedFetch(proxy: ProxySettings | undefined): Fetch {
  let dispatcher: Dispatcher | undefined;
  return async (input, init) => {
    const undici = await loadUndici();
    dispatcher ??= proxyAgent(undici, proxy);
    return undici.loadFetch()(input, { ...init, dispatcher });
  };
}

/** A fetch honouring the proxy variables of `env`, for other clients (the action's GitHub API calls). */
export function proxyAwareFetch(env: Record<string, string | undefined>): Fetch {
  return proxiedFetch(proxyFromEnv(env));
}
