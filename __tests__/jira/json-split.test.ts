import { describe, expect, it } from '@jest/globals';

import { ElementSplitter } from '../../src/jira/json-split.js';

/** What a split answer gave: its elements (per array seen), the parsed rest, or why it failed. */
interface Split {
  arrays: unknown[][];
  rest: string;
  failure: SyntaxError | undefined;
}

function split(bytes: Uint8Array, chunkSize: number, field = 'permissionSchemes'): Split {
  const arrays: unknown[][] = [];
  const splitter = new ElementSplitter(field, {
    array: () => arrays.push([]),
    element: (value) => arrays[arrays.length - 1]?.push(value),
  });
  for (let at = 0; at < bytes.length && splitter.failure === undefined; at += chunkSize) {
    // Copies, as the network gives them: the splitter must not rely on one buffer behind all chunks.
    splitter.push(Uint8Array.from(bytes.subarray(at, at + chunkSize)));
  }
  return { arrays, rest: splitter.restText(), failure: splitter.failure };
}

/**
 * The answer as the split reading understands it: the rest parsed, the field's array put back together
 * from the elements handed over. Throws where reading it whole would (JSON.parse), or returns it.
 */
function reassembled(result: Split, field = 'permissionSchemes'): unknown {
  if (result.failure !== undefined) throw result.failure;
  const rest: unknown = JSON.parse(result.rest);
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return rest;
  const list = (rest as Record<string, unknown>)[field];
  if (!Array.isArray(list)) return rest;
  const elements = [...(result.arrays[result.arrays.length - 1] ?? [])];
  const rebuilt = list.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    expect(entry).toEqual({}); // a placeholder: every object or array element was handed over
    return elements.shift();
  });
  expect(elements).toEqual([]);
  return { ...rest, [field]: rebuilt };
}

function whole(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(bytes));
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Reading split gives what reading whole gives, or fails where it fails, for every chunk size given. */
function expectSameAsWhole(bytes: Uint8Array, sizes: readonly number[] = [1, 2, 3, 5, 7, 64, 1 << 20]): void {
  let expected: { value: unknown } | { error: true };
  try {
    expected = { value: whole(bytes) };
  } catch {
    expected = { error: true };
  }
  for (const size of sizes) {
    const result = split(bytes, size);
    if ('error' in expected) expect(() => reassembled(result)).toThrow(SyntaxError);
    else expect(reassembled(result)).toEqual(expected.value);
  }
}

const tricky = {
  before: { permissionSchemes: [{ not: 'this one' }], s: '[{"x"' },
  permissionSchemes: [
    { id: 1, name: 'braces } { and brackets ] [ in a name', permissions: [] },
    { id: 2, name: 'quotes " and \\" and backslashes \\\\ \\', description: '\\"}]' },
    {
      id: 3,
      name: 'Zoë’s 日本 🚀 scheme',
      permissions: [{ id: 7, holder: { type: 'group', parameter: 'é' } }],
    },
    { id: 4, name: '\u0000\u001f\u2028 escapes \n\t', nested: [[{ a: [] }], {}] },
    {},
    [],
    [1, { b: '}' }],
  ],
  after: ['permissionSchemes', { permissionSchemes: 1 }],
};

describe('ElementSplitter', () => {
  it('hands over each element, the rest keeping a {} in its place, at every chunk size', () => {
    const text = JSON.stringify(tricky, null, 1);
    for (const size of [1, 2, 3, 4, 5, 7, 11, 64, 1 << 20]) {
      const result = split(encode(text), size);
      expect(result.failure).toBeUndefined();
      expect(result.arrays).toEqual([tricky.permissionSchemes]);
      const rest = JSON.parse(result.rest) as Record<string, unknown>;
      expect(rest).toEqual({ ...tricky, permissionSchemes: tricky.permissionSchemes.map(() => ({})) });
    }
    expectSameAsWhole(encode(text));
  });

  it('reads chunks far longer than the block the fast path reads at once, strings and escapes across blocks', () => {
    // Many short strings with escapes (every alignment against the 64 KiB blocks), a string and a run of
    // spaces each longer than a RegExp could pass in one go (it throws past some millions of steps).
    const grants = Array.from({ length: 20_000 }, (_, id) => ({ id, note: `a\\"b${'é'.repeat(id % 7)}` }));
    const long = `${'x'.repeat(17_000_000)}\\"}]`;
    const text = `{"permissionSchemes":[{"permissions":${JSON.stringify(grants)}},{"long":${JSON.stringify(long)}},{"id":1${' '.repeat(17_000_000)}}],"x":[{}]}`;
    const bytes = encode(text);
    for (const size of [bytes.length, 100_003]) {
      const result = split(bytes, size);
      expect(result.failure).toBeUndefined();
      expect(result.arrays).toEqual([[{ permissions: grants }, { long }, { id: 1 }]]);
      expect(JSON.parse(result.rest)).toEqual({ permissionSchemes: [{}, {}, {}], x: [{}] });
    }
  });

  it('keeps numbers, strings and literals in the list as they are (the caller judges them)', () => {
    const text = '{"permissionSchemes":[1,"two",{"id":3},null,true,-0.5e3]}';
    const result = split(encode(text), 3);
    expect(result.arrays).toEqual([[{ id: 3 }]]);
    expect(JSON.parse(result.rest)).toEqual({ permissionSchemes: [1, 'two', {}, null, true, -500] });
  });

  it('reads an empty list, an answer without the field and an empty object', () => {
    for (const text of [
      '{"permissionSchemes":[]}',
      '{ "permissionSchemes" : [ ] , "x": 1 }',
      '{"other":[{}]}',
      '{}',
    ]) {
      expectSameAsWhole(encode(text));
    }
    expect(split(encode('{"permissionSchemes":[]}'), 1).arrays).toEqual([[]]);
    expect(split(encode('{"other":[{"a":1}]}'), 1).arrays).toEqual([]);
  });

  it('recognises the field spelt with escapes, and takes the last of a repeated field as JSON.parse does', () => {
    const escaped = '{"permission\\u0053chemes":[{"id":1}]}';
    expect(split(encode(escaped), 2).arrays).toEqual([[{ id: 1 }]]);
    const repeated = '{"permissionSchemes":[{"id":1}],"permissionSchemes":[{"id":2},{"id":3}]}';
    const result = split(encode(repeated), 4);
    expect(result.arrays).toEqual([[{ id: 1 }], [{ id: 2 }, { id: 3 }]]);
    expect(reassembled(result)).toEqual(whole(encode(repeated)));
  });

  it('splits nothing when the field is not a list or is nested deeper', () => {
    for (const text of [
      '{"permissionSchemes":{"a":[{"id":1}]}}',
      '{"x":{"permissionSchemes":[{"id":1}]}}',
      '{"permissionSchemes":"[{\\"id\\":1}]"}',
      '[{"permissionSchemes":[{"id":1}]}]',
    ]) {
      const result = split(encode(text), 1);
      expect(result.arrays).toEqual([]);
      expect(JSON.parse(result.rest)).toEqual(JSON.parse(text));
    }
  });

  it('drops a leading byte-order mark, even split across chunks, as TextDecoder does', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('{"permissionSchemes":[{"id":1}]}')]);
    for (const size of [1, 2, 3, 4, 100]) {
      const result = split(bom, size);
      expect(result.arrays).toEqual([[{ id: 1 }]]);
      expect(JSON.parse(result.rest)).toEqual({ permissionSchemes: [{}] });
    }
    // Half a mark, or one after whitespace, is not dropped: the answer is not JSON either way.
    expectSameAsWhole(Uint8Array.from([0xef, 0xbb, ...encode('{"permissionSchemes":[]}')]));
    expectSameAsWhole(Uint8Array.from([0x20, 0xef, 0xbb, 0xbf, ...encode('{"permissionSchemes":[]}')]));
  });

  it('keeps an answer that is not an object whole (an HTML page, a bare list)', () => {
    const page = '<!DOCTYPE html><html><body>{"permissionSchemes":[{"id":1}]}</body></html>';
    const result = split(encode(page), 5);
    expect(result.arrays).toEqual([]);
    expect(result.rest).toBe(page);
    expect(split(encode('  [ {"id": 1} ]'), 2).rest).toBe('  [ {"id": 1} ]');
  });

  it('fails on every truncation of a valid answer, wherever it is cut', () => {
    const bytes = encode(JSON.stringify(tricky));
    for (let cut = 0; cut < bytes.length; cut++) {
      const prefix = bytes.subarray(0, cut);
      for (const size of [1, 9, 1 << 20]) {
        expect(() => reassembled(split(prefix, size))).toThrow(SyntaxError);
      }
    }
  });

  it('agrees with JSON.parse on answers broken by one byte removed, doubled or changed', () => {
    const bytes = encode(
      JSON.stringify({ a: '{', permissionSchemes: [{ id: 1, n: 'x"]' }, [2], { b: [{}] }], z: 0 }),
    );
    const variants: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at++) {
      variants.push(Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]));
      variants.push(Uint8Array.from([...bytes.subarray(0, at + 1), ...bytes.subarray(at)]));
      for (const byte of [0x7b, 0x7d, 0x5b, 0x5d, 0x22, 0x5c, 0x2c, 0x3a, 0x31]) {
        const changed = Uint8Array.from(bytes);
        changed[at] = byte;
        variants.push(changed);
      }
    }
    for (const variant of variants) expectSameAsWhole(variant, [1, 4, 1 << 20]);
  });

  it('reports an element that is not JSON and stops handing over', () => {
    const result = split(encode('{"permissionSchemes":[{"id":1},{"id":2,}],"x":1}'), 1);
    expect(result.arrays).toEqual([[{ id: 1 }]]);
    expect(result.failure).toBeInstanceOf(SyntaxError);
  });

  it('keeps only the rest: the braces, the commas and a {} for each element', () => {
    const element = JSON.stringify({ id: 1, name: 'n'.repeat(10_000) });
    const seen: unknown[] = [];
    const splitter = new ElementSplitter('permissionSchemes', {
      array: () => undefined,
      element: (value) => seen.push(value),
    });
    const chunks = [`{"permissionSchemes":[${element},${element}`, `,${element}]}`];
    for (const chunk of chunks) splitter.push(encode(chunk));
    expect(seen).toHaveLength(3);
    expect(splitter.restText()).toBe('{"permissionSchemes":[{},{},{}]}');
    expect(splitter.bytes).toBe(chunks.join('').length);
  });
});
