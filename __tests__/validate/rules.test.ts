import { describe, expect, it } from '@jest/globals';

import { checkSchemeText } from '../../src/config/load.js';
import type { SchemeSpec } from '../../src/model/spec.js';
import { crossFileFindings } from '../../src/validate/cross-file.js';
import { lintSchemes, ruleSeverity } from '../../src/validate/lint.js';
import { RULES, RULE_IDS } from '../../src/validate/rules/index.js';

/** A scheme that every rule accepts, plus `extra` grant lines under `grants:`. */
function scheme(extra: string, file = 'scheme.yml', header = 'name: Team'): SchemeSpec {
  const text = `${header}\ngrants:\n  BROWSE_PROJECTS:\n    - projectRole: Users\n  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n${extra}`;
  const checked = checkSchemeText(text, file);
  if (checked.spec === undefined) throw new Error(JSON.stringify(checked.findings));
  return checked.spec;
}

function lint(spec: SchemeSpec, rules: Record<string, 'error' | 'warning' | 'off'> = {}) {
  return lintSchemes([spec], { rules }).map((finding) => ({
    at: `${finding.line}:${finding.column}`,
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
  }));
}

describe('lint rules', () => {
  it('each have an id, a description, a default severity and a fix', () => {
    expect(RULE_IDS).toEqual([
      'no-anonymous-access',
      'no-broad-admin',
      'duplicate-grant',
      'prefer-group-id',
      'browse-required',
      'admin-required',
      'product-permission',
    ]);
    for (const rule of RULES) {
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(rule.meta.docs.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(rule.meta.defaultSeverity);
    }
  });

  it('report nothing on a clean scheme', () => {
    expect(lint(scheme(''))).toEqual([]);
  });

  it('no-anonymous-access: anyone on any permission', () => {
    expect(lint(scheme('  ADD_COMMENTS:\n    - reporter\n    - anyone\n'))).toEqual([
      {
        at: '9:7',
        rule: 'no-anonymous-access',
        severity: 'error',
        message: 'ADD_COMMENTS is granted to anyone, including people who are not logged in',
      },
    ]);
  });

  it('no-broad-admin: admin, DELETE_ISSUES and DELETE_ALL_* to anyone or an application role', () => {
    const findings = lint(
      scheme(
        '  EDIT_WORKFLOW: [applicationRole]\n  DELETE_ISSUES:\n    - applicationRole: jira-software\n  DELETE_ALL_COMMENTS: [projectLead]\n  DELETE_OWN_COMMENTS: [applicationRole]\n',
      ),
    );
    expect(findings).toEqual([
      {
        at: '7:19',
        rule: 'no-broad-admin',
        severity: 'error',
        message: 'EDIT_WORKFLOW is granted to every logged-in user (applicationRole)',
      },
      {
        at: '9:7',
        rule: 'no-broad-admin',
        severity: 'error',
        message: 'DELETE_ISSUES is granted to every user of jira-software (applicationRole)',
      },
    ]);
    expect(lint(scheme('  DELETE_ALL_WORKLOGS: [anyone]\n'), { 'no-anonymous-access': 'off' })).toEqual([
      {
        at: '7:25',
        rule: 'no-broad-admin',
        severity: 'error',
        message: 'DELETE_ALL_WORKLOGS is granted to anyone',
      },
    ]);
  });

  it('duplicate-grant: the same holder twice, also across spelling variants', () => {
    const findings = lint(
      scheme(
        [
          '  CREATE_ISSUES:',
          '    - projectRole: 10002',
          '    - projectRole: {id: 10002}',
          '    - group: {name: Jira-Developers, id: abc}',
          '    - group: jira-developers',
          '    - user: {email: Ada@Example.com}',
          '    - user: {email: ada@example.com}',
          '    - user: abc',
          '    - group: {id: abc}',
          '    - applicationRole',
          '    - applicationRole: jira-software',
          '  EDIT_ISSUES:',
          '    - projectRole: 10002',
          '',
        ].join('\n'),
      ),
      { 'prefer-group-id': 'off' },
    );
    expect(findings.map((finding) => [finding.at, finding.message])).toEqual([
      ['9:7', 'projectRole 10002 is listed twice under CREATE_ISSUES (first at line 8)'],
      ['11:7', 'group jira-developers is listed twice under CREATE_ISSUES (first at line 10)'],
      ['13:7', 'user {email: ada@example.com} is listed twice under CREATE_ISSUES (first at line 12)'],
      ['15:7', 'group {id: abc} is listed twice under CREATE_ISSUES (first at line 10)'],
    ]);
  });

  it('duplicate-grant: compares by identity when a permission has many holders', () => {
    const holders = Array.from({ length: 30 }, (_, index) => `    - projectRole: ${index + 1}`);
    holders.push('    - projectRole: {id: 7}');
    const findings = lint(scheme(`  CREATE_ISSUES:\n${holders.join('\n')}\n`));
    expect(findings.map((finding) => finding.message)).toEqual([
      'projectRole 7 is listed twice under CREATE_ISSUES (first at line 14)',
    ]);
  });

  it('duplicate-grant: the same reports, in the same order, when a permission comes back after another', () => {
    const spec = scheme(
      [
        '  CREATE_ISSUES:',
        '    - reporter',
        '    - reporter',
        '    - assignee',
        '  EDIT_ISSUES:',
        '    - projectLead',
        '    - projectLead',
        '    - reporter',
        '  DELETE_ISSUES:',
        '    - reporter',
        '',
      ].join('\n'),
    );
    // As the loader lists them (each permission's grants together), then interleaved, as any other
    // maker of specs may: the rule checks each permission's grants among themselves either way.
    const listed = lint(spec);
    const [b, a, c1, c2, c3, e1, e2, e3, d] = spec.grants;
    const interleaved = lint({
      ...spec,
      grants: [c1, e1, b, c2, e2, d, c3, a, e3].flatMap((g) => (g ? [g] : [])),
    });
    expect(listed).toEqual([
      {
        at: '9:7',
        rule: 'duplicate-grant',
        severity: 'error',
        message: 'reporter is listed twice under CREATE_ISSUES (first at line 8)',
      },
      {
        at: '13:7',
        rule: 'duplicate-grant',
        severity: 'error',
        message: 'projectLead is listed twice under EDIT_ISSUES (first at line 12)',
      },
    ]);
    expect(interleaved).toEqual(listed);
  });

  it('prefer-group-id: a group by name only is a warning', () => {
    expect(lint(scheme('  CREATE_ISSUES:\n    - group: jira-developers\n    - group: {id: abc}\n'))).toEqual([
      {
        at: '8:7',
        rule: 'prefer-group-id',
        severity: 'warning',
        message: 'group "jira-developers" is given by name only under CREATE_ISSUES',
      },
    ]);
  });

  it('browse-required and admin-required: nobody can browse or administer', () => {
    const checked = checkSchemeText('name: Nobody\ngrants:\n  CREATE_ISSUES: [reporter]\n', 'nobody.yml');
    const findings = lintSchemes([checked.spec!], { rules: {} });
    expect(
      findings.map((finding) => [`${finding.line}:${finding.column}`, finding.ruleId, finding.message]),
    ).toEqual([
      [
        '1:7',
        'browse-required',
        'nobody can browse projects that use "Nobody": no holder has BROWSE_PROJECTS',
      ],
      [
        '1:7',
        'admin-required',
        'nobody can administer projects that use "Nobody": no holder has ADMINISTER_PROJECTS',
      ],
    ]);
  });

  it('product-permission: a Jira Software or Service Management key is a note, once per key', () => {
    expect(
      lint(
        scheme(
          '  MANAGE_SPRINTS_PERMISSION:\n    - projectRole: Developers\n    - projectLead\n  SERVICEDESK_AGENT: [projectLead]\n',
        ),
      ),
    ).toEqual([
      {
        at: '7:3',
        rule: 'product-permission',
        severity: 'info',
        message: 'MANAGE_SPRINTS_PERMISSION only has an effect on sites with Jira Software',
      },
      {
        at: '10:3',
        rule: 'product-permission',
        severity: 'info',
        message: 'SERVICEDESK_AGENT only has an effect on sites with Jira Service Management',
      },
    ]);
  });

  it('take their severity from the settings: error, warning, or off', () => {
    const spec = scheme('  ADD_COMMENTS: [anyone]\n  CREATE_ISSUES:\n    - group: devs\n');
    expect(
      lint(spec, { 'no-anonymous-access': 'warning', 'prefer-group-id': 'error' }).map((f) => [
        f.rule,
        f.severity,
      ]),
    ).toEqual([
      ['no-anonymous-access', 'warning'],
      ['prefer-group-id', 'error'],
    ]);
    expect(lint(spec, { 'no-anonymous-access': 'off', 'prefer-group-id': 'off' })).toEqual([]);
    const productRule = RULES.find((rule) => rule.meta.id === 'product-permission')!;
    expect(ruleSeverity(productRule, { rules: {} })).toBe('info');
    expect(ruleSeverity(productRule, { rules: { 'product-permission': 'off' } })).toBeUndefined();
  });
});

describe('cross-file checks', () => {
  it('report a scheme name used twice (compared without case) in both places', () => {
    const findings = crossFileFindings([
      scheme('', 'a.yml', 'name: Team'),
      scheme('', 'b.yml', 'name: Other'),
      scheme('', 'c.yml', 'name: team'),
    ]);
    expect(findings.map((finding) => [finding.file, finding.line, finding.ruleId, finding.message])).toEqual([
      ['a.yml', 1, 'unique-name', 'scheme name "Team" is also used by c.yml:1'],
      ['c.yml', 1, 'unique-name', 'scheme name "team" is also used by a.yml:1'],
    ]);
  });

  it('report a live scheme id bound twice, at each id', () => {
    const findings = crossFileFindings([
      scheme('', 'a.yml', 'name: A\nid: 10000'),
      scheme('', 'b.yml', 'name: B\nid: 10000'),
      scheme('', 'c.yml', 'name: C\nid: 10001'),
    ]);
    expect(
      findings.map((finding) => [finding.file, `${finding.line}:${finding.column}`, finding.message]),
    ).toEqual([
      ['a.yml', '2:5', 'scheme id 10000 is also bound by b.yml:2'],
      ['b.yml', '2:5', 'scheme id 10000 is also bound by a.yml:2'],
    ]);
  });
});
