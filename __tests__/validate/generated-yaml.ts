/**
 * Scheme-like YAML texts for the fuzz tests of the fast reader (src/config/yaml-fast.ts): every way of
 * writing what a scheme file holds that the reader has to get exactly right (indentation widths, lists at
 * their key's column, `- key: value` entries, flow collections, quoted and plain scalars of every kind
 * the core schema resolves, comments and blank lines anywhere), and a few that it must give up on.
 */

import { createRandom } from '../../src/sim/prng.js';

/** The simulator's seeded generator (mulberry32), so a failure can be reproduced from its seed. */
export function random(seed: number): () => number {
  const generator = createRandom(seed);
  return () => generator.next();
}

type Next = () => number;

function pick<T>(next: Next, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Plain scalars: text, and everything the core schema resolves (or nearly does). */
const PLAIN = [
  'Developers',
  'jira-software',
  'team-0001',
  'Team A',
  'a b  c',
  '712020:00000001-aaaa-4bbb',
  '0c1d0001-0000-4000-8000-000000000001',
  '5b3c0001',
  '10002',
  '0',
  '-1',
  '+1',
  '007',
  '0x1F',
  '0o17',
  '1_000',
  '1.5',
  '1e3',
  '-2.5e-3',
  '.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '.nan',
  '~',
  'null',
  'Null',
  'NULL',
  'nul',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'no',
  'yes',
  'on',
  'off',
  'y',
  '2024-01-01',
  '12:30',
  'a:b',
  'http://example.com/x',
  'a#b',
  'a, b',
  'a [b]',
  'x{y}',
  "it's",
  'say "hi"',
  '<<',
  '=',
  'sd.customer.portal.only',
  '\u00e9quipe',
  'caf\u00e9 \u4e2d\u6587',
  '__proto__',
  'constructor',
  'a - b',
  'a: b',
  'a:',
  '-a',
  '?a',
  ':a',
  '@x',
  '!tag x',
  '&anchor x',
  '*alias',
  '|',
  '>',
  '%x',
  '`x',
  'x\ty',
];

/** Keys: permission-like words, holder types, field names, and the awkward ones. */
const KEYS = [
  'name',
  'id',
  'description',
  'grants',
  'projects',
  'BROWSE_PROJECTS',
  'ADMINISTER_PROJECTS',
  'EDIT_ISSUES',
  'group',
  'projectRole',
  'user',
  'applicationRole',
  'accountId',
  'email',
  'a b',
  '1',
  '1.0',
  '0x10',
  'true',
  'null',
  '~',
  '<<',
  '__proto__',
  'prototype',
  'k:v',
  'k#v',
  'it\u2019s',
  '\u00e9',
  '-k',
  '?k',
  '[k]',
  'k,v',
];

function quoteSingle(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function quoteDouble(text: string): string {
  return `"${text}"`;
}

/** Mostly the usual (the reader must answer often), now and then anything. */
function plain(next: Next): string {
  return next() < 0.75 ? pick(next, PLAIN.slice(0, 10)) : pick(next, PLAIN);
}

function scalar(next: Next): string {
  const text = plain(next);
  const form = next();
  if (form < 0.7) return text;
  if (form < 0.85) return quoteSingle(text);
  if (form < 0.97) return quoteDouble(text.replaceAll('"', ''));
  return pick(next, ['""', "''", '"a\\"b"', '"a\\nb"', "'a''b'"]);
}

function key(next: Next, used: Set<string>): string {
  let text = next() < 0.8 ? pick(next, KEYS.slice(0, 14)) : pick(next, KEYS);
  if (next() < 0.1) text = `${text}${String(Math.floor(next() * 1000))}`;
  // Mostly unique keys (a duplicate now and then: the reader must give up on it).
  if (used.has(text) && next() < 0.95) text = `${text}_${String(used.size)}`;
  used.add(text);
  const form = next();
  if (form < 0.9) return text;
  if (form < 0.95) return quoteSingle(text);
  return quoteDouble(text.replaceAll('"', ''));
}

function spaces(count: number): string {
  return ' '.repeat(count);
}

function trailing(next: Next): string {
  const form = next();
  if (form < 0.75) return '';
  if (form < 0.85) return spaces(1 + Math.floor(next() * 3));
  if (form < 0.97) return `${spaces(1 + Math.floor(next() * 2))}# ${pick(next, ['note', 'a: b', '#', ''])}`;
  return pick(next, ['#x', ' #', ' x', ':']);
}

function flowScalar(next: Next): string {
  const text = plain(next).replace(/[,[\]{}#:]/g, '');
  const form = next();
  if (form < 0.8) return text;
  if (form < 0.9) return quoteSingle(text);
  return quoteDouble(text.replaceAll('"', ''));
}

function flowSequence(next: Next): string {
  const count = Math.floor(next() * 4);
  const inner = Array.from({ length: count }, () => flowScalar(next));
  const gap = next() < 0.8 ? ' ' : '';
  let body = inner.join(`,${gap}`);
  if (next() < 0.1) body = `${body},`;
  if (next() < 0.1) body = ` ${body} `;
  return `[${body}]`;
}

function flowMapping(next: Next): string {
  const count = Math.floor(next() * 3) + (next() < 0.9 ? 1 : 0);
  const used = new Set<string>();
  const inner = Array.from({ length: count }, () => {
    const name = pick(next, ['name', 'id', 'email', 'accountId', 'k', 'a b', '1', 'name']);
    used.add(name);
    const separator = next() < 0.95 ? ': ' : pick(next, [':', ' : ', ':  ']);
    return `${name}${separator}${next() < 0.05 ? flowSequence(next) : flowScalar(next)}`;
  });
  const gap = next() < 0.8 ? ' ' : '';
  const body = inner.join(`,${gap}`);
  return next() < 0.15 ? `{ ${body} }` : `{${body}}`;
}

/** A value written after `key: ` or `- ` on its line. */
function inline(next: Next): string {
  const form = next();
  if (form < 0.7) return scalar(next);
  if (form < 0.85) return flowMapping(next);
  return flowSequence(next);
}

function noise(next: Next, indent: number): string[] {
  const lines: string[] = [];
  while (next() < 0.12) {
    const form = next();
    if (form < 0.4) lines.push('');
    else if (form < 0.55) lines.push(spaces(Math.floor(next() * 6)));
    else
      lines.push(
        `${spaces(Math.max(0, indent + Math.floor(next() * 5) - 2))}# ${pick(next, ['c', 'old: x', '- y'])}`,
      );
  }
  return lines;
}

/** Block lines of a mapping at `indent`, `depth` levels deep. */
function mappingLines(
  next: Next,
  indent: number,
  depth: number,
  step: number,
  firstPrefix?: string,
): string[] {
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * (depth === 0 ? 4 : 3));
  const used = new Set<string>();
  for (let index = 0; index < count; index++) {
    const head = index === 0 && firstPrefix !== undefined ? firstPrefix : spaces(indent);
    const written = `${head}${key(next, used)}:`;
    const form = next();
    if (depth >= 3 || form < 0.5) {
      const value = next() < 0.02 ? '' : ` ${inline(next)}`;
      lines.push(`${written}${value}${trailing(next)}`);
    } else if (form < 0.8) {
      lines.push(`${written}${trailing(next)}`, ...noise(next, indent));
      const at = next() < 0.2 ? indent : indent + step;
      lines.push(...sequenceLines(next, at, depth + 1, step));
    } else {
      lines.push(`${written}${trailing(next)}`, ...noise(next, indent));
      lines.push(...mappingLines(next, indent + step, depth + 1, step));
    }
    lines.push(...noise(next, indent));
  }
  return lines;
}

/** Block lines of a list whose `-` are at `indent`. */
function sequenceLines(next: Next, indent: number, depth: number, step: number): string[] {
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 3);
  for (let index = 0; index < count; index++) {
    const dash = `${spaces(indent)}-`;
    const form = next();
    if (depth >= 4 || form < 0.55) {
      lines.push(`${dash}${next() < 0.97 ? ' ' : '  '}${inline(next)}${trailing(next)}`);
    } else if (form < 0.9) {
      // `- key: value`, more keys lined up under the first.
      const gap = next() < 0.9 ? 1 : 2;
      lines.push(...mappingLines(next, indent + 1 + gap, depth + 1, step, `${dash}${spaces(gap)}`));
    } else if (form < 0.97) {
      lines.push(`${dash}${next() < 0.5 ? '' : ' # entry'}`);
      lines.push(...mappingLines(next, indent + step, depth + 1, step));
    } else {
      lines.push(`${dash} - ${scalar(next)}`);
    }
    lines.push(...noise(next, indent));
  }
  return lines;
}

/** One generated scheme-like document. */
export function generatedYaml(next: Next): string {
  const step = 1 + Math.floor(next() * 4);
  const lines = [...noise(next, 0), ...mappingLines(next, 0, 0, step)];
  return `${lines.join('\n')}${next() < 0.9 ? '\n' : ''}`;
}

/** Characters inserted by {@link mutated}. */
const NOISE = [
  ':',
  '-',
  ' ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '&a',
  '*a',
  '!',
  '%',
  '|',
  '>',
  '?',
  ',',
  'x',
  '0',
  '\u00e9',
  '\\',
  '---',
  '...',
  '\r',
];

/** `text` with one to three random edits: a character removed or inserted, a line doubled or swapped. */
export function mutated(text: string, next: Next): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = Math.floor(next() * 4);
    if (kind === 0) result = result.slice(0, at) + result.slice(at + 1);
    else if (kind === 1) result = result.slice(0, at) + pick(next, NOISE) + result.slice(at);
    else {
      const lines = result.split('\n');
      const a = Math.floor(next() * lines.length);
      if (kind === 2) lines.splice(a, 0, lines[a] ?? '');
      else {
        const b = Math.floor(next() * lines.length);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      }
      result = lines.join('\n');
    }
  }
  return result;
}
