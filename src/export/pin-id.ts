import { isDeepStrictEqual } from 'node:util';

import { PositionMap } from '../config/positions.js';
import { parseYamlDocument } from '../config/yaml.js';

/**
 * `pin`'s one edit: an `id: <n>` line under a scheme file's `name:`, and nothing else. The file is
 * edited as text, not re-serialised, so its comments, key order, quoting and line endings stay as they
 * are. The edit is checked by reading the new text back: it must hold the same document plus the id.
 * Pure: text in, text out.
 */

const BOM = '\uFEFF';

export type PinEdit = { ok: true; text: string; line: number } | { ok: false; reason: string };

export function pinIdInText(text: string, file: string, id: number): PinEdit {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const parsed = parseYamlDocument(body);
  if (!parsed.ok) return { ok: false, reason: 'the file is not valid YAML (jira-perms validate says where)' };
  const before = parsed.value;
  if (!isMapping(before)) return { ok: false, reason: 'the file is not a mapping of name:, grants:, ...' };
  if ('id' in before) return { ok: false, reason: 'the file has an id: already' };
  const name = new PositionMap(file, body, parsed.root).node(['name']);
  const { keyStart } = name.node;
  if (!name.exact || keyStart === undefined) return { ok: false, reason: 'the file has no name: key' };

  // A block mapping's key starts its line (after indentation); anything else before it (`{name: ...`,
  // `- name:`, `--- name:`) is a layout a one-line insertion could break.
  const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = body.slice(lineStart, keyStart);
  if (!/^[ ]*$/.test(indent)) return { ok: false, reason: notBlock };

  // Insert on the line after the name's value (a block scalar ends at the start of the next line).
  const end = name.node.end;
  let at: number;
  let eol: string;
  if (end > 0 && body[end - 1] === '\n') {
    at = end;
    eol = body[end - 2] === '\r' ? '\r\n' : '\n';
  } else {
    const newline = body.indexOf('\n', end);
    const rest = body.slice(end, newline === -1 ? body.length : newline).replace(/\r$/, '');
    // Only spaces and a comment may follow the value on its line: not `, grants: ...` of a flow mapping.
    if (!/^\s*(#.*)?$/.test(rest)) return { ok: false, reason: notBlock };
    at = newline === -1 ? body.length : newline + 1;
    eol = newline > 0 && body[newline - 1] === '\r' ? '\r\n' : '\n';
  }
  const line = `${indent}id: ${String(id)}`;
  // A last line without a line break gets one, and the id line goes after it (as the file ended: no break).
  const append = at === body.length && !body.endsWith('\n');
  const edited = append ? `${body}${eol}${line}` : `${body.slice(0, at)}${line}${eol}${body.slice(at)}`;

  const check = parseYamlDocument(edited);
  if (!check.ok || !isDeepStrictEqual(check.value, { ...before, id })) {
    return { ok: false, reason: notBlock };
  }
  return { ok: true, text: bom + edited, line: lineNumber(edited, append ? at + eol.length : at) };
}

const notBlock =
  'name: is not on a line of its own in a block mapping, so an id: line cannot be added without rewriting the file';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (text[index] === '\n') line++;
  return line;
}
