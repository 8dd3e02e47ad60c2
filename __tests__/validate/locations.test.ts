import { describe, expect, it } from '@jest/globals';

import { checkSchemeText } from '../../src/config/load.js';
import { LineIndex } from '../../src/config/positions.js';
import type { SchemeSpec } from '../../src/model/spec.js';
import { lintSchemes } from '../../src/validate/lint.js';

/**
 * Grants keep offsets and find their line and column when asked (most never get a finding); what they
 * hand out must be the same plain locations as before, wherever the grant is written.
 */

const TEXT = `name: Team
grants:
  BROWSE_PROJECTS:
    - projectRole: Users
    - group: {name: "Jira Users"}
  ADMINISTER_PROJECTS: [projectRole: Administrators, 'projectLead']
`;

function load(text: string, file = 'team.yml'): SchemeSpec {
  const checked = checkSchemeText(text, file);
  if (checked.spec === undefined) throw new Error(JSON.stringify(checked.findings));
  return checked.spec;
}

describe('grant locations', () => {
  it('point at each holder and each permission key, block and flow forms alike', () => {
    // The values the loader gave when it computed every location up front (a flow mapping ends where
    // its last entry does).
    const grants = load(TEXT).grants;
    expect(grants.map((grant) => grant.location)).toEqual([
      { file: 'team.yml', line: 4, column: 7, endLine: 4, endColumn: 25 },
      { file: 'team.yml', line: 5, column: 7, endLine: 5, endColumn: 33 },
      { file: 'team.yml', line: 6, column: 25, endLine: 6, endColumn: 52 },
      { file: 'team.yml', line: 6, column: 54, endLine: 6, endColumn: 67 },
    ]);
    expect(grants.map((grant) => grant.permissionLocation)).toEqual([
      { file: 'team.yml', line: 3, column: 3, endLine: 3, endColumn: 18 },
      { file: 'team.yml', line: 3, column: 3, endLine: 3, endColumn: 18 },
      { file: 'team.yml', line: 6, column: 3, endLine: 6, endColumn: 22 },
      { file: 'team.yml', line: 6, column: 3, endLine: 6, endColumn: 22 },
    ]);
  });

  it('are plain objects, the same one each time: findings spread and serialise them', () => {
    const [grant] = load(TEXT).grants;
    expect(grant?.location).toBe(grant?.location);
    expect(Object.getPrototypeOf(grant?.location)).toBe(Object.prototype);
    expect({ ...grant?.location }).toEqual({
      file: 'team.yml',
      line: 4,
      column: 7,
      endLine: 4,
      endColumn: 25,
    });
    expect(JSON.parse(JSON.stringify({ ...grant?.permissionLocation }))).toMatchObject({
      line: 3,
      column: 3,
    });
  });

  it('are exact in files shorter and longer than 64 KiB (16- and 32-bit offset tables)', () => {
    const expected = load(TEXT).grants.map((grant) => [grant.location, grant.permissionLocation]);
    // 100-character comment lines before the file: 600 of them keep it under 65,536 characters, 700
    // put every grant past it; a file that ends exactly at 65,535 or 65,536 has its last holder there.
    const comment = `#${'x'.repeat(99)}\n`;
    for (const lines of [600, 700]) {
      const text = comment.repeat(lines) + TEXT;
      const shifted = (location: { line: number; endLine?: number }) => ({
        ...location,
        line: location.line + lines,
        endLine: (location.endLine ?? 0) + lines,
      });
      expect(text.length > 0xffff).toBe(lines === 700);
      expect(load(text).grants.map((grant) => [grant.location, grant.permissionLocation])).toEqual(
        expected.map((pair) => pair.map(shifted)),
      );
    }
    for (const length of [0xffff, 0x10000]) {
      const head = 'name: Edge\ngrants:\n  BROWSE_PROJECTS:\n';
      const padding = `#${'x'.repeat(length - head.length - '    - projectLead'.length - 2)}\n`;
      const text = `${padding}${head}    - projectLead`;
      expect(text.length).toBe(length);
      expect(load(text).grants[0]?.location).toEqual({
        file: 'team.yml',
        line: 5,
        column: 7,
        endLine: 5,
        endColumn: 18,
      });
    }
  });

  it('keep neither the text nor the position tree of the file', () => {
    const secret = 'a-comment-that-must-not-stay-in-memory';
    const [grant] = load(`# ${secret}\n${TEXT}`).grants;
    expect(JSON.stringify(grant)).not.toContain(secret);
    expect(Object.keys(grant ?? {}).sort()).toEqual(['holder', 'permission']);
    expect(grant?.location).toMatchObject({ line: 5, column: 7 });
  });

  it('reach the findings of the rules that use them', () => {
    const spec = load(TEXT);
    const [finding] = lintSchemes([spec], { rules: {} }).filter(
      (found) => found.ruleId === 'prefer-group-id',
    );
    expect(finding).toMatchObject({ file: 'team.yml', line: 5, column: 7, endLine: 5, endColumn: 33 });
    // The JSON report writes findings as they are: their keys keep this order.
    expect(Object.keys(finding ?? {})).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'ruleId',
      'messageId',
      'message',
      'hint',
    ]);
  });
});

describe('the line index', () => {
  it('turns offsets into 1-based lines and columns, at line starts, ends and the last line', () => {
    const index = new LineIndex('f.yml', 'ab\ncd\r\n\nlast');
    expect(index.lineColumn(0)).toEqual({ line: 1, column: 1 });
    expect(index.lineColumn(2)).toEqual({ line: 1, column: 3 });
    expect(index.lineColumn(3)).toEqual({ line: 2, column: 1 });
    expect(index.lineColumn(7)).toEqual({ line: 3, column: 1 });
    expect(index.range(8, 12)).toEqual({ file: 'f.yml', line: 4, column: 1, endLine: 4, endColumn: 5 });
    // An end before the start is read as the start (an empty range).
    expect(index.range(4, 1)).toEqual({ file: 'f.yml', line: 2, column: 2, endLine: 2, endColumn: 2 });
  });

  it('keeps each file its own lines, for files longer and shorter than the one before', () => {
    // The index is built in a reused table that grows (1,024 lines at first): every index made before,
    // after and across its growth answers for its own file.
    const made = [3, 5000, 1, 1023, 1024, 1025, 2].map((lines) => {
      const rows = Array.from({ length: lines }, (_, line) => 'x'.repeat(line % 7));
      return { rows, index: new LineIndex(`${String(lines)}.yml`, rows.join('\n')) };
    });
    for (const { rows, index } of made) {
      let start = 0;
      for (const [line, row] of rows.entries()) {
        if (line === 0 || line >= rows.length - 2 || line % 500 === 0) {
          expect([rows.length, index.lineColumn(start)]).toEqual([
            rows.length,
            { line: line + 1, column: 1 },
          ]);
          expect([rows.length, index.lineColumn(start + row.length)]).toEqual([
            rows.length,
            { line: line + 1, column: row.length + 1 },
          ]);
        }
        start += row.length + 1;
      }
    }
  });
});

describe('repeated notes', () => {
  it('name the other files in order, across thousands of files', () => {
    const text = (name: string) =>
      `name: ${name}\ngrants:\n  BROWSE_PROJECTS: [projectLead]\n  ADMINISTER_PROJECTS: [projectLead]\n  SERVICEDESK_AGENT: [projectLead, assignee]\n`;
    const specs = Array.from({ length: 3000 }, (_, index) =>
      load(text(`S${String(index)}`), `s-${String(index).padStart(4, '0')}.yml`),
    );
    const notes = lintSchemes(specs, { rules: {} }).filter((finding) => finding.severity === 'info');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 's-0000.yml', ruleId: 'product-permission', line: 5, column: 3 });
    expect(notes[0]?.message).toContain(
      'also in 2999 other files: s-0001.yml, s-0002.yml, s-0003.yml, and 2996 more',
    );
  });
});
