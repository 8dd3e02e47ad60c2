/**
 * The JSON view: every JSON document the product prints or writes (plan, findings, journal, doctor,
 * SARIF) is made here. Besides what `JSON.stringify` escapes, characters that would reorder or hide text
 * on a terminal or in an editor (bidirectional controls, C1 controls, line and paragraph separators)
 * are written as `\uXXXX` escapes: the same value for every JSON reader, inert for people.
 */

const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function toJson(value: unknown): string {
  return `${escapeInvisible(JSON.stringify(value, null, 2))}\n`;
}

/** A list written element by element, each made only when it is written (see `jsonPieces`). */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown,
  ) {}
}

/**
 * The property `key: value` as `JSON.stringify` writes it inside an object at depth 1, or undefined
 * where it leaves the property out (undefined, a function, a symbol, a `toJSON` answering one of
 * those). Stringifying a one-property holder keeps every rule of JSON.stringify exactly, `toJSON`'s
 * key argument included, instead of copying them here.
 */
function property(key: string, value: unknown): string | undefined {
  const holder = JSON.stringify({ [key]: value }, null, 2);
  // `{\n  "key": value\n}`, or `{}` when the property is left out.
  return holder === '{}' ? undefined : holder.slice(2, -2);
}

/**
 * The list element `value` at `index` as JSON.stringify writes it in an array at depth 2 (a list
 * that is a property of the document): where an object leaves a property out, an array writes `null`.
 */
function element(index: number, value: unknown): string {
  const key = String(index);
  const written = property(key, value);
  if (written === undefined) return 'null';
  // `property` indents the lines after the first for depth 1; a raw line break in JSON text is only
  // ever indentation (strings escape theirs), so one more level is one more indent after each.
  return written.slice(`  ${JSON.stringify(key)}: `.length).replaceAll('\n', '\n  ');
}

/**
 * The same bytes as `toJson(document)` (each LazyList written as the array it maps to), in pieces
 * that each end with a line break: a large document (a plan at scale: 12 MB) is never one string, and
 * its lists' elements are made one at a time. Pieces end at line breaks, which in JSON text stand only
 * between tokens, so a secret can never be split across two of them.
 */
export function* jsonPieces(document: Record<string, unknown>): Generator<string> {
  // The last line written so far, without its line break: whether a comma follows it is known only
  // once a later property turns out to be written (JSON.stringify leaves some out).
  let pending: string | undefined;
  for (const [key, value] of Object.entries(document)) {
    if (value instanceof LazyList && value.items.length > 0) {
      const list = value as LazyList<unknown>;
      yield pending === undefined ? '{\n' : `${pending},\n`;
      yield escapeInvisible(`  ${JSON.stringify(key)}: [\n`);
      for (const [at, item] of list.items.entries()) {
        const comma = at === list.items.length - 1 ? '' : ',';
        yield escapeInvisible(`    ${element(at, list.toJson(item))}${comma}\n`);
      }
      pending = '  ]';
      continue;
    }
    const written = property(key, value instanceof LazyList ? [] : value);
    if (written === undefined) continue;
    yield pending === undefined ? '{\n' : `${pending},\n`;
    pending = escapeInvisible(written);
  }
  yield pending === undefined ? '{}\n' : `${pending}\n}\n`;
}

/** Pieces gathered into writes of about `size` characters, each still ending at a line break. */
export function* batched(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
