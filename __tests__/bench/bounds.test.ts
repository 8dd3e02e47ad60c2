import { describe, expect, it } from '@jest/globals';

import type { References } from '../../bench/lib/folder.js';
import { median } from '../../bench/lib/measure.js';
import {
  applyBound,
  applyRequests,
  planBound,
  planReads,
  rateLimitSeconds,
  roundTrips,
  total,
} from '../../bench/lib/requests.js';
import { renderMarkdown, renderTable, verdict, type Row } from '../../bench/lib/result.js';

const REFS: References = {
  groupIds: 2000,
  groupNames: 0,
  groupNamesAnyForm: 2000,
  accountIds: 120,
  emails: 0,
  usesRoles: true,
  usesFields: false,
  usesApplicationRoleKeys: false,
  listsProjects: false,
};
const SCALE = { references: REFS, projects: 3000, projectPageSize: 50, managedRoleByName: true };

describe('request formulas', () => {
  it('a plan with changes reads projects: pages and one lookup per project', () => {
    expect(planReads({ ...SCALE, hasChanges: true })).toEqual({
      'GET /rest/api/3/permissions': 1,
      'GET /rest/api/3/group/bulk': 40,
      'GET /rest/api/3/role': 1,
      'GET /rest/api/3/user/bulk': 3,
      'GET /rest/api/3/permissionscheme': 1,
      'GET /rest/api/3/project/search': 60,
      'GET /rest/api/3/project/{projectKeyOrId}/permissionscheme': 3000,
    });
  });

  it('a plan without changes never reads projects', () => {
    const reads = planReads({ ...SCALE, hasChanges: false });
    expect(total(reads)).toBe(46);
    expect(reads['GET /rest/api/3/project/search']).toBeUndefined();
  });

  it('names, emails, fields and application role keys add their own lookups', () => {
    const reads = planReads({
      ...SCALE,
      projects: 0,
      hasChanges: true,
      references: { ...REFS, groupNames: 51, emails: 2, usesFields: true, usesApplicationRoleKeys: true },
    });
    expect(reads['GET /rest/api/3/group/bulk']).toBe(40 + 2);
    expect(reads['GET /rest/api/3/user/search']).toBe(2);
    expect(reads['GET /rest/api/3/field']).toBe(1);
    expect(reads['GET /rest/api/3/applicationrole']).toBe(1);
    // An empty site still answers one (empty) page of projects.
    expect(reads['GET /rest/api/3/project/search']).toBe(1);
  });

  it('Data Center looks each group name and each user up on its own', () => {
    const reads = planReads({ ...SCALE, hasChanges: false, apiVersion: '2' });
    expect(reads).toEqual({
      // #17: REST 2 is not Data Center by itself; serverInfo says which Jira it is, once.
      'GET /rest/api/2/serverInfo': 1,
      'GET /rest/api/2/permissions': 1,
      'GET /rest/api/2/groups/picker': 2000,
      'GET /rest/api/2/role': 1,
      'GET /rest/api/2/user': 120,
      'GET /rest/api/2/permissionscheme': 1,
    });
  });

  it('apply: one write per change, one read-back per scheme with adds, one more list read', () => {
    const counts = applyRequests({
      plan: { ...SCALE, hasChanges: true },
      adds: 250,
      removes: 250,
      schemesWithAdds: 250,
    });
    expect(counts['POST /rest/api/3/permissionscheme/{schemeId}/permission']).toBe(250);
    expect(counts['DELETE /rest/api/3/permissionscheme/{schemeId}/permission/{permissionId}']).toBe(250);
    expect(counts['GET /rest/api/3/permissionscheme/{schemeId}']).toBe(250);
    expect(counts['GET /rest/api/3/permissionscheme']).toBe(2);
    expect(total(counts)).toBe(3106 + 1 + 750);
  });
});

describe('bounds', () => {
  it('round trips: requests over concurrency, never fewer than the dependency depth', () => {
    expect(roundTrips(0, 4)).toBe(0);
    expect(roundTrips(1, 4, 2)).toBe(2);
    expect(roundTrips(3106, 4, 2)).toBe(777);
    expect(roundTrips(9, 4)).toBe(3);
  });

  it('a token bucket lets its capacity through at once, the rest at the refill rate', () => {
    expect(rateLimitSeconds(500, { capacity: 50, refillPerSecond: 10 })).toBe(45);
    expect(rateLimitSeconds(40, { capacity: 50, refillPerSecond: 10 })).toBe(0);
    expect(rateLimitSeconds(500, undefined)).toBe(0);
  });

  it('the plan bound is its round trips times the latency', () => {
    expect(planBound(planReads({ ...SCALE, hasChanges: true }), 4, 50)).toEqual({
      requests: 3106,
      roundTrips: 777,
      ms: 38_850,
    });
  });

  it('apply: the rate limit bounds the writes when it is tighter than their round trips', () => {
    const input = { plan: { ...SCALE, hasChanges: true }, adds: 250, removes: 250, schemesWithAdds: 250 };
    const limited = applyBound(input, 4, 50, { capacity: 50, refillPerSecond: 10 });
    expect(limited.writesBoundBy).toBe('rate limit');
    expect(limited.writesMs).toBe(45_000);
    expect(limited.ms).toBe(38_850 + 45_000 + 50);
    const free = applyBound(input, 4, 50, undefined);
    expect(free.writesBoundBy).toBe('round trips');
    // adds 63 + read-back 63 + removals 63 round trips
    expect(free.writesMs).toBe(189 * 50);
  });
});

describe('report', () => {
  const rows: Row[] = [
    { scenario: 'plan', measure: 'wall', value: '40 s', against: '38 s', ratio: 1.05, target: 1.3 },
    { scenario: 'apply', measure: 'wall', value: '90 s', against: '60 s', ratio: 1.5, target: 1.3 },
    { scenario: 'size', measure: 'bytes', value: '1 MB', against: '', ratio: null },
  ];

  it('marks each figure against its target', () => {
    expect(rows.map(verdict)).toEqual(['ok', 'MISSED', '']);
  });

  it('renders every row with its ratio, as text and as Markdown', () => {
    const text = renderTable(rows).split('\n');
    expect(text).toHaveLength(2 + rows.length);
    expect(text[2]).toMatch(/^plan\s+wall\s+40 s\s+38 s\s+1\.05×\s+≤ 1\.3×\s+ok$/);
    expect(renderMarkdown(rows)).toContain('| apply | wall | 90 s | 60 s | 1.50× | ≤ 1.3× MISSED |');
  });

  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
