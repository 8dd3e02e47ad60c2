/**
 * User-controlled text (scheme names, descriptions, group names, labels) passes through here before any
 * renderer shows it: control characters could move a terminal's cursor or recolour it, and bidi
 * overrides could make a line read differently than it is. Each is shown as a visible `\uXXXX`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A double-quoted, sanitised string. */
export function quote(text: string): string {
  return `"${safeText(text).replace(/"/g, '\\"')}"`;
}
