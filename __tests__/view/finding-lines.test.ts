import { describe, expect, it } from '@jest/globals';

import type { Finding } from '../../src/model/finding.js';
import { formatText } from '../../src/view/findings-text.js';
import { terminalSafe } from '../../src/view/terminal.js';

/** The text report of many findings is built in one pass; what it says stays line for line the same. */

function warning(line: number, hint: string): Finding {
  return {
    file: 'a.yml',
    line,
    column: 7,
    severity: 'warning',
    ruleId: 'prefer-group-id',
    messageId: 'name-only',
    message: `group "g${String(line)}" is given by name only under BROWSE_PROJECTS`,
    hint,
  };
}

describe('the text report', () => {
  it('puts the fix under every finding, also when thousands share it, each line made safe', () => {
    const shared = 'Write the group as {id: <groupId>}.\nSecond line.';
    const findings = [warning(3, shared), warning(1, shared), warning(2, 'Say \u001b[31mred\u001b[0m.')];
    expect(formatText(findings, { fileCount: 1 })).toBe(
      [
        'a.yml:1:7  warning  group "g1" is given by name only under BROWSE_PROJECTS  prefer-group-id',
        '    Write the group as {id: <groupId>}.',
        '    Second line.',
        'a.yml:2:7  warning  group "g2" is given by name only under BROWSE_PROJECTS  prefer-group-id',
        '    Say \\u001b[31mred\\u001b[0m.',
        'a.yml:3:7  warning  group "g3" is given by name only under BROWSE_PROJECTS  prefer-group-id',
        '    Write the group as {id: <groupId>}.',
        '    Second line.',
        '',
        '0 errors, 3 warnings in 1 file',
        '',
      ].join('\n'),
    );
    const many = Array.from({ length: 5000 }, (_, index) => warning(index + 1, shared));
    const text = formatText(many, { fileCount: 1 });
    expect(text.split('\n    Second line.\n')).toHaveLength(5001);
  });

  it('leaves line breaks and tabs of a whole output alone, and shows every other control character', () => {
    const text = 'a\tb\nc\u0008d\u000be\u001b]8;;x\u0007\u202e\r\n';
    expect(terminalSafe(text, { colour: false, live: false })).toBe(
      'a\tb\nc\\u0008d\\u000be\\u001b]8;;x\\u0007\\u202e\\u000d\n',
    );
  });
});
