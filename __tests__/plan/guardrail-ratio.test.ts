import { describe, expect, it } from '@jest/globals';

import { planChanges } from '../../src/plan/planner.js';
import { desiredScheme, liveScheme, settings, type HolderName } from '../plan/models.js';

/** Issue #17: the mass-removal ratio is a share of the grants the files manage, not of every live grant. */

const PERMISSIONS = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ADD_COMMENTS', 'LINK_ISSUES'];

describe('mass-removal', () => {
  it('counts the grants the files manage, leaving out managed holders and kept grants', () => {
    // 10 grants the file manages, 5 of the Jira-managed add-ons role, 1 of an unknown holder type.
    const managed: [string, HolderName][] = PERMISSIONS.flatMap((permission): [string, HolderName][] => [
      [permission, 'developersRole'],
      [permission, 'usersGroup'],
    ]);
    const live = liveScheme(1, 'S', [
      ...managed,
      ...PERMISSIONS.map((p): [string, HolderName] => [p, 'addonsRole']),
    ]);
    live.grants.push({
      id: 999,
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'futureHolder', parameter: 'x' },
    });
    // The file drops three of its ten: 30%, over the default 20% (of all 16 live grants it would be 19%).
    const desired = desiredScheme('S', managed.slice(3));
    const plan = planChanges({ desired: [desired], live: [live], settings: settings(), filesHash: 'h' });
    expect(plan.summary.remove).toBe(3);
    expect(plan.guardrails.map((violation) => [violation.guardrail, violation.allowed])).toEqual([
      ['mass-removal', false],
    ]);
    expect(plan.guardrails[0]?.message).toContain('would lose 3 of its 10 grants (30%)');
  });
});
