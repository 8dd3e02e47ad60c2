import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { JournalFile, parseJournalFile, readJournalFile } from '../../src/apply/journal-file.js';
import { countEntries, entryFromChange, type Journal } from '../../src/apply/journal.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journal-file-'));
  dirs.push(dir);
  return dir;
}

const clock = () => new Date('2026-12-02T01:00:00.000Z');

function entries() {
  return [1, 2, 3].map((index) =>
    entryFromChange(
      {
        action: 'add-grant',
        scheme: 'Team',
        schemeId: 10000,
        permission: `PERM_${index}`,
        holder: { type: 'group', parameter: 'g', value: 'id' },
      },
      index,
    ),
  );
}

describe('the journal file', () => {
  it('is on the disk line by line while apply runs; a line cut by a kill is ignored', () => {
    const path = join(folder(), 'logs/journal.json');
    const file = JournalFile.open(path, { now: clock, redact: (text) => text.replaceAll('SECRET', '***') });
    const planned = entries();
    file.record({ type: 'entries', entries: planned.map((entry) => ({ ...entry })) });
    file.record({ type: 'phase', phase: 'adds', message: 'Adding grants' });
    planned[0]!.result = 'done';
    planned[0]!.attempts = 1;
    file.record({ type: 'entry', entry: planned[0]!, position: 1, total: 3 });
    planned[1]!.result = 'failed';
    planned[1]!.detail = 'Jira said SECRET';
    file.record({ type: 'entry', entry: planned[1]!, position: 2, total: 3 });

    // Nothing closed the file: what a kill leaves, plus half a line written as it died.
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('SECRET');
    const journal = parseJournalFile(`${text}{"record":"settled","index":3,"res`);
    expect(journal.outcome).toBe('interrupted');
    expect(journal.message).toContain('apply was stopped');
    expect(journal.entries.map((entry) => entry.result)).toEqual(['done', 'failed', 'pending']);
    expect(journal.entries[1]!.detail).toBe('Jira said ***');
    expect(journal.counts).toEqual({ total: 3, done: 1, failed: 1, skipped: 0, pending: 1 });
    file.close();
  });

  it('becomes one JSON document when apply ends, written beside the file and renamed over it', () => {
    const dir = folder();
    const path = join(dir, 'journal.json');
    const file = JournalFile.open(path, { now: clock });
    const done = entries().map((entry) => ({ ...entry, result: 'done' as const, attempts: 1 }));
    const journal: Journal = {
      version: 1,
      outcome: 'converged',
      message: 'Apply done: Jira matches the files',
      startedAt: clock().toISOString(),
      finishedAt: clock().toISOString(),
      counts: countEntries(done),
      entries: done,
      remaining: [],
      refusals: [],
    };
    file.end(journal);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(journal);
    expect(readJournalFile(path)).toEqual(journal);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });
});
