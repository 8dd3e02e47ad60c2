import { describe, expect, it } from '@jest/globals';

import { LazyList, batched, jsonPieces, toJson } from '../../src/view/json.js';

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
