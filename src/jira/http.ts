import type { CallOutcome } from './api.js';
import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge, megabytes, readCappedText } from './body.js';
import type { Connection } from './connection.js';
import { authorizationHeader } from './connection.js';
import type { DiagnosticContext } from './diagnostics.js';
import { diagnoseHttp, diagnoseNetwork, diagnosticContext } from './diagnostics.js';
import type { FailureKind } from './errors.js';
import { JiraError } from './errors.js';
import { redact } from './secrets.js';

/**
 * The one module that speaks HTTP to Jira (Node's global fetch). It owns authentication, the read-only
 * refusal, retries (Retry-After, capped exponential backoff with jitter, a retry budget per run),
 * per-request timeouts, the run deadline, bounded read concurrency, rate-limit headers and the
 * translation of every failure into a JiraError with diagnostics.
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
  /** Reads in flight at once (default 4). */
  concurrency?: number;
  /** Per request (default 30 s). */
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
  /** Largest answer read, in bytes (default 64 MB); a larger one fails the call. */
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

export interface JsonResponse {
  status: number;
  /** Parsed JSON body; undefined for an empty body (204). */
  body: unknown;
  headers: Headers;
}

/** The most of an error answer read: enough to quote it. */
const ERROR_BODY_BYTES = 1024 * 1024;

const DEFAULTS = {
  concurrency: 4,
  requestTimeoutMs: 30_000,
  runDeadlineMs: 15 * 60_000,
  maxAttempts: 5,
  budget: 50,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
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

export function readRateLimit(headers: Headers): RateLimitInfo | undefined {
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

/** A FIFO semaphore: bounds reads in flight. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.active--;
    };
  }
}

/** Node's fetch wraps socket errors: `TypeError('fetch failed', { cause: { code } })`. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current === 'object' && 'code' in current && typeof current.code === 'string') {
      return current.code;
    }
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return undefined;
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

const TLS_CODE =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|ERR_OSSL)/;

/** What a thrown fetch error means, and whether anything may have reached Jira. */
export function classifyNetworkError(error: unknown): {
  kind: FailureKind;
  code?: string;
  /** True when the request cannot have reached Jira. */
  nothingSent: boolean;
  /** True when retrying a read can help. */
  transient: boolean;
} {
  const code = errorCode(error);
  const withCode = code !== undefined ? { code } : {};
  if (code === 'ENOTFOUND') return { kind: 'dns', ...withCode, nothingSent: true, transient: false };
  if (code === 'EAI_AGAIN') return { kind: 'dns', ...withCode, nothingSent: true, transient: true };
  if (code === 'ECONNREFUSED') return { kind: 'refused', ...withCode, nothingSent: true, transient: true };
  if (code !== undefined && TLS_CODE.test(code)) {
    return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
  }
  const detail = errorDetail(error) ?? '';
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

function looksLikeHtml(contentType: string | null, text: string): boolean {
  if (contentType !== null && /text\/html|application\/xhtml/i.test(contentType)) return true;
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
  error: JiraError;
}

export class JiraHttp {
  readonly readOnly: boolean;
  readonly apiVersion: Connection['apiVersion'];
  /** The most recent rate-limit headers seen. */
  rateLimit: RateLimitInfo | undefined;
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly context: DiagnosticContext;
  private readonly semaphore: Semaphore;
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
    this.apiVersion = connection.apiVersion;
    this.baseUrl = connection.baseUrl.replace(/\/+$/, '');
    this.authorization = authorizationHeader(connection.auth);
    this.context = diagnosticContext(connection);
    this.semaphore = new Semaphore(Math.max(1, Math.floor(options.concurrency ?? DEFAULTS.concurrency)));
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
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
   * Sends one call. `path` is relative to /rest/api/N (e.g. `/permissionscheme`). Reads are retried;
   * writes are sent at most once, except after a 429 (Jira did not process it).
   */
  async request(method: HttpMethod, path: string, query?: Query, body?: unknown): Promise<JsonResponse> {
    const relative = `${this.apiPath(path)}${buildQuery(query)}`;
    const shownPath = `${this.basePath}${relative}`;
    if (method !== 'GET' && this.readOnly) {
      throw new JiraError(
        diagnoseNetwork({ method, path: shownPath, kind: 'read-only', outcome: 'not-sent' }, this.context),
      );
    }
    const release = method === 'GET' ? await this.semaphore.acquire() : undefined;
    try {
      return await this.send(method, relative, shownPath, body);
    } finally {
      release?.();
    }
  }

  private async send(
    method: HttpMethod,
    relative: string,
    shownPath: string,
    body: unknown,
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
      const result = await this.attempt(
        method,
        url,
        shownPath,
        payload,
        attempt,
        Math.min(this.requestTimeoutMs, remaining),
        isRead,
      );
      if (!('error' in result)) {
        this.onAttempt?.({ method, path: shownPath, attempt, status: result.status });
        return result;
      }
      const failure = result;
      const canRetry = failure.retryable && attempt < this.retry.maxAttempts && this.budgetLeft > 0;
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
  ): Promise<JsonResponse | AttemptFailure> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = this.signal === undefined ? timeout : AbortSignal.any([timeout, this.signal]);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: this.authorization,
      // Atlassian's XSRF check refuses browser-like writes without it.
      'X-Atlassian-Token': 'no-check',
    };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    this.requests++;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
        // A redirect is reported, never followed: following it could carry the credential elsewhere.
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, timeout, isRead);
    }
    const rateLimit = readRateLimit(response.headers);
    if (rateLimit !== undefined) this.rateLimit = rateLimit;

    const contentType = response.headers.get('content-type');
    const status = response.status;
    const success = status >= 200 && status < 300;
    let text: string;
    try {
      // An error answer is only quoted: a short prefix of it is enough.
      text = await readCappedText(
        response,
        success ? this.maxResponseBytes : Math.min(this.maxResponseBytes, ERROR_BODY_BYTES),
      );
    } catch (error) {
      if (!(error instanceof ResponseTooLarge)) {
        return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, timeout, isRead);
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
                detail: `${String(text.length)} bytes; ${error instanceof Error ? error.message : 'parse error'}`,
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
    const error = new JiraError(
      diagnoseHttp(
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
    );
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const withRetryAfter = retryAfterMs !== undefined ? { retryAfterMs } : {};
    if (status === 429) return { retryable: true, error, ...withRetryAfter };
    if (status >= 500 && isRead) return { retryable: true, error, ...withRetryAfter };
    return { retryable: false, error };
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
    timeout: AbortSignal,
    isRead: boolean,
  ): AttemptFailure {
    if (this.signal?.aborted === true) {
      return {
        retryable: false,
        error: new JiraError(
          diagnoseNetwork({ method, path: shownPath, kind: 'aborted', outcome: 'unknown' }, this.context),
        ),
      };
    }
    if (timeout.aborted) {
      return {
        retryable: isRead,
        error: new JiraError(
          diagnoseNetwork(
            {
              method,
              path: shownPath,
              kind: 'timeout',
              outcome: 'unknown',
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
