// The pass scripts/bundle.mjs runs over every JavaScript file ncc writes: it drops the comments and
// writes every non-ASCII character as a \u escape, so that the files hold fewer bytes and only ASCII.
//
// Why: V8 keeps each loaded file's source text for as long as the process runs (lazy compilation and
// Function.prototype.toString need it), and stores a text holding a single character above U+00FF as a
// two-byte string. Every chunk had one (a `…` in a comment, an `×` in a message, undici's comments),
// so a plan held about 3.6 MB of sources at two bytes a character, a quarter of them comments.
//
// What it keeps, so that a stack trace from the shipped bundle is as useful as before:
// - every line where it was: a comment becomes the line breaks it held, and a line's other code does
//   not move to another line, so `index.js:LINE` in a stack trace names the same line of ncc's output,
//   and ncc's source maps (`--source-map`, line-only) still map it to src/ (see CONTRIBUTING.md);
// - names, code and indentation as ncc wrote them (no minifying);
// - legal comments (`/*!`, `//!`, `@license`, `@preserve`), as terser and esbuild keep them, and
//   webpack's `/* .name */` beside each use of an export it renamed (`.uc`): what the call calls;
// - a `#!` line and a trailing `//# sourceMappingURL=` comment.
//
// Escaping is exact in string literals, untagged templates, regular expressions and identifiers. It is
// not in a tagged template (the tag can read the raw text), so a tagged template holding a non-ASCII
// character stops the build, as does anything else the pass cannot show it left unchanged: it parses
// its output again and compares every token, and the line it is on, with the input's.
import { parse } from 'acorn';

/** Line terminator sequences as ECMAScript (and V8's line numbers) count them. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const LEGAL = /^\/[/*]!|@license|@preserve/;
const SOURCE_MAP = /^\/\/# sourceMappingURL=\S+$/;
// webpack's note of a renamed export's name at a use: (0,m/* .tuneHeapFor */ .uc)(...)
const EXPORT_NAME = /^\/\* \.[\w$]+ \*\/$/;
const SPACES = /[ \t]*/y;

/** How many line breaks `text` holds. */
function lineBreaks(text) {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** `\uXXXX` for a UTF-16 code unit. */
function unitEscape(unit) {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * `text` (a token's source: a string, a template part, a regular expression) with each non-ASCII
 * character written as \u escapes of its UTF-16 code units, or as `\u{…}` where `braces` (identifiers,
 * and regular expressions with the u or v flag, where a pair of surrogate escapes would also work but
 * reads worse). A character written after a backslash (`\é`, an identity escape) loses the backslash:
 * its escape means the same character.
 */
function escapeNonAscii(text, braces) {
  let out = '';
  let backslashes = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) {
      out += char;
      backslashes = char === '\\' ? backslashes + 1 : 0;
      continue;
    }
    if (code === 0x2028 || code === 0x2029)
      throw new Error(
        `a line or paragraph separator in a literal: escaping it would move the lines after it`,
      );
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    if (braces && code > 0xffff) out += `\\u{${code.toString(16)}}`;
    else for (let i = 0; i < char.length; i++) out += unitEscape(char.charCodeAt(i));
    backslashes = 0;
  }
  return out;
}

/**
 * The text between two tokens without its comments (but its legal ones): each comment and the spaces
 * after it become the line breaks it held, spaces left at the end of a line go, and a gap that held
 * only comments on one line keeps one space, so that two tokens never join. Spaces other than ASCII
 * become ` ` or a line break.
 */
function slimGap(text, comments) {
  let out = '';
  let at = 0;
  let dropped = false;
  for (const comment of comments) {
    out += text.slice(at, comment.start);
    at = comment.end;
    const body = text.slice(comment.start, comment.end);
    if (LEGAL.test(body) || SOURCE_MAP.test(body) || EXPORT_NAME.test(body))
      out += escapeNonAscii(body, false);
    else {
      out += '\n'.repeat(lineBreaks(body));
      SPACES.lastIndex = at;
      at += SPACES.exec(text)[0].length;
      dropped = true;
    }
  }
  out += text.slice(at);
  out = out.replace(/\r\n|[\r\u2028\u2029]/g, '\n').replace(/[^\x00-\x7f]/g, ' ');
  if (!dropped) return out;
  out = out.replace(/[ \t\v\f]+\n/g, '\n');
  return out === '' ? ' ' : out;
}

/**
 * A token as the check compares it: its line (a line break between two tokens can end a statement, and
 * a stack trace names lines), its kind, and its value where that is not its text.
 */
function tokenKey(token) {
  const label = token.type.label;
  const at = `line ${token.loc.start.line}: ${label}`;
  if (label === 'regexp') return `${at} ${token.value.flags}`;
  return `${at} ${typeof token.value === 'string' ? token.value : String(token.value ?? '')}`;
}

function tokensAndComments(text) {
  const tokens = [];
  const comments = [];
  const ast = parse(text, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: false,
    locations: true,
    onToken: tokens,
    onComment: (_block, _text, start, end) => comments.push({ start, end }),
  });
  return { ast, tokens, comments };
}

/** Start offsets of the parts of every tagged template (whose raw text a tag can read). */
function taggedParts(ast) {
  const starts = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object' || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression')
      for (const quasi of node.quasi.quasis) starts.add(quasi.start);
    for (const key of Object.keys(node)) if (typeof node[key] === 'object') walk(node[key]);
  };
  walk(ast);
  return starts;
}

/**
 * `source` (one file of ncc's output, an ES module) without comments and with only ASCII characters,
 * every line where it was. Throws when it cannot show that the result means the same: `name` is the
 * file, for the message.
 */
export function slimBundleFile(source, name) {
  const shebang = /^#!.*/.exec(source)?.[0] ?? '';
  const text = source.slice(shebang.length);
  const { ast, tokens, comments } = tokensAndComments(text);
  const tagged = taggedParts(ast);
  let out = shebang;
  let at = 0;
  let next = 0;
  const gapTo = (end) => {
    const inside = [];
    while (next < comments.length && comments[next].end <= end) {
      const comment = comments[next++];
      inside.push({ start: comment.start - at, end: comment.end - at });
    }
    out += slimGap(text.slice(at, end), inside);
  };
  for (const token of tokens) {
    gapTo(token.start);
    const raw = text.slice(token.start, token.end);
    const label = token.type.label;
    if (!NON_ASCII.test(raw)) out += raw;
    else if (label === 'template' && tagged.has(token.start))
      throw new Error(
        `${name}: a tagged template holds a non-ASCII character (its raw text would change): ${raw.slice(0, 80)}`,
      );
    else if (label === 'string' || label === 'template') out += escapeNonAscii(raw, false);
    else if (label === 'regexp') out += escapeNonAscii(raw, /[uv]/.test(token.value.flags));
    else if (label === 'name' || label === 'privateId') out += escapeNonAscii(raw, true);
    else throw new Error(`${name}: a non-ASCII character in a ${label} token: ${raw.slice(0, 80)}`);
    at = token.end;
  }
  gapTo(text.length);
  checkSlimmed(source, out, name, tokens);
  return out;
}

/**
 * Throws unless `out` is `source` slimmed without a change of meaning: only ASCII, as many lines, and
 * the same tokens, each on its line. `tokens`: the source's, when already read.
 */
export function checkSlimmed(source, out, name, tokens) {
  const shebang = /^#!.*/.exec(source)?.[0] ?? '';
  const problems = [];
  if (NON_ASCII.test(out)) problems.push('a non-ASCII character is left');
  if (lineBreaks(out) !== lineBreaks(source))
    problems.push(`${lineBreaks(source)} lines became ${lineBreaks(out)}`);
  const before = (tokens ?? tokensAndComments(source.slice(shebang.length)).tokens).map(tokenKey);
  const after = tokensAndComments(out.slice(shebang.length)).tokens.map(tokenKey);
  const differs = before.findIndex((key, i) => key !== after[i]);
  if (differs !== -1 || before.length !== after.length)
    problems.push(
      `token ${differs === -1 ? before.length : differs} differs: ${before[differs]} became ${after[differs]}`,
    );
  if (problems.length > 0)
    throw new Error(`${name}: the slimmed file would not mean the same: ${problems.join('; ')}`);
}
