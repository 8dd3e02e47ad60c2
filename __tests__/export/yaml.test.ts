import { describe, expect, it } from '@jest/globals';
import { CORE_SCHEMA, YAML11_SCHEMA, load } from 'js-yaml';

import { blockValue, commentText, doubleQuoted, isPlainSafe, scalar } from '../../src/export/yaml.js';
import { createRandom } from '../../src/sim/prng.js';

/** Reads `text` the way this product does (1.2 core) and the way older tools do (1.1). */
function readBoth(text: string): unknown[] {
  return [load(text, { schema: CORE_SCHEMA }), load(text, { schema: YAML11_SCHEMA })];
}

function expectBlockRoundTrip(value: string): void {
  for (const read of readBoth(`key: ${scalar(value)}\n`)) expect(read).toEqual({ key: value });
}

function expectFlowRoundTrip(value: string): void {
  for (const read of readBoth(`key: {name: ${scalar(value, 'flow')}, id: x}\n`)) {
    expect(read).toEqual({ key: { name: value, id: 'x' } });
  }
  for (const read of readBoth(`key: [${scalar(value, 'flow')}, b]\n`))
    expect(read).toEqual({ key: [value, 'b'] });
}

/** The simulator's seeded generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number): () => number {
  const generator = createRandom(seed);
  return () => generator.next();
}

const TRICKY_PIECES = [
  'a',
  'Z',
  '0',
  '1',
  '9',
  '.',
  '-',
  '+',
  '_',
  ':',
  ': ',
  ' #',
  '#',
  ' ',
  '  ',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '?',
  '~',
  '\\',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '\u0000',
  '\u001b',
  '\u007f',
  'é',
  'ß',
  '日本',
  '😀',
  'yes',
  'no',
  'null',
  'true',
  'e',
  'x',
  '0x',
  '0o',
  'inf',
  'nan',
  '---',
  '...',
  '=',
  '<<',
  '2024-01-02',
];

describe('scalar', () => {
  it.each([
    'no',
    'No',
    'NO',
    'yes',
    'Yes',
    'on',
    'off',
    'y',
    'n',
    'Y',
    'N',
    'true',
    'False',
    'null',
    'Null',
    '~',
    '',
    '10000',
    '-1',
    '+5',
    '0x1F',
    '0o17',
    '017',
    '1_000',
    '1e3',
    '1.5',
    '.5',
    '1.2.3',
    '.inf',
    '-.Inf',
    '.NaN',
    '1:20',
    '190:20:30.15',
    '2001-12-14',
    '2001-12-14 21:59:43.10 -5',
    '=',
    '<<',
    '@team',
    '*star',
    '&anchor',
    '!tag',
    '#hash',
    '%percent',
    '`tick',
    '|pipe',
    '>fold',
    "'single",
    '"double',
    '- dash',
    '-dash',
    '? question',
    ':colon',
    '[bracket',
    '{brace',
    ',comma',
    'key: value',
    'ends with colon:',
    'text # comment',
    ' leading',
    'trailing ',
    'tab\tinside',
    'line\nbreak',
    'cr\rhere',
    'nel\u0085here',
    'ls\u2028here',
    'bom\ufeffhere',
    'nul\u0000here',
    'del\u007fhere',
    'c1\u0090here',
    '...',
    '--- marker',
    'ünïcödé',
    '日本語のスキーム',
    'emoji 😀 ok',
  ])('reads %j back as the same string (1.2 core and 1.1)', (value) => {
    expectBlockRoundTrip(value);
    expectFlowRoundTrip(value);
  });

  it('quotes the words and numbers some reader would not take for strings', () => {
    for (const word of [
      'no',
      'yes',
      'on',
      'off',
      'null',
      'true',
      '~',
      '',
      '10000',
      '1e3',
      '0777',
      '1:20',
      '2001-12-14',
    ]) {
      expect(isPlainSafe(word)).toBe(false);
    }
  });

  it('leaves ordinary names plain, so files stay readable', () => {
    for (const name of [
      'Default Permission Scheme',
      'jira-software-users',
      'Administrators',
      'com.example.app__approve',
      '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
      '5b10a2844c20165700ede21g',
      'customfield_10020',
      'ünïcödé names',
      '2024 roadmap',
      'sd.customer.portal.only',
      "O'Brien's team",
    ]) {
      expect(scalar(name)).toBe(name);
    }
  });

  it('keeps flow indicators out of plain scalars inside {…} and […] only', () => {
    expect(scalar('a,b')).toBe('a,b');
    expect(scalar('a,b', 'flow')).toBe('"a,b"');
    expect(scalar('x{y}', 'flow')).toBe('"x{y}"');
  });

  it('escapes what a reader could lose, and nothing printable', () => {
    expect(doubleQuoted('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(doubleQuoted('tab\there\nnext')).toBe('"tab\\there\\nnext"');
    expect(doubleQuoted('\u0000\u007f\u0085\u2028\ufeff')).toBe('"\\0\\x7F\\N\\L\\uFEFF"');
    expect(doubleQuoted('é 😀')).toBe('"é 😀"');
  });

  it('reads back every one of 1,500 random strings built from tricky pieces', () => {
    const next = random(20261123);
    for (let round = 0; round < 1500; round++) {
      const length = 1 + Math.floor(next() * 5);
      let value = '';
      for (let i = 0; i < length; i++)
        value += TRICKY_PIECES[Math.floor(next() * TRICKY_PIECES.length)] ?? '';
      expectBlockRoundTrip(value);
      expectFlowRoundTrip(value);
    }
  });
});

describe('blockValue', () => {
  it('writes multi-line text as a literal block that reads back exactly', () => {
    const text = 'First line\n\n  indented: yes # not a comment\nlast';
    const lines = blockValue(text, '  ');
    expect(lines[0]).toBe('|-');
    for (const read of readBoth(`description: ${lines.join('\n')}\nnext: 1\n`)) {
      expect(read).toEqual({ description: text, next: 1 });
    }
  });

  it.each([
    'ends with newline\n',
    ' leading space\nx',
    'trailing space \nx',
    'cr\r\nx',
    'bell\u0007\nx',
    '\nstarts empty',
  ])('falls back to double quotes for %j', (text) => {
    const lines = blockValue(text, '  ');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith('"')).toBe(true);
    for (const read of readBoth(`description: ${lines.join('\n')}\n`))
      expect(read).toEqual({ description: text });
  });
});

describe('commentText', () => {
  it('keeps a comment on one line whatever the name holds', () => {
    expect(commentText('Alana\nGrant')).toBe('Alana Grant');
    expect(commentText('a\r\n# injected: true')).toBe('a # injected: true');
    expect(commentText('tab\tand\u2028ls')).toBe('tab and ls');
  });
});
