import { describe, expect, it } from '@jest/globals';

import { commentWithResult } from '../../src/action/apply-comment.js';
import {
  driftMarker,
  findDriftIssue,
  planDriftIssue,
  type ExistingIssue,
} from '../../src/action/drift-issue.js';
import type { DriftItem } from '../../src/drift/explain.js';

const item = (permission: string, name: string): DriftItem => ({
  change: {
    action: 'remove-grant',
    scheme: 'Software',
    schemeId: 10000,
    permission,
    holder: { type: 'group', value: 'g1' },
  },
  changedBy: { name, at: '2026-11-18T08:30:00.000Z', summary: 'Permission scheme updated' },
});

const issue = (number: number, body: string, login: string, type = 'User'): ExistingIssue => ({
  id: number * 10,
  number,
  title: 'Jira permissions drift',
  body,
  user: { login, type },
});

describe('the drift issue', () => {
  it("is ours only with our marker and written by the token's account: a pasted marker is ignored", () => {
    const marker = driftMarker({}, 'abc123');
    const issues = [issue(3, `${marker}\nfake`, 'mallory'), issue(5, `${marker}\nreal`, 'perms-bot')];
    expect(findDriftIssue(issues, {}, { kind: 'login', login: 'perms-bot' })?.number).toBe(5);
    expect(findDriftIssue(issues, { path: 'other' }, { kind: 'login', login: 'perms-bot' })).toBeUndefined();
  });

  it('is left alone while the drift is the same, edited when it changes, closed when it is gone', () => {
    const input = { key: {}, title: 'Jira permissions drift', content: 'now', closing: 'bye' };
    const created = planDriftIssue({ ...input, existing: undefined, items: [item('A', 'Alice')] });
    expect(created.action).toBe('create');
    const body = created.action === 'create' ? created.body : '';
    const existing = issue(5, body, 'perms-bot');
    // The same drift with other words around it (a later window, another run): no edit.
    expect(planDriftIssue({ ...input, content: 'later', existing, items: [item('A', 'Alice')] })).toEqual({
      action: 'unchanged',
      number: 5,
    });
    expect(
      planDriftIssue({ ...input, existing, items: [item('A', 'Alice'), item('B', 'Priya')] }).action,
    ).toBe('update');
    expect(planDriftIssue({ ...input, existing, items: [] })).toEqual({
      action: 'close',
      number: 5,
      comment: 'bye',
    });
    expect(planDriftIssue({ ...input, existing: undefined, items: [] })).toEqual({ action: 'none' });
  });
});

describe("the merged pull request's comment", () => {
  it('gets the result on top, replacing an earlier result, and keeps the plan', () => {
    const marker = '<!-- jira-permissions-as-code:plan -->';
    const first = commentWithResult(marker, `${marker}\n### Plan\n\n1 to add`, 'RESULT 1');
    expect(first).toBe(`${marker}\nRESULT 1\n\n### Plan\n\n1 to add\n`);
    const start = '<!-- jira-permissions-as-code:apply-result -->';
    const end = '<!-- /jira-permissions-as-code:apply-result -->';
    const withBlock = commentWithResult(
      marker,
      `${marker}\n${start}\nold\n${end}\n\n### Plan`,
      `${start}\nnew\n${end}`,
    );
    expect(withBlock).toBe(`${marker}\n${start}\nnew\n${end}\n\n### Plan\n`);
  });
});
