import { afterEach, describe, expect, it } from '@jest/globals';

import {
  auditCapReached,
  cloudAuditContinues,
  MAX_AUDIT_RECORDS,
  type AuditLog,
} from '../../src/jira/audit.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { startSimulator, type SimAuditRecord, type Simulator } from '../../src/sim/index.js';

/**
 * How many requests reading the audit log costs, and that it always ends: the 20,000-record cap bounds
 * what Jira sent (unreadable records too), whatever the server does with `offset`.
 */

const NOW = '2026-11-20T10:00:00.000Z';
const CLOUD = 'GET /rest/api/3/auditing/record';
const DATA_CENTER = 'GET /rest/auditing/1.0/events';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

/** `n` permission records, newest first, a second apart, each rendered without `omit`. */
function auditRecords(n: number, omit: ('id' | 'created')[] = []): SimAuditRecord[] {
  const now = Date.parse(NOW);
  return Array.from({ length: n }, (_, i) => ({
    id: 900_000 + i,
    created: new Date(now - 60_000 - i * 1000).toISOString(),
    summary: 'Permission scheme updated',
    actionKey: 'jira.auditing.permission.scheme.updated',
    category: 'permissions',
    authorAccountId: 'someone',
    remoteAddress: '127.0.0.1',
    eventSource: '',
    objectItem: { id: '10000', name: 'Default Permission Scheme', typeName: 'SCHEME' },
    associatedItems: [],
    changedValues: [],
    ...(omit.length > 0 ? { omitFields: omit } : {}),
  }));
}

async function readLog(
  flavour: 'cloud' | 'datacenter',
  records: SimAuditRecord[],
  behaviour: Parameters<Simulator['setBehaviour']>[0] = {},
): Promise<{ log: AuditLog; requests: number }> {
  const started = await startSimulator({ clock: NOW, flavour });
  sim = started;
  started.state.auditRecords = records;
  started.setBehaviour(behaviour);
  started.clearLog();
  const jira = createJiraReader(connectionFromEnv(started.env('admin')));
  const log = await jira.readAuditLog({ from: new Date(Date.parse(NOW) - 86_400_000), to: new Date(NOW) });
  const route = flavour === 'cloud' ? CLOUD : DATA_CENTER;
  return { log, requests: started.countsByRoute()[route] ?? 0 };
}

describe('the cap counts every record Jira sent, the unreadable ones too', () => {
  it('Cloud: a log of 25,000 records without a time stops at 20,000 (20 pages), truncated', async () => {
    const { log, requests } = await readLog('cloud', auditRecords(25_000, ['created']));
    expect(log).toEqual({ status: 'read', records: [], truncated: true, skipped: MAX_AUDIT_RECORDS });
    expect(requests).toBe(20);
  });

  it('Cloud: a server that ignores offset and repeats a page of unreadable records is left at the repeat', async () => {
    // Totals as the page's count: no total can end a repeated full page; the repeat is recognised.
    const { log, requests } = await readLog('cloud', auditRecords(1_500, ['id']), {
      auditOffset: 'ignored',
      pageMarkers: 'pageTotal',
    });
    expect(log).toMatchObject({ status: 'read', truncated: true, skipped: 1_000 });
    expect(requests).toBe(2);
  });

  it("Cloud: a server that ignores offset but sends the whole log's total is cut short, not complete", async () => {
    // The documented total (the whole log) would be reached by copies of the first page: 1,000
    // distinct records read twice and called complete.
    const { log, requests } = await readLog('cloud', auditRecords(1_500), { auditOffset: 'ignored' });
    expect(log).toMatchObject({ status: 'read', truncated: true });
    const ids = log.status === 'read' ? log.records.map((record) => record.id) : [];
    expect(ids).toHaveLength(1_000);
    expect(new Set(ids).size).toBe(1_000);
    expect(requests).toBe(2);
  });

  it('Data Center: 25,000 events without a timestamp stop at 20,000 (40 pages of 500), truncated', async () => {
    const { log, requests } = await readLog('datacenter', auditRecords(25_000, ['created']));
    expect(log).toEqual({ status: 'read', records: [], truncated: true, skipped: MAX_AUDIT_RECORDS });
    expect(requests).toBe(40);
  });

  it('Data Center: a server that ignores offset (never lastPage) is left at the cap', async () => {
    const { log, requests } = await readLog('datacenter', auditRecords(600, ['created']), {
      auditOffset: 'ignored',
    });
    expect(log).toMatchObject({ status: 'read', truncated: true, skipped: MAX_AUDIT_RECORDS });
    expect(requests).toBe(40);
  });

  it('a readable log under the cap is read whole and not truncated', async () => {
    const { log, requests } = await readLog('datacenter', auditRecords(1_200));
    expect(log).toMatchObject({ status: 'read', truncated: false });
    expect(log.status === 'read' ? log.records.length : 0).toBe(1_200);
    expect(requests).toBe(3);
  });
});

describe("Cloud's pages: a total shown to be the whole log's size ends it", () => {
  // [records, requests]: a total larger than a page's count is the log's size, so an exact multiple of
  // 1,000 ends on its last full page; only a single full page (total = its count) asks once more.
  const cases: [number, number][] = [
    [0, 1],
    [999, 1],
    [1_000, 2],
    [2_000, 2],
    [2_500, 3],
    [3_000, 3],
  ];
  for (const [n, expected] of cases) {
    it(`${String(n)} records: ${String(expected)} request(s), every record read`, async () => {
      const { log, requests } = await readLog('cloud', auditRecords(n));
      expect(log).toMatchObject({ status: 'read', truncated: false });
      expect(log.status === 'read' ? log.records.length : -1).toBe(n);
      expect(requests).toBe(expected);
    });
  }

  it("totals that are each page's count still read every page, to a short or empty one", async () => {
    const short = await readLog('cloud', auditRecords(1_203), { pageMarkers: 'pageTotal' });
    expect(short.log.status === 'read' ? short.log.records.length : -1).toBe(1_203);
    expect(short.requests).toBe(2);
    await sim?.stop();
    sim = undefined;
    const multiple = await readLog('cloud', auditRecords(2_000), { pageMarkers: 'pageTotal' });
    expect(multiple.log.status === 'read' ? multiple.log.records.length : -1).toBe(2_000);
    expect(multiple.requests).toBe(3);
  });
});

describe('cloudAuditContinues', () => {
  const page = { count: 1000, limit: 1000 };
  it('ends at a whole-log total, an exact multiple of the page included', () => {
    expect(cloudAuditContinues({ ...page, read: 1000, total: 2000, totalIsWhole: true })).toBe(true);
    expect(cloudAuditContinues({ ...page, read: 2000, total: 2000, totalIsWhole: true })).toBe(false);
    // A short page under a whole-log total asks on (the server may cap pages below the limit).
    expect(cloudAuditContinues({ ...page, count: 400, read: 400, total: 2000, totalIsWhole: true })).toBe(
      true,
    );
  });
  it('without a whole-log total, a full page asks for the next and a short one ends', () => {
    expect(cloudAuditContinues({ ...page, read: 1000, total: 1000, totalIsWhole: false })).toBe(true);
    expect(cloudAuditContinues({ ...page, read: 2000, totalIsWhole: false })).toBe(true);
    expect(cloudAuditContinues({ ...page, count: 999, read: 1999, totalIsWhole: false })).toBe(false);
    expect(cloudAuditContinues({ ...page, count: 0, read: 0, total: 0, totalIsWhole: false })).toBe(false);
  });
});

describe('auditCapReached', () => {
  it('stops at 20,000 records sent, kept or not', () => {
    expect(auditCapReached(MAX_AUDIT_RECORDS - 1)).toBe(false);
    expect(auditCapReached(MAX_AUDIT_RECORDS)).toBe(true);
    expect(auditCapReached(MAX_AUDIT_RECORDS + 999)).toBe(true);
  });
});
