import type { SourceLocation } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The one shape every check reports (schema errors, lint rules, resolver misses, guardrails), so that
 * every output (text, JSON, SARIF, annotations, job summary) is a formatter over the same data.
 */
export interface Finding extends SourceLocation {
  severity: Severity;
  /** Rule id, e.g. `no-anonymous-access`, `schema`, `yaml`, `unresolved-group` (see model/rules.ts). */
  ruleId: string;
  /** Which of the rule's messages this is (e.g. `unknown-permission` of `schema`): what code matches on. */
  messageId?: string;
  /** What is wrong, in words a person acts on. */
  message: string;
  /** How to fix it, when there is something more to say than the message. */
  hint?: string;
  /**
   * Set by `plan` (and so apply) on a lint error about a grant or scheme that Jira already has and the
   * plan leaves exactly as it is: the rule still says error (and `validate`, which judges files alone,
   * reports it so), but the plan only carries the live state along, so it is reported at `warning`
   * and does not block (see `src/plan/already-live.ts`).
   */
  alreadyLive?: true;
}
