import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { cloudAuditContinues } from '../../src/jira/audit.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { pageEnds } from '../../src/jira/paginate.js';
import { GROUP_IDS, startSimulator } from '../../src/sim/index.js';
import type { SimAuditRecord, SiteData, Simulator } from '../../src/sim/index.js';

/**
 * The PageBean schema documents `isLast`, `nextPage` ("the URL of the next page") and `total` only as
 * "the number of items returned". Every paginated read must get the whole list whichever markers a
 * server sends: all of them, `nextPage` only, or `total` as the page's count with no `isLast`; and an
 * `isLast: true` is trusted over a `total` that counts members the answer leaves out.
 */

let sim: Simulator;
let pristine: SiteData;
beforeAll(async () => {
  sim = await startSimulator();
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.restore(pristine);
  sim.setBehaviour({
    pageMarkers: 'documented',
    memberTotal: 'listed',
    maxResultsCap: { projects: 50, groups: 50, users: 100, fields: 50, members: 50 },
  });
  sim.clearLog();
});

const reader = () => createJiraReader(connectionFromEnv(sim.env()), { retry: { baseDelayMs: 1 } });
const requests = (route: string): number => sim.countsByRoute()[route] ?? 0;
const SEARCH = 'GET /rest/api/3/project/search';
const MEMBERS = 'GET /rest/api/3/group/member';

/** Users 0..n-1 added to jira-software-users (so its member list spans several 2-item pages). */
function moreMembers(n: number): string[] {
  const template = sim.state.users[0];
  if (template === undefined) throw new Error('the seed has no users');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const accountId = `page-marker-user-${String(i).padStart(2, '0')}`;
    sim.state.users.push({
      ...template,
      accountId,
      displayName: `Page Marker ${String(i)}`,
      emailAddress: `pm${String(i)}@example.com`,
      active: true,
      groups: ['jira-software-users'],
    });
    ids.push(accountId);
  }
  return ids;
}

describe('pages whatever markers the server sends', () => {
  for (const markers of ['documented', 'nextPage', 'pageTotal', 'total'] as const) {
    it(`${markers}: every project and every member, in pages of 2`, async () => {
      moreMembers(7);
      const expectedMembers = sim.state.users.filter(
        (user) => user.active && user.groups.includes('jira-software-users'),
      ).length;
      const projects = sim.state.projects.filter((project) => project.archived === undefined).length;
      sim.setBehaviour({ pageMarkers: markers, maxResultsCap: { projects: 2, members: 2 } });
      const jira = reader();
      const byScheme = await jira.getProjectsByScheme();
      expect([...byScheme.values()].flat()).toHaveLength(projects);
      const members = await jira.getGroupMembers({
        name: 'jira-software-users',
        id: GROUP_IDS.softwareUsers,
      });
      expect(members).toHaveLength(expectedMembers);
      expect(new Set(members.map((member) => member.accountId)).size).toBe(expectedMembers);
      // The documented shape costs one request a page; without isLast, at most one more (a full last
      // page, or an empty one, tells the end).
      const pages = (n: number): number => Math.ceil(n / 2);
      if (markers === 'documented') {
        expect(requests(SEARCH)).toBe(pages(projects));
        expect(requests(MEMBERS)).toBe(pages(expectedMembers));
      } else {
        expect(requests(SEARCH)).toBeLessThanOrEqual(pages(projects) + 1);
        expect(requests(MEMBERS)).toBeLessThanOrEqual(pages(expectedMembers) + 1);
      }
    });
  }

  it('total as the list size, no isLast: an exact multiple of the page ends on its last full page', async () => {
    const listed = (): number =>
      sim.state.users.filter((user) => user.active && user.groups.includes('jira-software-users')).length;
    moreMembers(6 - (listed() % 6));
    const n = listed();
    expect(n % 6).toBe(0);
    // [page cap, requests]: only a single full page (total = its count: the list's size or the page's)
    // asks once more; before, every exact multiple did (n/3: 4, n/2: 3).
    const cases: [number, number][] = [
      [n / 3, 3],
      [n / 2, 2],
      [n - 1, 2],
      [n, 2],
      [n + 1, 1],
    ];
    for (const [cap, expected] of cases) {
      sim.setBehaviour({ pageMarkers: 'total', maxResultsCap: { members: cap } });
      sim.clearLog();
      const members = await reader().getGroupMembers({
        name: 'jira-software-users',
        id: GROUP_IDS.softwareUsers,
      });
      expect(new Set(members.map((member) => member.accountId)).size).toBe(n);
      expect([cap, requests(MEMBERS)]).toEqual([cap, expected]);
    }
  });

  it("total as each page's count still reads every page of an exact multiple", async () => {
    const listed = (): number =>
      sim.state.users.filter((user) => user.active && user.groups.includes('jira-software-users')).length;
    moreMembers(6 - (listed() % 6));
    const n = listed();
    sim.setBehaviour({ pageMarkers: 'pageTotal', maxResultsCap: { members: n / 2 } });
    const members = await reader().getGroupMembers({
      name: 'jira-software-users',
      id: GROUP_IDS.softwareUsers,
    });
    expect(members).toHaveLength(n);
    expect(requests(MEMBERS)).toBe(3);
  });

  it('trusts isLast: true when total also counts the inactive members the answer leaves out', async () => {
    const ids = moreMembers(5);
    for (const id of ids.slice(0, 2)) {
      const user = sim.state.users.find((candidate) => candidate.accountId === id);
      if (user !== undefined) user.active = false;
    }
    const active = sim.state.users.filter(
      (user) => user.active && user.groups.includes('jira-software-users'),
    ).length;
    sim.setBehaviour({ memberTotal: 'all', maxResultsCap: { members: 2 } });
    const members = await reader().getGroupMembers({
      name: 'jira-software-users',
      id: GROUP_IDS.softwareUsers,
    });
    expect(members).toHaveLength(active);
    expect(members.map((member) => member.accountId)).not.toContain(ids[0]);
  });
});

describe("Cloud's audit log whose total is the page's count", () => {
  it('reads past the first full page', async () => {
    const now = Date.now();
    const records: SimAuditRecord[] = Array.from({ length: 1203 }, (_, i) => ({
      id: 900_000 + i,
      created: new Date(now - 60_000 - i * 1000).toISOString(),
      summary: 'Permission scheme updated',
      actionKey: 'jira.auditing.permission.scheme.updated',
      category: 'permissions',
      authorAccountId: sim.state.users[0]?.accountId ?? '',
      remoteAddress: '127.0.0.1',
      eventSource: '',
      objectItem: { id: '10000', name: 'Default Permission Scheme', typeName: 'SCHEME' },
      associatedItems: [],
      changedValues: [],
    }));
    sim.state.auditRecords = records;
    sim.setBehaviour({ pageMarkers: 'pageTotal' });
    const log = await reader().readAuditLog({ from: new Date(now - 3_600_000), to: new Date(now) });
    expect(log.status).toBe('read');
    expect(log.status === 'read' ? log.records.length : 0).toBe(1203);
    expect(requests('GET /rest/api/3/auditing/record')).toBe(2);
  });
});

describe('pageEnds', () => {
  const page = { count: 10, read: 10, hasNextPage: false, sawNextPage: false };
  it('takes isLast when present, even against a total', () => {
    expect(pageEnds({ ...page, isLast: true, total: 25 })).toBe(true);
    expect(pageEnds({ ...page, isLast: false, granted: 50 })).toBe(false);
  });
  it('follows nextPage once a page has carried one', () => {
    expect(pageEnds({ ...page, hasNextPage: true, sawNextPage: true, granted: 50 })).toBe(false);
    expect(pageEnds({ ...page, sawNextPage: true, granted: 10 })).toBe(true);
  });
  it('never ends on a total that may be the page count; a full page asks for the next', () => {
    expect(pageEnds({ ...page, total: 10, granted: 10 })).toBe(false);
    expect(pageEnds({ ...page, total: 23, granted: 5 })).toBe(false);
    expect(pageEnds({ ...page, count: 3, read: 23, total: 3, granted: 10 })).toBe(true);
    expect(pageEnds({ ...page })).toBe(false);
    expect(pageEnds({ ...page, count: 0 })).toBe(true);
  });
  it('ends at a total shown to be the whole list, an exact multiple of the page included', () => {
    const whole = { ...page, granted: 10, totalIsWhole: true };
    expect(pageEnds({ ...whole, read: 20, total: 20 })).toBe(true);
    expect(pageEnds({ ...whole, read: 10, total: 20 })).toBe(false);
    // A short page under a whole total asks on (a server may cap below the granted size).
    expect(pageEnds({ ...whole, count: 4, read: 4, total: 20 })).toBe(false);
    // Not shown whole: a full page whose total is its count asks once more.
    expect(pageEnds({ ...page, total: 10, granted: 10, totalIsWhole: false })).toBe(false);
    // isLast and nextPage still come first.
    expect(pageEnds({ ...whole, read: 20, total: 20, isLast: false })).toBe(false);
  });
  it('cloudAuditContinues: a total shown to be the whole log ends it; else a full page asks on', () => {
    const full = { count: 1000, read: 1000, limit: 1000, totalIsWhole: false };
    // One full page whose total is its count: the log's size or the page's, so one request more.
    expect(cloudAuditContinues({ ...full, total: 1000 })).toBe(true);
    expect(cloudAuditContinues({ ...full, count: 203, read: 1203, total: 203 })).toBe(false);
    expect(cloudAuditContinues({ ...full, count: 100, read: 100, total: 500, totalIsWhole: true })).toBe(
      true,
    );
    expect(cloudAuditContinues({ ...full, count: 0, read: 100, total: 500, totalIsWhole: true })).toBe(false);
  });
});
