import { describe, expect, it } from '@jest/globals';

import { pinIdInText } from '../../src/export/pin-id.js';

/** `pin`'s edit, on text: one `id:` line under `name:`, everything else byte for byte. */

function pinned(text: string, id = 10007): string {
  const edit = pinIdInText(text, 'f.yml', id);
  if (!edit.ok) throw new Error(edit.reason);
  return edit.text;
}

describe('pinIdInText', () => {
  it('adds the line under name:, keeping comments, order, quoting and blank lines', () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/permission-scheme.schema.json',
      "name: 'Software: Development'   # the team's scheme",
      '',
      'description: "Default"',
      'grants:',
      '  BROWSE_PROJECTS: [ { projectRole: Developers } ]   # who sees it',
      '',
    ].join('\n');
    expect(pinned(text)).toBe(
      [
        '# yaml-language-server: $schema=../schemas/permission-scheme.schema.json',
        "name: 'Software: Development'   # the team's scheme",
        'id: 10007',
        '',
        'description: "Default"',
        'grants:',
        '  BROWSE_PROJECTS: [ { projectRole: Developers } ]   # who sees it',
        '',
      ].join('\n'),
    );
    expect(pinIdInText(text, 'f.yml', 10007)).toMatchObject({ ok: true, line: 3 });
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const text = '\uFEFFgrants:\r\n  BROWSE_PROJECTS: [anyone]\r\nname: Open\r\n';
    expect(pinned(text, 5)).toBe('\uFEFFgrants:\r\n  BROWSE_PROJECTS: [anyone]\r\nname: Open\r\nid: 5\r\n');
  });

  it('adds a last line to a file that ends without a line break', () => {
    expect(pinned('grants: {BROWSE_PROJECTS: [anyone]}\nname: Open', 0)).toBe(
      'grants: {BROWSE_PROJECTS: [anyone]}\nname: Open\nid: 0',
    );
  });

  it('goes after a name written over several lines', () => {
    const text = 'name: >-\n  A long\n  name\ngrants:\n  BROWSE_PROJECTS: [anyone]\n';
    expect(pinned(text, 3)).toBe('name: >-\n  A long\n  name\nid: 3\ngrants:\n  BROWSE_PROJECTS: [anyone]\n');
    const plain = 'name: A long\n  name\ngrants:\n  BROWSE_PROJECTS: [anyone]\n';
    expect(pinned(plain, 3)).toBe('name: A long\n  name\nid: 3\ngrants:\n  BROWSE_PROJECTS: [anyone]\n');
  });

  it('refuses what a one-line insertion would break, and a file that has an id already', () => {
    const flow = pinIdInText('{name: Open, grants: {BROWSE_PROJECTS: [anyone]}}\n', 'f.yml', 1);
    expect(flow).toEqual({ ok: false, reason: expect.stringContaining('not on a line of its own') });
    const sameLine = pinIdInText('{name: Open,\n grants: {BROWSE_PROJECTS: [anyone]}}\n', 'f.yml', 1);
    expect(sameLine.ok).toBe(false);
    expect(pinIdInText('name: Open\nid: 4\ngrants: {}\n', 'f.yml', 1)).toEqual({
      ok: false,
      reason: 'the file has an id: already',
    });
    expect(pinIdInText('name: [unclosed\n', 'f.yml', 1).ok).toBe(false);
  });
});
