import { safeText } from '../view/terminal.js';

/**
 * The one escaper for GitHub-flavoured Markdown (PR comment, job summary, drift issue, generated docs).
 * Text from users and from Jira (file names, scheme and group names, permission keys, error messages)
 * must not become HTML, a link, an image, a mention or a reference, and must not break the document's
 * structure (tables, lists, code blocks). Every Markdown view writes such text through one of these.
 */

/** Zero-width joiner: GitHub does not treat `@\u200Dname` as a mention, and it reads the same. */
const ZWJ = '\u200D';

/** One line of prose: Markdown punctuation backslash-escaped, no autolink, no mention, no issue reference. */
function escapeLine(line: string): string {
  return (
    safeText(line)
      .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
      .replace(/@/g, `@${ZWJ}`)
      // GitHub links `#12` and `GH-12` to issues after Markdown is read, so a backslash does not stop
      // it; a joiner between the mark and the number does.
      .replace(/#(?=\d)/g, `#${ZWJ}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
      // GitHub links bare URLs and www. names by itself: an escaped slash or dot stops it.
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}

/**
 * Prose, inline or in a table cell: backslash-escapes Markdown's punctuation (so `[text](url)` and
 * `![x](y)` stay text, `<b>` is not HTML and `|` does not end a cell), breaks mentions and bare
 * links, shows control and bidirectional characters as `\uXXXX`, and keeps line breaks as `<br>` so a
 * line can never start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('<br>');
}

/**
 * An inline code span that shows `text` literally: the delimiter is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick.
 * In a table cell, use `codeCell`: GitHub splits cells on `|` even inside code.
 */
export function codeSpan(text: string): string {
  const clean = safeText(text);
  if (clean === '') return '` `';
  const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad =
    clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A code span inside a table cell: its `|` escaped, which GitHub reads as a literal bar there. */
export function codeCell(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/** HTML text (inside `<summary>` and other tags): entities for markup characters, no @mentions. */
export function escapeHtml(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, `@${ZWJ}`);
}

/** A fenced code block whose fence is longer than any backtick run in the lines, so none can close it. */
export function fencedBlock(language: string, lines: readonly string[]): string {
  const body = lines.map((line) => safeText(line));
  const longestRun = Math.max(
    2,
    ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)),
  );
  const fence = '`'.repeat(longestRun + 1);
  return [`${fence}${language}`, ...body, fence].join('\n');
}
