import type { SourceLocation } from '../model/location.js';
import type { GrantSpec, HolderSpec } from '../model/spec.js';
import type { LineIndex } from './positions.js';

/**
 * A grant read from a file, whose locations are worked out when asked for. A file of 2,000 holders that
 * gets no finding never needs a line or a column: the grant keeps its offsets and the file's small line
 * index (never the text or the position tree), and turns them into a location on first use, once.
 * Locations are plain objects, so findings built from them can be spread and serialised as before.
 */
export class LocatedGrant implements GrantSpec {
  readonly #lines: LineIndex;
  readonly #start: number;
  readonly #end: number;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  #location: SourceLocation | undefined;
  #permissionLocation: SourceLocation | undefined;

  constructor(
    readonly permission: string,
    readonly holder: HolderSpec,
    lines: LineIndex,
    /** Where the holder entry is written (offsets; numbers, not a pair: one object less per grant). */
    start: number,
    end: number,
    /** Where the permission key is written. */
    keyStart: number,
    keyEnd: number,
  ) {
    this.#lines = lines;
    this.#start = start;
    this.#end = end;
    this.#keyStart = keyStart;
    this.#keyEnd = keyEnd;
  }

  get location(): SourceLocation {
    return (this.#location ??= this.#lines.range(this.#start, this.#end));
  }

  get permissionLocation(): SourceLocation {
    return (this.#permissionLocation ??= this.#lines.range(this.#keyStart, this.#keyEnd));
  }
}
