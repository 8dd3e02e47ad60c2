/**
 * The action's log, as the runner reads it. Every line the action writes to stdout is written here, by
 * `emit`, and only two kinds exist:
 * - log lines (`log`): text that may hold names and messages from the files or from Jira. The runner
 *   treats a line starting with `::` (or the older `##[`) as a workflow command, so any such line, at the
 *   start of the text or after any line break (`\n`, `\r`), is neutralised: a zero-width space goes
 *   between its first two characters. It reads the same and commands nothing.
 * - workflow commands (`command`): annotations, groups, warnings, the failure. Their message and
 *   property values are escaped as the runner expects (`%`, `\r`, `\n`, and `:` `,` in properties), so a
 *   file named `x\n::stop-commands::zzz` stays inside its annotation.
 * Both redact secrets first, and show control characters in text (ESC, OSC, BEL, U+202E) as `\uXXXX`;
 * a file property keeps its exact name, escaped, so the annotation lands on the file. (Masking itself,
 * `::add-mask::`, is the one exception: a mask must carry the secret, so it is escaped but not redacted.)
 *
 * The formats are the runner's, as `@actions/core` writes them (lib/command.js), written here so the
 * action does not load that package (and the HTTP client it brings) before its first line.
 */
import { EOL } from 'node:os';

import { redact } from '../jira/secrets.js';
import type { Finding } from '../model/finding.js';
import { terminalSafe } from './terminal.js';

/** The one writer of the action's stdout. */
function emit(line: string): void {
  process.stdout.write(`${line}${EOL}`);
}

const ZWSP = '\u200B';

/** Every line of `text` that the runner would read as a command, made inert. */
export function neutraliseCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)(:|#)(?=:|#\[)/, `$1$2${ZWSP}`))
    .join('\n');
}

/**
 * Log lines: redacted, commands neutralised, control characters shown as `\uXXXX` (the log viewer
 * reads ANSI sequences, so a name could recolour, hide or link text), one `emit` per line.
 */
export function log(text: string): void {
  for (const line of neutraliseCommands(redact(text)).split('\n')) emit(terminalSafe(line, PLAIN));
}

const PLAIN = { colour: false, live: false } as const;

/** The runner's escaping of a command's message (as `@actions/core` does it). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandName = 'error' | 'warning' | 'notice' | 'group' | 'endgroup' | 'set-output';

/** `::name k=v,k=v::message`, every part redacted and escaped. */
export function commandLine(
  name: CommandName,
  message: string,
  properties: readonly [string, string | number | undefined][] = [],
): string {
  const rendered = properties
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(redact(String(value)))}`)
    .join(',');
  const text = redact(message)
    .split(/\r\n|\r|\n/)
    .map((line) => terminalSafe(line, PLAIN))
    .join('\n');
  return `::${name}${rendered === '' ? '' : ` ${rendered}`}::${escapeData(text)}`;
}

/** Writes one workflow command. */
export function command(
  name: CommandName,
  message: string,
  properties: readonly [string, string | number | undefined][] = [],
): void {
  emit(commandLine(name, message, properties));
}

/**
 * Registers a secret with the runner's masker (`::add-mask::`): the runner consumes the line and hides
 * the value in the rest of the log. The value is escaped like any message, never redacted.
 */
export function mask(secret: string): void {
  emit(`::add-mask::${escapeData(secret)}`);
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Where an annotation points (the runner's `file`, `line` and `col` properties). */
export interface AnnotationProperties {
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

const LEVELS: Record<Finding['severity'], AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export function annotationFor(finding: Finding): Annotation {
  const properties: AnnotationProperties = {
    file: finding.file,
    startLine: finding.line,
    startColumn: finding.column,
  };
  // The rule id closes the first line (there is no title: see annotationCommand); the hint follows.
  // An error already live in Jira is a warning annotation (not a failure) that says why.
  const already = finding.alreadyLive === true ? 'Already live in Jira, not blocking: ' : '';
  const headline = `${already}${finding.message} [${finding.ruleId}]`;
  const message = finding.hint === undefined ? headline : `${headline}\n${finding.hint}`;
  return { level: LEVELS[finding.severity], message, properties };
}

/**
 * The workflow command line for an annotation, in the form GitHub documents:
 * `::error file=F,line=L,col=C::message`. Written here rather than by `core.error`, which puts a
 * `title` first and end positions after `col`: tools and people that read the log (and grep it) expect
 * the location right after the level, and nothing between `col` and the message.
 */
export function annotationCommand(
  annotation: Annotation,
  redactText: (text: string) => string = (text) => text,
): string {
  const { properties } = annotation;
  const pairs: [string, string | number | undefined][] = [
    ['file', properties.file === undefined ? undefined : redactText(properties.file)],
    ['line', properties.startLine],
    ['col', properties.startColumn],
  ];
  return commandLine(annotation.level, redactText(annotation.message), pairs);
}

/** Annotates every finding on its file and line. */
export function annotate(findings: readonly Finding[]): void {
  for (const finding of findings) emit(annotationCommand(annotationFor(finding), redact));
}
