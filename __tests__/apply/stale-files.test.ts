import { describe, expect, it } from '@jest/globals';

import { explainStaleness, parsePlanFile } from '../../src/apply/stale.js';
import type { Plan, PlanChange } from '../../src/model/plan.js';
import { renderPlanJson } from '../../src/view/plan-json.js';

/** Issue #17: a stale plan names the files and the schemes that moved. */

function plan(changes: PlanChange[], files: Record<string, string>, filesHash: string): Plan {
  return {
    version: 1,
    changes,
    summary: {
      add: 0,
      remove: 0,
      createSchemes: 0,
      updateSchemes: 0,
      deleteSchemes: 0,
      schemesChanged: 0,
      projectsAffected: 0,
      assignProjects: 0,
    },
    fingerprints: {},
    filesHash,
    files,
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
  file: 'jira-permissions/software.yml',
};

describe('a stale plan file', () => {
  it('names the file that changed, and says a comment in an unrelated file changed nothing else', () => {
    const reviewed = plan(
      [addDevs],
      { 'jira-permissions/a.yml': 'h1', 'jira-permissions/software.yml': 's1' },
      'x1',
    );
    const fresh = plan(
      [addDevs],
      { 'jira-permissions/a.yml': 'h2', 'jira-permissions/software.yml': 's1' },
      'x2',
    );
    expect(explainStaleness({ reviewed, fresh })).toEqual([
      'the scheme files (or the settings file) changed since the plan was made (jira-permissions/a.yml changed): make a new plan from the files being applied',
    ]);
  });

  it('names added and removed files, and says which scheme changes come from a changed file', () => {
    const reviewed = plan(
      [addDevs],
      {
        '.jira-permissions.yml': 'c',
        'jira-permissions/old.yml': 'o',
        'jira-permissions/software.yml': 's1',
      },
      'x1',
    );
    const fresh = plan(
      [],
      {
        '.jira-permissions.yml': 'c',
        'jira-permissions/new.yml': 'n',
        'jira-permissions/software.yml': 's2',
      },
      'x2',
    );
    expect(explainStaleness({ reviewed, fresh })).toEqual([
      'the scheme files (or the settings file) changed since the plan was made (jira-permissions/new.yml added, jira-permissions/old.yml removed, jira-permissions/software.yml changed): make a new plan from the files being applied',
      'scheme "Software" (10001): adding grant EDIT_ISSUES group devs is no longer planned (its file jira-permissions/software.yml changed)',
    ]);
  });

  it('keeps the files in the plan file, and reads them back', () => {
    const written = plan([addDevs], { 'b.yml': '2', 'a.yml': '1' }, 'x');
    const text = renderPlanJson(written);
    expect(Object.keys((JSON.parse(text) as { files: object }).files)).toEqual(['a.yml', 'b.yml']);
    expect(parsePlanFile(text, 'plan.json').files).toEqual({ 'a.yml': '1', 'b.yml': '2' });
  });
});
