import { describe, expect, it } from '@jest/globals';

import type { LoadedProject } from '../../src/config/load.js';
import type { Finding } from '../../src/model/finding.js';
import type { DesiredScheme } from '../../src/model/scheme.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import type { SchemeSpec } from '../../src/model/spec.js';
import { withoutFileGrants } from '../../src/plan/file-grants.js';

/**
 * What a plan that keeps only itself lets go of once the files are resolved: every file's own grants,
 * except in the files where a lint error may be about what Jira already has.
 */

const at = { file: 'a.yml', line: 1, column: 1, endLine: 1, endColumn: 5 };

function spec(file: string): SchemeSpec {
  return {
    file,
    name: file,
    nameLocation: at,
    grants: [
      { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' }, location: at, permissionLocation: at },
    ],
  };
}

function desired(file: string): DesiredScheme {
  const grant = { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' as const } };
  return {
    name: file,
    file,
    grants: [grant],
    grantSources: [{ holder: { type: 'anyone' }, location: at }],
  };
}

function finding(file: string, ruleId: string, severity: Finding['severity']): Finding {
  return { ...at, file, severity, ruleId, messageId: ruleId, message: ruleId };
}

const project: LoadedProject = {
  settings: DEFAULT_SETTINGS,
  schemes: [spec('a.yml'), spec('b.yml')],
  unverifiedSchemes: [spec('c.yml')],
  findings: [],
  files: [],
  folder: 'jira-permissions',
};

describe('withoutFileGrants', () => {
  it("drops every file's grants and grant sources when no finding may be already live", () => {
    const findings = [
      finding('a.yml', 'duplicate-grant', 'error'),
      finding('b.yml', 'no-anonymous-access', 'warning'),
    ];
    const slim = withoutFileGrants(project, [desired('a.yml'), desired('b.yml')], findings);
    expect(slim.project.schemes.map((one) => [one.file, one.grants.length])).toEqual([
      ['a.yml', 0],
      ['b.yml', 0],
    ]);
    expect(slim.project.unverifiedSchemes.map((one) => one.grants.length)).toEqual([0]);
    expect(slim.desired.map((one) => [one.file, one.grants.length, one.grantSources])).toEqual([
      ['a.yml', 1, undefined],
      ['b.yml', 1, undefined],
    ]);
    // The rest of each spec stays: names, places, settings, the loaded files.
    expect(slim.project.schemes[0]?.nameLocation).toBe(at);
    expect(slim.project.settings).toBe(project.settings);
    // Nothing given is changed.
    expect(project.schemes[0]?.grants).toHaveLength(1);
  });

  it('keeps the grants of the files where a lint error may be already live, and only those', () => {
    const schemes = [desired('a.yml'), desired('b.yml')];
    const slim = withoutFileGrants(project, schemes, [finding('b.yml', 'no-anonymous-access', 'error')]);
    expect(slim.project.schemes.map((one) => [one.file, one.grants.length])).toEqual([
      ['a.yml', 0],
      ['b.yml', 1],
    ]);
    expect(slim.desired[1]).toBe(schemes[1]);
    expect(slim.desired[0]?.grantSources).toBeUndefined();
  });
});
