import { describe, expect, it } from '@jest/globals';

import type { DesiredGrant, LiveGrant } from '../../src/model/scheme.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { planChanges } from '../../src/plan/planner.js';

/**
 * Issue #13.7: a million grants must not end in "Maximum call stack size exceeded". Collections are
 * built without spreading into `push` (which passes every element as an argument on the stack: on
 * Node's default stack it breaks at about 120,000). This plans one scheme whose file adds 150,000 grants
 * and drops 150,000 live ones: past that limit for every collection the planner builds, and small
 * enough for a shared test machine.
 */

const HALF = 150_000;

function user(index: number): { type: string; parameter: string; value: string } {
  const id = `acct-${String(index)}`;
  return { type: 'user', parameter: id, value: id };
}

describe('the planner at hundreds of thousands of grants', () => {
  it('plans 150,000 adds and 150,000 removals in one scheme', () => {
    const desired: DesiredGrant[] = [];
    const live: LiveGrant[] = [];
    for (let index = 0; index < HALF; index++) {
      desired.push({ permission: 'BROWSE_PROJECTS', holder: user(index) });
      live.push({ id: index + 1, permission: 'BROWSE_PROJECTS', holder: user(HALF + index) });
    }
    const plan = planChanges({
      desired: [{ name: 'Everyone', file: 'jira-permissions/everyone.yml', id: 10000, grants: desired }],
      live: [{ id: 10000, name: 'Everyone', grants: live }],
      settings: structuredClone(DEFAULT_SETTINGS),
      filesHash: 'sha256:test',
    });
    expect(plan.summary.add).toBe(HALF);
    expect(plan.summary.remove).toBe(HALF);
    expect(plan.changes).toHaveLength(2 * HALF);
    expect(plan.changes[0]).toMatchObject({ action: 'add-grant', permission: 'BROWSE_PROJECTS' });
    expect(plan.changes.at(-1)).toMatchObject({ action: 'remove-grant' });
  }, 120_000);
});
