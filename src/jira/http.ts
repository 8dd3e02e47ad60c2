import type { ApiVersion, CallOutcome } from './api.js';
import type { DeploymentInfo, ServerInfo } from './deployment.js';
import { assumedDeployment, fromServerInfo, knownDeployment, parseServerInfo } from './deployment.js';
import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge, megabytes, readCappedText } from './body.js';
import { ElementSplitter, type ElementReceiver } from './json-split.js';
import { AdaptiveLimiter } from './limiter.js';
import type { HeaderReader, Send, TransportResponse } from './transport.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_SECONDS, proxiedSend } from './transport.js';
import type { Connection, Deployment } from './connection.js';
import { authorizationHeader } from './connection.js';
import type { DiagnosticContext } from './diagnostics.js';
import { REFUSED_REQUEST_CODES, diagnoseHttp, diagnoseNetwork, diagnosticContext } from './diagnostics.js';
import type { FailureKind } from './errors.js';
import { JiraError } from './errors.js';
import { redact } from './secrets.js';
import { onAbort } from '../util/abort.js';

/**
 * The one module that speaks HTTP to Jira (node:http through the transport's keep-alive agents, so
 * proxy variables are honoured). It owns authentication, the read-only refusal, retries (Retry-After, capped
 * exponential backoff with jitter, a retry budget per run), per-request timeouts, the run deadline,
 * adaptive concurrency for reads and writes, the response size limit, rate-limit headers and the
 * translation of every failure into a JiraError with diagnostics. Retrying lives here and nowhere else.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Record<string, QueryValue>;

export interface RetryOptions {
  /** Attempts per request, including the first (default 5). */
  maxAttempts?: number;
  /** Retries allowed across the whole run (default 50). */
  budget?: number;
  /** First backoff delay (default 500 ms); doubles per attempt. */
  baseDelayMs?: number;
  /** Backoff cap (default 30 s). A Retry-After above it is still honoured. */
  maxDelayMs?: number;
}

export interface HttpOptions {
  /** Refuses POST, PUT and DELETE before anything is sent. */
  readOnly: boolean;
  /**
   * The most requests in flight (default 10; JIRA_PERMS_CONCURRENCY overrides it). Below it the client
   * adapts to Jira's rate limits (see limiter.ts).
   */
  concurrency?: number;
  /** Per request (default 30 s; JIRA_PERMS_TIMEOUT overrides it). */
  requestTimeoutMs?: number;
  /** The whole run, from the client's creation (default 15 min). */
  runDeadlineMs?: number;
  retry?: RetryOptions;
  /** Injectable for tests: waits `ms` (rejects when the signal aborts). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable clock (ms since epoch). */
  now?: () => number;
  /** Injectable randomness for jitter, in [0, 1). */
  random?: () => number;
  /** Largest answer read, in bytes (default 64 MB; JIRA_PERMS_MAX_RESPONSE_MB overrides it). */
  maxResponseBytes?: number;
  /** Cancels everything (the CLI's SIGINT, the action's cancellation). */
  signal?: AbortSignal;
  /** Called after every attempt (for logs and tests); never given headers or bodies. */
  onAttempt?: (event: AttemptEvent) => void;
}

export interface AttemptEvent {
  method: HttpMethod;
  path: string;
  attempt: number;
  status?: number;
  error?: FailureKind;
  /** The wait before the next attempt, when there is one. */
  retryInMs?: number;
  /** Requests allowed in flight after this answer. */
  concurrency?: number;
}

/** Rate-limit headers Jira sent most recently (Cloud sends them on many answers, always on 429). */
export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  /** ISO 8601 timestamp or as sent. */
  reset?: string;
  nearLimit?: boolean;
  reason?: string;
  /** Data Center's token bucket headers. */
  intervalSeconds?: number;
  fillRate?: number;
}

export interface HttpStats {
  requests: number;
  retries: number;
  retryBudgetLeft: number;
}

export type { HeaderReader };

export interface JsonResponse {
  status: number;
  /** Parsed JSON body; undefined for an empty body (204). */
  body: unknown;
  headers: HeaderReader;
}

/**
 * A read whose answer is a large list: the elements of `field` (a top-level array) go to a receiver as
 * they arrive instead of into the body, where each stands as `{}`. A fresh receiver per attempt: a failed
 * attempt's elements go with it.
 */
export interface ElementSplit {
  readonly field: string;
  open(): ElementReceiver;
}

/** The most of an error answer read: enough to quote it. */
const ERROR_BODY_BYTES = 1024 * 1024;

/** Failures after which Jira (or something at its address) did answer, though not with JSON. */
const ANSWERED: readonly FailureKind[] = [
  'html',
  'invalid-json',
  'unexpected-shape',
  'redirect',
  'too-large',
];

/**
 * Answers to `/rest/api/2/serverInfo` after which `/rest/api/3/serverInfo` is asked: not found there, or
 * not JSON (a page, a cut or odd body).
 */
const SERVER_INFO_ELSEWHERE: readonly FailureKind[] = ['html', 'invalid-json', 'unexpected-shape'];

/** A call that timed out is sent once more at most: a site that does not answer should fail fast. */
const TIMEOUT_ATTEMPTS = 2;

const DEFAULTS = {
  concurrency: DEFAULT_CONCURRENCY,
  requestTimeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  runDeadlineMs: 15 * 60_000,
  maxAttempts: 5,
  budget: 50,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = (): void => {
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    if (signal?.aborted === true) {
      aborted();
      return;
    }
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    // One listener on the run's signal however many requests wait to retry (see util/abort.ts).
    const stop =
      signal === undefined
        ? () => undefined
        : onAbort(signal, () => {
            clearTimeout(timer);
            aborted();
          });
  });
}

/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent
 * or unparseable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Capped exponential backoff with "full jitter" between half and all of the capped delay. */
export function backoffDelay(attempt: number, retry: Required<RetryOptions>, random: number): number {
  const exponential = retry.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(retry.maxDelayMs, exponential);
  return Math.round(capped / 2 + (capped / 2) * random);
}

export function readRateLimit(headers: HeaderReader): RateLimitInfo | undefined {
  const info: RateLimitInfo = {};
  const number = (name: string): number | undefined => {
    const raw = headers.get(name);
    if (raw === null || raw.trim() === '' || !Number.isFinite(Number(raw))) return undefined;
    return Number(raw);
  };
  const limit = number('x-ratelimit-limit');
  const remaining = number('x-ratelimit-remaining');
  const interval = number('x-ratelimit-interval-seconds');
  const fillRate = number('x-ratelimit-fillrate');
  const reset = headers.get('x-ratelimit-reset');
  const near = headers.get('x-ratelimit-nearlimit');
  const reason = headers.get('ratelimit-reason');
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (interval !== undefined) info.intervalSeconds = interval;
  if (fillRate !== undefined) info.fillRate = fillRate;
  if (reset !== null && reset !== '') info.reset = reset;
  if (near !== null) info.nearLimit = near.trim().toLowerCase() === 'true';
  if (reason !== null && reason !== '') info.reason = reason;
  return Object.keys(info).length === 0 ? undefined : info;
}

/**
 * The code of a socket error, bare or wrapped (an AbortError carries its reason as `cause`), and the
 * system call (`connect`, `write`, ...) of the same error: the first in the chain that has a code.
 */
function socketError(error: unknown): { code?: string; syscall?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') {
      const syscall =
        'syscall' in current && typeof current.syscall === 'string' ? current.syscall : undefined;
      return { code: current.code, ...(syscall === undefined ? {} : { syscall }) };
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return {};
}

function errorCode(error: unknown): string | undefined {
  return socketError(error).code;
}

function errorDetail(error: unknown): string | undefined {
  let current: unknown = error;
  let last: string | undefined;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    last = current.message;
    current = current.cause;
  }
  return last;
}

/** An error's own message, read without instanceof (an error from Node's internals may be of another realm). */
function messageOf(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
    ? error.message
    : '';
}

/** Codes connect(2) gives when the connection was never made (ECONNREFUSED has a kind of its own). */
const CONNECT_FAILURE_CODES = new Set([
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'ETIMEDOUT',
  'EADDRNOTAVAIL',
]);

/** The status a proxy answered a CONNECT with (transport.ts, ProxyRefused). */
function proxyStatus(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

const TLS_CODE =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|ERR_OSSL)/;

/** What a thrown transport error means, and whether anything may have reached Jira. */
export function classifyNetworkError(error: unknown): {
  kind: FailureKind;
  code?: string;
  /** True when the request cannot have reached Jira. */
  nothingSent: boolean;
  /** True when retrying a read can help. */
  transient: boolean;
} {
  const { code, syscall } = socketError(error);
  const withCode = code !== undefined ? { code } : {};
  if (code === 'ENOTFOUND') return { kind: 'dns', ...withCode, nothingSent: true, transient: false };
  if (code === 'EAI_AGAIN') return { kind: 'dns', ...withCode, nothingSent: true, transient: true };
  if (code === 'ECONNREFUSED') return { kind: 'refused', ...withCode, nothingSent: true, transient: true };
  // The proxy would not carry the request (transport.ts, ProxyRefused): credentials do not come back by
  // themselves, nor does a policy's refusal (403 and other 4xx answers to the CONNECT); a proxy that
  // cannot reach Jira (502, 503, 504), is rushed (408, 429) or closed the connection may carry it later.
  if (code === 'ERR_PROXY_AUTH') return { kind: 'network', ...withCode, nothingSent: true, transient: false };
  if (code === 'ERR_PROXY_TUNNEL') {
    const status = proxyStatus(error);
    const lasting = status !== undefined && status < 500 && status !== 408 && status !== 429;
    return { kind: 'network', ...withCode, nothingSent: true, transient: !lasting };
  }
  // connect(2) found no route to Jira, or no answer to its SYN: no byte of the request left.
  if (code !== undefined && CONNECT_FAILURE_CODES.has(code) && syscall === 'connect') {
    return { kind: 'network', ...withCode, nothingSent: true, transient: true };
  }
  // Node refused the request as given (a header value it cannot carry): thrown before a connection is
  // asked for, and the same request would be refused again.
  if (code !== undefined && REFUSED_REQUEST_CODES.has(code)) {
    return { kind: 'network', ...withCode, nothingSent: true, transient: false };
  }
  const detail = errorDetail(error) ?? '';
  // The connection dropped during the TLS handshake (a balancer or proxy under load): no request went
  // out, and it is no certificate problem, so a write may be sent again as a read is.
  if (code === 'ECONNRESET' && /before secure TLS connection was established/i.test(messageOf(error))) {
    return { kind: 'network', ...withCode, nothingSent: true, transient: true };
  }
  if (code !== undefined && TLS_CODE.test(code)) {
    return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
  }
  if (/certificate|ssl|tls/i.test(detail))
    return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
  return { kind: 'network', ...withCode, nothingSent: false, transient: true };
}

/** Jira's error text from an ErrorCollection, or the gateway's `{code, message}`. */
export function jiraErrorText(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const parts: string[] = [];
  if ('errorMessages' in body && Array.isArray(body.errorMessages)) {
    for (const message of body.errorMessages) if (typeof message === 'string') parts.push(message);
  }
  if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
    for (const [field, message] of Object.entries(body.errors)) {
      if (typeof message === 'string') parts.push(`${field}: ${message}`);
    }
  }
  if (parts.length === 0 && 'message' in body && typeof body.message === 'string') parts.push(body.message);
  return parts.length === 0 ? undefined : parts.join('; ');
}

/**
 * A printable excerpt of Jira's text: redacted whole first, then cut, so a secret at the edge of the cut
 * cannot survive as a fragment. Undefined when nothing is left.
 */
export function excerpt(text: string, limit: number): string | undefined {
  const clean = redact(text).trim();
  if (clean === '') return undefined;
  return clean.length <= limit ? clean : `${clean.slice(0, limit)}…`;
}

function isScopeMismatch(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string' &&
    /scope does not match/i.test(body.message)
  );
}

function htmlType(contentType: string | null): boolean {
  return contentType !== null && /text\/html|application\/xhtml/i.test(contentType);
}

function looksLikeHtml(contentType: string | null, text: string): boolean {
  if (htmlType(contentType)) return true;
  return /^\s*<(!doctype html|html|head|body)\b/i.test(text);
}

export function buildQuery(query: Query | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

interface AttemptFailure {
  retryable: boolean;
  retryAfterMs?: number;
  /** Jira asked to slow down (429, or a Retry-After). */
  throttled?: boolean;
  error: JiraError;
}

export class JiraHttp {
  readonly readOnly: boolean;
  private readonly connection: Connection;
  /** Settled once: from the connection, or from serverInfo before the first call. */
  private settled: DeploymentInfo | undefined;
  private settling: Promise<DeploymentInfo> | undefined;
  private serverInfoRead: Promise<ServerInfo> | undefined;
  /** The most recent rate-limit headers seen. */
  rateLimit: RateLimitInfo | undefined;
  private readonly baseUrl: string;
  private readonly authorization: string;
  private context: DiagnosticContext;
  private readonly limiter: AdaptiveLimiter;
  private readonly transport: Send;
  private readonly requestTimeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly deadline: number;
  private readonly retry: Required<RetryOptions>;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly signal: AbortSignal | undefined;
  private readonly onAttempt: ((event: AttemptEvent) => void) | undefined;
  private requests = 0;
  private retries = 0;
  private budgetLeft: number;

  constructor(connection: Connection, options: HttpOptions) {
    this.readOnly = options.readOnly;
    this.connection = connection;
    this.settled = knownDeployment(connection);
    this.baseUrl = connection.baseUrl.replace(/\/+$/, '');
    this.authorization = authorizationHeader(connection.auth);
    this.context = diagnosticContext(connection);
    // What the user set in the environment wins over a command's own defaults.
    const transport = connection.transport ?? {};
    this.limiter = new AdaptiveLimiter(
      transport.maxConcurrency ?? options.concurrency ?? DEFAULTS.concurrency,
    );
    this.transport = proxiedSend(transport.proxy);
    this.requestTimeoutMs =
      transport.requestTimeoutMs ?? options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
    this.maxResponseBytes =
      transport.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.now = options.now ?? Date.now;
    this.deadline = this.now() + (options.runDeadlineMs ?? DEFAULTS.runDeadlineMs);
    this.retry = {
      maxAttempts: options.retry?.maxAttempts ?? DEFAULTS.maxAttempts,
      budget: options.retry?.budget ?? DEFAULTS.budget,
      baseDelayMs: options.retry?.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.retry?.maxDelayMs ?? DEFAULTS.maxDelayMs,
    };
    this.budgetLeft = this.retry.budget;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.signal = options.signal;
    this.onAttempt = options.onAttempt;
  }

  get stats(): HttpStats {
    return { requests: this.requests, retries: this.retries, retryBudgetLeft: this.budgetLeft };
  }

  /** Requests allowed in flight now, and the most allowed. */
  get concurrency(): { now: number; max: number } {
    return { now: this.limiter.limit, max: this.limiter.max };
  }

  /** The per-request timeout in use. */
  get timeoutMs(): number {
    return this.requestTimeoutMs;
  }

  /** The REST version in use (a guess until the deployment is settled). */
  get apiVersion(): ApiVersion {
    return this.settled?.apiVersion ?? this.connection.apiVersion;
  }

  /** Cloud or Data Center (a guess until the deployment is settled). */
  get deployment(): Deployment {
    return this.settled?.deployment ?? this.connection.deployment;
  }

  /**
   * Cloud or Data Center, and the REST version: settled from the connection when it can be, otherwise
   * from serverInfo, once per client (every call waits for it). A serverInfo that answers with an error
   * leaves the connection's guess (`source: 'assumed'`, with why); a network failure is thrown.
   */
  deploymentInfo(): Promise<DeploymentInfo> {
    if (this.settled !== undefined) return Promise.resolve(this.settled);
    this.settling ??= this.detectDeployment().catch((error: unknown) => {
      this.settling = undefined;
      throw error;
    });
    return this.settling;
  }

  private async detectDeployment(): Promise<DeploymentInfo> {
    let info: DeploymentInfo;
    try {
      const server = await this.serverInfo();
      info =
        fromServerInfo(this.connection, server) ??
        assumedDeployment(this.connection, 'serverInfo did not say its deploymentType');
    } catch (error) {
      // Jira answered, but not with serverInfo: the calls themselves will say what is wrong.
      if (!(error instanceof JiraError) || (error.status === undefined && !ANSWERED.includes(error.kind)))
        throw error;
      info = assumedDeployment(this.connection, `${error.call}: ${error.summary}`);
    }
    this.settled = info;
    // The advice in messages depends on the deployment (personal access tokens, the gateway).
    this.context = { ...this.context, deployment: info.deployment };
    return info;
  }

  /** What messages know about the connection (the settled deployment once known). */
  get diagnostics(): DiagnosticContext {
    return this.context;
  }

  /**
   * `GET /rest/api/2/serverInfo` (served by Cloud and Data Center alike), read once. Jira documents it as
   * anonymous: when the credential is refused (401/403) it is asked again without it, so the deployment
   * is known even then (the credential check says what is wrong with the credential).
   */
  serverInfo(): Promise<ServerInfo> {
    this.serverInfoRead ??= this.readServerInfo().catch((error: unknown) => {
      this.serverInfoRead = undefined;
      throw error;
    });
    return this.serverInfoRead;
  }

  private async readServerInfo(): Promise<ServerInfo> {
    try {
      return await this.readServerInfoAt('2');
    } catch (error) {
      // Cloud's REST 3 reference documents only `/rest/api/3/serverInfo`: a Jira that does not answer
      // REST 2's (a 404, or not JSON) is asked there. Only Cloud serves REST 3, and its answer's
      // deploymentType "is always returned as Cloud", so an answer there is Cloud even when it leaves the
      // field out. When REST 3 does not answer either, REST 2's failure is the one reported.
      const elsewhere =
        error instanceof JiraError && (error.status === 404 || SERVER_INFO_ELSEWHERE.includes(error.kind));
      if (!elsewhere) throw error;
      try {
        const info = await this.readServerInfoAt('3');
        return { ...info, deploymentType: info.deploymentType ?? 'Cloud' };
      } catch {
        throw error;
      }
    }
  }

  private async readServerInfoAt(version: ApiVersion): Promise<ServerInfo> {
    const relative = `/rest/api/${version}/serverInfo`;
    const shownPath = `${this.basePath}${relative}`;
    let response: JsonResponse;
    try {
      response = await this.send('GET', relative, shownPath, undefined, false);
    } catch (error) {
      if (!(error instanceof JiraError) || (error.status !== 401 && error.status !== 403)) throw error;
      try {
        response = await this.send('GET', relative, shownPath, undefined, true);
      } catch {
        throw error;
      }
    }
    const info = parseServerInfo(response.body);
    if (info === undefined) {
      throw new JiraError(
        diagnoseNetwork(
          {
            method: 'GET',
            path: shownPath,
            kind: 'unexpected-shape',
            outcome: 'rejected',
            detail: 'expected server information',
          },
          this.context,
        ),
      );
    }
    return info;
  }

  /** `/rest/api/3` + path. */
  apiPath(path: string): string {
    return `/rest/api/${this.apiVersion}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** The path part of the base URL (the gateway's /ex/jira/<cloudId>, a Data Center context path). */
  private get basePath(): string {
    return new URL(this.baseUrl).pathname.replace(/\/+$/, '');
  }

  async get(path: string, query?: Query): Promise<JsonResponse> {
    return this.request('GET', path, query);
  }

  /**
   * A read whose list `field` is handed over element by element (see ElementSplit); resolves with the
   * rest of the answer and the receiver of the attempt that succeeded.
   */
  async getElements<R extends ElementReceiver>(
    path: string,
    query: Query | undefined,
    field: string,
    open: () => R,
  ): Promise<{ response: JsonResponse; receiver: R }> {
    let receiver: R | undefined;
    const response = await this.request('GET', path, query, undefined, {
      field,
      open: () => (receiver = open()),
    });
    return { response, receiver: receiver ?? open() };
  }

  /**
   * A read below the site rather than below /rest/api/N: `sitePath` starts with `/rest/` (Data Center's
   * audit log is `/rest/auditing/1.0/events`). Retried, capped and diagnosed like every other read.
   */
  async getBelowSite(sitePath: string, query?: Query): Promise<JsonResponse> {
    if (!sitePath.startsWith('/rest/')) throw new Error(`not a REST path below the site: ${sitePath}`);
    const relative = `${sitePath}${buildQuery(query)}`;
    return this.send('GET', relative, `${this.basePath}${relative}`, undefined, false);
  }

  /**
   * Sends one call. `path` is relative to /rest/api/N (e.g. `/permissionscheme`). Reads are retried
   * after 429, 5xx, timeouts and dropped connections. A write is sent again only when Jira cannot have
   * processed it (429, or nothing reached Jira); after a 5xx, a timeout or a dropped connection its
   * outcome is `unknown` and the caller re-reads before deciding (the executor's idempotent step).
   */
  async request(
    method: HttpMethod,
    path: string,
    query?: Query,
    body?: unknown,
    split?: ElementSplit,
  ): Promise<JsonResponse> {
    if (this.settled === undefined) await this.deploymentInfo();
    const relative = `${this.apiPath(path)}${buildQuery(query)}`;
    const shownPath = `${this.basePath}${relative}`;
    if (method !== 'GET' && this.readOnly) {
      throw new JiraError(
        diagnoseNetwork({ method, path: shownPath, kind: 'read-only', outcome: 'not-sent' }, this.context),
      );
    }
    return this.send(method, relative, shownPath, body, false, split);
  }

  private async send(
    method: HttpMethod,
    relative: string,
    shownPath: string,
    body: unknown,
    anonymous: boolean,
    split?: ElementSplit,
  ): Promise<JsonResponse> {
    const isRead = method === 'GET';
    const url = `${this.baseUrl}${relative}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      const remaining = this.deadline - this.now();
      if (remaining <= 0) {
        throw new JiraError(
          diagnoseNetwork(
            { method, path: shownPath, kind: 'deadline', outcome: 'not-sent', attempts: attempt - 1 },
            this.context,
          ),
        );
      }
      if (this.signal?.aborted === true) {
        throw new JiraError(
          diagnoseNetwork({ method, path: shownPath, kind: 'aborted', outcome: 'not-sent' }, this.context),
        );
      }
      // A slot per attempt: a call waiting out a Retry-After holds none.
      const slot = await this.limiter.acquire();
      let result: JsonResponse | AttemptFailure;
      try {
        result = await this.attempt(
          method,
          url,
          shownPath,
          payload,
          attempt,
          Math.min(this.requestTimeoutMs, remaining),
          isRead,
          anonymous,
          split,
        );
      } finally {
        slot.release();
      }
      const throttled = 'error' in result ? result.throttled === true : result.headers.has('retry-after');
      if (throttled) this.limiter.throttled(slot.epoch);
      else this.limiter.succeeded();
      if (!('error' in result)) {
        this.onAttempt?.({
          method,
          path: shownPath,
          attempt,
          status: result.status,
          concurrency: this.limiter.limit,
        });
        return result;
      }
      const failure = result;
      const maxAttempts =
        failure.error.kind === 'timeout'
          ? Math.min(TIMEOUT_ATTEMPTS, this.retry.maxAttempts)
          : this.retry.maxAttempts;
      const canRetry = failure.retryable && attempt < maxAttempts && this.budgetLeft > 0;
      if (!canRetry) {
        this.onAttempt?.({
          method,
          path: shownPath,
          attempt,
          error: failure.error.kind,
          ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
        });
        if (failure.retryable && failure.error.status === 429) {
          throw this.rateLimitExhausted(method, shownPath, attempt, failure.error);
        }
        throw failure.error;
      }
      const delay = Math.max(failure.retryAfterMs ?? 0, backoffDelay(attempt, this.retry, this.random()));
      if (this.now() + delay >= this.deadline) {
        this.onAttempt?.({ method, path: shownPath, attempt, error: failure.error.kind });
        throw new JiraError(
          diagnoseNetwork(
            {
              method,
              path: shownPath,
              kind: failure.error.status === 429 ? 'rate-limited' : 'deadline',
              outcome: failure.error.outcome,
              attempts: attempt,
              detail: `Jira asked to wait ${String(Math.ceil(delay / 1000))} s, past the run deadline`,
            },
            this.context,
          ),
        );
      }
      this.onAttempt?.({
        method,
        path: shownPath,
        attempt,
        error: failure.error.kind,
        retryInMs: delay,
        ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
      });
      this.budgetLeft--;
      this.retries++;
      try {
        await this.sleep(delay, this.signal);
      } catch {
        throw new JiraError(
          diagnoseNetwork(
            { method, path: shownPath, kind: 'aborted', outcome: failure.error.outcome },
            this.context,
          ),
        );
      }
    }
  }

  private rateLimitExhausted(
    method: HttpMethod,
    shownPath: string,
    attempts: number,
    last: JiraError,
  ): JiraError {
    return new JiraError({
      ...diagnoseHttp({ method, path: shownPath, status: 429, outcome: 'rejected', attempts }, this.context),
      ...(last.jiraMessage !== undefined ? { jiraMessage: last.jiraMessage } : {}),
      summary:
        `429 Too Many Requests: Jira's rate limit was hit and the retries allowed (${String(this.retry.maxAttempts)} attempts per call, ` +
        `${String(this.retry.budget)} retries per run; ${String(this.budgetLeft)} left) are used up.`,
    });
  }

  private async attempt(
    method: HttpMethod,
    url: string,
    shownPath: string,
    payload: string | undefined,
    attempt: number,
    timeoutMs: number,
    isRead: boolean,
    anonymous: boolean,
    split: ElementSplit | undefined,
  ): Promise<JsonResponse | AttemptFailure> {
    // One signal per attempt, aborted by its own timer or by the run's signal, both ended with the
    // attempt. AbortSignal.timeout and AbortSignal.any made two signals a request (costly to create on
    // Node 20), and the timeout's timer kept both alive until it fired, long after the answer: thousands
    // at once in a plan at scale.
    const controller = new AbortController();
    const deadline = { passed: false };
    const timer = setTimeout(() => {
      deadline.passed = true;
      controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, timeoutMs);
    timer.unref();
    const run = this.signal;
    const endWait =
      run === undefined
        ? undefined
        : onAbort(run, () => {
            controller.abort(run.reason as unknown);
          });
    try {
      return await this.exchange(
        { method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split },
        controller.signal,
        deadline,
      );
    } finally {
      clearTimeout(timer);
      endWait?.();
    }
  }

  private async exchange(
    call: {
      method: HttpMethod;
      url: string;
      shownPath: string;
      payload: string | undefined;
      attempt: number;
      timeoutMs: number;
      isRead: boolean;
      anonymous: boolean;
      split: ElementSplit | undefined;
    },
    signal: AbortSignal,
    deadline: { readonly passed: boolean },
  ): Promise<JsonResponse | AttemptFailure> {
    const { method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split } = call;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      // Atlassian's XSRF check refuses browser-like writes without it.
      'X-Atlassian-Token': 'no-check',
    };
    if (!anonymous) headers.Authorization = this.authorization;
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    this.requests++;
    let response: TransportResponse;
    try {
      // A redirect is reported, never followed (the transport follows none): following it could carry
      // the credential elsewhere.
      response = await this.transport(url, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
        signal,
      });
    } catch (error) {
      return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, deadline.passed, isRead);
    }
    const rateLimit = readRateLimit(response.headers);
    if (rateLimit !== undefined) this.rateLimit = rateLimit;

    const contentType = response.headers.get('content-type');
    const status = response.status;
    const success = status >= 200 && status < 300;
    // A list answer is split as it arrives, unless it says it is a page (then it is read whole and
    // reported as one, below).
    const splitter =
      success && split !== undefined && !htmlType(contentType)
        ? new ElementSplitter(split.field, split.open())
        : undefined;
    let text: string;
    try {
      // An error answer is only quoted: a short prefix of it is enough.
      text = await readCappedText(
        response,
        success ? this.maxResponseBytes : Math.min(this.maxResponseBytes, ERROR_BODY_BYTES),
        splitter,
      );
    } catch (error) {
      if (!(error instanceof ResponseTooLarge)) {
        return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, deadline.passed, isRead);
      }
      if (success) return this.tooLarge(error, method, shownPath, attempt, isRead);
      text = '';
    }

    if (success) {
      if (text.trim() === '') return { status, body: undefined, headers: response.headers };
      if (looksLikeHtml(contentType, text)) {
        return {
          retryable: false,
          error: new JiraError(
            diagnoseNetwork(
              {
                method,
                path: shownPath,
                kind: 'html',
                outcome: isRead ? 'rejected' : 'unknown',
                attempts: attempt,
                ...(contentType !== null ? { contentType } : {}),
              },
              this.context,
            ),
          ),
        };
      }
      try {
        if (splitter?.failure !== undefined) throw splitter.failure;
        return { status, body: JSON.parse(text) as unknown, headers: response.headers };
      } catch (error) {
        return {
          retryable: isRead,
          error: new JiraError(
            diagnoseNetwork(
              {
                method,
                path: shownPath,
                kind: 'invalid-json',
                outcome: 'unknown',
                attempts: attempt,
                detail: `${String(splitter?.bytes ?? text.length)} bytes; ${error instanceof Error ? error.message : 'parse error'}`,
              },
              this.context,
            ),
          ),
        };
      }
    }

    if (status >= 300 && status < 400) {
      const location = response.headers.get('location');
      return {
        retryable: false,
        error: new JiraError({
          ...diagnoseNetwork(
            {
              method,
              path: shownPath,
              kind: 'redirect',
              outcome: 'rejected',
              attempts: attempt,
              ...(location !== null ? { location: redact(location) } : {}),
            },
            this.context,
          ),
          status,
        }),
      };
    }

    let parsed: unknown;
    try {
      parsed = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const html = parsed === undefined && looksLikeHtml(contentType, text);
    const said = jiraErrorText(parsed) ?? (html ? undefined : text);
    const jiraMessage = said === undefined ? undefined : excerpt(said, parsed === undefined ? 300 : 2000);
    // 5xx: Jira may have done part or all of it; 4xx: it did not.
    const outcome: CallOutcome = status >= 500 ? 'unknown' : 'rejected';
    const error = new JiraError({
      ...diagnoseHttp(
        {
          method,
          path: shownPath,
          status,
          outcome,
          attempts: attempt,
          ...(jiraMessage !== undefined ? { jiraMessage } : {}),
          ...(isScopeMismatch(parsed) ? { scopeMismatch: true } : {}),
        },
        this.context,
      ),
      ...(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { jsonBody: true } : {}),
    });
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const withRetryAfter = retryAfterMs !== undefined ? { retryAfterMs } : {};
    const throttled = status === 429 || response.headers.has('retry-after');
    if (status === 429) return { retryable: true, throttled, error, ...withRetryAfter };
    if (status >= 500 && isRead) return { retryable: true, throttled, error, ...withRetryAfter };
    return { retryable: false, throttled, error };
  }

  private tooLarge(
    error: ResponseTooLarge,
    method: HttpMethod,
    shownPath: string,
    attempt: number,
    isRead: boolean,
  ): AttemptFailure {
    const announced = error.announced !== undefined ? `Content-Length ${megabytes(error.announced)}, ` : '';
    return {
      retryable: false,
      error: new JiraError(
        diagnoseNetwork(
          {
            method,
            path: shownPath,
            kind: 'too-large',
            // A write's answer is only read after Jira did the write.
            outcome: isRead ? 'rejected' : 'unknown',
            attempts: attempt,
            detail: `${announced}more than the ${megabytes(error.limit)} limit`,
          },
          this.context,
        ),
      ),
    };
  }

  private thrownFailure(
    error: unknown,
    method: HttpMethod,
    shownPath: string,
    attempt: number,
    timeoutMs: number,
    timedOut: boolean,
    isRead: boolean,
  ): AttemptFailure {
    // Ended before its connection was made (transport.ts, NotConnected): nothing reached Jira.
    const unsent = errorCode(error) === 'ERR_NOT_CONNECTED';
    if (this.signal?.aborted === true) {
      return {
        retryable: false,
        error: new JiraError(
          diagnoseNetwork(
            { method, path: shownPath, kind: 'aborted', outcome: unsent ? 'not-sent' : 'unknown' },
            this.context,
          ),
        ),
      };
    }
    if (timedOut) {
      return {
        retryable: isRead || unsent,
        error: new JiraError(
          diagnoseNetwork(
            {
              method,
              path: shownPath,
              kind: 'timeout',
              outcome: unsent ? 'not-sent' : 'unknown',
              attempts: attempt,
              timeoutMs,
            },
            this.context,
          ),
        ),
      };
    }
    const classified = classifyNetworkError(error);
    const detail = errorDetail(error);
    const outcome: CallOutcome = classified.nothingSent ? 'not-sent' : 'unknown';
    return {
      // Writes are retried only when nothing can have reached Jira.
      retryable: classified.transient && (isRead || classified.nothingSent),
      error: new JiraError({
        ...diagnoseNetwork(
          {
            method,
            path: shownPath,
            kind: classified.kind,
            outcome,
            attempts: attempt,
            ...(classified.code !== undefined ? { code: classified.code } : {}),
            ...(detail !== undefined ? { detail } : {}),
          },
          this.context,
        ),
        cause: error,
      }),
    };
  }
}
