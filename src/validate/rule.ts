import type { Severity } from '../model/finding.js';
import type { SourceLocation } from '../model/location.js';
import type { SchemeSpec } from '../model/spec.js';

/** What a rule is, for `rules:` in the settings file, the README table and SARIF's rule list. */
export interface RuleMeta {
  id: string;
  /** One line: what the rule reports. */
  description: string;
  defaultSeverity: Severity;
  /** How to fix what it reports. */
  docs: string;
}

/** One problem a rule found. */
export interface RuleReport {
  location: SourceLocation;
  message: string;
  /** Overrides the rule's docs hint for this report. */
  hint?: string;
}

/**
 * A lint rule, ESLint-shaped: metadata plus a pure check over one scheme. Severity is configuration
 * (the settings file's `rules:`), never code.
 */
export interface Rule {
  meta: RuleMeta;
  check(scheme: SchemeSpec): RuleReport[];
}
