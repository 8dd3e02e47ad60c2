import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { MAX_FINDINGS_PER_FILE, checkSchemeText, loadSchemeFile } from '../../src/config/load.js';

const folder = join(import.meta.dirname, '..', 'fixtures', 'invalid');

/**
 * Every file of the invalid corpus, with every finding it must produce: `line:column` and the exact
 * message. One real problem gives one finding (only alias.yml has two: the anchor and the alias).
 */
const EXPECTED: Record<string, [string, string][]> = {
  'alias.yml': [
    ['4:20', 'anchors are not allowed (&developers)'],
    ['6:18', 'aliases are not allowed (*developers)'],
  ],
  'anchor.yml': [['4:20', 'anchors are not allowed (&developers)']],
  'application-role-empty.yml': [['5:24', '"applicationRole" needs a value, not empty text']],
  'bad-indentation.yml': [['3:8', 'invalid YAML: bad indentation of a mapping entry']],
  'comment-only.yml': [['1:1', 'the file has only comments']],
  'complex-key.yml': [['4:5', 'a key must be plain text, not a mapping or a list']],
  'constructor-key.yml': [['5:15', 'the key "constructor" is not allowed']],
  'custom-field-number.yml': [['5:24', '"userCustomField" takes text, not the number 10020']],
  'description-list.yml': [['3:14', '"description" must be text, not a list']],
  'directive.yml': [['1:1', 'YAML directives (%YAML, %TAG) are not allowed']],
  'duplicate-key.yml': [['3:1', 'duplicate key "name" (first at line 2, column 1)']],
  'duplicate-permission.yml': [['6:3', 'duplicate key "BROWSE_PROJECTS" (first at line 4, column 3)']],
  'empty.yml': [['1:1', 'the file is empty']],
  'grants-list.yml': [
    ['4:3', '"grants" must be a mapping of permission keys to lists of holders, not a list'],
  ],
  'grants-null.yml': [
    ['3:1', '"grants" must be a mapping of permission keys to lists of holders, not nothing'],
  ],
  'group-empty-mapping.yml': [['5:14', '"group" needs id or name']],
  'group-id-number.yml': [['5:19', '"group.id" must be text, not number 12345']],
  'group-unknown-key.yml': [['5:15', 'unknown key "ids" in group — did you mean "id"?']],
  'holder-empty-entry.yml': [['6:5', 'empty holder entry']],
  'holder-list.yml': [
    ['5:7', 'a holder must be a holder type or a mapping of one holder type to its value, not a list'],
  ],
  'holder-needs-value.yml': [['5:7', '"group" needs a value']],
  'holder-null-value.yml': [['5:7', '"projectRole" needs a value']],
  'holder-number.yml': [
    ['5:7', 'a holder must be a holder type or a mapping of one holder type to its value, not number 10002'],
  ],
  'holder-takes-no-value.yml': [['5:7', '"assignee" takes no value']],
  'holder-two-keys.yml': [['6:7', 'a holder entry has one holder type; this one has 2 (group, projectRole)']],
  'holder-typo.yml': [['5:7', 'holder "grup" is not a holder type — did you mean "group"?']],
  'holder-unknown-bare.yml': [['5:7', 'holder "asignee" is not a holder type — did you mean "assignee"?']],
  'id-negative.yml': [['3:5', '"id" must not be negative']],
  'id-too-large.yml': [['3:5', '"id" is larger than any Jira scheme id']],
  'id-string.yml': [['3:5', '"id" must be a whole number (the live scheme\'s id), not "10001"']],
  'invalid-utf8.yml': [['3:17', 'the file is not valid UTF-8 (byte 0xe9 at byte offset 68)']],
  'merge-key.yml': [['4:3', 'merge keys (<<) are not allowed']],
  'missing-comma.yml': [
    ['4:54', 'invalid YAML: a comma is missing between two entries of a [...] list or {...} mapping'],
  ],
  'missing-grants.yml': [['2:1', 'missing "grants"']],
  'missing-name.yml': [['2:1', 'missing "name"']],
  'misspelt-grants.yml': [['3:1', 'unknown key "grants2" — did you mean "grants"?']],
  'multiple-documents.yml': [['5:1', 'a scheme file holds one document; found a second one']],
  'name-empty.yml': [['2:7', '"name" must not be empty']],
  'name-null.yml': [['2:1', '"name" must be text, not nothing']],
  'name-number.yml': [['2:7', '"name" must be text, not number 2024']],
  'overlong-utf8.yml': [['1:16', 'the file is not valid UTF-8 (byte 0xc0 at byte offset 15)']],
  'permission-empty-list.yml': [['4:3', 'BROWSE_PROJECTS lists no holders']],
  'permission-mapping.yml': [['5:5', 'BROWSE_PROJECTS must be a list of holders, not a mapping']],
  'permission-not-list.yml': [['4:20', 'BROWSE_PROJECTS must be a list of holders, not "projectLead"']],
  'permission-null.yml': [['4:3', 'BROWSE_PROJECTS lists no holders']],
  'project-role-both.yml': [['5:32', 'a projectRole is given by id or name, not both']],
  'project-role-id-string.yml': [['5:25', 'a project role id must be a positive whole number, not "10002"']],
  'project-role-zero.yml': [['5:20', 'a project role id must be a positive whole number, not 0']],
  'proto-key.yml': [['3:1', 'the key "__proto__" is not allowed']],
  'prototype-key.yml': [['4:3', 'the key "prototype" is not allowed']],
  'root-list.yml': [['2:1', 'a scheme file must be a mapping (name:, grants:, ...), not a list']],
  'root-scalar.yml': [
    // The value is the whole file: never quoted (#13), only described.
    ['2:1', 'a scheme file must be a mapping (name:, grants:, ...), not text (20 characters)'],
  ],
  'stray-line.yml': [['5:5', 'invalid YAML: bad indentation of a mapping entry']],
  'tab-in-flow.yml': [['5:1', 'tabs are used for indentation']],
  'tab-indentation.yml': [['5:1', 'tabs are used for indentation']],
  'tag-core.yml': [['2:7', 'tags are not allowed (!!str)']],
  'tag-custom.yml': [['4:20', 'tags are not allowed (!include)']],
  'too-deep-flow.yml': [['3:20', 'nesting is deeper than 12 levels']],
  'too-deep.yml': [['13:23', 'nesting is deeper than 12 levels']],
  'too-large.yml': [['1:1', 'the file is 1,048,600 bytes, over the 1 MiB (1,048,576 bytes) limit']],
  'unclosed-bracket.yml': [['4:20', 'a [ is not closed']],
  'unclosed-quote.yml': [
    ['2:7', 'a quoted value is not closed (" at the start of the value has no closing " on its line)'],
  ],
  'unknown-app-permission.yml': [['5:3', 'unknown permission "com.example.app__approve"']],
  'unknown-key.yml': [['3:1', 'unknown key "descripton" — did you mean "description"?']],
  'unknown-permission.yml': [['4:3', 'unknown permission "BROWSE_PROJECT" — did you mean BROWSE_PROJECTS?']],
  'user-bad-email.yml': [['5:21', '"ada.example.com" is not an email address']],
  'user-email-as-account.yml': [['5:13', '"ada@example.com" looks like an email address, not an account id']],
  'utf16.yml': [['1:1', 'the file is UTF-16, not UTF-8']],
};

describe('the invalid corpus', () => {
  it('has at least 40 files, each listed in the table', () => {
    const files = readdirSync(folder).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s: refused with the exact message and line:column',
    (file, expected) => {
      const loaded = loadSchemeFile(join(folder, file), `invalid/${file}`, new Set());
      expect(loaded.spec).toBeUndefined();
      expect(
        loaded.findings.map((finding) => [`${finding.line}:${finding.column}`, finding.message]),
      ).toEqual(expected);
      for (const finding of loaded.findings) {
        expect(finding.file).toBe(`invalid/${file}`);
        expect(finding.severity).toBe('error');
        expect(['yaml', 'schema']).toContain(finding.ruleId);
      }
    },
  );

  it('accepts an app permission once it is allowed', () => {
    const loaded = loadSchemeFile(
      join(folder, 'unknown-app-permission.yml'),
      'invalid/unknown-app-permission.yml',
      new Set(['com.example.app__approve']),
    );
    expect(loaded.findings).toEqual([]);
    expect(loaded.spec?.grants.map((grant) => grant.permission)).toEqual([
      'BROWSE_PROJECTS',
      'com.example.app__approve',
    ]);
  });

  it('gives a fix for every finding', () => {
    for (const file of Object.keys(EXPECTED)) {
      const loaded = loadSchemeFile(join(folder, file), `invalid/${file}`, new Set());
      for (const finding of loaded.findings) {
        expect(`${file}: ${finding.hint ?? ''}`).not.toBe(`${file}: `);
      }
    }
  });
});

describe('a file with very many mistakes', () => {
  it('reports the first 50 and says there are more', () => {
    const lines = ['name: Many mistakes', 'grants:'];
    for (let index = 0; index < 5000; index++) lines.push(`  BROWSE_PROJECTZ${index}: [grup]`);
    const checked = checkSchemeText(`${lines.join('\n')}\n`, 'many.yml');
    expect(checked.findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(checked.findings[0]).toMatchObject({
      line: 3,
      column: 3,
      message: 'unknown permission "BROWSE_PROJECTZ0" — did you mean BROWSE_PROJECTS?',
    });
    expect(checked.findings.at(-1)?.message).toBe(
      'more problems in this file are not shown (the first 50 are)',
    );
  });

  it('explains each failing holder once, however many there are in one list', () => {
    const holders = Array.from(
      { length: 3000 },
      (_, index) => `    - ${index % 2 === 0 ? 'assignee' : 'grup: x'}`,
    );
    const checked = checkSchemeText(
      `name: x\ngrants:\n  BROWSE_PROJECTS:\n${holders.join('\n')}\n`,
      'list.yml',
    );
    expect(checked.findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(checked.findings[0]).toMatchObject({
      line: 5,
      column: 7,
      message: 'holder "grup" is not a holder type — did you mean "group"?',
    });
    expect(checked.findings[1]).toMatchObject({ line: 7, column: 7 });
  });
});
