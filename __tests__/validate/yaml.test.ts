import { describe, expect, it } from '@jest/globals';
import { constructFromEvents, parseEvents } from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { PositionMap, pathToPointer, pointerToPath } from '../../src/config/positions.js';
import { MAX_DEPTH, parseYamlDocument } from '../../src/config/yaml.js';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');

function parsed(text: string) {
  const result = parseYamlDocument(text);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to parse: ${JSON.stringify(result.problems)}`);
  return { ...result, positions: new PositionMap('f.yml', text, result.root) };
}

const SAMPLES = [
  'a: 1\nb: -2.5e3\nc: 0x1F\nd: 0o17\ne: .inf\nf: -.Inf\ng: .nan\n',
  'yes: no\non: off\ny: n\nt: true\nf: False\nn: ~\nnull: NULL\nempty:\n',
  'date: 2024-01-01\ntime: 2001-12-14t21:59:43.10-05:00\nversion: 1.10\noctal: 012\n',
  "q: \"a\\tb\\u00e9\"\ns: 'it''s'\nplain: a b  c\nmulti: first\n  second\n",
  'lit: |\n  one\n  two\nfold: >-\n  one\n  two\nkeep: |+\n  x\n\n',
  'flow: {a: [1, 2, {b: c}], d: []}\nseq:\n- a\n- - b\n  - c\n- {e: f}\n',
  '1: one\n0x10: sixteen\ntrue: yes\n"quoted key": v\n',
];

describe('parseYamlDocument', () => {
  it('builds the same value as js-yaml constructFromEvents (core schema) for every sample and valid fixture', () => {
    const texts = [
      ...SAMPLES,
      ...readdirSync(valid, { recursive: true })
        .map(String)
        .filter((file) => /\.ya?ml$/.test(file))
        .map((file) => readFileSync(join(valid, file), 'utf8').replace(/^\uFEFF/, '')),
    ];
    for (const text of texts) {
      const expected = constructFromEvents(parseEvents(text, {}), { source: text })[0];
      expect(parsed(text).value).toEqual(expected);
    }
  });

  it('keeps YAML 1.1 booleans and dates as text', () => {
    expect(parsed('a: no\nb: on\nc: y\nd: 2024-01-01\ne: yes\n').value).toEqual({
      a: 'no',
      b: 'on',
      c: 'y',
      d: '2024-01-01',
      e: 'yes',
    });
  });

  it('locates every node: scalars, quoted scalars, keys, collections, sequence items', () => {
    const text =
      'name: "Quoted"\ngrants:\n  BROWSE_PROJECTS:\n    - projectRole: Developers\n    - {group: {id: abc}}\n';
    const { positions } = parsed(text);
    const slice = (path: (string | number)[], key = false) => {
      const location = key ? positions.locateKey(path) : positions.locate(path);
      const lines = text.split('\n');
      const line = lines[location.line - 1] ?? '';
      return location.endLine === location.line
        ? line.slice(location.column - 1, (location.endColumn ?? location.column) - 1)
        : line.slice(location.column - 1);
    };
    expect(slice(['name'])).toBe('"Quoted"');
    expect(slice(['name'], true)).toBe('name');
    expect(slice(['grants', 'BROWSE_PROJECTS'], true)).toBe('BROWSE_PROJECTS');
    expect(slice(['grants', 'BROWSE_PROJECTS', 0])).toBe('projectRole: Developers');
    expect(slice(['grants', 'BROWSE_PROJECTS', 0, 'projectRole'])).toBe('Developers');
    expect(slice(['grants', 'BROWSE_PROJECTS', 1])).toBe('{group: {id: abc');
    expect(slice(['grants', 'BROWSE_PROJECTS', 1, 'group', 'id'])).toBe('abc');
    expect(positions.locate(['grants', 'BROWSE_PROJECTS', 1, 'group', 'id'])).toMatchObject({
      line: 5,
      column: 20,
    });
  });

  it('falls back to the nearest existing parent for a missing node', () => {
    const { positions } = parsed('name: x\ngrants:\n  BROWSE_PROJECTS: [assignee]\n');
    expect(positions.node(['grants', 'BROWSE_PROJECTS', 5]).exact).toBe(false);
    expect(positions.locate(['grants', 'BROWSE_PROJECTS', 5, 'group'])).toMatchObject({
      line: 3,
      column: 20,
    });
    expect(positions.locate(['grants', 'MISSING'])).toMatchObject({ line: 3, column: 3 });
    expect(positions.locateKey(['nothing'])).toMatchObject({ line: 1, column: 1 });
  });

  it('counts columns in UTF-16 code units after multi-byte characters', () => {
    const { positions } = parsed('name: "Zürich 😀"\nid: 5\ndescription: 😀 x\n');
    expect(positions.locate(['description'])).toMatchObject({ line: 3, column: 14, endColumn: 18 });
  });

  it('turns JSON pointers into paths and back, with ~0 and ~1 escapes', () => {
    expect(pointerToPath('/grants/a~1b/0/c~0d')).toEqual(['grants', 'a/b', '0', 'c~d']);
    expect(pathToPointer(['grants', 'a/b', 0, 'c~d'])).toBe('/grants/a~1b/0/c~0d');
    expect(pointerToPath('')).toEqual([]);
  });

  it('refuses nesting deeper than the bound before building anything, also for a 1 MiB flow bomb', () => {
    const bomb = `a: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`;
    const result = parseYamlDocument(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toBe(`nesting is deeper than ${MAX_DEPTH} levels`);
    expect(parseYamlDocument(`a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`).ok).toBe(true);
  });

  it('reports every problem of a file at once, in text order', () => {
    const result = parseYamlDocument('a: &x 1\nb: *x\nb: 2\nc: !!int 3\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.message)).toEqual([
        'anchors are not allowed (&x)',
        'aliases are not allowed (*x)',
        'duplicate key "b"',
        'tags are not allowed (!!int)',
      ]);
    }
  });

  it('accepts tabs inside text and after a dash, refuses them as indentation', () => {
    expect(parseYamlDocument('a: "x\ty"\nb: |\n  x\n  \ty\n').ok).toBe(true);
    const result = parseYamlDocument('a:\n  b: 1\n\tc: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ message: 'tabs are used for indentation', start: 10 });
  });
});
