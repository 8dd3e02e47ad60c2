/**
 * A value from a file, as an error message may quote it: short, in double quotes, every character that
 * could break a line, hide text or reorder it escaped. A message never carries a whole value that may
 * not be what it seems (a file that failed to load can be anything, a token included).
 */

/** Most characters of a value a message quotes; longer values are cut, with their length said. */
export const EXCERPT_LENGTH = 40;

/** C0 and C1 controls, DEL, bidirectional and zero-width marks, line and paragraph separators, BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

function escapeCharacter(char: string): string {
  switch (char) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  }
}

/** The text with backslashes, quotes and invisible characters escaped (lone surrogates too). */
export function escapeForMessage(text: string): string {
  return text
    .replace(/[\\"]/gu, (char) => `\\${char}`)
    .replace(INVISIBLE, escapeCharacter)
    .replace(/[\ud800-\udfff]/gu, escapeCharacter);
}

/** `"value"`, or `"the first 40 characters…" (1,291 characters)` for a longer value. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const characters = Array.from(text);
  if (characters.length <= length) return `"${escapeForMessage(text)}"`;
  const shown = escapeForMessage(characters.slice(0, length).join(''));
  return `"${shown}…" (${characters.length.toLocaleString('en-US')} characters)`;
}
