/**
 * Words every view shares, so a count reads the same in the terminal, the log, the comment and the
 * summary: `1 scheme`, `2 schemes`. Counts in `plural` are plain digits (`5363 changes`), as the plan
 * and the comment have always written them; `count` groups digits for progress lines (`1,200`).
 */

let number: Intl.NumberFormat | undefined;

/** A count with its noun: `1 grant`, `3 grants`, `2 policies` (with the plural form given). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A sentence's first letter in upper case: `Which projects …`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number as people read it: `1,200`. */
export function count(value: number): string {
  // Whole numbers (every count) are grouped here: the first Intl.NumberFormat loads ICU's locale data,
  // tens of milliseconds, and this module is loaded before the action's first line.
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
    return value < 0 ? `-${grouped}` : grouped;
  }
  number ??= new Intl.NumberFormat('en-US');
  return number.format(value);
}
