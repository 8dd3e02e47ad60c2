import type { Event, ScalarEvent } from 'js-yaml';

import lazyYaml from '../util/js-yaml.cjs';

import { positionNode, type PositionNode } from './positions.js';
import { SHALLOW_LEVELS, readSchemeYaml } from './yaml-fast.js';

export { SHALLOW_LEVELS };

type JsYaml = ReturnType<typeof lazyYaml.jsYaml>;
// js-yaml's parts used here, bound by the first parse that needs its events (see bindJsYaml): a run
// whose files the reader of yaml-fast.ts reads never loads js-yaml.
let CORE_SCHEMA: JsYaml['CORE_SCHEMA'];
let EVENT_ID: JsYaml['EVENT_ID'];
let SCALAR_STYLE: JsYaml['SCALAR_STYLE'];
let YAMLException: JsYaml['YAMLException'];
let getScalarValue: JsYaml['getScalarValue'];
let parseEvents: JsYaml['parseEvents'];
let bound = false;

function bindJsYaml(): void {
  if (bound) return;
  ({ CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } = lazyYaml.jsYaml());
  bound = true;
}

/**
 * Deepest nesting a file may have. A scheme file needs five levels (root, grants, a permission's list,
 * a holder, a group's `{id}`); the bound stops hostile input long before it can exhaust memory, inside
 * js-yaml's parser (which checks depth as it descends).
 */
export const MAX_DEPTH = 12;

/** A problem found while reading YAML, as offsets into the decoded text. */
export interface YamlProblem {
  start: number;
  end: number;
  message: string;
  hint?: string;
  /** Where the other half of the problem is (the first of two duplicate keys). */
  relatedStart?: number;
  /** Set when the document has no content at all (empty, or only comments). */
  empty?: boolean;
}

export type YamlParse =
  | {
      ok: true;
      value: unknown;
      root: PositionNode;
      /**
       * Set when only the nodes down to {@link SHALLOW_LEVELS} have positions (see
       * {@link parseYamlDocument}'s `shallow`): deeper paths locate an ancestor.
       */
      shallow?: true;
    }
  | { ok: false; problems: YamlProblem[] };

/** Keys that would reach `Object.prototype` machinery in whoever consumes the value. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface MappingFrame {
  kind: 'mapping';
  value: Record<string, unknown>;
  node: PositionNode;
  entries: Map<string, PositionNode>;
  /** The key read and waiting for its value. */
  key: { name: string; start: number; end: number; accepted: boolean } | undefined;
  /** A collection written as a key (refused): when it ends, it stands in as its parent's key. */
  asKey: boolean;
}

interface SequenceFrame {
  kind: 'sequence';
  value: unknown[];
  node: PositionNode;
  items: PositionNode[];
  asKey: boolean;
}

type Frame = MappingFrame | SequenceFrame;

/**
 * Reads one YAML document with js-yaml 5's event parser and builds, in a single pass over the events,
 * the value (YAML 1.2 core schema, exactly as js-yaml resolves plain scalars) and a position for every
 * node. The same pass refuses what a scheme file must not contain: duplicate keys, anchors and aliases,
 * merge keys, tags, complex keys, prototype-polluting keys, more than one document. Never throws.
 *
 * With `shallow`, a document that has none of these (nearly every file) gets positions only down to
 * {@link SHALLOW_LEVELS} (the result says `shallow`): no position node for the inside of a holder entry,
 * no map of its keys. Whatever has one of them, or anything unusual (an empty value, a tab), goes the
 * whole way, so the problems and their positions are the same with or without it. Before js-yaml's
 * events, the shallow mode tries {@link readSchemeYaml}, which reads the usual subset of YAML directly.
 */
export function parseYamlDocument(
  text: string,
  options: {
    shallow?: boolean;
    /**
     * With `shallow`, whether the hand-written reader of yaml-fast.ts is tried first (it builds the same
     * answer where it answers). Off only for the tests that compare the two.
     */
    fast?: boolean;
  } = {},
): YamlParse {
  if (options.shallow === true && options.fast !== false) {
    const fast = readSchemeYaml(text);
    if (fast !== undefined) return { ok: true, value: fast.value, root: fast.root, shallow: true };
  }
  bindJsYaml();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    const problem = parserProblem(text, error);
    // js-yaml reports where it gave up; a tab or an unclosed quote before that point is the real cause.
    const reason = error instanceof YAMLException ? error.reason : '';
    const cause =
      tabIndentation(text, [], problem.start) ??
      (/deficient indentation|unexpected end of the stream/.test(reason)
        ? unclosedBracket(text)
        : undefined) ??
      (/indentation|end of the stream|quoted scalar/.test(reason)
        ? unclosedQuote(text, problem.start)
        : undefined);
    return { ok: false, problems: [cause !== undefined && cause.start <= problem.start ? cause : problem] };
  }
  if (options.shallow === true) {
    const shallow = buildShallowDocument(text, events);
    if (shallow !== undefined) return shallow;
  }
  return buildDocument(text, events);
}

/**
 * The value and the top {@link SHALLOW_LEVELS} levels of positions, in one pass without a frame object,
 * a key object or a map per collection below them: the loader's hottest loop, run on every file. Gives
 * up (undefined) at the first thing {@link buildDocument} would refuse or treat with care, so that it
 * builds the same value and the same positions as buildDocument wherever it answers.
 */
function buildShallowDocument(text: string, events: readonly Event[]): YamlParse | undefined {
  // Tabs may be content or refused indentation: buildDocument tells which.
  if (text.includes('\t')) return undefined;
  // The open collections, innermost last, as parallel arrays (no object per collection).
  const values: (Record<string, unknown> | unknown[])[] = [];
  const nodes: (PositionNode | undefined)[] = [];
  const keys: (string | undefined)[] = [];
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  let depth = 0;
  let documents = 0;
  let lastEnd = 0;
  let root: { value: unknown; node: PositionNode } | undefined;
  for (const event of events) {
    let value: unknown;
    let node: PositionNode | undefined;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents > 1 || event.directives.length > 0) return undefined;
        continue;
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        // A collection written as a key.
        if (depth > 0 && keys[depth - 1] === undefined && !Array.isArray(values[depth - 1])) return undefined;
        const mapping = event.type === EVENT_ID.MAPPING;
        if (depth <= SHALLOW_LEVELS) {
          node = positionNode(event.start, event.start + 1);
          if (depth < SHALLOW_LEVELS) {
            if (mapping) node.entries = new Map();
            else node.items = [];
          }
        }
        values[depth] = mapping ? {} : [];
        nodes[depth] = node;
        keys[depth] = undefined;
        depth++;
        continue;
      }
      case EVENT_ID.POP: {
        // The end of the document itself.
        if (depth === 0) continue;
        depth--;
        value = values[depth];
        node = nodes[depth];
        // A collection ends where its last child ends (as buildDocument sets it).
        if (node !== undefined && lastEnd > node.end) node.end = lastEnd;
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1 || event.valueStart === -1) return undefined;
        const start = quotedStart(event);
        const end = quotedEnd(event);
        const parent = values[depth - 1];
        if (parent !== undefined && !Array.isArray(parent) && keys[depth - 1] === undefined) {
          const name = String(scalarValue(text, event));
          if (
            (event.style === SCALAR_STYLE.PLAIN && name === '<<') ||
            FORBIDDEN_KEYS.has(name) ||
            Object.hasOwn(parent, name)
          ) {
            return undefined;
          }
          keys[depth - 1] = name;
          keyStarts[depth - 1] = start;
          keyEnds[depth - 1] = end;
          if (event.valueEnd > lastEnd) lastEnd = event.valueEnd;
          continue;
        }
        value = scalarValue(text, event);
        if (end > lastEnd) lastEnd = end;
        if (depth <= SHALLOW_LEVELS) node = positionNode(start, end);
        break;
      }
    }
    if (depth === 0) {
      if (documents === 1 && node !== undefined) root = { value, node };
      continue;
    }
    const parent = values[depth - 1];
    const parentNode = nodes[depth - 1];
    if (Array.isArray(parent)) {
      parent.push(value);
      if (node !== undefined) parentNode?.items?.push(node);
      continue;
    }
    const key = keys[depth - 1];
    if (parent === undefined || key === undefined) return undefined;
    keys[depth - 1] = undefined;
    parent[key] = value;
    if (node !== undefined) {
      node.keyStart = keyStarts[depth - 1];
      node.keyEnd = keyEnds[depth - 1];
      parentNode?.entries?.set(key, node);
    }
  }
  // Empty, or only comments: buildDocument says which.
  if (root === undefined) return undefined;
  return { ok: true, value: root.value, root: root.node, shallow: true };
}

function buildDocument(text: string, events: readonly Event[]): YamlParse {
  const problems: YamlProblem[] = [];
  const stack: Frame[] = [];
  let documents = 0;
  let root: { value: unknown; node: PositionNode } | undefined;
  let lastEnd = 0;
  /** Scalars spanning lines: a tab at the start of one of their lines is content, not indentation. */
  const multiLine: [number, number][] = [];
  const scanTabs = text.includes('\t');

  const attach = (value: unknown, node: PositionNode): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (documents === 1) root = { value, node };
      return;
    }
    if (parent.kind === 'sequence') {
      parent.value.push(value);
      parent.items.push(node);
      return;
    }
    const key = parent.key;
    parent.key = undefined;
    if (key === undefined) return;
    node.keyStart = key.start;
    node.keyEnd = key.end;
    if (key.accepted) {
      parent.value[key.name] = value;
      parent.entries.set(key.name, node);
    }
  };

  const checkProperties = (
    anchorStart: number,
    anchorEnd: number,
    tagStart: number,
    tagEnd: number,
  ): void => {
    if (anchorStart !== -1) {
      problems.push({
        start: Math.max(0, anchorStart - 1),
        end: anchorEnd,
        message: `anchors are not allowed (&${text.slice(anchorStart, anchorEnd)})`,
        hint: 'Write the value out in full: scheme files are read by people and diffed in reviews.',
      });
    }
    if (tagStart !== -1) {
      problems.push({
        start: tagStart,
        end: tagEnd,
        message: `tags are not allowed (${text.slice(tagStart, tagEnd)})`,
        hint: 'Remove the tag; quote the value if it should be text.',
      });
    }
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        documents++;
        if (documents === 2) problems.push(secondDocumentProblem(text, lastEnd));
        if (event.directives.length > 0) problems.push(directiveProblem(text));
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        const parent = stack[stack.length - 1];
        if (frame?.asKey === true && parent?.kind === 'mapping') {
          parent.key = { name: '', start: frame.node.start, end: frame.node.end, accepted: false };
        } else if (frame !== undefined) attach(frame.value, frame.node);
        break;
      }
      case EVENT_ID.ALIAS: {
        const start = Math.max(0, event.anchorStart - 1);
        problems.push({
          start,
          end: event.anchorEnd,
          message: `aliases are not allowed (*${text.slice(event.anchorStart, event.anchorEnd)})`,
          hint: 'Write the value out in full instead of referring to an anchor.',
        });
        lastEnd = Math.max(lastEnd, event.anchorEnd);
        attach(null, positionNode(start, event.anchorEnd));
        break;
      }
      case EVENT_ID.SCALAR: {
        checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
        const parent = stack[stack.length - 1];
        if (parent?.kind === 'mapping' && parent.key === undefined) {
          readKey(text, event, parent, problems);
          if (event.valueEnd > lastEnd) lastEnd = event.valueEnd;
          break;
        }
        const node = scalarNode(text, event, parent);
        if (node.end > lastEnd) lastEnd = node.end;
        if (scanTabs) {
          const newline = text.indexOf('\n', node.start);
          if (newline !== -1 && newline < node.end) multiLine.push([node.start, node.end]);
        }
        attach(scalarValue(text, event), node);
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
        const parent = stack[stack.length - 1];
        const asKey = parent?.kind === 'mapping' && parent.key === undefined;
        if (asKey) {
          problems.push({
            start: event.start,
            end: event.start + 1,
            message: 'a key must be plain text, not a mapping or a list',
            hint: 'Remove the "?" complex key; keys are permission keys, holder types or field names.',
          });
        }
        const node = positionNode(event.start, event.start + 1);
        if (event.type === EVENT_ID.MAPPING) {
          const entries = new Map<string, PositionNode>();
          node.entries = entries;
          stack.push({ kind: 'mapping', value: {}, node, entries, key: undefined, asKey });
        } else {
          const items: PositionNode[] = [];
          node.items = items;
          stack.push({ kind: 'sequence', value: [], node, items, asKey });
        }
        break;
      }
    }
    // A collection ends where its last child ends.
    const top = stack[stack.length - 1];
    if (top !== undefined && lastEnd > top.node.end) top.node.end = lastEnd;
  }

  if (scanTabs) {
    const tab = tabIndentation(text, multiLine);
    if (tab !== undefined) problems.push(tab);
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.start - b.start) };
  if (root === undefined) {
    return {
      ok: false,
      problems: [
        {
          start: 0,
          end: 0,
          message: text.trim() === '' ? 'the file is empty' : 'the file has only comments',
          empty: true,
          hint: 'A scheme file needs at least "name:" and "grants:"; delete the file if it is not needed.',
        },
      ],
    };
  }
  return { ok: true, value: root.value, root: root.node };
}

function readKey(text: string, event: ScalarEvent, parent: MappingFrame, problems: YamlProblem[]): void {
  const start = event.valueStart === -1 ? parent.node.start : quotedStart(event);
  const end = event.valueStart === -1 ? start : quotedEnd(event);
  const name = String(scalarValue(text, event));
  let accepted = true;
  if (event.style === SCALAR_STYLE.PLAIN && name === '<<') {
    problems.push({
      start,
      end,
      message: 'merge keys (<<) are not allowed',
      hint: 'Write the merged entries out in full.',
    });
    accepted = false;
  } else if (FORBIDDEN_KEYS.has(name)) {
    problems.push({
      start,
      end,
      message: `the key "${name}" is not allowed`,
      hint: 'Rename or remove the key.',
    });
    accepted = false;
  } else {
    const first = parent.entries.get(name);
    if (first !== undefined) {
      problems.push({
        start,
        end,
        message: `duplicate key "${name}"`,
        hint: 'A key may appear once per mapping: merge the two entries into one.',
        relatedStart: first.keyStart ?? first.start,
      });
      accepted = false;
    }
  }
  parent.key = { name, start, end, accepted };
}

function scalarNode(text: string, event: ScalarEvent, parent: Frame | undefined): PositionNode {
  if (event.valueStart === -1) {
    // An empty value (`key:` with nothing after it): point at its key, or at the parent.
    if (parent?.kind === 'mapping' && parent.key !== undefined)
      return positionNode(parent.key.start, parent.key.end);
    // An empty sequence entry (`-` alone): point at its dash.
    const from =
      parent === undefined
        ? 0
        : parent.kind === 'sequence' && parent.items.length === 0
          ? lineStartOf(text, parent.node.start)
          : parent.node.end;
    const dash = /^[ ]*-(?=\s|$)/gm;
    dash.lastIndex = from;
    const found = parent?.kind === 'sequence' ? dash.exec(text) : null;
    const at = found === null ? from : found.index + found[0].length - 1;
    return positionNode(at, at + (found === null ? 0 : 1));
  }
  return positionNode(quotedStart(event), quotedEnd(event));
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Quoted scalars' ranges exclude their quotes; findings point at the opening quote. */
function quotedStart(event: ScalarEvent): number {
  return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
    ? event.valueStart - 1
    : event.valueStart;
}

function quotedEnd(event: ScalarEvent): number {
  return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
    ? event.valueEnd + 1
    : event.valueEnd;
}

/** A scalar's value as js-yaml's core schema constructs it: plain scalars resolve, others are text. */
function scalarValue(text: string, event: ScalarEvent): unknown {
  const source = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN) return source;
  return CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}

/**
 * js-yaml refuses most tab indentation itself; this catches what it lets through (tabs before a flow
 * collection's entries, before a comment-free line in a flow context), except inside multi-line scalars,
 * where a leading tab is content.
 */
function tabIndentation(
  text: string,
  multiLine: readonly [number, number][],
  before = Number.POSITIVE_INFINITY,
): YamlProblem | undefined {
  const leadingTab = /^[ ]*\t[ \t]*(?=[^\s#])/gm;
  for (let found = leadingTab.exec(text); found !== null; found = leadingTab.exec(text)) {
    const lineStart = found.index;
    if (lineStart > before) return undefined;
    if (multiLine.some(([start, end]) => lineStart > start && lineStart < end)) continue;
    const tab = lineStart + found[0].indexOf('\t');
    return {
      start: tab,
      end: tab + 1,
      message: 'tabs are used for indentation',
      hint: 'YAML indents with spaces only: replace the tab with spaces.',
    };
  }
  return undefined;
}

/** Whether the character at `index` starts a value: only spaces since `:`, `-`, `,`, `?` or the line start. */
function startsValue(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index).trimEnd();
  return before === '' || /[:\-,?[{]$/.test(before);
}

/**
 * The first `[` or `{` that is never closed (quotes and comments skipped): js-yaml then complains about
 * the indentation of the next line or the end of the file.
 */
function unclosedBracket(text: string): YamlProblem | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote !== undefined) {
      if (quote === '"' && char === '\\') index++;
      else if (char === quote) {
        if (quote === "'" && text[index + 1] === "'") index++;
        else quote = undefined;
      }
      continue;
    }
    if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
      continue;
    }
    const inFlow = open.length > 0;
    if ((char === '"' || char === "'") && (inFlow || startsValue(text, index))) quote = char;
    else if ((char === '[' || char === '{') && (inFlow || startsValue(text, index))) open.push(index);
    else if ((char === ']' || char === '}') && inFlow) open.pop();
  }
  const at = open[0];
  if (at === undefined) return undefined;
  const closing = text[at] === '[' ? ']' : '}';
  return {
    start: at,
    end: at + 1,
    message: `a ${text[at] ?? '['} is not closed`,
    hint: `Add the closing ${closing}.`,
  };
}

/**
 * The last quoted scalar before `before` that does not close on its own line: js-yaml then complains
 * about indentation further down, while the cause is the missing quote.
 */
function unclosedQuote(text: string, before: number): YamlProblem | undefined {
  const opening = /(?:^|[:\-,[{]\s*|^\s+)(["'])/gm;
  let found: YamlProblem | undefined;
  for (let match = opening.exec(text); match !== null && match.index < before; match = opening.exec(text)) {
    const quote = match[1] ?? '"';
    const start = match.index + match[0].length - 1;
    const lineEnd = text.indexOf('\n', start);
    const rest = text.slice(start + 1, lineEnd === -1 ? text.length : lineEnd);
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
    if (!closed) {
      found = {
        start,
        end: start + 1,
        message: `a quoted value is not closed (${quote} at the start of the value has no closing ${quote} on its line)`,
        hint: `Add the closing ${quote}.`,
      };
    }
  }
  return found;
}

function secondDocumentProblem(text: string, after: number): YamlProblem {
  const marker = /^(---|\.\.\.)(?=\s|$)/gm;
  marker.lastIndex = after;
  const found = marker.exec(text);
  const start = found?.index ?? after;
  return {
    start,
    end: start + 3,
    message: 'a scheme file holds one document; found a second one',
    hint: 'Put each scheme in its own file, and remove the "---" separator.',
  };
}

function directiveProblem(text: string): YamlProblem {
  const found = /^%/m.exec(text);
  const start = found?.index ?? 0;
  return {
    start,
    end: start + 1,
    message: 'YAML directives (%YAML, %TAG) are not allowed',
    hint: 'Remove the directive line: files are read as YAML 1.2.',
  };
}

/** Turns js-yaml's parser exception into a problem at its position, in words a person acts on. */
function parserProblem(text: string, error: unknown): YamlProblem {
  if (!(error instanceof YAMLException)) {
    return { start: 0, end: 0, message: `the YAML could not be read: ${String(error)}` };
  }
  const start = Math.min(error.mark?.position ?? 0, text.length);
  const reason = error.reason;
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return {
      start,
      end: start,
      message: `nesting is deeper than ${MAX_DEPTH} levels`,
      hint: 'A scheme file needs at most five levels; check the indentation.',
    };
  }
  if (reason.includes('tab characters must not be used in indentation')) {
    return {
      start,
      end: start + 1,
      message: 'tabs are used for indentation',
      hint: 'YAML indents with spaces only: replace the tab with spaces.',
    };
  }
  const known = PARSER_MESSAGES.find(([pattern]) => reason.includes(pattern));
  return {
    start,
    end: start,
    message: `invalid YAML: ${known?.[1] ?? reason}`,
    hint: known?.[2] ?? 'Check the line and the one before it.',
  };
}

/** js-yaml's parser messages, in words that say where to look: [its words, ours, the fix]. */
const PARSER_MESSAGES: readonly [string, string, string][] = [
  [
    'bad indentation of a mapping entry',
    'bad indentation of a mapping entry',
    'Check the indentation: the keys of one mapping line up exactly, and a key with a value on the same line has nothing indented under it.',
  ],
  [
    'bad indentation of a sequence entry',
    'bad indentation of a list entry',
    'Check the indentation: the "- " entries of one list line up exactly.',
  ],
  [
    'end of the stream or a document separator is expected',
    'this line does not fit the structure above it',
    'Check its indentation against the lines above, and that the line before it is complete.',
  ],
  [
    'missed comma between flow collection entries',
    'a comma is missing between two entries of a [...] list or {...} mapping',
    'Separate the entries with ", ".',
  ],
  [
    'unexpected end of the stream within a flow collection',
    'a [ or { is not closed',
    'Add the closing ] or }.',
  ],
  [
    'a multiline key may not be an implicit key',
    'a key runs over more than one line',
    'A ":" or a closing quote is probably missing on the line before.',
  ],
  [
    'deficient indentation',
    'a value continues on a line that is not indented enough',
    'Indent the continuation line, or quote the value.',
  ],
  ["expected ':' after a mapping key", 'a ":" is missing after a key', 'Write "key: value".'],
];
