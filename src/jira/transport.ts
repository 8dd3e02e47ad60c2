import http from 'node:http';
import type https from 'node:https';
import { isIP } from 'node:net';
import type { Socket } from 'node:net';
import type { Duplex, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import zlib from 'node:zlib';
import { VERSION } from '../version.js';

/** How the tool names itself to Jira and to proxies (their access logs). */
export const USER_AGENT = `jira-perms/${VERSION}`;

/**
 * How bytes reach Jira: node:http and node:https with keep-alive agents of their own per client, and
 * the proxy variables of the environment the connection was read from (HTTP_PROXY, HTTPS_PROXY,
 * NO_PROXY; Node 20 reads none of them itself). Also the transport settings users can change (timeout,
 * concurrency, response size), read and checked once.
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
// without loading the transport.
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
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    // Said here, before the password is decoded for the Proxy-Authorization header (a bare URIError).
    throw new TransportConfigError(
      `${name}: the user or password is not URL-encoded; write a % in them as %25 (and @ as %40, : as %3A).`,
    );
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
 * The proxy a request to `target` goes through, or undefined when it goes directly: the one rule the
 * transport follows and doctor reports (undici's EnvHttpProxyAgent rule, which the action's GitHub
 * calls follow too: NO_PROXY entries match the host or its subdomains, with an optional port; `*`
 * matches everything).
 */
export function proxyFor(target: URL, proxy: ProxySettings | undefined): string | undefined {
  if (proxy === undefined) return undefined;
  const chosen =
    target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy || undefined;
  if (chosen === undefined || chosen === '') return undefined;
  const entries = proxy.noProxy.split(/[,\s]/).filter((entry) => entry !== '');
  if (proxy.noProxy.trim() === '*') return undefined;
  // An IPv6 site's address without its brackets: entries may name it either way.
  const host = hostOf(target).toLowerCase();
  const port = portOf(target);
  for (const entry of entries) {
    const { name, port: entryPort } = noProxyEntry(entry);
    if (entryPort !== 0 && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return undefined;
  }
  return chosen;
}

/**
 * One NO_PROXY entry: a host or domain (a leading `.` or `*.` means the same), with an optional port;
 * an IPv6 address bare (`::1`, which has no port: its last group is not one) or bracketed with an
 * optional port (`[::1]:8080`), as curl reads them.
 */
function noProxyEntry(entry: string): { name: string; port: number } {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed !== null) {
    return { name: (bracketed[1] ?? '').toLowerCase(), port: Number(bracketed[2] ?? 0) };
  }
  if (entry.indexOf(':') !== entry.lastIndexOf(':')) return { name: entry.toLowerCase(), port: 0 };
  const parsed = /^(.+):(\d+)$/.exec(entry);
  return {
    name: (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase(),
    port: parsed?.[2] === undefined ? 0 : Number(parsed[2]),
  };
}

/** A proxy URL for messages: scheme, host and port, never its credentials. */
export function describeProxy(value: string): string {
  const url = new URL(value);
  return `${url.protocol}//${url.host}`;
}

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

/**
 * A proxy that would not carry a request: it asked for credentials (407, code ERR_PROXY_AUTH), or
 * refused to open a CONNECT tunnel (code ERR_PROXY_TUNNEL). Nothing reached Jira. The message names
 * the proxy by scheme, host and port only, never its credentials.
 */
export class ProxyRefused extends Error {
  override name = 'ProxyRefused';
  constructor(
    readonly code: 'ERR_PROXY_AUTH' | 'ERR_PROXY_TUNNEL',
    message: string,
    /** The proxy's answer to the CONNECT, when it gave one (absent when it closed the connection). */
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * An attempt ended (timeout, cancellation) before its connection was made: nothing reached Jira. Says
 * what the reason says, with code ERR_NOT_CONNECTED so that the client may send a write again.
 */
export class NotConnected extends Error {
  readonly code = 'ERR_NOT_CONNECTED';
  constructor(reason: Error) {
    super(reason.message, { cause: reason });
    this.name = reason.name;
  }
}

/** Headers as node:http gives them (lower-case names), read as fetch's Headers reads them. */
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

/** A URL's host as a socket wants it: IPv6 literals without their brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function portOf(url: URL): number {
  return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

/**
 * The name an https:// proxy's certificate is checked against (and sent as SNI): the proxy's own, none
 * for an IP address as Node does. Given explicitly: Node would take it from the Host header, which on a
 * request through the proxy names Jira.
 */
function proxyServername(proxy: URL): string {
  const host = hostOf(proxy);
  return isIP(host) === 0 ? host : '';
}

/** Basic credentials from the proxy URL's user info, as undici and curl send them (both parts needed). */
function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '' || proxy.password === '') return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Keep-alive connections, reused across the run. No cap of the agents' own (`maxSockets` stays
 * unlimited): the client's limiter already bounds requests in flight (JIRA_PERMS_CONCURRENCY, at most
 * 100), and a lower cap here would queue requests the limiter let through. An idle connection is
 * closed after 4 s (undici's default, which this transport replaced), sooner when the server's
 * Keep-Alive header says so, so a connection the server is about to close is not picked up (see
 * dropStale for when the event loop was too busy to run that timer).
 */
const KEEP_ALIVE: http.AgentOptions = { keepAlive: true, timeout: 4000 };

/** When each kept-alive socket was last freed. */
const idleSince = new WeakMap<Duplex, number>();

function noteIdle(socket: Duplex, kept: boolean): boolean {
  if (kept) idleSince.set(socket, Date.now());
  return kept;
}

/**
 * Closes the free sockets idle past their timeout (4 s, or the server's Keep-Alive hint less 1 s, as
 * Node's keepSocketAlive set it) whose timer has not run yet because the event loop was busy (a plan
 * computing). The server may have closed such a connection meanwhile: the agent would pick it, and the
 * request sent on it would fail as a dropped connection (ECONNRESET, "socket hang up"), for a write an
 * outcome unknown though Jira never saw it. Called just before a request asks its agent for a socket.
 */
function dropStale(agent: http.Agent): void {
  const now = Date.now();
  for (const sockets of Object.values(agent.freeSockets)) {
    if (sockets === undefined) continue;
    for (let index = sockets.length - 1; index >= 0; index--) {
      const socket = sockets[index];
      const since = socket === undefined ? undefined : idleSince.get(socket);
      const limit = socket?.timeout ?? 0;
      if (socket !== undefined && since !== undefined && limit > 0 && now - since >= limit) {
        // Out of the free list first: the agent could otherwise hand out the destroyed socket.
        sockets.splice(index, 1);
        socket.destroy();
      }
    }
  }
}

/** Keep-alive agents that note when each socket went idle (for dropStale). */
class PlainAgent extends http.Agent {
  override keepSocketAlive(socket: Duplex): boolean {
    // Typed void in @types/node, but Node reads the answer (false: the socket is closed, not kept).
    const keep: (socket: Duplex) => unknown = super.keepSocketAlive.bind(this);
    return noteIdle(socket, keep(socket) === true);
  }
}

/**
 * node:https, loaded on first use: an http:// Jira (a simulator, a server on the loopback) never needs
 * TLS, and loading node:https (node:tls with it) costs about 1 MB of resident memory for nothing.
 */
let httpsModule: typeof https | undefined;

function loadHttps(): typeof https {
  httpsModule ??= process.getBuiltinModule('node:https');
  return httpsModule;
}

/**
 * A socket to `authority` through the proxy's CONNECT tunnel; a refusal (anything but 200) is a
 * ProxyRefused. The signal ends the CONNECT too, so a proxy that does not answer cannot hold it.
 */
function tunnelTo(
  proxy: URL,
  authority: string,
  tls: ConnectionOptions,
  signal: AbortSignal | undefined,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secure = proxy.protocol === 'https:';
    const connect = (secure ? loadHttps() : http).request({
      host: hostOf(proxy),
      port: portOf(proxy),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, 'user-agent': USER_AGENT, ...proxyAuthorization(proxy) },
      agent: false,
      ...(secure ? { ...tls, servername: proxyServername(proxy) } : {}),
    });
    const abort = (): void => {
      connect.destroy(signal === undefined ? undefined : abortReason(signal));
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = (): void => {
      signal?.removeEventListener('abort', abort);
    };
    connect.once('connect', (answer: http.IncomingMessage, socket: Socket, head: Buffer) => {
      settle();
      const status = answer.statusCode ?? 0;
      if (status !== 200) {
        socket.destroy();
        const said = `${String(status)}${answer.statusMessage === undefined ? '' : ` ${answer.statusMessage}`}`;
        reject(
          new ProxyRefused(
            status === 407 ? 'ERR_PROXY_AUTH' : 'ERR_PROXY_TUNNEL',
            `the proxy ${describeProxy(proxy.href)} refused the tunnel to ${authority}: ${said}`,
            status,
          ),
        );
        return;
      }
      // Bytes after the proxy's 200 already belong to the tunnel.
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    connect.once('error', (error: Error & { code?: string }) => {
      settle();
      // The proxy closed the connection without answering the CONNECT: nothing reached Jira.
      reject(
        error.code === 'ECONNRESET'
          ? new ProxyRefused(
              'ERR_PROXY_TUNNEL',
              `the proxy ${describeProxy(proxy.href)} closed the connection without answering the tunnel request to ${authority}: ${error.message}`,
            )
          : error,
      );
    });
    if (signal?.aborted === true) abort();
    else connect.end();
  });
}

/** What a tunnelled request passes to its agent: the signal that also ends the CONNECT. */
interface TunnelRequestOptions extends https.RequestOptions {
  tunnelSignal?: AbortSignal;
}

interface SecureAgentClasses {
  SecureAgent: new (options: https.AgentOptions) => https.Agent;
  TunnelAgent: new (proxy: URL, tls: ConnectionOptions) => https.Agent;
}

let secureAgentClasses: SecureAgentClasses | undefined;

/**
 * The agents for TLS connections, made on first need: a class extending https.Agent at the module's
 * top would load node:https with the module (see loadHttps).
 */
function secureAgents(): SecureAgentClasses {
  if (secureAgentClasses !== undefined) return secureAgentClasses;
  class SecureAgent extends loadHttps().Agent {
    override keepSocketAlive(socket: Duplex): boolean {
      const keep: (socket: Duplex) => unknown = super.keepSocketAlive.bind(this);
      return noteIdle(socket, keep(socket) === true);
    }
  }

  /**
   * https:// targets through a proxy, as curl does: a CONNECT tunnel per connection, TLS to Jira inside
   * it (the proxy sees only the host and port), the tunnels kept alive and reused like any connection.
   */
  class TunnelAgent extends SecureAgent {
    constructor(
      private readonly proxy: URL,
      private readonly tls: ConnectionOptions,
    ) {
      super({ ...KEEP_ALIVE, ...tls });
    }

    override createConnection(
      options: TunnelRequestOptions,
      callback?: (error: Error | null, stream: Duplex) => void,
    ): Duplex | null | undefined {
      if (callback === undefined) throw new Error('a tunnel is opened asynchronously: a callback is needed');
      // CONNECT names host and port as a Host header does: an IPv6 literal in brackets.
      const host = String(options.host);
      const authority = `${host.includes(':') ? `[${host}]` : host}:${String(options.port)}`;
      tunnelTo(this.proxy, authority, this.tls, options.tunnelSignal).then(
        (socket) => {
          // https.Agent's own connection (TLS, its session cache), over the tunnel instead of a new socket.
          const overTunnel: https.RequestOptions & { socket: Socket } = { ...options, socket };
          const secure = super.createConnection(overTunnel) as Duplex;
          callback(null, secure);
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)), undefined as unknown as Duplex);
        },
      );
      return undefined;
    }
  }
  secureAgentClasses = { SecureAgent, TunnelAgent };
  return secureAgentClasses;
}

/** The agents of one client, made when first needed. */
class Agents {
  private plainAgent: PlainAgent | undefined;
  private secureAgent: https.Agent | undefined;
  private readonly tunnels = new Map<string, https.Agent>();

  constructor(private readonly tls: ConnectionOptions) {}

  plain(): http.Agent {
    this.plainAgent ??= new PlainAgent(KEEP_ALIVE);
    return this.plainAgent;
  }

  secure(): https.Agent {
    this.secureAgent ??= new (secureAgents().SecureAgent)({ ...KEEP_ALIVE, ...this.tls });
    return this.secureAgent;
  }

  tunnel(proxy: string): https.Agent {
    let agent = this.tunnels.get(proxy);
    if (agent === undefined) {
      agent = new (secureAgents().TunnelAgent)(new URL(proxy), this.tls);
      this.tunnels.set(proxy, agent);
    }
    return agent;
  }
}

/** Where one request goes: the module, its options, and the proxy when it is asked by absolute URI. */
interface Route {
  client: typeof http | typeof https;
  options: TunnelRequestOptions;
  forwardedBy?: URL;
}

function route(target: URL, via: string | undefined, agents: Agents, signal: AbortSignal): Route {
  const path = `${target.pathname}${target.search}`;
  const secure = target.protocol === 'https:';
  if (via === undefined) {
    return {
      client: secure ? loadHttps() : http,
      options: {
        host: hostOf(target),
        port: portOf(target),
        path,
        agent: secure ? agents.secure() : agents.plain(),
      },
    };
  }
  if (secure) {
    return {
      client: loadHttps(),
      options: {
        host: hostOf(target),
        port: portOf(target),
        path,
        agent: agents.tunnel(via),
        tunnelSignal: signal,
      },
    };
  }
  // An http:// target is asked of the proxy by its absolute URI (many proxies refuse CONNECT to port 80).
  const proxy = new URL(via);
  const throughTls = proxy.protocol === 'https:';
  const servername = proxyServername(proxy);
  return {
    client: throughTls ? loadHttps() : http,
    options: {
      host: hostOf(proxy),
      port: portOf(proxy),
      path: `${target.origin}${path}`,
      agent: throughTls ? agents.secure() : agents.plain(),
      ...(throughTls ? { servername } : {}),
    },
    forwardedBy: proxy,
  };
}

function exchange(
  { client, options, forwardedBy }: Route,
  request: TransportRequest,
): Promise<TransportResponse> {
  const { signal } = request;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const headers: http.OutgoingHttpHeaders = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    // Headers given here, not set one by one after: a header Node refuses (a character outside
    // Latin-1 in a token) throws before a connection is asked for.
    if (options.agent instanceof http.Agent) dropStale(options.agent);
    const outgoing = client.request({ ...options, method: request.method, headers });
    let incoming: http.IncomingMessage | undefined;
    // The attempt's signal ends the connect, the wait for headers and the body alike.
    // Whether the connection to Jira (or to the proxy an http:// target is asked of) is made, TLS
    // included: until then no byte of the request can have gone out.
    let connected = false;
    outgoing.once('socket', (socket: Socket) => {
      const tls = socket as Partial<TLSSocket>;
      if (tls.encrypted === true) {
        if (tls.authorized === true) connected = true;
        else socket.once('secureConnect', () => (connected = true));
      } else if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    const abort = (): void => {
      const cause = abortReason(signal);
      if (incoming !== undefined) {
        incoming.destroy(cause);
        return;
      }
      const reason = connected ? cause : new NotConnected(cause);
      outgoing.destroy(reason);
      // At once: a request still waiting for its socket (a tunnel being opened) reports its error
      // only when the socket comes.
      reject(reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    const settle = (): void => {
      signal.removeEventListener('abort', abort);
    };
    // Kept for the whole exchange: a socket error after the headers is reported on the request too.
    outgoing.on('error', (error) => {
      settle();
      reject(error);
    });
    outgoing.once('response', (answer) => {
      incoming = answer;
      answer.once('close', settle);
      if (forwardedBy !== undefined && answer.statusCode === 407) {
        answer.destroy();
        reject(
          new ProxyRefused(
            'ERR_PROXY_AUTH',
            `the proxy ${describeProxy(forwardedBy.href)} asked for credentials: 407 ${answer.statusMessage ?? ''}`.trimEnd(),
          ),
        );
        return;
      }
      const status = answer.statusCode ?? 0;
      const received = new ReceivedHeaders(answer.headers);
      let chain: Transform[];
      try {
        chain =
          request.method === 'HEAD' || status === 204 || status === 304
            ? []
            : decoders(received.get('content-encoding'));
      } catch (error) {
        answer.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      const body: Readable =
        chain.length === 0 ? answer : (pipeline([answer, ...chain], () => undefined) as unknown as Readable);
      resolve({
        status,
        headers: received,
        body,
        discard: () => {
          // A body read to its end leaves the connection to the agent, for the next request; one left
          // unread closes it.
          answer.destroy();
          body.destroy();
        },
      });
    });
    if (request.body === undefined) outgoing.end();
    else outgoing.end(request.body);
  });
}

/**
 * Jira's transport: node:http and node:https through keep-alive agents of this client's own, the proxy
 * chosen per request by `proxyFor` (an http:// target asked of the proxy by its absolute URI, an
 * https:// one through a CONNECT tunnel). Not fetch: fetch keeps each answer reachable through a
 * WeakRef and a finalizer until a collection, so at 3,000 reads every answer's objects were promoted
 * to the old generation. Not undici's dispatcher either: it cost a 0.8 MB chunk of source, its
 * compiled code and a WebAssembly parser, 6 MB more resident memory at 3,000 reads than node:http.
 * What fetch did for us is done here: compression asked for and removed (gzip, deflate, and br over
 * https, as fetch asks), redirects never followed (the caller reports them), the abort signal.
 * `tls`: extra TLS options for the tests' own certificate authority; a run uses Node's defaults
 * (NODE_EXTRA_CA_CERTS and the rest).
 */
export function proxiedSend(proxy: ProxySettings | undefined, tls: ConnectionOptions = {}): Send {
  const agents = new Agents(tls);
  return (url, request) => {
    const target = new URL(url);
    const via = proxyFor(target, proxy);
    const headers: Record<string, string> = {
      'accept-encoding': target.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate',
      // Jira's access log and a proxy's name the tool and its version (a caller's own header wins).
      'user-agent': USER_AGENT,
    };
    for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
    const chosen = route(target, via, agents, request.signal);
    if (chosen.forwardedBy !== undefined) {
      Object.assign(headers, { host: target.host }, proxyAuthorization(chosen.forwardedBy));
    }
    return exchange(chosen, { ...request, headers });
  };
}
