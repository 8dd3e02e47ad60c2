import type { Holder } from './holder.js';
import type { DesiredGrant, Grant } from './scheme.js';

/**
 * One copy of each value a large model repeats. At scale the same few thousand holders, permission keys
 * and labels recur across 60,000 grants, and every answer or file gives each occurrence its own string
 * (JSON.parse keeps only short strings once; each label is built anew, by concatenation, which V8
 * keeps as a tree of pieces until it is hashed, as here, once per distinct label): sharing them shrinks what a plan holds for its whole run by a third. Use one interner
 * per model built (a list read, a resolve), not a global one, so nothing outlives the run that made it.
 *
 * Holders are shared as objects: nothing mutates a holder once it is built (normalise and the resolver
 * build new ones).
 */
export class Interner {
  private readonly texts = new Map<string, string>();
  private readonly holders = new Map<string, Holder>();
  /** Desired grants by their shared holder, then by permission and name. */
  private readonly desired = new Map<Holder, Map<string, DesiredGrant>>();

  text(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    this.texts.set(value, value);
    return value;
  }

  holder(holder: Holder): Holder {
    // JSON, not a separator: Jira's strings may hold any character, and two holders must never share a key.
    const key = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
    const known = this.holders.get(key);
    if (known !== undefined) return known;
    const type = this.text(holder.type);
    const parameter = holder.parameter === undefined ? undefined : this.text(holder.parameter);
    const value = holder.value === undefined ? undefined : this.text(holder.value);
    // One literal per shape: fields added to a smaller literal would live in an out-of-object array.
    const shared: Holder =
      parameter === undefined
        ? value === undefined
          ? { type }
          : { type, value }
        : value === undefined
          ? { type, parameter }
          : { type, parameter, value };
    this.holders.set(key, shared);
    return shared;
  }

  /**
   * One desired grant for each permission, holder and name, shared by every scheme that has it: at scale
   * 1,000 files grant the same few thousand (permission, holder) pairs, and where each is written is its
   * scheme's (`DesiredScheme.grantSources`). Frozen: a grant that many schemes share is never changed.
   */
  desiredGrant(permission: string, holder: Holder, name: string | undefined, label: string): DesiredGrant {
    const shared = this.holder(holder);
    let byKey = this.desired.get(shared);
    if (byKey === undefined) {
      byKey = new Map<string, DesiredGrant>();
      this.desired.set(shared, byKey);
    }
    // JSON, not a separator: a permission key or a name may hold any character.
    const key = JSON.stringify([permission, name ?? null]);
    let grant = byKey.get(key);
    if (grant === undefined) {
      // Each field in the literal: fields added later would live in a second, out-of-object array.
      const text = { permission: this.text(permission), label: this.text(label) };
      grant =
        name === undefined
          ? { permission: text.permission, holder: shared, label: text.label }
          : { permission: text.permission, holder: shared, name: this.text(name), label: text.label };
      byKey.set(key, Object.freeze(grant));
    }
    return grant;
  }

  /** The grant's strings and holder replaced by their shared copies, in place (a grant just built). */
  grant<G extends Grant>(grant: G): G {
    grant.permission = this.text(grant.permission);
    grant.holder = this.holder(grant.holder);
    if (grant.name !== undefined) grant.name = this.text(grant.name);
    if (grant.label !== undefined) grant.label = this.text(grant.label);
    return grant;
  }
}
