import { describe, expect, it } from '@jest/globals';
import draft04 from 'ajv-draft-04';
import { readFileSync } from 'node:fs';

import type { Finding } from '../../src/model/finding.js';
import { formatJson, jsonReport } from '../../src/view/findings-json.js';
import { formatSarif, sarifReport } from '../../src/view/sarif.js';
import { findingsCountLine } from '../../src/view/finding.js';
import { formatText } from '../../src/view/findings-text.js';
import { ALL_CHECKS } from '../../src/validate/checks.js';
import { referencePath } from '../support/reference.js';

const FINDINGS: Finding[] = [
  {
    file: 'jira-permissions/team.yml',
    line: 9,
    column: 7,
    endLine: 9,
    endColumn: 13,
    severity: 'warning',
    ruleId: 'prefer-group-id',
    message: 'group "devs" is given by name only under CREATE_ISSUES',
    hint: 'Write the group as {id: <groupId>}.',
  },
  {
    file: 'jira-permissions/team.yml',
    line: 4,
    column: 3,
    severity: 'error',
    ruleId: 'schema',
    message: 'unknown permission "BROWSE_PROJECT" — did you mean BROWSE_PROJECTS?',
    hint: 'Built-in keys are listed in the README.\nApps: customPermissions.',
  },
  {
    file: 'jira-permissions/a b/ops.yml',
    line: 1,
    column: 1,
    severity: 'info',
    ruleId: 'product-permission',
    message: 'VIEW_DEV_TOOLS only has an effect on sites with Jira Software',
  },
  {
    file: 'jira-permissions/team.yml',
    line: 2,
    column: 1,
    severity: 'error',
    ruleId: 'unresolved-group',
    message: 'group "devs" does not exist in Jira',
  },
];

describe('text report', () => {
  it('prints file:line:col  severity  message  rule, the fix indented below, then the count', () => {
    expect(formatText(FINDINGS, { fileCount: 3 })).toBe(
      [
        'jira-permissions/a b/ops.yml:1:1  info  VIEW_DEV_TOOLS only has an effect on sites with Jira Software  product-permission',
        'jira-permissions/team.yml:2:1  error  group "devs" does not exist in Jira  unresolved-group',
        'jira-permissions/team.yml:4:3  error  unknown permission "BROWSE_PROJECT" — did you mean BROWSE_PROJECTS?  schema',
        '    Built-in keys are listed in the README.',
        '    Apps: customPermissions.',
        'jira-permissions/team.yml:9:7  warning  group "devs" is given by name only under CREATE_ISSUES  prefer-group-id',
        '    Write the group as {id: <groupId>}.',
        '',
        '2 errors, 1 warning, 1 note in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing, and counts in the singular', () => {
    expect(formatText([], { fileCount: 1 })).toBe('no problems in 1 file\n');
    expect(findingsCountLine([FINDINGS[1]!], 2)).toBe('1 error, 0 warnings in 2 files');
  });

  it('colours severities only when asked', () => {
    expect(formatText(FINDINGS, { fileCount: 3, color: true })).toContain('\u001b[31merror\u001b[0m');
    expect(formatText(FINDINGS, { fileCount: 3 })).not.toContain('\u001b[');
  });
});

describe('json report', () => {
  it('is one document with a summary and the findings in stable order', () => {
    const report = jsonReport(FINDINGS, 3);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, notes: 1, files: 3 });
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'jira-permissions/a b/ops.yml:1',
      'jira-permissions/team.yml:2',
      'jira-permissions/team.yml:4',
      'jira-permissions/team.yml:9',
    ]);
    expect(JSON.parse(formatJson([...FINDINGS].reverse(), 3))).toEqual(report);
  });
});

describe('sarif report', () => {
  const sarifSchemaPath = referencePath('sarif-schema-2.1.0.json');

  it('is valid SARIF 2.1.0 (the OASIS schema, copied into __tests__/reference)', () => {
    const schema = JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as Record<string, unknown>;
    const Ajv04 = draft04 as unknown as new (options: object) => {
      compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown };
    };
    const validate = new Ajv04({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    const log = JSON.parse(formatSarif(FINDINGS)) as unknown;
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validate(JSON.parse(formatSarif([])))).toBe(true);
  });

  it('lists every check and rule, and a result per finding with its region', () => {
    const log = sarifReport(FINDINGS);
    const run = log.runs[0]!;
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id);
    expect(ruleIds).toEqual([...ALL_CHECKS.map((check) => check.id), 'unresolved-group']);
    expect(run.results).toHaveLength(4);
    const warning = run.results.find((result) => result.ruleId === 'prefer-group-id')!;
    expect(warning.level).toBe('warning');
    expect(run.tool.driver.rules[warning.ruleIndex]?.id).toBe('prefer-group-id');
    expect(warning.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'jira-permissions/team.yml', uriBaseId: 'SRCROOT' },
      region: { startLine: 9, startColumn: 7, endLine: 9, endColumn: 13 },
    });
    expect(run.results.find((result) => result.ruleId === 'product-permission')?.level).toBe('note');
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'jira-permissions/a%20b/ops.yml',
    );
    expect(run.tool.driver.rules.find((rule) => rule.id === 'no-anonymous-access')).toMatchObject({
      name: 'NoAnonymousAccess',
      defaultConfiguration: { level: 'error' },
    });
  });
});
