import { checkSchemeText } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import { crossFileFindings } from '../validate/cross-file.js';
import { lintSchemes } from '../validate/lint.js';
import { RULE_IDS } from '../validate/rules/index.js';

/**
 * What `jira-perms validate` will say about the files export is about to write, found before anything
 * is written (the same checks, on the rendered text).
 *
 * A live site often breaks a lint rule already (a scheme nobody can administer, a grant to `anyone`).
 * The exported file must say what Jira says, or the plan would not be empty; so for a rule that the
 * live site breaks, export sets the rule to `warning` in a settings file it creates, and says so there
 * and in its output. An existing settings file is the team's: its severities are never changed (also
 * with `--force`), and what Jira breaks is reported as findings at those severities.
 */

export interface ExportCheck {
  /** Findings validate will report once the relaxed rules are in the settings file. */
  findings: Finding[];
  /**
   * Lint rules the live site breaks at error severity, not configured in the settings: set to warning in
   * a new settings file. Empty when the settings file exists (`relax: false`).
   */
  relaxRules: string[];
  /**
   * Lint rules the exported files cannot satisfy at all, not configured in the settings: set to off in
   * a new settings file. `prefer-group-id` when export had to name groups (Data Center groups have no
   * ids; on Cloud export always pins them).
   */
  offRules: string[];
}

/** Rules no file export writes could satisfy on a site whose groups have no ids. */
const SITE_CANNOT_SATISFY = ['prefer-group-id'];

export function checkExportedFiles(
  files: readonly { path: string; text: string }[],
  settings: Pick<Settings, 'rules' | 'customPermissions'>,
  customPermissions: readonly string[],
  options: { relax: boolean } = { relax: true },
): ExportCheck {
  const allowed = new Set([...settings.customPermissions, ...customPermissions]);
  const specs: SchemeSpec[] = [];
  const own: Finding[] = [];
  for (const file of files) {
    const checked = checkSchemeText(file.text, file.path, allowed);
    own.push(...checked.findings);
    if (checked.spec !== undefined) specs.push(checked.spec);
  }
  const crossFile = crossFileFindings(specs);
  const lintRules = new Set(RULE_IDS);
  const relaxRules = !options.relax
    ? []
    : [
        ...new Set(
          lintSchemes(specs, settings)
            .filter((finding) => finding.severity === 'error' && lintRules.has(finding.ruleId))
            .filter((finding) => !Object.hasOwn(settings.rules, finding.ruleId))
            .map((finding) => finding.ruleId),
        ),
      ].sort();
  const offRules = [
    ...new Set(
      lintSchemes(specs, settings)
        .filter((finding) => SITE_CANNOT_SATISFY.includes(finding.ruleId))
        .filter((finding) => !Object.hasOwn(settings.rules, finding.ruleId))
        .map((finding) => finding.ruleId),
    ),
  ].sort();
  const relaxed = {
    rules: {
      ...settings.rules,
      ...Object.fromEntries(relaxRules.map((rule) => [rule, 'warning' as const])),
      ...Object.fromEntries(offRules.map((rule) => [rule, 'off' as const])),
    },
  };
  return { findings: [...own, ...crossFile, ...lintSchemes(specs, relaxed)], relaxRules, offRules };
}
