import { describe, expect, it } from '@jest/globals';

import { LazyList, batched, jsonPieces, toJson } from '../../src/view/json.js';
import { createRandom } from '../../src/sim/prng.js';

/**
 * A large document (a plan at scale is 12 MB) is written in pieces, its long lists element by element
 * (#18): the pieces together must be the bytes `toJson` writes for the same document, whole.
 */

interface Item {
  name: string;
  tags: string[];
}

const item = (name: string, tags: string[] = []): Item => ({ name, tags });
const asJson = (one: Item): unknown => ({ name: one.name, tags: one.tags, nested: { deep: [one.tags] } });

function materialised(document: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [
      key,
      value instanceof LazyList ? value.items.map((one) => (value as LazyList<unknown>).toJson(one)) : value,
    ]),
  );
}

describe('jsonPieces', () => {
  const documents: Record<string, Record<string, unknown>> = {
    empty: {},
    'lists empty and not, values of every kind': {
      version: 1,
      changes: new LazyList([item('a', ['x', 'y']), item('b'), item('line\nbreak "quoted"')], asJson),
      nothing: new LazyList([] as Item[], asJson),
      summary: { add: 2, access: { complete: false, budget: { limit: 3 } }, empty: {}, none: [] },
      text: 'plain',
      nil: null,
      last: new LazyList([item('only')], asJson),
    },
    'characters a terminal would hide, in keys, values and list elements': {
      'key\u202e': 'value\u2028with\u0085controls\u200f',
      list: new LazyList([item('bidi\u202aname', ['\u2066tag\u2069', '\u007f'])], asJson),
    },
  };

  it.each(Object.keys(documents))('gives the bytes toJson gives: %s', (name) => {
    const document = documents[name] ?? {};
    const pieces = [...jsonPieces(document)];
    expect(pieces.join('')).toBe(toJson(materialised(document)));
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.join('')).not.toMatch(/[\u2028\u202e\u202a\u2066\u007f]/);
  });

  it('makes each list element only when it is written', () => {
    const made: string[] = [];
    const list = new LazyList([item('a'), item('b')], (one) => {
      made.push(one.name);
      return one.name;
    });
    const pieces = jsonPieces({ list });
    pieces.next();
    pieces.next();
    expect(made).toEqual([]);
    pieces.next();
    expect(made).toEqual(['a']);
  });
});

/** The simulator's seeded generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number): () => number {
  const generator = createRandom(seed);
  return () => generator.next();
}

/**
 * Any value JSON.stringify takes without throwing, the ones it leaves out or writes as null included:
 * undefined, functions, symbols, non-finite numbers, `toJSON` (answering undefined, or an object with
 * its own toJSON, or something made of the key it is given), Dates, and characters a terminal hides.
 */
function anyValue(next: () => number, depth: number): unknown {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)] as T;
  const leaves: (() => unknown)[] = [
    () => undefined,
    () => null,
    () => () => 1,
    () => Symbol('s'),
    () => pick([0, -0, 1.5, -7, NaN, Infinity, 1e21]),
    () => pick([true, false]),
    () => pick(['', 'plain', 'line\nbreak "q" \\', '\u202e\u2028\u0085\u007f', '\u{1f600}']),
    () => new Date(Date.UTC(2026, 0, 2)),
    () => ({ toJSON: () => undefined }),
    () => ({ toJSON: (key: string) => ({ key, toJSON: () => 'inner toJSON not called twice' }) }),
  ];
  const kind = depth > 2 ? 0 : Math.floor(next() * 3);
  if (kind === 1) return Array.from({ length: Math.floor(next() * 4) }, () => anyValue(next, depth + 1));
  if (kind === 2) {
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 4) }, (_, at) => [
        pick(['a', `k${String(at)}`, '\u2066key', '__proto__', '1']),
        anyValue(next, depth + 1),
      ]),
    );
  }
  return pick(leaves)();
}

function anyDocument(next: () => number): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  const length = Math.floor(next() * 6);
  for (let at = 0; at < length; at += 1) {
    const key = ['version', 'list', 'z\u202e', String(at), `key${String(at)}`][Math.floor(next() * 5)] ?? 'k';
    if (next() < 0.3) {
      const items = Array.from({ length: Math.floor(next() * 4) }, () => anyValue(next, 1));
      // The mapper may answer anything, undefined included (written as null in a list).
      document[key] = new LazyList(items, (one) => (next() < 0.2 ? undefined : one));
    } else {
      document[key] = anyValue(next, 0);
    }
  }
  return document;
}

describe('jsonPieces, for any document', () => {
  it('joins into what JSON.stringify writes, leaving out what it leaves out', () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const document = anyDocument(random(seed));
      // The lists' mappers are drawn from the generator too: map each once, and replay the answers.
      const answers = new Map<LazyList<unknown>, unknown[]>();
      for (const value of Object.values(document)) {
        if (value instanceof LazyList) {
          const list = value as LazyList<unknown>;
          answers.set(
            list,
            list.items.map((one) => list.toJson(one)),
          );
        }
      }
      const replayed = Object.fromEntries(
        Object.entries(document).map(([key, value]) => {
          if (!(value instanceof LazyList)) return [key, value];
          const mapped = answers.get(value as LazyList<unknown>) ?? [];
          return [
            key,
            new LazyList(
              mapped.map((_, at) => at),
              (at: number) => mapped[at],
            ),
          ];
        }),
      );
      const pieces = [...jsonPieces(replayed)];
      const expected = toJson(materialised(replayed));
      // The seed beside the text, so a failure names the case to replay.
      expect({ seed, text: pieces.join('') }).toEqual({ seed, text: expected });
      for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    }
  });

  it('leaves out a property JSON.stringify leaves out, and writes null for such a list element', () => {
    const document = {
      first: undefined,
      list: new LazyList([1, 2], (one) => (one === 1 ? undefined : () => one)),
      middle: Symbol('left out'),
      kept: 1,
      last: { toJSON: () => undefined },
    };
    const text = [...jsonPieces(document)].join('');
    expect(text).toBe('{\n  "list": [\n    null,\n    null\n  ],\n  "kept": 1\n}\n');
    expect(text).toBe(toJson(materialised(document)));
    expect([...jsonPieces({ only: undefined })].join('')).toBe('{}\n');
  });
});

describe('batched', () => {
  it('gathers pieces into writes of about the size given, each ending at a line break', () => {
    const pieces = Array.from({ length: 100 }, (_, index) => `${'x'.repeat(index)}\n`);
    const writes = [...batched(pieces, 500)];
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.length).toBeLessThan(20);
    for (const write of writes) expect(write.endsWith('\n')).toBe(true);
  });
});
