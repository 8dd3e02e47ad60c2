import { Interner } from '../model/interner.js';
import type { LiveScheme } from '../model/scheme.js';
import type { ElementReceiver } from './json-split.js';
import { arrayField, idField, isObject, objectField, stringField } from './json.js';
import { ShapeError, hasGrants, normaliseScheme } from './normalise.js';

/**
 * The scheme list (`GET /permissionscheme?expand=…`), one scheme at a time as the answer arrives: each
 * is normalised at once, so only the model is kept, never the answer's tree. A scheme that came without
 * its grants (a server that ignores expand on the list) is kept as its small raw object, for the client
 * to read its grants alone.
 *
 * A wrong shape is remembered, not thrown: the answer must first prove to be JSON at all (a broken answer
 * is reported as broken, and retried, before any shape is judged), so `finish` throws it once the whole
 * answer has parsed, in the order a parse of the whole answer would have found it.
 */

/**
 * PermissionScheme's `scope` (Scope: "the projects the item is associated with. Indicated for items
 * associated with next-gen projects"), of type `PROJECT`: a team-managed project's own scheme.
 */
export function isProjectScoped(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const scope = objectField(raw, 'scope');
  return scope !== undefined && stringField(scope, 'type') === 'PROJECT';
}

export type ListedScheme = { scheme: LiveScheme } | { unexpanded: Record<string, unknown>; id: string };

export class SchemeListReader implements ElementReceiver {
  private items: ListedScheme[] = [];
  private received = 0;
  private failure: { at: number; error: unknown } | undefined;
  /** The schemes repeat the same holders, keys and labels: one copy each. */
  private readonly interner = new Interner();

  constructor(private readonly learnFromGrants: (rawGrants: readonly unknown[]) => void) {}

  array(): void {
    this.items = [];
    this.received = 0;
    this.failure = undefined;
  }

  element(raw: unknown): void {
    const at = this.received++;
    if (this.failure !== undefined) return;
    // A team-managed project's own scheme (`scope.type: PROJECT`) is that project's, not a shared one: it
    // is never exported, pruned or deleted, so it is left out of the list altogether.
    if (isProjectScoped(raw)) return;
    try {
      if (hasGrants(raw)) {
        this.learnFromGrants(isObject(raw) ? (arrayField(raw, 'permissions') ?? []) : []);
        const scheme = normaliseScheme(raw);
        for (const grant of scheme.grants) this.interner.grant(grant);
        this.items.push({ scheme });
        return;
      }
      const id = isObject(raw) ? idField(raw, 'id') : undefined;
      if (!isObject(raw) || id === undefined) {
        normaliseScheme(raw); // throws: says what is wrong with it
        return;
      }
      this.items.push({ unexpanded: raw, id });
    } catch (error) {
      this.failure = { at, error };
    }
  }

  /**
   * The schemes, in the answer's order. `list` is the answer's `permissionSchemes` with each element
   * handed over replaced by `{}`: anything else in it was an element that is not an object.
   */
  finish(list: readonly unknown[]): ListedScheme[] {
    let placeholders = 0;
    for (const entry of list) {
      if (this.failure !== undefined && placeholders === this.failure.at) break;
      if (!isObject(entry)) throw new ShapeError('a permission scheme is not an object');
      placeholders++;
    }
    if (this.failure !== undefined) throw this.failure.error;
    if (placeholders !== this.received) throw new ShapeError('the permission scheme list was not read whole');
    return this.items;
  }
}
