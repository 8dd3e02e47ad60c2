/**
 * The terminal view's safety: text from users and from Jira (scheme, group and file names, messages)
 * passes `safeText` before a view shows it, and everything the command line writes passes
 * `terminalSafe` at the sink. Control characters could move a terminal's cursor, recolour it, set its
 * title or plant a link (ESC and OSC sequences), and bidirectional overrides (U+202E) could make a line
 * read differently than it is: each is shown as a visible `\uXXXX` instead.
 */
/** Control characters other than tab and line feed, C1 controls, and bidirectional marks and overrides. */
const UNSAFE_EXCEPT_TAB_AND_LF =
  '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0009\\u000a${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');

/** UNSAFE without line breaks and tabs, which a whole output keeps (see {@link terminalSafe}). */
const UNSAFE_IN_OUTPUT = new RegExp(`[${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');

function visible(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One piece of user or Jira text, safe on any terminal: every control and bidi character made visible. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Text of several lines (a message with its fixes): each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
  return text
    .split(/\r\n|\n/)
    .map(safeText)
    .join('\n');
}

/** A double-quoted, sanitised string. */
export function quote(text: string): string {
  return `"${safeText(text).replace(/"/g, '\\"')}"`;
}

export interface TerminalSinkOptions {
  /** Keep the views' own colour sequences (SGR, `ESC[...m`): only when colour is on. */
  colour: boolean;
  /** Keep the live progress line's `\r ESC[2K`: only on a terminal. */
  live: boolean;
}

// eslint-disable-next-line no-control-regex -- the product's own sequences, kept when allowed
const OWN_SEQUENCES = /\u001b\[[0-9;]*m|\r\u001b\[2K/g;

/**
 * A whole output text, as it leaves for the terminal: line breaks and tabs stay, the views' own colour
 * and progress sequences stay when allowed, every other control or bidi character is made visible. So
 * whatever a view forgot to escape, no ESC, OSC or U+202E from a file or from Jira reaches the screen.
 */
export function terminalSafe(text: string, options: TerminalSinkOptions): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(OWN_SEQUENCES)) {
    const own = match[0];
    const allowed = own.startsWith('\r') ? options.live : options.colour;
    result += clean(text.slice(last, match.index)) + (allowed ? own : clean(own));
    last = match.index + own.length;
  }
  return result + clean(text.slice(last));
}

/**
 * Line breaks and tabs are left out of the pattern rather than put back by a callback: an output of
 * 50,000 findings has 100,000 line breaks, and nothing else to change.
 */
function clean(text: string): string {
  return text.replace(UNSAFE_IN_OUTPUT, visible);
}
