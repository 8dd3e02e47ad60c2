import type { UnexpandedHolder } from '../model/access.js';
import type { Holder } from '../model/holder.js';

/**
 * The parts of an access report that many changes have alike, made once and shared. At scale (3,000
 * projects on 1,000 schemes, the read budget spent) the report has 8,886 changes, most of whose lists
 * are empty, and 16,377 `unexpanded` entries of which 2,310 differ: kept apart, they were 4 MB of the
 * plan's 17 MB while it is printed. Shared parts are frozen, so that no reader can change one change
 * through another (the report is read-only: views, the guardrail and the JSON writer only read it).
 */

/** The one empty list every change with nothing in a list shares. */
export const NONE: readonly never[] = Object.freeze([]);

/** The list itself, frozen, or {@link NONE} when it is empty. */
export function sharedList<T>(items: T[]): readonly T[] {
  return items.length === 0 ? NONE : Object.freeze(items);
}

/**
 * Equal `unexpanded` entries as one object, and equal lists of them as one list, for one report. Equal
 * means what the JSON has: the holder's spelling, the label, the side, the reason and `notRead`.
 */
export class SharedEntries {
  /** Entries by holder, then label (few per label: the sides, reasons and `notRead` that differ). */
  private readonly byHolder = new Map<Holder, Map<string, UnexpandedHolder[]>>();
  /** The same maps by the holder's spelling: equal holders from other grants share them. */
  private readonly bySpelling = new Map<string, Map<string, UnexpandedHolder[]>>();
  private readonly ids = new Map<UnexpandedHolder, number>();
  private readonly lists = new Map<string, readonly UnexpandedHolder[]>();

  /**
   * The entry with these fields (a literal with all of them: no properties added later). Found by the
   * holder object first, which a scheme's projects share: a key made of every field, for each of the
   * 16,377 entries at scale, was 11 MB of strings for the collector.
   */
  entry(
    holder: Holder,
    label: string,
    side: UnexpandedHolder['side'],
    reason: string,
    notRead: boolean,
  ): UnexpandedHolder {
    let byLabel = this.byHolder.get(holder);
    if (byLabel === undefined) {
      // JSON, not a separator: Jira's strings may hold any character, and two holders must never share
      // a key. Absent and empty differ (the JSON leaves `parameter` out, or has `""`).
      const spelling = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
      byLabel = this.bySpelling.get(spelling) ?? new Map<string, UnexpandedHolder[]>();
      this.bySpelling.set(spelling, byLabel);
      this.byHolder.set(holder, byLabel);
    }
    let alike = byLabel.get(label);
    if (alike === undefined) {
      alike = [];
      byLabel.set(label, alike);
    }
    for (const known of alike) {
      if (known.side === side && known.reason === reason && (known.notRead === true) === notRead)
        return known;
    }
    const made: UnexpandedHolder = Object.freeze(
      notRead ? { holder, label, side, reason, notRead: true as const } : { holder, label, side, reason },
    );
    alike.push(made);
    this.ids.set(made, this.ids.size);
    return made;
  }

  /** The list of these entries (made by {@link entry}), frozen; {@link NONE} when there are none. */
  list(entries: UnexpandedHolder[]): readonly UnexpandedHolder[] {
    if (entries.length === 0) return NONE;
    const ids: number[] = [];
    for (const entry of entries) {
      const id = this.ids.get(entry);
      // An entry made elsewhere has no identity here: its list is kept as it is, not shared.
      if (id === undefined) return Object.freeze(entries);
      ids.push(id);
    }
    const key = ids.join(',');
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    const made = Object.freeze(entries);
    this.lists.set(key, made);
    return made;
  }
}
