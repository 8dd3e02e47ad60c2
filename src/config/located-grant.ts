import type { SourceLocation } from '../model/location.js';
import type { GrantSpec, HolderSpec } from '../model/spec.js';
import { offsetTable, type LineIndex } from './positions.js';

/**
 * Where one file's grants are written: four offsets per grant (holder entry start and end, permission
 * key start and end) in one typed array, and the file's small line index (never the text or the position
 * tree). A grant keeps this table and its own row, so each of a run's 240,000 grants is an object of
 * four fields: every grant of every file lives until the run ends, and each field was garbage collection
 * work (copied by every scavenge that found it young).
 */
export class GrantPlaces {
  /** Off the garbage-collected heap: never copied or scanned by the collector (see {@link offsetTable}). */
  readonly #offsets: Uint16Array | Int32Array;
  #next = 0;

  constructor(
    readonly lines: LineIndex,
    /** How many grants the file has at most. */
    grants: number,
  ) {
    this.#offsets = offsetTable(grants * 4, lines.textLength);
  }

  /** Records a grant's offsets; returns its row. */
  add(start: number, end: number, keyStart: number, keyEnd: number): number {
    const row = this.#next;
    const offsets = this.#offsets;
    offsets[row] = start;
    offsets[row + 1] = end;
    offsets[row + 2] = keyStart;
    offsets[row + 3] = keyEnd;
    this.#next = row + 4;
    return row;
  }

  /**
   * The locations asked for so far, by the index of their offsets' start (the same object each time it
   * is asked for); made for a file's first finding on a grant. A map, not an array indexed by offset:
   * a note on the last permission of a file (a product permission, say) made a 480-slot array that
   * lived as long as the run, for every file.
   */
  #locations: Map<number, SourceLocation> | undefined;

  /** The holder entry's location (row from {@link add}). */
  location(row: number): SourceLocation {
    return this.#locate(row);
  }

  /** The permission key's location. */
  permissionLocation(row: number): SourceLocation {
    return this.#locate(row + 2);
  }

  #locate(at: number): SourceLocation {
    const locations = (this.#locations ??= new Map<number, SourceLocation>());
    let location = locations.get(at);
    if (location === undefined) {
      const offsets = this.#offsets;
      location = this.lines.range(offsets[at] ?? 0, offsets[at + 1] ?? 0);
      locations.set(at, location);
    }
    return location;
  }
}

/**
 * A grant read from a file, whose locations are worked out when asked for. A file of 2,000 holders that
 * gets no finding never needs a line or a column: the grant keeps its file's {@link GrantPlaces} and its
 * row there, and builds a location (a plain object, so findings built from it can be spread and
 * serialised as before) when one is first asked for, kept by the table.
 */
export class LocatedGrant implements GrantSpec {
  readonly #places: GrantPlaces;
  readonly #row: number;

  constructor(
    readonly permission: string,
    readonly holder: HolderSpec,
    places: GrantPlaces,
    row: number,
  ) {
    this.#places = places;
    this.#row = row;
  }

  get location(): SourceLocation {
    return this.#places.location(this.#row);
  }

  get permissionLocation(): SourceLocation {
    return this.#places.permissionLocation(this.#row);
  }
}
