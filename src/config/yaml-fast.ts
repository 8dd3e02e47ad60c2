import lazyYaml from '../util/js-yaml.cjs';

import { HOLDER_TYPES } from '../model/holder.js';
import { BUILT_IN_PERMISSIONS } from '../model/permissions.js';
import { positionNode, type PositionNode } from './positions.js';

/**
 * The levels a shallow parse gives positions: the document (0), its entries (1: name, grants, projects),
 * a permission's list and a project key (2), a holder entry (3). What a valid scheme file's spec needs.
 */
export const SHALLOW_LEVELS = 3;

/** What {@link readSchemeYaml} answers: the value and its positions down to {@link SHALLOW_LEVELS}. */
export interface FastParse {
  value: Record<string, unknown>;
  root: PositionNode;
}

/**
 * Reads the YAML that scheme files are written in, by hand over the text, without js-yaml's parser:
 * block mappings and sequences indented with spaces, plain and quoted scalars on one line, comments,
 * and flow collections of scalars on one line (`[a, b]`, `{name: x, id: y}`). It builds exactly the
 * value and the positions that the event path's shallow mode (yaml.ts) builds, and answers undefined at
 * anything else and at any doubt (tabs, carriage returns, anchors, tags, block or multi-line scalars,
 * escapes, empty values, duplicate or refused keys, document markers, unusual indentation, ...): the
 * event path then reads the file as before, with its exact problems. Plain scalars resolve through
 * js-yaml's own core schema whenever their first character could make them anything but text, but for
 * the null and bool words and short digit strings such as ids, answered here without loading js-yaml.
 *
 * The parse costs a fraction of js-yaml's event parse plus the walk over its events, and a run reads
 * thousands of files: this is the validate command's hottest code.
 */
export function readSchemeYaml(text: string): FastParse | undefined {
  if (UNSUPPORTED_CHARACTER.test(text) || hasDocumentMarker(text)) return undefined;
  const reader = new Reader(text);
  try {
    return reader.document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * Anything but a newline and printable characters, and the characters that need care (tabs, carriage
 * returns, the byte order mark, line and paragraph separators, code points beyond the basic plane).
 */
const UNSUPPORTED_CHARACTER = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

/** Whether a line starts with `---` or `...` (which may start or end a document). */
function hasDocumentMarker(text: string): boolean {
  return text.startsWith('---') || text.startsWith('...') || text.includes('\n---') || text.includes('\n...');
}

/** Thrown (one instance, no stack trace per file) when the text leaves the subset. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('outside the fast subset');

/** Keys that would reach `Object.prototype` machinery in whoever consumes the value. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The words scheme files use as keys and as bare holders, by length and first character: a key or plain
 * scalar written as one of them becomes the word's own (internalised) string instead of a new slice of
 * the text, which every property store and lookup would have to find in V8's string table again. None
 * of them resolves to anything but text in the core schema.
 */
const KNOWN_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
  const words = new Map<number, string[]>();
  for (const word of [
    'name',
    'description',
    'id',
    'grants',
    'projects',
    'key',
    'accountId',
    'email',
    ...HOLDER_TYPES,
    ...BUILT_IN_PERMISSIONS.map((permission) => permission.key),
  ]) {
    const slot = wordSlot(word.length, word.charCodeAt(0));
    const list = words.get(slot) ?? [];
    if (!list.includes(word)) list.push(word);
    words.set(slot, list);
  }
  return words;
})();

function wordSlot(length: number, first: number): number {
  return length * 65536 + first;
}

/** A table of the ASCII characters in `chars` (characters from 128 up are never in one). */
function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let index = 0; index < chars.length; index++) table[chars.charCodeAt(index)] = 1;
  return table;
}

/** First characters after which js-yaml's core schema may resolve a plain scalar to something but text. */
const RESOLVED_FIRST = asciiTable('~nNtTfF-+.0123456789');
/** Every character of a decimal integer or float that starts with a digit (the core schema's patterns). */
const NUMBER_CHARACTER = asciiTable('0123456789.eE+-');
/** Characters a plain key stops or gives up at, to be looked at closer. */
const KEY_STOP = asciiTable('\n:#[]{},\'"');
/** Characters a plain scalar in a flow collection stops or gives up at (a space is looked at too). */
const FLOW_STOP = asciiTable('\n :#[]{},\'"');

/** Characters that may not start a plain scalar here (YAML indicators; `-`, `?`, `:` given up on too). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((char) => char.charCodeAt(0)));

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SINGLE = 39;
const DOUBLE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const ZERO = 48;
const ONE = 49;
const NINE = 57;

/** Deepest collection nesting read here (a scheme file needs five levels); deeper goes the other way. */
const MAX_FAST_DEPTH = 8;

/** Longest key read here: js-yaml refuses implicit keys past 1,024 characters. */
const MAX_KEY = 1000;

/**
 * What js-yaml's core schema makes of the plain scalars that start with `~`, `n`, `N`, `t`, `T`, `f` or
 * `F` (its null and bool tags are the only ones for those characters): these words, and text otherwise.
 * Answered here, without js-yaml's search of its tags (group names such as `team-a` start with one of
 * them), and without loading js-yaml; a test checks every answer against the core schema's.
 */
const CORE_WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

/** First characters of the scalars {@link CORE_WORDS} answers for. */
const WORD_FIRST = asciiTable('~nNtTfF');

/** A plain scalar's value, as js-yaml's core schema resolves it. */
export function plainValue(source: string): unknown {
  const first = source.charCodeAt(0);
  if (first >= 128 || RESOLVED_FIRST[first] === 0) return source;
  if (WORD_FIRST[first] === 1) {
    const word = CORE_WORDS.get(source);
    return word === undefined ? source : word;
  }
  const id = shortDecimal(source, first);
  if (id !== undefined) return id;
  // Group and account ids often start with a digit: one character no decimal number has makes it text
  // (the core schema's other numbers start with 0x or 0o).
  if (first >= 48 && first <= 57 && !source.startsWith('0x') && !source.startsWith('0o')) {
    for (let index = 1; index < source.length; index++) {
      const char = source.charCodeAt(index);
      if (char >= 128 || NUMBER_CHARACTER[char] === 0) return source;
    }
  }
  return lazyYaml.jsYaml().CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}

/**
 * Most digits a decimal gets read here: up to 15 every integer is exact in a double, so `Number` and the
 * core schema's `parseInt` give the same value. Longer ones go to js-yaml, which rounds its own way.
 */
const MAX_SHORT_DECIMAL = 15;

/**
 * The number that a plain scalar of digits alone is (`10001`, `0`), as the core schema resolves it; an
 * exported file's `id:` lines and `{id: 10002}` holders are such scalars, and js-yaml would load for the
 * first of them. Only `0` itself and 1 to {@link MAX_SHORT_DECIMAL} digits without a leading zero:
 * leading zeros, signs (`-0` is negative zero), underscores, dots and exponents go on to the core schema,
 * whose answers for them differ between its versions. A test compares this with the core schema.
 */
function shortDecimal(source: string, first: number): number | undefined {
  const length = source.length;
  if (first === ZERO) return length === 1 ? 0 : undefined;
  // Written so that the empty scalar's NaN (which `Number('')` would make 0) fails it too.
  if (!(first >= ONE && first <= NINE) || length > MAX_SHORT_DECIMAL) return undefined;
  for (let index = 1; index < length; index++) {
    const char = source.charCodeAt(index);
    if (char < ZERO || char > NINE) return undefined;
  }
  return Number(source);
}

class Reader {
  private readonly text: string;
  private readonly length: number;
  /** The first character of the current content line (the line's length when at the end). */
  private pos = 0;
  /** The current content line's indentation; -1 at the end of the text. */
  private indent = -1;
  /** Where the last scalar read ends (a collection's node ends there, as in yaml.ts). */
  private lastEnd = 0;
  /** The node of the value just read, when its level has one. */
  private node: PositionNode | undefined;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  document(): FastParse {
    this.toContent(0);
    if (this.indent !== 0) throw GIVE_UP;
    const value = this.blockMapping(0, 0);
    const root = this.node;
    if (!this.atEnd() || root === undefined) throw GIVE_UP;
    return { value, root };
  }

  private atEnd(): boolean {
    return this.indent === -1;
  }

  /** The known word written from `start` to `end`, if it is one (see {@link KNOWN_WORDS}). */
  private knownWord(start: number, end: number): string | undefined {
    const candidates = KNOWN_WORDS.get(wordSlot(end - start, this.text.charCodeAt(start)));
    if (candidates === undefined) return undefined;
    for (const word of candidates) if (this.text.startsWith(word, start)) return word;
    return undefined;
  }

  /** A plain scalar's value (see {@link plainValue}), a known word's own string when it is one. */
  private plain(start: number, end: number): unknown {
    return this.knownWord(start, end) ?? plainValue(this.text.slice(start, end));
  }

  private code(index: number): number {
    return this.text.charCodeAt(index);
  }

  /** Moves to the first line from `from` (a line start) with content: blank and comment lines skipped. */
  private toContent(from: number): void {
    const text = this.text;
    let line = from;
    for (;;) {
      let index = line;
      while (text.charCodeAt(index) === SPACE) index++;
      if (index >= this.length) {
        this.pos = this.length;
        this.indent = -1;
        return;
      }
      const char = text.charCodeAt(index);
      if (char === NEWLINE) {
        line = index + 1;
        continue;
      }
      if (char === HASH) {
        const end = text.indexOf('\n', index);
        if (end === -1) {
          this.pos = this.length;
          this.indent = -1;
          return;
        }
        line = end + 1;
        continue;
      }
      this.pos = index;
      this.indent = index - line;
      return;
    }
  }

  /**
   * After a value written on its line, ending at `at`: only spaces and a comment may follow, and the next
   * line that is not blank (a comment included) may not be indented past `limit` (it would continue a
   * scalar, or be a mistake). Moves to the next content line.
   */
  private endLine(at: number, limit: number): void {
    const text = this.text;
    let index = at;
    while (text.charCodeAt(index) === SPACE) index++;
    if (index < this.length && text.charCodeAt(index) === HASH) {
      if (index === at) throw GIVE_UP;
      const end = text.indexOf('\n', index);
      index = end === -1 ? this.length : end;
    }
    if (index < this.length && text.charCodeAt(index) !== NEWLINE) throw GIVE_UP;
    let line = index + 1;
    for (;;) {
      let first = line;
      while (text.charCodeAt(first) === SPACE) first++;
      if (first >= this.length) break;
      if (text.charCodeAt(first) === NEWLINE) {
        line = first + 1;
        continue;
      }
      if (first - line > limit) throw GIVE_UP;
      if (text.charCodeAt(first) !== HASH) {
        // A content line: it is where the next value starts (toContent would find it again).
        this.pos = first;
        this.indent = first - line;
        return;
      }
      break;
    }
    this.toContent(Math.min(line, this.length));
  }

  /** A block mapping whose keys start at column `indent`; the current line holds its first key. */
  private blockMapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const value: Record<string, unknown> = {};
    let node: PositionNode | undefined;
    let entries: Map<string, PositionNode> | undefined;
    if (depth <= SHALLOW_LEVELS) {
      node = positionNode(this.pos, this.pos + 1);
      if (depth < SHALLOW_LEVELS) node.entries = entries = new Map();
    }
    for (;;) {
      const keyStart = this.pos;
      const colon = this.blockKey(keyStart);
      const first = this.code(keyStart);
      let name: string;
      let keyEnd: number;
      if (first === SINGLE || first === DOUBLE) {
        name = this.quotedText(keyStart, colon - 1);
        keyEnd = colon;
        if (colon - 1 > this.lastEnd) this.lastEnd = colon - 1;
      } else {
        const known = this.knownWord(keyStart, colon);
        const raw = known ?? this.text.slice(keyStart, colon);
        name = known ?? (raw === '<<' ? '' : String(plainValue(raw)));
        keyEnd = colon;
        if (colon > this.lastEnd) this.lastEnd = colon;
      }
      if (name === '' || FORBIDDEN_KEYS.has(name) || Object.hasOwn(value, name)) throw GIVE_UP;
      let at = colon + 1;
      while (this.code(at) === SPACE) at++;
      let child: unknown;
      const next = this.code(at);
      if (at >= this.length || next === NEWLINE || next === HASH) {
        // The value is on the lines below: a list (which may start at the key's own column) or a mapping.
        const end = next === HASH ? this.text.indexOf('\n', at) : at;
        this.toContent(end === -1 || end >= this.length ? this.length : end + 1);
        if (this.indent < indent) throw GIVE_UP;
        if (this.isDash(this.pos)) child = this.blockSequence(this.indent, depth + 1);
        else if (this.indent > indent) child = this.blockMapping(this.indent, depth + 1);
        else throw GIVE_UP;
      } else {
        child = this.inline(at, depth + 1, indent);
      }
      value[name] = child;
      const childNode = this.node;
      if (childNode !== undefined) {
        childNode.keyStart = keyStart;
        childNode.keyEnd = keyEnd;
        entries?.set(name, childNode);
      }
      if (this.indent < indent) break;
      if (this.indent > indent) throw GIVE_UP;
    }
    if (node !== undefined && this.lastEnd > node.end) node.end = this.lastEnd;
    this.node = node;
    return value;
  }

  /** Whether a `-` entry starts at `at`. */
  private isDash(at: number): boolean {
    if (this.code(at) !== DASH) return false;
    const after = this.code(at + 1);
    return at + 1 >= this.length || after === SPACE || after === NEWLINE;
  }

  /**
   * The key starting at `start` on the current line (plain, or quoted on one line): returns the offset
   * of the `:` that ends it (followed by a space or the line's end).
   */
  private blockKey(start: number): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === SINGLE || first === DOUBLE) {
      const close = this.quotedEnd(start);
      const after = text.charCodeAt(close + 2);
      if (
        text.charCodeAt(close + 1) !== COLON ||
        !(close + 2 >= this.length || after === SPACE || after === NEWLINE)
      )
        throw GIVE_UP;
      return close + 1;
    }
    if (INDICATORS.has(first)) throw GIVE_UP;
    for (let index = start + 1; index - start <= MAX_KEY; index++) {
      if (index >= this.length) throw GIVE_UP;
      const char = text.charCodeAt(index);
      if (char >= 128 || KEY_STOP[char] === 0) continue;
      if (char === COLON) {
        const after = text.charCodeAt(index + 1);
        if (index + 1 >= this.length || after === SPACE || after === NEWLINE) {
          if (text.charCodeAt(index - 1) === SPACE) throw GIVE_UP;
          return index;
        }
      } else if (
        char === NEWLINE ||
        (char === HASH && text.charCodeAt(index - 1) === SPACE) ||
        char === OPEN_BRACKET ||
        char === CLOSE_BRACKET ||
        char === OPEN_BRACE ||
        char === CLOSE_BRACE ||
        char === COMMA ||
        char === SINGLE ||
        char === DOUBLE
      ) {
        throw GIVE_UP;
      }
    }
    throw GIVE_UP;
  }

  /** A block sequence whose `-` entries are at column `indent`; the current line holds its first `-`. */
  private blockSequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const value: unknown[] = [];
    let node: PositionNode | undefined;
    let items: PositionNode[] | undefined;
    if (depth <= SHALLOW_LEVELS) {
      node = positionNode(this.pos, this.pos + 1);
      if (depth < SHALLOW_LEVELS) node.items = items = [];
    }
    for (;;) {
      const dash = this.pos;
      const lineStart = dash - indent;
      let at = dash + 1;
      while (this.code(at) === SPACE) at++;
      const next = this.code(at);
      let item: unknown;
      if (at >= this.length || next === NEWLINE || (next === HASH && at > dash + 1)) {
        // The entry is a mapping on the lines below.
        const end = next === HASH ? this.text.indexOf('\n', at) : at;
        this.toContent(end === -1 || end >= this.length ? this.length : end + 1);
        if (this.indent <= indent || this.isDash(this.pos)) throw GIVE_UP;
        item = this.blockMapping(this.indent, depth + 1);
      } else if (next === DASH || next === HASH || at === dash + 1) {
        throw GIVE_UP;
      } else if (
        next !== SINGLE &&
        next !== DOUBLE &&
        next !== OPEN_BRACKET &&
        next !== OPEN_BRACE &&
        this.hasKey(at)
      ) {
        // `- key: value`: a mapping whose keys line up with this first one.
        this.pos = at;
        this.indent = at - lineStart;
        item = this.blockMapping(this.indent, depth + 1);
      } else {
        item = this.inline(at, depth + 1, indent);
      }
      value.push(item);
      if (this.node !== undefined) items?.push(this.node);
      if (this.indent < indent) break;
      if (this.indent > indent) throw GIVE_UP;
      if (!this.isDash(this.pos)) break;
    }
    if (node !== undefined && this.lastEnd > node.end) node.end = this.lastEnd;
    this.node = node;
    return value;
  }

  /** Whether the line from `at` holds a `: ` (or a `:` ending it) before any comment. */
  private hasKey(at: number): boolean {
    const text = this.text;
    for (let index = at; index < this.length; index++) {
      const char = text.charCodeAt(index);
      // Every character that matters here sorts before the letters.
      if (char > COLON) continue;
      if (char === NEWLINE) return false;
      if (char === HASH && text.charCodeAt(index - 1) === SPACE) return false;
      if (char === COLON) {
        const after = text.charCodeAt(index + 1);
        if (index + 1 >= this.length || after === SPACE || after === NEWLINE) return true;
      }
    }
    return false;
  }

  /** A value written on its line from `at` (a scalar or a flow collection); `limit` as in endLine. */
  private inline(at: number, depth: number, limit: number): unknown {
    const first = this.code(at);
    let value: unknown;
    let end: number;
    if (first === OPEN_BRACKET) {
      value = this.flowSequence(at, depth);
      end = this.pos;
    } else if (first === OPEN_BRACE) {
      value = this.flowMapping(at, depth);
      end = this.pos;
    } else if (first === SINGLE || first === DOUBLE) {
      const close = this.quotedEnd(at);
      value = this.quotedText(at, close);
      this.scalarNode(at, close + 1, depth);
      end = close + 1;
    } else {
      if (INDICATORS.has(first)) throw GIVE_UP;
      const text = this.text;
      let last = at + 1;
      let index = at + 1;
      for (; index < this.length; index++) {
        const char = text.charCodeAt(index);
        if (char > COLON) {
          last = index + 1;
          continue;
        }
        if (char === NEWLINE) break;
        if (char === SPACE) continue;
        if (char === HASH && text.charCodeAt(index - 1) === SPACE) break;
        if (char === COLON) {
          const after = text.charCodeAt(index + 1);
          if (index + 1 >= this.length || after === SPACE || after === NEWLINE) throw GIVE_UP;
        }
        last = index + 1;
      }
      value = this.plain(at, last);
      this.scalarNode(at, last, depth);
      end = last;
    }
    const node = this.node;
    this.endLine(end, limit);
    this.node = node;
    return value;
  }

  private scalarNode(start: number, end: number, depth: number): void {
    if (end > this.lastEnd) this.lastEnd = end;
    this.node = depth <= SHALLOW_LEVELS ? positionNode(start, end) : undefined;
  }

  /** The offset of the quote closing the quoted scalar that opens at `start`, on the same line. */
  private quotedEnd(start: number): number {
    const text = this.text;
    const quote = text.charCodeAt(start);
    for (let index = start + 1; index < this.length; index++) {
      const char = text.charCodeAt(index);
      if (char === NEWLINE) break;
      if (char === quote) {
        if (quote === SINGLE && text.charCodeAt(index + 1) === SINGLE) index++;
        else return index;
      } else if (char === BACKSLASH && quote === DOUBLE) break;
    }
    throw GIVE_UP;
  }

  /** The text of the quoted scalar from `start` (its opening quote) to `close` (its closing quote). */
  private quotedText(start: number, close: number): string {
    const inner = this.text.slice(start + 1, close);
    return this.code(start) === SINGLE && inner.includes("'") ? inner.replaceAll("''", "'") : inner;
  }

  /** `[a, b]` on one line, of scalars; leaves `pos` just after the `]`. */
  private flowSequence(start: number, depth: number): unknown[] {
    if (depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const value: unknown[] = [];
    let node: PositionNode | undefined;
    let items: PositionNode[] | undefined;
    if (depth <= SHALLOW_LEVELS) {
      node = positionNode(start, start + 1);
      if (depth < SHALLOW_LEVELS) node.items = items = [];
    }
    let at = this.skipSpaces(start + 1);
    if (this.code(at) === CLOSE_BRACKET) at++;
    else {
      for (;;) {
        const end = this.flowScalar(at, depth + 1, false);
        value.push(this.flowValue);
        if (this.node !== undefined) items?.push(this.node);
        at = this.skipSpaces(end);
        const char = this.code(at);
        if (char === CLOSE_BRACKET) {
          at++;
          break;
        }
        if (char !== COMMA) throw GIVE_UP;
        at = this.skipSpaces(at + 1);
      }
    }
    if (node !== undefined && this.lastEnd > node.end) node.end = this.lastEnd;
    this.node = node;
    this.pos = at;
    return value;
  }

  /** `{key: value, ...}` on one line, of scalars; leaves `pos` just after the `}`. */
  private flowMapping(start: number, depth: number): Record<string, unknown> {
    if (depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const value: Record<string, unknown> = {};
    let node: PositionNode | undefined;
    let entries: Map<string, PositionNode> | undefined;
    if (depth <= SHALLOW_LEVELS) {
      node = positionNode(start, start + 1);
      if (depth < SHALLOW_LEVELS) node.entries = entries = new Map();
    }
    let at = this.skipSpaces(start + 1);
    if (this.code(at) === CLOSE_BRACE) at++;
    else {
      for (;;) {
        const keyStart = at;
        const keyEnd = this.flowScalar(at, depth + 1, true);
        const key = this.flowValue;
        const first = this.code(keyStart);
        const quoted = first === SINGLE || first === DOUBLE;
        const rawEnd = quoted ? keyEnd - 1 : keyEnd;
        if (rawEnd > this.lastEnd) this.lastEnd = rawEnd;
        const name = String(key);
        if (
          name === '' ||
          (!quoted && name === '<<') ||
          FORBIDDEN_KEYS.has(name) ||
          Object.hasOwn(value, name)
        ) {
          throw GIVE_UP;
        }
        if (this.code(keyEnd) !== COLON || this.code(keyEnd + 1) !== SPACE) throw GIVE_UP;
        at = this.skipSpaces(keyEnd + 2);
        const end = this.flowScalar(at, depth + 1, false);
        value[name] = this.flowValue;
        const child = this.node;
        if (child !== undefined) {
          child.keyStart = keyStart;
          child.keyEnd = keyEnd;
          entries?.set(name, child);
        }
        at = this.skipSpaces(end);
        const char = this.code(at);
        if (char === CLOSE_BRACE) {
          at++;
          break;
        }
        if (char !== COMMA) throw GIVE_UP;
        at = this.skipSpaces(at + 1);
      }
    }
    if (node !== undefined && this.lastEnd > node.end) node.end = this.lastEnd;
    this.node = node;
    this.pos = at;
    return value;
  }

  /** The value of the scalar {@link flowScalar} read last. */
  private flowValue: unknown;

  /**
   * A scalar inside a flow collection, from `at`; returns where it ends (after a closing quote). A key
   * (`key`) is not given a node (its value's node keeps where it is written) and does not move
   * `lastEnd` (the caller does, as yaml.ts does for keys).
   */
  private flowScalar(at: number, depth: number, key: boolean): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === SINGLE || first === DOUBLE) {
      const close = this.quotedEnd(at);
      this.flowValue = this.quotedText(at, close);
      if (!key) this.scalarNode(at, close + 1, depth);
      return close + 1;
    }
    if (at >= this.length || first === NEWLINE || INDICATORS.has(first)) throw GIVE_UP;
    let last = at + 1;
    for (let index = at + 1; ; index++) {
      if (index >= this.length) throw GIVE_UP;
      const char = text.charCodeAt(index);
      if (char >= 128 || FLOW_STOP[char] === 0) {
        last = index + 1;
        continue;
      }
      if (char === COMMA || char === CLOSE_BRACKET || char === CLOSE_BRACE) break;
      if (char === COLON) {
        if (key && text.charCodeAt(index + 1) === SPACE && text.charCodeAt(index - 1) !== SPACE) break;
        throw GIVE_UP;
      }
      if (
        char === NEWLINE ||
        char === OPEN_BRACKET ||
        char === OPEN_BRACE ||
        char === HASH ||
        char === SINGLE ||
        char === DOUBLE
      ) {
        throw GIVE_UP;
      }
      if (char !== SPACE) last = index + 1;
    }
    this.flowValue = this.plain(at, last);
    if (!key) this.scalarNode(at, last, depth);
    return last;
  }

  private skipSpaces(at: number): number {
    let index = at;
    while (this.code(index) === SPACE) index++;
    return index;
  }
}
