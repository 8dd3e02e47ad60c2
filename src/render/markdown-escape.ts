import { safeText } from './sanitize.js';

/**
 * Escaping for GitHub-flavoured Markdown (PR comments, job summaries). User-controlled text must not
 * become HTML, mention or link people, or break the document's structure.
 */

/** Zero-width joiner: GitHub does not treat `@\u200Dname` as a mention, and it reads the same. */
const ZWJ = '\u200D';

/** Prose: backslash-escape Markdown's punctuation, no raw HTML, no @mentions, no #references. */
export function escapeMarkdown(text: string): string {
  return safeText(text)
    .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
    .replace(/@/g, `@${ZWJ}`);
}

/**
 * An inline code span that shows `text` literally: the delimiter is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick.
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
