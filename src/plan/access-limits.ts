import type { AccessChange } from '../model/access.js';
import { personName } from '../model/access.js';
import type { GuardrailViolation } from '../model/plan.js';
import { configuredSeverity } from '../model/rules.js';
import type { Settings } from '../model/settings.js';
import { isAllowed } from './guardrails.js';

/**
 * The `access-limit` guardrail: settings `accessLimits: {PERMISSION: N}` block a plan in which more than
 * N people gain that permission in one project. The message names every one of them: this is where a
 * reviewer must see who. Allowed per scheme (the one the project uses after the plan) like the other
 * guardrails.
 */
export function checkAccessLimits(
  changes: readonly AccessChange[],
  settings: Settings,
): GuardrailViolation[] {
  const violations: GuardrailViolation[] = [];
  // `rules:` can turn it off, or make it a warning: reported, but never blocking (as every guardrail).
  const severity = configuredSeverity('access-limit', 'error', settings.rules);
  if (severity === undefined) return violations;
  for (const change of changes) {
    const limit = settings.accessLimits[change.permission];
    if (limit === undefined || change.gained.length <= limit) continue;
    violations.push({
      guardrail: 'access-limit',
      scheme: change.scheme,
      message:
        `${String(change.gained.length)} people would gain ${change.permission} in ${change.project} ` +
        `(scheme "${change.scheme}"), more than the limit of ${String(limit)}: ` +
        `${change.gained.map(personName).join(', ')}.`,
      allowed: severity !== 'error' || isAllowed(settings, 'access-limit', [change.scheme]),
    });
  }
  return violations;
}
