import type { Holder } from './holder.js';
import type { Grant } from './scheme.js';

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
    const shared: Holder = { type: this.text(holder.type) };
    if (holder.parameter !== undefined) shared.parameter = this.text(holder.parameter);
    if (holder.value !== undefined) shared.value = this.text(holder.value);
    this.holders.set(key, shared);
    return shared;
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
