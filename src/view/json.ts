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

/** `value` as JSON.stringify(value, null, 2) writes it at `depth`: each line after the first indented. */
function nested(value: unknown, depth: number): string {
  // A raw line break in JSON text is only ever indentation: strings escape theirs.
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * The same bytes as `toJson(document)` (each LazyList written as the array it maps to), in pieces
 * that each end with a line break: a large document (a plan at scale: 12 MB) is never one string, and
 * its lists' elements are made one at a time. Pieces end at line breaks, which in JSON text stand only
 * between tokens, so a secret can never be split across two of them.
 */
export function* jsonPieces(document: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(document);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [index, [key, value]] of entries.entries()) {
    const end = index === entries.length - 1 ? '\n' : ',\n';
    const name = `  ${JSON.stringify(key)}: `;
    if (!(value instanceof LazyList) || value.items.length === 0) {
      yield escapeInvisible(`${name}${nested(value instanceof LazyList ? [] : value, 1)}${end}`);
      continue;
    }
    const list = value as LazyList<unknown>;
    yield escapeInvisible(`${name}[\n`);
    for (const [at, item] of list.items.entries()) {
      const comma = at === list.items.length - 1 ? '' : ',';
      yield escapeInvisible(`    ${nested(list.toJson(item), 2)}${comma}\n`);
    }
    yield `  ]${end}`;
  }
  yield '}\n';
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
