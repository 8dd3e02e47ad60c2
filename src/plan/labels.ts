import type { Holder } from '../model/holder.js';

/**
 * A display label for a holder when the reader gave none: the type and whatever identifies it. Labels
 * are for people only; nothing compares them (identity is `holderKey`).
 */
export function holderLabel(holder: Holder): string {
  const parameter = holder.parameter ?? '';
  const value = holder.value ?? '';
  switch (holder.type) {
    case 'group':
      if (parameter !== '' && value !== '' && parameter !== value) return `group ${parameter} (${value})`;
      return `group ${parameter !== '' ? parameter : value}`;
    case 'applicationRole':
      return parameter === '' && value === ''
        ? 'applicationRole (any logged-in user)'
        : `applicationRole ${value !== '' ? value : parameter}`;
    default: {
      const id = value !== '' ? value : parameter;
      return id === '' ? holder.type : `${holder.type} ${id}`;
    }
  }
}

/** The label a grant carries, or one made from its holder. */
export function grantLabel(grant: { holder: Holder; label?: string }): string {
  return grant.label !== undefined && grant.label !== '' ? grant.label : holderLabel(grant.holder);
}
