/**
 * The JSON view: every JSON document the product prints or writes (plan, findings, journal, doctor,
 * SARIF) is made here. Besides what `JSON.stringify` escapes, characters that would reorder or hide text
 * on a terminal or in an editor (bidirectional controls, C1 controls, line and paragraph separators)
 * are written as `\uXXXX` escapes: the same value for every JSON reader, inert for people.
 */

const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    INVISIBLE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}
