import type { Finding, Severity } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** The severity a rule runs at under these settings, or undefined when it is off. */
export function ruleSeverity(rule: Rule, settings: Pick<Settings, 'rules'>): Severity | undefined {
  const configured = Object.hasOwn(settings.rules, rule.meta.id) ? settings.rules[rule.meta.id] : undefined;
  if (configured === 'off') return undefined;
  return configured ?? rule.meta.defaultSeverity;
}

/** Runs every enabled rule over every scheme. */
export function lintSchemes(
  schemes: readonly SchemeSpec[],
  settings: Pick<Settings, 'rules'>,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = ruleSeverity(rule, settings);
    if (severity === undefined) continue;
    for (const scheme of schemes) {
      for (const report of rule.check(scheme)) {
        findings.push({
          ...report.location,
          severity,
          ruleId: rule.meta.id,
          message: report.message,
          hint: report.hint ?? rule.meta.docs,
        });
      }
    }
  }
  return findings;
}
