/**
 * `jira-perms drift --json`: one document, `{"version": 1, "drift": true, "status": "drift", "window":
 * {...}, "audit": {...}, "changes": [...], "summary": {...}, "findings": [...]}`. Each change is a plan
 * change (what apply would do) with `origin: "drift"` and `changedBy` (the audit record that explains it,
 * or null).
 */
import type { DriftResult } from '../commands/drift.js';
import { changeToJson, findingToJson, planToJson } from './plan-json.js';

export function driftToJson(result: DriftResult): Record<string, unknown> {
  const explanation = result.explanation;
  const plan = result.plan === undefined ? undefined : planToJson(result.plan);
  return {
    version: 1,
    drift: result.status === 'drift',
    status: result.status,
    ...(explanation === undefined
      ? {}
      : {
          window: explanation.window,
          audit: explanation.audit,
          changes: explanation.items.map((item) =>
            changeToJson({ ...item.change, origin: 'drift', changedBy: item.changedBy }),
          ),
        }),
    ...(plan === undefined ? {} : { summary: plan['summary'] }),
    findings: result.findings.map(findingToJson),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
}

export function renderDriftJson(result: DriftResult): string {
  return `${JSON.stringify(driftToJson(result), null, 2)}\n`;
}
