import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkSchemeText } from '../../src/config/load.js';
import type { PositionNode } from '../../src/config/positions.js';
import { SHALLOW_LEVELS, parseYamlDocument } from '../../src/config/yaml.js';
import { plainValue, readSchemeYaml } from '../../src/config/yaml-fast.js';
import jsYaml from '../../src/util/js-yaml.cjs';
import { generatedYaml, mutated, random } from './generated-yaml.js';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const SEEDS = ['holder-forms.yml', 'quoted.yml', 'core-schema.yml', 'nested/deeper/flow-style.yaml'].map(
  (file) => readFileSync(join(valid, file), 'utf8'),
);
const NOISE = [
  ':',
  '-',
  ' ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '&a',
  '*a',
  '!',
  '%',
  '@',
  '|',
  '>',
  '?',
  ',',
  'x',
  '0',
  '\u00e9',
  '\u{1F600}',
];

function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = Math.floor(next() * 4);
    if (kind === 0) result = result.slice(0, at) + result.slice(at + 1);
    else if (kind === 1)
      result = result.slice(0, at) + (NOISE[Math.floor(next() * NOISE.length)] ?? '') + result.slice(at);
    else if (kind === 2) {
      const lines = result.split('\n');
      const line = Math.floor(next() * lines.length);
      lines.splice(line, 0, lines[line] ?? '');
      result = lines.join('\n');
    } else {
      const lines = result.split('\n');
      const a = Math.floor(next() * lines.length);
      const b = Math.floor(next() * lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      result = lines.join('\n');
    }
  }
  return result;
}

describe('mutated scheme files', () => {
  it('never crash the loader, and every outcome is either a spec or findings at real places', () => {
    const next = random(20261123);
    let refused = 0;
    for (let round = 0; round < 1500; round++) {
      const text = mutate(SEEDS[round % SEEDS.length] ?? '', next);
      const lineCount = text.split('\n').length;
      const checked = checkSchemeText(text, 'fuzz.yml');
      if (checked.spec === undefined) {
        refused++;
        expect([round, checked.findings.length > 0]).toEqual([round, true]);
      } else {
        expect([round, checked.findings]).toEqual([round, []]);
        for (const grant of checked.spec.grants) {
          expect(grant.location.line).toBeGreaterThanOrEqual(1);
          expect(grant.location.line).toBeLessThanOrEqual(lineCount);
        }
      }
      for (const finding of checked.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lineCount);
        expect(finding.column).toBeGreaterThanOrEqual(1);
        expect(finding.message.length).toBeGreaterThan(0);
        expect(['yaml', 'schema']).toContain(finding.ruleId);
      }
    }
    // The mutations are not all harmless (nor all fatal): both outcomes happen.
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(1500);
  });
});

/** A position tree down to `levels` below `node`, as plain data. */
function cut(node: PositionNode, levels: number): unknown {
  return {
    start: node.start,
    end: node.end,
    keyStart: node.keyStart,
    keyEnd: node.keyEnd,
    entries:
      levels > 0 && node.entries !== undefined
        ? [...node.entries].map(([key, child]) => [key, cut(child, levels - 1)])
        : undefined,
    items: levels > 0 ? node.items?.map((child) => cut(child, levels - 1)) : undefined,
  };
}

describe('the shallow parse', () => {
  it('gives the same value and positions down to the holder entries as the whole parse, or its answer', () => {
    const next = random(20261202);
    let shallow = 0;
    for (let round = 0; round < 3000; round++) {
      const text = mutate(SEEDS[round % SEEDS.length] ?? '', next);
      const whole = parseYamlDocument(text);
      const quick = parseYamlDocument(text, { shallow: true, fast: false });
      if (quick.ok && quick.shallow === true) {
        shallow++;
        expect([round, whole.ok]).toEqual([round, true]);
        if (!whole.ok) continue;
        expect([round, quick.value]).toEqual([round, whole.value]);
        expect([round, cut(quick.root, SHALLOW_LEVELS)]).toEqual([round, cut(whole.root, SHALLOW_LEVELS)]);
      } else {
        expect([round, quick]).toEqual([round, whole]);
      }
    }
    // Both ways are taken.
    expect(shallow).toBeGreaterThan(300);
    expect(shallow).toBeLessThan(3000);
  });
});

describe('the fast reader', () => {
  /** Whether the fast reader, when it answers, answers exactly what the events' shallow mode builds. */
  function check(text: string, round: number): boolean {
    const fast = readSchemeYaml(text);
    if (fast === undefined) return false;
    const events = parseYamlDocument(text, { shallow: true, fast: false });
    expect([round, events.ok && events.shallow]).toEqual([round, true]);
    if (!events.ok) return true;
    expect([round, fast.value]).toStrictEqual([round, events.value]);
    // Every level the events' shallow mode builds (it stops at SHALLOW_LEVELS by itself).
    expect([round, cut(fast.root, 10)]).toStrictEqual([round, cut(events.root, 10)]);
    return true;
  }

  it('builds the value and positions of the events path for generated scheme-like files, or gives up', () => {
    const next = random(20261202);
    let answered = 0;
    const rounds = 6000;
    for (let round = 0; round < rounds; round++) {
      const text = generatedYaml(next);
      if (check(round % 2 === 0 ? text : mutated(text, next), round)) answered++;
    }
    // Both ways are taken, and often.
    expect(answered).toBeGreaterThan(rounds / 8);
    expect(answered).toBeLessThan(rounds - rounds / 8);
  });

  it('does the same for mutated copies of the valid fixtures', () => {
    const next = random(18);
    let answered = 0;
    for (let round = 0; round < 3000; round++) {
      if (check(mutate(SEEDS[round % SEEDS.length] ?? '', next), round)) answered++;
    }
    expect(answered).toBeGreaterThan(300);
  });

  it('resolves plain scalars and keys as the core schema does, in every place one is written', () => {
    const scalars = [
      ...['0', '7', '-0', '+1', '-12', '007', '00', '01', '1_0', '0x1F', '0xg', '0x', '0o17', '0o8', '0o'],
      ...['0b1', '1e3', '1E3', '1e', '1e+', '1e+5', 'e1', '1.', '1.5', '.5', '-.5', '+.5e-3', '1.2.3'],
      ...['.inf', '-.inf', '+.INF', '.Inf', '.nan', '.NaN', '.NAN', '.nAn', '-.nan', '..', '.'],
      ...['~', '~x', 'null', 'Null', 'NULL', 'nULL', 'nul', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE'],
      ...['no', 'yes', 'on', 'off', 'y', 'n', '2024-01-01', '12:30', '1:2:3', '5b3c0001', '712020:0000-aaaa'],
      ...['0c1d0001-0000-4000-8000-000000000001', '1-2', '1+2', '1e3x', '0x1Fz', 'name', 'group', 'nameX'],
    ];
    let round = 0;
    let answered = 0;
    for (const scalar of scalars) {
      for (const text of [
        `k: ${scalar}\n`,
        `${scalar}: v\n`,
        `k:\n  - ${scalar}\n`,
        `k: [a, ${scalar}]\n`,
        `k: {${scalar}: ${scalar}}\n`,
      ]) {
        if (check(text, round++)) answered++;
      }
    }
    // Most are read here (a `-` first, and a `:` in a flow collection, go the other way).
    expect(answered).toBeGreaterThan(round * 0.8);
  });

  it('answers for a plain scalar exactly what the core schema resolves, without js-yaml for words', () => {
    const { CORE_SCHEMA } = jsYaml.jsYaml();
    const words = ['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
    // Every word, each with one character changed, added or taken away (case flips among them), and
    // random texts from the characters that start or end them, all compared with the core schema.
    const alphabet = '~nNtTfFuUlLrReEaAsS.0-+ x_:';
    const texts = new Set<string>([...words, '', 'n', 'N', 't', 'T', 'f', 'F', 'team-0001', 'nothing']);
    for (const word of words) {
      for (let at = 0; at <= word.length; at++) {
        texts.add(word.slice(0, at) + word.slice(at + 1));
        for (const char of alphabet) {
          texts.add(word.slice(0, at) + char + word.slice(at + 1));
          texts.add(word.slice(0, at) + char + word.slice(at));
        }
      }
    }
    const next = random(1812);
    for (let round = 0; round < 20000; round++) {
      let text = alphabet[Math.floor(next() * 7)] ?? '';
      const length = Math.floor(next() * 7);
      for (let index = 0; index < length; index++)
        text += alphabet[Math.floor(next() * alphabet.length)] ?? '';
      texts.add(text);
    }
    let resolved = 0;
    for (const text of texts) {
      const expected: unknown = CORE_SCHEMA.resolveImplicitScalarTag(text).value;
      expect([text, plainValue(text)]).toStrictEqual([text, expected]);
      if (typeof expected !== 'string') resolved++;
    }
    // Both answers, and all of the words, are met.
    expect(resolved).toBeGreaterThanOrEqual(words.length);
    expect(texts.size).toBeGreaterThan(5000);
  });

  it('answers for a digit string exactly what the core schema resolves, without js-yaml for short ids', () => {
    const { CORE_SCHEMA } = jsYaml.jsYaml();
    // Every length from 1 to 20: random digits, with one or more leading zeros, all zeros, all nines, and
    // the limits of the fast path (15 digits) and of exact doubles (16 and 17).
    const next = random(10001);
    const digits = (length: number): string => {
      let text = '';
      for (let index = 0; index < length; index++) text += String(Math.floor(next() * 10));
      return text;
    };
    const texts = new Set<string>(['', '0', '1', '9', '10', '10001', '9007199254740991', '9007199254740993']);
    for (let length = 1; length <= 20; length++) {
      texts.add('0'.repeat(length));
      texts.add('9'.repeat(length));
      texts.add(`1${'0'.repeat(length - 1)}`);
      for (let round = 0; round < 200; round++) {
        const text = digits(length);
        texts.add(text);
        texts.add(`0${text}`.slice(0, length));
        texts.add(`00${text}`.slice(0, length));
        texts.add(`1${text}`.slice(0, length));
      }
    }
    // Near misses, all left to the core schema: signs, negative zero, underscores, dots, exponents.
    for (const text of [
      '-0',
      '+0',
      '-1',
      '+10001',
      '-10001',
      '1_000',
      '10001.',
      '1.0',
      '1e3',
      '0.',
      '0e0',
      '00',
    ]) {
      texts.add(text);
    }
    const resolve = jest.spyOn(CORE_SCHEMA, 'resolveImplicitScalarTag');
    let fast = 0;
    try {
      for (const text of texts) {
        resolve.mockClear();
        const actual = plainValue(text);
        const asked = resolve.mock.calls.length;
        resolve.mockClear();
        const expected: unknown = CORE_SCHEMA.resolveImplicitScalarTag(text).value;
        // toStrictEqual tells 0 from -0.
        expect([text, actual]).toStrictEqual([text, expected]);
        // Of the digit strings, js-yaml is asked for exactly those the fast path leaves out.
        const short = /^(?:0|[1-9][0-9]{0,14})$/.test(text);
        if (/^[0-9]+$/.test(text)) expect([text, asked]).toEqual([text, short ? 0 : 1]);
        if (short) fast++;
      }
    } finally {
      resolve.mockRestore();
    }
    expect(fast).toBeGreaterThan(1000);
    expect(texts.size).toBeGreaterThan(fast + 1000);
  });

  it('reads the usual scheme file itself, and gives up on what needs the events path', () => {
    const usual = [
      '# yaml-language-server: $schema=../schemas/permission-scheme.schema.json',
      'name: Usual scheme',
      "description: 'A scheme: with a colon'",
      'id: 10001',
      'grants:',
      '  BROWSE_PROJECTS:',
      '    - projectRole: Developers   # a comment',
      '    - group: {name: team-0001, id: 5b3c0001-0000-4000-8000-000000000001}',
      '    - assignee',
      '  ADMINISTER_PROJECTS:',
      '  - user: 712020:00000001-aaaa-4bbb-8ccc-dddddddddddd',
      'projects: [ALPHA, "BETA"]',
      '',
    ].join('\n');
    expect(check(usual, 0)).toBe(true);
    expect(readSchemeYaml(usual)?.value).toEqual({
      name: 'Usual scheme',
      description: 'A scheme: with a colon',
      id: 10001,
      grants: {
        BROWSE_PROJECTS: [
          { projectRole: 'Developers' },
          { group: { name: 'team-0001', id: '5b3c0001-0000-4000-8000-000000000001' } },
          'assignee',
        ],
        ADMINISTER_PROJECTS: [{ user: '712020:00000001-aaaa-4bbb-8ccc-dddddddddddd' }],
      },
      projects: ['ALPHA', 'BETA'],
    });
    const outside = [
      usual.replace('    - assignee', '\t- assignee'),
      usual.replaceAll('\n', '\r\n'),
      usual.replace('name: Usual scheme', 'name: &a Usual scheme'),
      usual.replace('name: Usual scheme', 'name: !!str Usual scheme'),
      usual.replace('name: Usual scheme', 'name: |\n  Usual scheme'),
      usual.replace('name: Usual scheme', 'name: Usual\n  scheme'),
      usual.replace('name: Usual scheme', 'name: "Usual\\tscheme"'),
      usual.replace('name: Usual scheme', 'name:'),
      usual.replace('id: 10001', 'name: again'),
      usual.replace('id: 10001', '<<: {id: 1}'),
      usual.replace('id: 10001', '__proto__: 1'),
      `---\n${usual}`,
      `${usual}...\n`,
      usual.replace('    - assignee', '      - assignee'),
    ];
    for (const text of outside) expect([text, readSchemeYaml(text)]).toEqual([text, undefined]);
  });
});
