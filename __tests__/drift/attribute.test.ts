import { describe, expect, it } from '@jest/globals';

import { attributeChanges, type NameBook } from '../../src/drift/attribute.js';
import type { AuditRecord } from '../../src/jira/audit.js';
import { jiraInstant, normaliseCloudRecord, normaliseDataCenterEvent } from '../../src/jira/audit.js';
import type { PlanChange } from '../../src/model/plan.js';

const names: NameBook = {
  permission: (key) => (key === 'BROWSE_PROJECTS' ? [key, 'Browse Projects'] : [key]),
  holder: (holder) => (holder.type === 'group' ? [holder.parameter ?? ''] : []),
};

let next = 1;
function record(at: string, fields: Partial<AuditRecord>): AuditRecord {
  return {
    id: String(next++),
    at,
    summary: 'Permission scheme updated',
    author: { accountId: at },
    associated: [],
    changes: [],
    ...fields,
  };
}

const scheme = { id: '10000', name: 'Software Development', type: 'SCHEME' };

function grantRecord(
  at: string,
  direction: 'added' | 'removed',
  group: string,
  object = scheme,
): AuditRecord {
  const value = (text: string) => (direction === 'added' ? { from: '', to: text } : { from: text, to: '' });
  return record(at, {
    object,
    changes: [
      { field: 'Permission', ...value('Browse Projects') },
      { field: 'Type', ...value('Group') },
      { field: 'Value', ...value(group) },
    ],
  });
}

const removeGrant: PlanChange = {
  action: 'remove-grant',
  scheme: 'Software Development',
  schemeId: 10000,
  permission: 'BROWSE_PROJECTS',
  holder: { type: 'group', parameter: 'contractors', value: 'g-1' },
  grantId: 5,
};
const addGrant: PlanChange = { ...removeGrant, action: 'add-grant' };

describe('attributeChanges', () => {
  it('takes the most recent record in the direction that explains the change', () => {
    const records = [
      grantRecord('2026-11-01T00:00:00.000Z', 'added', 'contractors'),
      grantRecord('2026-11-03T00:00:00.000Z', 'removed', 'contractors'),
      grantRecord('2026-11-05T00:00:00.000Z', 'added', 'contractors'),
      grantRecord('2026-11-06T00:00:00.000Z', 'added', 'mobile-team'),
      grantRecord('2026-11-07T00:00:00.000Z', 'added', 'contractors', {
        id: '10001',
        name: 'Other',
        type: 'SCHEME',
      }),
    ];
    const [forRemove, forAdd] = attributeChanges([removeGrant, addGrant], records, names);
    expect(forRemove?.at).toBe('2026-11-05T00:00:00.000Z');
    expect(forAdd?.at).toBe('2026-11-03T00:00:00.000Z');
  });

  it('finds nothing when no record names that holder', () => {
    expect(
      attributeChanges([removeGrant], [grantRecord('2026-11-05T00:00:00.000Z', 'added', 'others')], names),
    ).toEqual([undefined]);
  });

  it('scheme renames, deletions (with their grants) and schemes created by hand', () => {
    const renamed = record('2026-11-02T00:00:00.000Z', {
      object: scheme,
      changes: [{ field: 'Name', from: 'Software Development', to: 'Software (by hand)' }],
    });
    const deleted = record('2026-11-03T00:00:00.000Z', {
      summary: 'Permission scheme deleted',
      object: { id: '10005', name: 'Mobile', type: 'SCHEME' },
    });
    const created = record('2026-11-04T00:00:00.000Z', {
      summary: 'Permission scheme created',
      object: { id: '10009', name: 'By hand', type: 'SCHEME' },
      changes: [{ field: 'Name', to: 'By hand' }],
    });
    const changes: PlanChange[] = [
      {
        action: 'update-scheme',
        scheme: 'Software Development',
        schemeId: 10000,
        from: { name: 'Software (by hand)' },
        to: { name: 'Software Development' },
      },
      { action: 'create-scheme', scheme: 'Mobile', schemeId: null },
      {
        action: 'add-grant',
        scheme: 'Mobile',
        schemeId: null,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'reporter' },
      },
      { action: 'delete-scheme', scheme: 'By hand', schemeId: 10009 },
    ];
    expect(attributeChanges(changes, [renamed, deleted, created], names)).toEqual([
      renamed,
      deleted,
      deleted,
      created,
    ]);
  });

  it('a project moved off its scheme: "added to project" with the scheme it uses now', () => {
    const project = { id: '10100', name: 'Mobile App', type: 'PROJECT' };
    const removed = record('2026-11-02T00:00:00.000Z', {
      summary: 'Permission scheme removed from project',
      object: project,
      associated: [scheme],
    });
    const added = record('2026-11-02T00:00:01.000Z', {
      summary: 'Permission scheme added to project',
      object: project,
      associated: [{ id: '0', name: 'Default Permission Scheme', type: 'SCHEME' }],
    });
    const elsewhere = record('2026-11-09T00:00:00.000Z', {
      summary: 'Permission scheme added to project',
      object: { id: '10200', name: 'IT Help', type: 'PROJECT' },
      associated: [{ id: '0', name: 'Default Permission Scheme', type: 'SCHEME' }],
    });
    const move = {
      action: 'assign-project',
      scheme: 'Software Development',
      schemeId: 10000,
      project: 'MOB',
      projectId: '10100',
      fromScheme: 'Default Permission Scheme',
      fromSchemeId: 0,
    } as unknown as PlanChange;
    expect(attributeChanges([move], [removed, added, elsewhere], names)).toEqual([added]);
  });
});

describe('audit record shapes', () => {
  it('reads Jira timestamps with +0000 and other offsets', () => {
    expect(jiraInstant('2026-11-18T08:30:00.000+0000')).toBe('2026-11-18T08:30:00.000Z');
    expect(jiraInstant('2026-11-18T19:30:00.000+1100')).toBe('2026-11-18T08:30:00.000Z');
    expect(jiraInstant('2026-11-18T08:30:00Z')).toBe('2026-11-18T08:30:00.000Z');
    expect(jiraInstant('yesterday')).toBeUndefined();
  });

  it('Cloud records and Data Center events normalise to one shape', () => {
    const cloud = normaliseCloudRecord({
      id: 7,
      summary: 'Permission scheme updated',
      created: '2026-11-18T08:30:00.000+0000',
      category: 'permissions',
      eventSource: 'Browser',
      authorAccountId: 'acc-1',
      objectItem: { id: '10000', name: 'Software Development', typeName: 'SCHEME' },
      changedValues: [{ fieldName: 'Permission', changedFrom: '', changedTo: 'Browse Projects' }],
      associatedItems: [],
    });
    const dataCenter = normaliseDataCenterEvent(
      {
        timestamp: '2026-11-18T08:30:00Z',
        author: { name: 'alice', id: '10100', type: 'ApplicationUser' },
        type: { category: 'permissions', action: 'Permission scheme updated' },
        affectedObjects: [{ name: 'Software Development', type: 'SCHEME', id: '10000' }],
        changedValues: [{ key: 'Permission', from: '', to: 'Browse Projects' }],
        method: 'Browser',
      },
      0,
    );
    const { id: _cloudId, author: cloudAuthor, ...cloudRest } = cloud;
    const { id: _dcId, author: dcAuthor, ...dcRest } = dataCenter;
    expect(cloudRest).toEqual(dcRest);
    expect(cloudAuthor).toEqual({ accountId: 'acc-1' });
    expect(dcAuthor).toEqual({ name: 'alice', accountId: '10100' });
  });
});
