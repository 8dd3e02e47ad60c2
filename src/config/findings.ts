import type { Finding } from '../model/finding.js';
import type { SourceLocation } from '../model/location.js';
import { newFinding, type MessageId, type RuleId } from '../model/rules.js';
import { computeLineStarts, lineColumnIn } from './positions.js';
import type { YamlProblem } from './yaml.js';

/**
 * The loader's finding for a permission key that is neither built in nor allowed: only the live
 * catalogue can settle it (plan, apply and `validate --online` ask it).
 */
export function isUnknownPermissionKey(finding: Finding): boolean {
  return finding.ruleId === 'schema' && finding.messageId === 'unknown-permission';
}

/** A loader finding at a line and column, at its registered message's severity. */
export function problemFinding<R extends RuleId>(
  file: string,
  line: number,
  column: number,
  ruleId: R,
  messageId: MessageId<R>,
  message: string,
  hint?: string,
): Finding {
  return newFinding(ruleId, messageId, { file, line, column }, message, hint);
}

/** A loader finding at a located range, at its registered message's severity. */
export function locatedFinding<R extends RuleId>(
  location: SourceLocation,
  ruleId: R,
  messageId: MessageId<R>,
  message: string,
  hint?: string,
): Finding {
  return newFinding(ruleId, messageId, location, message, hint);
}

/** YAML problems (offsets into `text`) as findings with line and column. */
export function yamlFindings(
  file: string,
  text: string,
  problems: readonly YamlProblem[],
  ruleId: 'yaml' | 'settings' = 'yaml',
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
      'syntax',
      message,
      problem.hint,
    );
  });
}
