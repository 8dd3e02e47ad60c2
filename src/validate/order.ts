import type { Finding } from '../model/finding.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order for findings: by file, line, column, then severity, rule and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareCodeUnits(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareCodeUnits(a.ruleId, b.ruleId) ||
    compareCodeUnits(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Lint errors a plan found already live in Jira: reported, not blocking (not among the warnings). */
  alreadyLive: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0, alreadyLive: 0 };
  for (const finding of findings) {
    if (finding.alreadyLive === true) counts.alreadyLive++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
