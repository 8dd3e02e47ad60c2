import { closeSync, existsSync, fdatasyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

import type { ApplyEvent } from './executor.js';
import { toJson } from '../view/json.js';
import { replaceFileInPieces, writeAll } from '../util/write-file.js';
import { countEntries, type ApplyOutcome, type Journal, type JournalEntry } from './journal.js';

/**
 * The journal file (`apply --out FILE`), written as apply goes. While apply runs the file is JSON Lines:
 * one record per line, each appended and flushed to the disk before apply goes on, so an apply that is
 * killed (even with `kill -9`, or by a runner that loses its machine) leaves every change it settled and
 * the changes it planned but never settled. When apply ends, the file is replaced (atomically) by the
 * journal as one JSON document, the shape scripts read. {@link readJournalFile} reads either form.
 *
 * Records, in order: `start` (with the process id and host, so a second apply does not take over a
 * journal that is being written); `planned` (one per change of the fresh plan, result `pending`); then
 * `phase`, `note` and `settled` (a change done, failed or skipped, with its attempts and detail) as they
 * happen. A file still in lines is the journal of an apply that runs, or was stopped before it ended.
 */

export const JOURNAL_FILE_VERSION = 1;

export type JournalRecord =
  | { record: 'start'; version: number; startedAt: string; pid: number; host: string }
  | ({ record: 'planned' } & JournalEntry)
  | { record: 'phase'; at: string; message: string }
  | { record: 'note'; at: string; message: string }
  | ({ record: 'settled'; at: string } & JournalEntry);

/** Another apply, alive on this machine, is writing the journal file: refuse rather than interleave. */
export class JournalBusyError extends Error {
  constructor(pid: number) {
    super(
      `another apply (process ${pid}) is writing this journal right now; wait for it to end, or give ` +
        'this run its own --out file (two applies on one site at once fight each other: see docs/commands/apply.md)',
    );
    this.name = 'JournalBusyError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The writer still at work on the file at `path`, if any (a journal in lines, started here, alive). */
function activeWriter(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const first = readFileSync(path, 'utf8').split('\n', 1)[0] ?? '';
  let start: unknown;
  try {
    start = JSON.parse(first);
  } catch {
    return undefined;
  }
  if (!isRecord(start) || start.record !== 'start' || typeof start.pid !== 'number') return undefined;
  if (start.host !== hostname() || start.pid === process.pid) return undefined;
  return isAlive(start.pid) ? start.pid : undefined;
}

/** The one place the journal file is written: a line per record, each flushed before the next step. */
export class JournalFile {
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    private readonly redact: (text: string) => string,
    private readonly now: () => Date,
  ) {}

  /**
   * Creates (or empties) the file and writes the `start` record. Throws when the file cannot be written
   * or another live apply is writing it: called before apply reads Jira, so a journal that cannot be
   * kept stops apply before any write.
   */
  static open(
    path: string,
    options: { redact?: (text: string) => string; now?: () => Date } = {},
  ): JournalFile {
    const busy = activeWriter(path);
    if (busy !== undefined) throw new JournalBusyError(busy);
    mkdirSync(dirname(path), { recursive: true });
    const file = new JournalFile(
      path,
      openSync(path, 'w'),
      options.redact ?? ((text) => text),
      options.now ?? (() => new Date()),
    );
    file.append({
      record: 'start',
      version: JOURNAL_FILE_VERSION,
      startedAt: file.now().toISOString(),
      pid: process.pid,
      host: hostname(),
    });
    return file;
  }

  /** Records an event of the executor, as it happens. */
  record(event: ApplyEvent): void {
    switch (event.type) {
      case 'entries':
        // One flush for the lot: nothing has been written to Jira yet.
        for (const entry of event.entries) this.append({ record: 'planned', ...entry }, false);
        this.flush();
        break;
      case 'phase':
        this.append({ record: 'phase', at: this.now().toISOString(), message: event.message });
        break;
      case 'note':
        this.append({ record: 'note', at: this.now().toISOString(), message: event.message });
        break;
      case 'entry':
        // Written and flushed before the executor starts its next write.
        this.append({ record: 'settled', at: this.now().toISOString(), ...event.entry });
        break;
    }
  }

  /**
   * Replaces the lines with the whole journal as one JSON document: written beside the file, flushed,
   * then renamed over it, so at every moment the file is one complete form or the other.
   */
  end(journal: Journal): void {
    this.close();
    replaceFileInPieces(this.path, [this.redact(toJson(journal))], { sync: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private append(record: JournalRecord, flush = true): void {
    if (this.closed) return;
    // JSON.stringify escapes line breaks inside strings: one record is always one line.
    writeAll(this.fd, `${this.redact(JSON.stringify(record))}\n`);
    if (flush) this.flush();
  }

  private flush(): void {
    fdatasyncSync(this.fd);
  }
}

const STOPPED_MESSAGE =
  'The journal ends before apply did: apply was stopped (killed, or its machine lost) while it ran. ' +
  'Changes without a result may or may not have been made; run apply again, it re-reads Jira first.';

/**
 * The journal a journal file holds: the JSON document of an apply that ended, or the lines of one that
 * did not (a line cut by a kill mid-write is ignored); then the outcome is `interrupted` and the message
 * says that apply was stopped.
 */
export function parseJournalFile(text: string): Journal {
  try {
    const whole: unknown = JSON.parse(text);
    if (isRecord(whole) && Array.isArray(whole.entries) && whole.record === undefined) {
      return whole as unknown as Journal;
    }
  } catch {
    // Not one document: the lines of an apply that did not end.
  }
  const byIndex = new Map<number, JournalEntry>();
  let startedAt = '';
  let lastAt = '';
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isRecord(parsed)) continue;
    const record = parsed as JournalRecord;
    switch (record.record) {
      case 'start':
        startedAt = record.startedAt;
        break;
      case 'planned':
      case 'settled': {
        const { record: _kind, ...rest } = record;
        const { at, ...entry }: JournalEntry & { at?: string } = rest;
        if (at !== undefined) lastAt = at;
        byIndex.set(entry.index, entry);
        break;
      }
      case 'phase':
      case 'note':
        lastAt = record.at;
        break;
    }
  }
  const entries = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const outcome: ApplyOutcome = 'interrupted';
  return {
    version: 1,
    outcome,
    message: STOPPED_MESSAGE,
    startedAt,
    finishedAt: lastAt === '' ? startedAt : lastAt,
    counts: countEntries(entries),
    entries,
    remaining: [],
    refusals: [],
  };
}

export function readJournalFile(path: string): Journal {
  return parseJournalFile(readFileSync(path, 'utf8'));
}
