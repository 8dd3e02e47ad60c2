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
}
