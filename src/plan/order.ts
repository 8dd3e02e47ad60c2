import { holderKey, type Holder } from '../model/holder.js';
import { permissionOrder } from '../model/permissions.js';

/**
 * Orderings the plan and its renderers share. They compare strings by UTF-16 code units (never by
 * locale) so the same inputs give the same bytes on every machine.
 */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Scheme names: case-insensitive first (what people expect), then exact, so the order is total. */
export function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

/** Grants: permission in reference order, then holder identity. */
export function compareGrants(
  a: { permission: string; holder: Holder },
  b: { permission: string; holder: Holder },
): number {
  return permissionOrder(a.permission, b.permission) || compareText(holderKey(a.holder), holderKey(b.holder));
}
