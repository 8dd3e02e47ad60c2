import type { CallOutcome } from './api.js';
import { redact } from './secrets.js';

/**
 * What went wrong with a call, as a category the diagnostics can explain. Each has its own message and
 * fixes (see diagnostics.ts).
 */
export type FailureKind =
  | 'http' // Jira answered with an error status
  | 'read-only' // a write was attempted through a read-only client: refused locally
  | 'timeout' // one request took longer than the per-request timeout
  | 'deadline' // the run's deadline passed
  | 'aborted' // the run was cancelled (Ctrl-C, job cancelled)
  | 'dns' // the host name does not resolve
  | 'tls' // the TLS handshake failed (certificate, protocol)
  | 'refused' // nothing listens on that host and port
  | 'network' // the connection dropped or reset
  | 'html' // an HTML page (login page, proxy page) instead of JSON
  | 'invalid-json' // the body is not valid JSON (cut off, or not JSON)
  | 'unexpected-shape' // valid JSON, but not what Jira documents for the call
  | 'redirect' // Jira answered with a redirect (often to a login page)
  | 'rate-limited' // 429 and the retry budget is used up, or Jira asks to wait beyond the deadline
  | 'incomplete' // pagination did not return everything it announced
  | 'too-large'; // the answer is larger than the response size limit

export interface JiraErrorDetails {
  kind: FailureKind;
  outcome: CallOutcome;
  /** Method and path (with query), e.g. `GET /rest/api/3/permissionscheme?expand=all`. */
  call: string;
  status?: number;
  /** One line: what happened. */
  summary: string;
  /** What the call needs (access category, global permission, OAuth scopes). */
  needs?: string;
  /** Likely fixes, most likely first. */
  fixes: string[];
  /** Jira's own error text, when it gave one. */
  jiraMessage?: string;
  /** How many attempts were made. */
  attempts?: number;
  /**
   * True when an error status came with a JSON object body (Jira's own `{errorMessages, errors}` shape),
   * not an HTML page or plain text: Jira itself answered, not a proxy or a wrong address.
   */
  jsonBody?: boolean;
  cause?: unknown;
}

/**
 * Every failure of the Jira client. The message names the call, what it needs and the likely fixes; it
 * is redacted (registered secrets never appear), so it can be printed as is.
 */
export class JiraError extends Error {
  override name = 'JiraError';
  readonly kind: FailureKind;
  readonly outcome: CallOutcome;
  readonly call: string;
  readonly status?: number;
  readonly summary: string;
  readonly needs?: string;
  readonly fixes: readonly string[];
  readonly jiraMessage?: string;
  readonly attempts?: number;
  readonly jsonBody?: boolean;

  constructor(details: JiraErrorDetails) {
    super(formatJiraError(details), details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.outcome = details.outcome;
    this.call = details.call;
    if (details.status !== undefined) this.status = details.status;
    this.summary = redact(details.summary);
    if (details.needs !== undefined) this.needs = details.needs;
    this.fixes = details.fixes.map(redact);
    if (details.jiraMessage !== undefined) this.jiraMessage = redact(details.jiraMessage);
    if (details.attempts !== undefined) this.attempts = details.attempts;
    if (details.jsonBody !== undefined) this.jsonBody = details.jsonBody;
  }
}

export function formatJiraError(details: JiraErrorDetails): string {
  const lines = [`${details.call}: ${details.summary}`];
  if (details.jiraMessage !== undefined && details.jiraMessage !== '') {
    lines.push(`  Jira said: ${details.jiraMessage}`);
  }
  if (details.needs !== undefined) lines.push(`  Needs: ${details.needs}`);
  if (details.fixes.length > 0) {
    lines.push('  Likely fixes:');
    for (const fix of details.fixes) lines.push(`  - ${fix}`);
  }
  return redact(lines.join('\n'));
}

export function isJiraError(error: unknown): error is JiraError {
  return error instanceof JiraError;
}

/** A printable message for anything thrown, redacted. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return redact(error.message);
  return redact(String(error));
}
