import type { Finding, Severity } from '../model/finding.js';
import type { SourceLocation } from '../model/location.js';
import { computeLineStarts, lineColumnIn } from './positions.js';
import type { YamlProblem } from './yaml.js';

export function problemFinding(
  file: string,
  line: number,
  column: number,
  ruleId: string,
  message: string,
  hint?: string,
  severity: Severity = 'error',
): Finding {
  return { file, line, column, severity, ruleId, message, ...(hint === undefined ? {} : { hint }) };
}

export function locatedFinding(
  location: SourceLocation,
  ruleId: string,
  message: string,
  hint?: string,
  severity: Severity = 'error',
): Finding {
  return { ...location, severity, ruleId, message, ...(hint === undefined ? {} : { hint }) };
}

/** YAML problems (offsets into `text`) as findings with line and column. */
export function yamlFindings(
  file: string,
  text: string,
  problems: readonly YamlProblem[],
  ruleId = 'yaml',
): Finding[] {
  const starts = computeLineStarts(text);
  return problems.map((problem) => {
    const from = lineColumnIn(starts, problem.start);
    const to = lineColumnIn(starts, Math.max(problem.start, problem.end));
    let message = problem.message;
    if (problem.relatedStart !== undefined) {
      const first = lineColumnIn(starts, problem.relatedStart);
      message += ` (first at line ${first.line}, column ${first.column})`;
    }
    return locatedFinding(
      { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
      ruleId,
      message,
      problem.hint,
    );
  });
}
