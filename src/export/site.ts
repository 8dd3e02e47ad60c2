import type { ProjectRef } from '../model/scheme.js';

/**
 * What export needs to know about the site beyond the schemes themselves: the current names behind the
 * ids that grants carry. Gathered once per run (see `src/commands/export.ts`), so turning grants into
 * file entries is pure.
 */
export interface SiteNames {
  /** Group id -> current group name (Cloud; Data Center groups have no id and are written by name). */
  groups: ReadonlyMap<string, string>;
  /** Every project role, so duplicated names can be told apart. */
  roles: readonly { id: string; name: string }[];
  /** Account id -> display name, for the comment beside a user holder. */
  users: ReadonlyMap<string, { displayName?: string; active?: boolean }>;
  /** Every custom field, so duplicated names can be told apart. */
  fields: readonly { id: string; name: string }[];
  /** Permission keys the site's catalogue lists (built-in and app-defined). */
  permissionKeys: ReadonlySet<string>;
  /** Scheme id -> the projects that use it. */
  projectsByScheme: ReadonlyMap<number, readonly ProjectRef[]>;
}

export const EMPTY_SITE_NAMES: SiteNames = {
  groups: new Map(),
  roles: [],
  users: new Map(),
  fields: [],
  permissionKeys: new Set(),
  projectsByScheme: new Map(),
};
