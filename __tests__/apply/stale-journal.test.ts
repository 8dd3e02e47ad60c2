import { describe, expect, it } from '@jest/globals';

import { countEntries, entryFromChange, type Journal } from '../../src/apply/journal.js';
import { journalMarkdown, progressLine } from '../../src/view/apply.js';
import { escapeMarkdown } from '../../src/view/markdown.js';
import { explainStaleness, parsePlanFile } from '../../src/apply/stale.js';
import type { Plan, PlanChange } from '../../src/model/plan.js';

function plan(changes: PlanChange[], fingerprints: Record<string, string> = {}, filesHash = 'files-1'): Plan {
  return {
    version: 1,
    changes,
    summary: {
      add: 0,
      assignProjects: 0,
      remove: 0,
      createSchemes: 0,
      updateSchemes: 0,
      deleteSchemes: 0,
      schemesChanged: 0,
      projectsAffected: 0,
    },
    fingerprints,
    filesHash,
    guardrails: [],
    blastRadius: [],
    unmanaged: [],
    kept: [],
    findings: [],
  };
}

const addDevs: PlanChange = {
  action: 'add-grant',
  scheme: 'Software',
  schemeId: 10001,
  permission: 'EDIT_ISSUES',
  holder: { type: 'group', parameter: 'devs', value: 'g1' },
  label: 'group devs',
};
const removeX: PlanChange = {
  action: 'remove-grant',
  scheme: 'Software',
  schemeId: 10001,
  permission: 'BROWSE_PROJECTS',
  holder: { type: 'group', parameter: 'x', value: 'gx' },
  label: 'group x',
  grantId: 7,
};

describe('stale plan detection', () => {
  it('accepts a plan identical to the fresh one', () => {
    expect(
      explainStaleness({
        reviewed: plan([addDevs], { '10001': 'a' }),
        fresh: plan([addDevs], { '10001': 'a' }),
      }),
    ).toEqual([]);
  });

  it('names a grant added in Jira since the plan was made', () => {
    const reasons = explainStaleness({
      reviewed: plan([addDevs], { '10001': 'a' }),
      fresh: plan([addDevs, removeX], { '10001': 'b' }),
    });
    expect(reasons).toEqual([
      'scheme "Software" (10001): grant BROWSE_PROJECTS group x was added in Jira since the plan was made (apply would now remove it)',
    ]);
  });

  it('names an add that Jira already has, a removal already made, and a re-created grant', () => {
    const recreated = { ...removeX, grantId: 8 };
    expect(explainStaleness({ reviewed: plan([addDevs]), fresh: plan([]) })).toEqual([
      'scheme "Software" (10001): grant EDIT_ISSUES group devs was added in Jira since the plan was made (the reviewed plan added it)',
    ]);
    expect(explainStaleness({ reviewed: plan([removeX]), fresh: plan([]) })[0]).toContain(
      'grant BROWSE_PROJECTS group x was removed from Jira since the plan was made',
    );
    expect(explainStaleness({ reviewed: plan([removeX]), fresh: plan([recreated]) })[0]).toContain(
      'grant id 7 is now 8',
    );
  });

  it('reports moved fingerprints and changed files even when the changes match', () => {
    const reasons = explainStaleness({
      reviewed: plan([addDevs], { '10001': 'a' }, 'files-1'),
      fresh: plan([addDevs], { '10001': 'b' }, 'files-2'),
    });
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain('the scheme files (or the settings file) changed');
    expect(reasons[1]).toBe(
      'scheme "Software" (10001): its live grants changed in Jira since the plan was made (fingerprint a is now b)',
    );
  });

  it('reads plan files and refuses what is not one', () => {
    const good = plan([addDevs]);
    expect(parsePlanFile(JSON.stringify(good), 'plan.json')).toEqual(good);
    expect(() => parsePlanFile('{', 'plan.json')).toThrow('plan.json is not JSON');
    expect(() => parsePlanFile('{"version":2}', 'plan.json')).toThrow('version 2; expected 1');
    expect(() => parsePlanFile(JSON.stringify({ ...good, fingerprints: undefined }), 'p.json')).toThrow(
      'no "fingerprints"',
    );
    expect(() => parsePlanFile(JSON.stringify({ ...good, changes: [{ action: 'x' }] }), 'p.json')).toThrow(
      'change 1 is not a plan change',
    );
  });
});

describe('journal rendering', () => {
  it('prints progress lines with counts', () => {
    const entry = entryFromChange(addDevs, 12);
    entry.result = 'done';
    expect(progressLine(entry, 12, 40)).toBe(
      '[12/40] + EDIT_ISSUES group devs in "Software" (10001) ... done',
    );
    entry.result = 'failed';
    entry.detail = 'boom';
    expect(progressLine(entry, 3, 40)).toBe(
      '[ 3/40] + EDIT_ISSUES group devs in "Software" (10001) ... failed: boom',
    );
  });

  it('renders Markdown with failures first and user text escaped', () => {
    const ok = { ...entryFromChange(addDevs, 1), result: 'done' as const };
    const bad = {
      ...entryFromChange({ ...removeX, scheme: '<b>@team</b> | x', label: 'group *x*' }, 2),
      result: 'failed' as const,
      detail: 'Jira said <no>',
    };
    const journal: Journal = {
      version: 1,
      outcome: 'failed',
      message: 'Apply failed',
      startedAt: 't0',
      finishedAt: 't1',
      counts: countEntries([ok, bad]),
      entries: [ok, bad],
      remaining: [removeX],
      refusals: [],
    };
    const markdown = journalMarkdown(journal);
    expect(markdown.startsWith('## Apply: FAILED\n')).toBe(true);
    expect(markdown).toContain('Apply failed (1 done, 1 failed, 0 skipped)');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('@team');
    expect(markdown.indexOf('| 2 |')).toBeLessThan(markdown.indexOf('| 1 |'));
    expect(markdown).toContain('Jira said \\<no\\>');
    expect(escapeMarkdown('a|b @c *d*')).toBe('a\\|b @\u200Dc \\*d\\*');
  });
});
