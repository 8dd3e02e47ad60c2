import type { RuleMeta } from '../model/rules.js';
import type { SourceLocation } from '../model/location.js';
import type { SchemeSpec } from '../model/spec.js';

export type { RuleMeta };

/** One problem a rule found. */
export interface RuleReport {
  location: SourceLocation;
  message: string;
  /** Which of the rule's registered messages (default: its first). */
  messageId?: string;
  /** Overrides the rule's docs hint for this report. */
  hint?: string;
  /**
   * What the report is about beyond its place (e.g. a permission key). Notes with the same subject in
   * several files are said once per run.
   */
  subject?: string;
}

/** What a rule may know besides the scheme. */
export interface LintContext {
  /** The live site's permission keys (its catalogue), when known: what the site offers. */
  sitePermissions?: ReadonlySet<string>;
  /** Schemes read from files that failed the schema: whole-scheme rules skip them. */
  partial?: ReadonlySet<SchemeSpec>;
}

/**
 * A lint rule, ESLint-shaped: its registration (model/rules.ts) plus a pure check over one scheme.
 * Severity is configuration (the settings file's `rules:`), never code.
 */
export interface Rule {
  meta: RuleMeta;
  /**
   * The rule judges the scheme as a whole (what it lacks), so it runs only on files that passed the
   * schema: on the readable part of a broken file it would report what is merely unreadable.
   */
  wholeScheme?: boolean;
  check(scheme: SchemeSpec, context?: LintContext): RuleReport[];
}
