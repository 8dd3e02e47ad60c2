import type { Finding, Severity } from '../model/finding.js';
import { configuredSeverity } from '../model/rules.js';
import type { Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import type { LintContext, Rule, RuleReport } from './rule.js';
import { RULES } from './rules/index.js';

/** The severity a rule runs at under these settings, or undefined when it is off. */
export function ruleSeverity(rule: Rule, settings: Pick<Settings, 'rules'>): Severity | undefined {
  return configuredSeverity(rule.meta.id, rule.meta.defaultSeverity, settings.rules);
}

/** How many other files a grouped note names before it says "and N more". */
const NAMED_FILES = 3;

/**
 * Runs every enabled rule over every scheme. Whole-scheme rules skip the schemes in `context.partial`
 * (files that failed the schema). Notes (`info`) are said once per run: the same note about the same
 * subject in several files is one finding, at its first place, naming the other files.
 */
export function lintSchemes(
  schemes: readonly SchemeSpec[],
  settings: Pick<Settings, 'rules'>,
  rules: readonly Rule[] = RULES,
  context: LintContext = {},
): Finding[] {
  const linter = new SchemeLinter(settings, rules, context);
  for (const scheme of schemes) linter.add(scheme, context.partial?.has(scheme) === true);
  return linter.findings();
}

/** One enabled rule's run: its findings (warnings, errors) or its reports (notes, grouped at the end). */
interface RuleRun {
  rule: Rule;
  finding: (report: RuleReport, others: readonly string[]) => Finding;
  findings: Finding[];
  /** Notes only: grouped by subject as they come. */
  notes: NoteGroups | undefined;
}

/**
 * {@link lintSchemes} one scheme at a time, so that a loader can lint each file as soon as it is read
 * and keep none of its grants afterwards (every grant of 2,000 files kept to the end of a run was most
 * of the collector's work). Findings come out as lintSchemes gives them for the schemes in the order
 * they were added: rule by rule, each rule's in that order.
 */
export class SchemeLinter {
  readonly #runs: RuleRun[] = [];
  readonly #context: LintContext;

  constructor(settings: Pick<Settings, 'rules'>, rules: readonly Rule[] = RULES, context: LintContext = {}) {
    this.#context = context;
    for (const rule of rules) {
      const severity = ruleSeverity(rule, settings);
      if (severity === undefined) continue;
      this.#runs.push({
        rule,
        finding: findingMaker(rule, severity),
        findings: [],
        notes: severity === 'info' ? new NoteGroups() : undefined,
      });
    }
  }

  /** Runs every enabled rule over `scheme`; whole-scheme rules skip it when it is `partial`. */
  add(scheme: SchemeSpec, partial: boolean): void {
    for (const run of this.#runs) {
      if (partial && run.rule.wholeScheme === true) continue;
      const reports = run.rule.check(scheme, this.#context);
      if (run.notes === undefined) {
        // Straight to findings: a warning on every grant of 2,000 files is 50,000 of them.
        for (const report of reports) run.findings.push(run.finding(report, NO_OTHERS));
      } else {
        for (const report of reports) run.notes.add(scheme, report);
      }
    }
  }

  /** Every finding so far, rule by rule (notes grouped by subject). */
  findings(): Finding[] {
    const findings: Finding[] = [];
    for (const run of this.#runs) {
      if (run.notes === undefined) {
        for (const finding of run.findings) findings.push(finding);
      } else {
        for (const { report, others } of run.notes.groups) findings.push(run.finding(report, others));
      }
    }
    return findings;
  }
}

/** How a rule's report becomes a finding, at the severity the rule runs at. */
function findingMaker(
  rule: Rule,
  severity: Severity,
): (report: RuleReport, others: readonly string[]) => Finding {
  const ruleId = rule.meta.id;
  const messageId = rule.meta.messages[0]?.id ?? ruleId;
  return (report, others) => {
    const at = report.location;
    const message = others.length === 0 ? report.message : `${report.message} (${alsoIn(others)})`;
    const hint = report.hint ?? rule.meta.docs;
    const id = report.messageId ?? messageId;
    // Written out in one literal when the location is a whole range (always, for what the loader
    // reads): one allocation of one shape, where a spread followed by five more keys reshaped each of
    // tens of thousands of findings. Same keys, same order.
    if (at.endLine !== undefined && at.endColumn !== undefined) {
      return {
        file: at.file,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        severity,
        ruleId,
        messageId: id,
        message,
        hint,
      };
    }
    return { ...at, severity, ruleId, messageId: id, message, hint };
  };
}

const NO_OTHERS: readonly string[] = [];

/** One note as said: its first report, and the other files it was in, in order. */
interface NoteGroup {
  report: RuleReport;
  others: string[];
  /** The files already counted (the first report's among them). */
  named: Set<string>;
}

/**
 * Notes with a subject, one per subject (the first, in the order they come), with the other files each
 * was in; notes without one, each on its own. Grouped as they come, so only the first report of each
 * subject is kept for the run, not one per file (a note in every one of 2,000 files).
 */
class NoteGroups {
  /** Every note as said, in order. */
  readonly groups: NoteGroup[] = [];
  readonly #bySubject = new Map<string, NoteGroup>();

  add(scheme: SchemeSpec, report: RuleReport): void {
    const key = report.subject === undefined ? undefined : `${report.messageId ?? ''}\u0000${report.subject}`;
    const first = key === undefined ? undefined : this.#bySubject.get(key);
    if (first !== undefined) {
      // `named`, not a search of `others`: a note in every one of 2,000 files made that quadratic.
      if (!first.named.has(scheme.file)) {
        first.named.add(scheme.file);
        first.others.push(scheme.file);
      }
      return;
    }
    const group = { report, others: [], named: new Set([report.location.file]) };
    if (key !== undefined) this.#bySubject.set(key, group);
    this.groups.push(group);
  }
}

function alsoIn(files: readonly string[]): string {
  const named = files.slice(0, NAMED_FILES).join(', ');
  const more = files.length - NAMED_FILES;
  const count = files.length === 1 ? '1 other file' : `${files.length} other files`;
  return `also in ${count}: ${named}${more > 0 ? `, and ${more} more` : ''}`;
}
