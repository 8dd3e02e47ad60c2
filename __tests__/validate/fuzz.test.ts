import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkSchemeText } from '../../src/config/load.js';
import type { PositionNode } from '../../src/config/positions.js';
import { SHALLOW_LEVELS, parseYamlDocument } from '../../src/config/yaml.js';

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

/** A small deterministic generator (mulberry32), so a failure can be reproduced from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
      const quick = parseYamlDocument(text, { shallow: true });
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
