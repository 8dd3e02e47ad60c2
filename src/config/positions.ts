import type { SourceLocation } from '../model/location.js';

/**
 * Where one node of a YAML document sits in its source text, as offsets into the decoded text
 * (UTF-16 code units, zero-based, end-exclusive). Built from js-yaml's parser events, in the same
 * pass that builds the value, so every finding can point at the exact node.
 */
export interface PositionNode {
  start: number;
  end: number;
  /** When the node is a mapping value: where its key is written. */
  keyStart?: number;
  keyEnd?: number;
  /** Mapping children by key. */
  entries?: Map<string, PositionNode>;
  /** Sequence children by index. */
  items?: PositionNode[];
}

/** Every node gets every field up front, so they all share one shape (faster to build and to walk). */
export function positionNode(start: number, end: number): PositionNode {
  return { start, end, keyStart: undefined, keyEnd: undefined, entries: undefined, items: undefined };
}

/** A path into a document: mapping keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** Splits an RFC 6901 JSON pointer (as ajv reports `instancePath`) into path segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Turns a path back into a JSON pointer. */
export function pathToPointer(path: NodePath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * A table of offsets into a text of `textLength` code units, off the garbage-collected heap: 16 bits an
 * entry when every offset fits (a text shorter than 64 KiB: nearly every scheme file), else 32. A run
 * keeps two per file (line starts, grant places), so at scale this halves a megabyte and a half.
 */
export function offsetTable(entries: number, textLength: number): Uint16Array | Int32Array {
  return textLength <= 0xffff ? new Uint16Array(entries) : new Int32Array(entries);
}

/** Line starts of the file being indexed (see {@link LineIndex}); its first entry is always 0. */
let lineScratch = new Int32Array(1024);

/**
 * One file's line starts, found once (a scan for newlines): turns offsets into 1-based lines and columns
 * by binary search. Small enough to keep for a file's whole run, unlike its text and position tree.
 */
export class LineIndex {
  /** Off the garbage-collected heap: a run keeps one per file, and the collector never copies it. */
  private readonly starts: Uint16Array | Int32Array;
  /** The text's length: every offset into it is at most this. */
  readonly textLength: number;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.textLength = text.length;
    // One pass over the text into a reused scratch table, then a copy of the part filled (a count of
    // the lines first, then the table, was two passes over every file).
    let scratch = lineScratch;
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      if (line === scratch.length) {
        const grown = new Int32Array(2 * scratch.length);
        grown.set(scratch);
        scratch = lineScratch = grown;
      }
      scratch[line++] = index + 1;
    }
    const starts = offsetTable(line, text.length);
    starts.set(scratch.subarray(0, line));
    this.starts = starts;
  }

  /** A source range as 1-based line and column numbers. */
  range(start: number, end: number): SourceLocation {
    const starts = this.starts;
    const stop = Math.max(start, end);
    const line = lineIndexIn(starts, start);
    const endLine = lineIndexIn(starts, stop);
    return {
      file: this.file,
      line: line + 1,
      column: start - (starts[line] ?? 0) + 1,
      endLine: endLine + 1,
      endColumn: stop - (starts[endLine] ?? 0) + 1,
    };
  }

  /** 1-based line and column (UTF-16 code units, as editors and SARIF count by default) of an offset. */
  lineColumn(offset: number): { line: number; column: number } {
    return lineColumnIn(this.starts, offset);
  }
}

/** Where a node is written, as offsets (start, end-exclusive) into the decoded text. */
export type Offsets = readonly [number, number];

/**
 * Answers "where is this node?" for one file. Nodes carry offsets only; line and column are found when a
 * location is asked for (most nodes never get a finding), from a line index built once, on first use.
 */
export class PositionMap {
  private lineIndex: LineIndex | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    readonly root: PositionNode,
  ) {}

  /** The node at `path`, or the nearest ancestor that exists (the node itself may be missing). */
  node(path: NodePath): { node: PositionNode; exact: boolean } {
    let node = this.root;
    for (const segment of path) {
      const next = childOf(node, segment);
      if (next === undefined) return { node, exact: false };
      node = next;
    }
    return { node, exact: true };
  }

  /** Offsets of the value at `path` (nearest existing ancestor when missing). */
  offsets(path: NodePath): Offsets {
    const { node } = this.node(path);
    // The whole document is the whole file: point at where it starts instead.
    return node === this.root ? [node.start, node.start] : [node.start, node.end];
  }

  /**
   * Offsets of the key that introduces the value at `path` (for "unknown key" and similar), falling back
   * to the value, then to the nearest ancestor.
   */
  keyOffsets(path: NodePath): Offsets {
    const { node, exact } = this.node(path);
    if (exact && node.keyStart !== undefined && node.keyEnd !== undefined)
      return [node.keyStart, node.keyEnd];
    return [node.start, node.end];
  }

  /** Location of the value at `path` (nearest existing ancestor when missing). */
  locate(path: NodePath): SourceLocation {
    return this.range(...this.offsets(path));
  }

  /** Location of the key that introduces the value at `path` (see {@link keyOffsets}). */
  locateKey(path: NodePath): SourceLocation {
    return this.range(...this.keyOffsets(path));
  }

  /** A source range as 1-based line and column numbers. */
  range(start: number, end: number): SourceLocation {
    return this.lines().range(start, end);
  }

  /** 1-based line and column (UTF-16 code units, as editors and SARIF count by default) of an offset. */
  lineColumn(offset: number): { line: number; column: number } {
    return this.lines().lineColumn(offset);
  }

  /** The file's line index, built on first use. */
  lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.file, this.text);
    return this.lineIndex;
  }
}

function childOf(node: PositionNode, segment: string | number): PositionNode | undefined {
  if (node.entries !== undefined) return node.entries.get(String(segment));
  if (node.items !== undefined) {
    const index =
      typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return index >= 0 ? node.items[index] : undefined;
  }
  return undefined;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let index = text.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = text.indexOf('\n', index + 1);
  }
  return starts;
}

/** Zero-based index of the line that holds `offset`. */
function lineIndexIn(lineStarts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function lineColumnIn(
  lineStarts: ArrayLike<number>,
  offset: number,
): { line: number; column: number } {
  const line = lineIndexIn(lineStarts, offset);
  return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
}

/** 1-based line and column of an offset in `text` (for one-off positions outside a PositionMap). */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  return lineColumnIn(computeLineStarts(text), offset);
}
