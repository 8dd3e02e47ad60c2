import { afterEach, describe, expect, it } from '@jest/globals';

import { DEFAULT_SINCE_DAYS, explainDrift, type DriftExplanation } from '../../src/drift/explain.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import type { PlanChange } from '../../src/model/plan.js';
import { ACCOUNT_IDS, GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import { auditNote } from '../../src/view/drift-text.js';

/**
 * AuditRecordBean marks no field required: a record without a readable `created` or `id` must be left
 * out (and counted, and said), not cost the whole log and every attribution with it.
 */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

const NOW = '2026-11-20T10:00:00.000Z';

function change(dataCenter: boolean): PlanChange {
  return {
    action: 'remove-grant',
    scheme: 'Software Development',
    schemeId: 10000,
    permission: 'DELETE_ISSUES',
    holder: dataCenter
      ? { type: 'group', parameter: 'contractors' }
      : { type: 'group', parameter: 'contractors', value: GROUP_IDS.contractors },
    grantId: 1,
  };
}

/** Alice's change, readable; then two more records, which the answer renders without `omit`. */
async function withUnreadable(
  flavour: 'cloud' | 'datacenter',
  omit: ('id' | 'created')[][],
): Promise<Simulator> {
  const started = await startSimulator({ clock: NOW, flavour });
  sim = started; // stopped after the test, even when this set-up fails
  started
    .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
    .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
  const records = started.state.auditRecords ?? [];
  const readable = records.length;
  omit.forEach((fields, index) => {
    started
      .actAs('Priya Product', { at: `2026-11-19T1${String(index)}:00:00Z` })
      .addGrant(10000, ['EDIT_ISSUES', 'ASSIGN_ISSUES'][index] ?? 'EDIT_ISSUES', {
        type: 'group',
        ref: 'contractors',
      });
    const last = (started.state.auditRecords ?? []).at(-1);
    if (last === undefined || (started.state.auditRecords ?? []).length <= readable)
      throw new Error('the simulator recorded no audit record');
    last.omitFields = fields;
  });
  started.clearLog();
  return started;
}

async function explain(started: Simulator, dataCenter: boolean): Promise<DriftExplanation> {
  const jira = createJiraReader(connectionFromEnv(started.env('admin')));
  return explainDrift({ changes: [change(dataCenter)], grants: [] }, jira, {
    sinceDays: DEFAULT_SINCE_DAYS,
    now: () => new Date(NOW),
  });
}

describe('audit records without a readable time or id', () => {
  it('Cloud: are left out and counted; the readable ones still name who', async () => {
    sim = await withUnreadable('cloud', [['created'], ['id']]);
    const explained = await explain(sim, false);
    expect(explained.audit).toMatchObject({ status: 'read', skipped: 2, truncated: false });
    expect(explained.items[0]?.changedBy).toMatchObject({
      accountId: ACCOUNT_IDS.alice,
      at: '2026-11-18T08:30:00.000Z',
    });
    expect(auditNote(explained)).toBe('2 audit records without a readable time or id were left out.');
  });

  it('Data Center: an event without a timestamp is left out the same way', async () => {
    sim = await withUnreadable('datacenter', [['created']]);
    const explained = await explain(sim, true);
    expect(explained.audit).toMatchObject({ status: 'read', skipped: 1 });
    expect(explained.items[0]?.changedBy?.name).toBe('Alice Admin');
    expect(auditNote(explained)).toBe('1 audit record without a readable time or id was left out.');
  });

  it('a log with none says nothing of them', async () => {
    sim = await withUnreadable('cloud', []);
    const explained = await explain(sim, false);
    expect(explained.audit).toEqual({ status: 'read', records: 1, truncated: false });
    expect(auditNote(explained)).toBeUndefined();
  });
});
