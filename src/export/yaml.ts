/**
 * The small YAML writer behind exported files. It writes strings plain when every YAML reader will read
 * them back as the same string, and double-quoted otherwise. "Every reader" is deliberately wider than
 * the YAML 1.2 core schema this product loads with: editors and other tools still read YAML 1.1, where
 * `no`, `on`, `y`, `0777`, `1_000`, `1:20` and dates are not strings, so those are quoted too.
 */

/** Words some YAML reader turns into null or a boolean (1.2 core and 1.1), compared case-insensitively. */
const RESERVED_WORDS = new Set([
  '',
  '~',
  'null',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '=',
  '<<',
]);

/** Characters that change the meaning of a plain scalar when they come first. */
const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));

/** Characters that end a plain scalar inside `{…}` or `[…]`. */
const FLOW_INDICATORS = /[,[\]{}:]/u;

/**
 * Every int and float form of YAML 1.2 (core) and YAML 1.1, a little wider where that costs nothing:
 * binary, octal (`0o17`, 1.1's `017`), hex, `_` separators, exponents, 1.1's sexagesimal `1:20:30` and
 * its dotted floats (`1.2.3`), infinities and NaN.
 */
const NUMBER_LIKE =
  /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\.[0-9_.]*)?(e[-+]?[0-9]+)?|\.[0-9_.]+(e[-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|\.(inf|nan))$/iu;
/** YAML 1.1 timestamps (`2001-12-14`, `2001-12-14 21:59:43.10 -5`). */
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u;

/**
 * Whether a character may stand unescaped in a plain scalar: YAML's printable set, minus tab, line
 * breaks (including the 1.1 ones: NEL, LS, PS) and the byte-order mark, which are legal in some places
 * but invisible or confusing to a reader.
 */
function isPlainSafeChar(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code < 0xa0) return false; // C0, DEL, C1 (NEL included)
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // lone surrogate halves (pairs are read as one code point)
  if (code === 0xfffe || code === 0xffff) return false;
  return true;
}

function allPlainSafe(text: string): boolean {
  for (const char of text) {
    if (!isPlainSafeChar(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

export type ScalarContext = 'block' | 'flow';

/** Whether `text` can be written without quotes and still be read back as exactly this string. */
export function isPlainSafe(text: string, context: ScalarContext = 'block'): boolean {
  if (RESERVED_WORDS.has(text.toLowerCase())) return false;
  const first = text.charAt(0);
  if (LEADING_INDICATORS.has(first)) return false;
  if (first === ' ' || text.endsWith(' ')) return false;
  if (NUMBER_LIKE.test(text) || TIMESTAMP_LIKE.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (text.startsWith('...')) return false; // a document end marker when it starts a line
  if (context === 'flow' && FLOW_INDICATORS.test(text)) return false;
  return allPlainSafe(text);
}

const SHORT_ESCAPES = new Map<number, string>([
  [0x00, '\\0'],
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0b, '\\v'],
  [0x0c, '\\f'],
  [0x0d, '\\r'],
  [0x1b, '\\e'],
  [0x22, '\\"'],
  [0x5c, '\\\\'],
  [0x85, '\\N'],
  [0x2028, '\\L'],
  [0x2029, '\\P'],
]);

function hexEscape(code: number): string {
  if (code <= 0xff) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** A YAML double-quoted scalar: escapes for `"`, `\` and every character a reader could lose or mangle. */
export function doubleQuoted(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES.get(code);
    if (short !== undefined) out += short;
    else if (code === 0x20 || isPlainSafeChar(code)) out += char;
    else out += hexEscape(code);
  }
  return `${out}"`;
}

/** A string as a YAML scalar: plain when that is safe in `context`, double-quoted otherwise. */
export function scalar(text: string, context: ScalarContext = 'block'): string {
  return isPlainSafe(text, context) ? text : doubleQuoted(text);
}

/**
 * A value for `key: <value>`: one line when the text has no line breaks, a literal block (`|-`) when it
 * is multi-line text that a literal block carries exactly, double-quoted otherwise. Returns the lines to
 * write; the first is what follows `key: ` and the others are already indented by `indent`.
 */
export function blockValue(text: string, indent: string): string[] {
  if (!text.includes('\n')) return [scalar(text)];
  if (literalBlockFits(text))
    return ['|-', ...text.split('\n').map((line) => (line === '' ? '' : indent + line))];
  return [doubleQuoted(text)];
}

/**
 * A literal block keeps every character as written only when: no carriage returns (read as line breaks),
 * nothing unprintable, no trailing whitespace on a line (editors strip it), the first line not starting
 * with whitespace (it would change the detected indentation), and no trailing line break (`|-` strips it).
 */
function literalBlockFits(text: string): boolean {
  if (text.includes('\r') || text.endsWith('\n')) return false;
  if (/^\s/u.test(text)) return false;
  for (const line of text.split('\n')) {
    if (/[ \t]$/u.test(line)) return false;
    if (!allPlainSafe(line.replaceAll('\t', ' '))) return false;
  }
  return true;
}

/**
 * Text for a `#` comment: one line, nothing unprintable. Names from Jira go into comments, so a name with
 * a line break must not be able to start a new line of YAML.
 */
export function commentText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code === 0x09 || !isPlainSafeChar(code) ? ' ' : char;
  }
  return out.replace(/ {2,}/gu, ' ').trim();
}
