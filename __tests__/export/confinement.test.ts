/**
 * Export reads and writes only inside the repository (#13.3), and finds the files plan loads, with the
 * same walker and reader (#12): a linked scheme file inside the repository is that scheme's file.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ExportOutcome } from '../../src/commands/export.js';
import { loadProject } from '../../src/config/load.js';
import { exportFiles, exportIn, readerFor, temporaryDir, treeOf, withSimulator } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A repository (with `.git`) and a folder outside it. */
function repositoryAndOutside(): { repo: string; outside: string } {
  const temporary = temporaryDir('jpac-export-confine-');
  cleanups.push(temporary.remove);
  const repo = path.join(temporary.dir, 'repo');
  const outside = path.join(temporary.dir, 'outside');
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'keep.txt'), 'outside, untouched\n');
  return { repo, outside };
}

/** The refusal of an export that must be refused. */
async function refusal(promise: Promise<ExportOutcome>): Promise<{ message: string }> {
  const outcome = await promise;
  if (outcome.status !== 'refused')
    throw new Error(`expected the export to be refused, it was ${outcome.status}`);
  return { message: outcome.error };
}

describe('export stays inside the repository', () => {
  it('refuses a scheme folder that is a symbolic link out, before asking Jira, writing nothing', async () => {
    const { repo, outside } = repositoryAndOutside();
    symlinkSync(outside, path.join(repo, 'jira-permissions'));
    await withSimulator(undefined, async (sim) => {
      sim.clearLog();
      const error = await refusal(exportIn({ cwd: repo, jira: readerFor(sim), force: true }));
      expect(error.message).toMatch(
        /^the folder "jira-permissions" is a symbolic link to .*outside the repository/,
      );
      expect(error.message).toContain('nothing was written');
      expect(sim.requests).toEqual([]);
    });
    expect(treeOf(outside)).toEqual({ 'keep.txt': 'outside, untouched\n' });
  });

  it('refuses --out outside the repository, given with ../ or as a link below a real folder', async () => {
    const { repo, outside } = repositoryAndOutside();
    mkdirSync(path.join(repo, 'perms'));
    symlinkSync(outside, path.join(repo, 'perms', 'linked'));
    await withSimulator(undefined, async (sim) => {
      for (const out of ['../outside', 'perms/linked/teams', outside]) {
        const error = await refusal(exportIn({ cwd: repo, jira: readerFor(sim), out }));
        expect(error.message).toContain('outside the repository');
      }
    });
    expect(treeOf(outside)).toEqual({ 'keep.txt': 'outside, untouched\n' });
  });

  it('replaces a scheme file that is a link out of the repository, never writing through it', async () => {
    const { repo, outside } = repositoryAndOutside();
    await withSimulator(undefined, async (sim) => {
      const first = await exportFiles({ cwd: repo, jira: readerFor(sim) });
      const target = first.files[0]!;
      const victim = path.join(outside, 'victim.yml');
      writeFileSync(victim, `name: Victim\nid: ${target.schemeId}\ngrants: {}\n`);
      const link = path.join(repo, target.path);
      rmSync(link);
      symlinkSync(victim, link);
      const again = await exportFiles({ cwd: repo, jira: readerFor(sim), force: true });
      expect(again.files.find((file) => file.schemeId === target.schemeId)?.path).toBe(target.path);
      expect(lstatSync(link).isSymbolicLink()).toBe(false);
      expect(readFileSync(link, 'utf8')).toContain(`id: ${target.schemeId}`);
    });
    expect(readFileSync(path.join(outside, 'victim.yml'), 'utf8')).toMatch(/^name: Victim\n/);
  });

  it('updates a linked scheme file inside the repository, the file plan loads, instead of adding one', async () => {
    const { repo } = repositoryAndOutside();
    await withSimulator(undefined, async (sim) => {
      const scheme = [...sim.state.schemes].sort((a, b) => a.id - b.id)[0]!;
      mkdirSync(path.join(repo, 'shared'));
      mkdirSync(path.join(repo, 'jira-permissions'));
      writeFileSync(
        path.join(repo, 'shared', 'kept-elsewhere.yml'),
        `name: ${JSON.stringify(scheme.name)}\nid: ${scheme.id}\ngrants: {}\n`,
      );
      symlinkSync('../shared/kept-elsewhere.yml', path.join(repo, 'jira-permissions', 'mine.yml'));
      // Plan loads the linked file as this scheme's file...
      const before = await loadProject({ cwd: repo });
      expect(before.files.map((file) => file.path)).toEqual(['jira-permissions/mine.yml']);
      // ...so export updates it rather than writing a second file that pins the same id.
      const result = await exportFiles({ cwd: repo, jira: readerFor(sim), force: true });
      expect(result.files.find((file) => file.schemeId === scheme.id)?.path).toBe(
        'jira-permissions/mine.yml',
      );
      const pinning = readdirSync(path.join(repo, 'jira-permissions')).filter((name) =>
        readFileSync(path.join(repo, 'jira-permissions', name), 'utf8').includes(`\nid: ${scheme.id}\n`),
      );
      expect(pinning).toEqual(['mine.yml']);
    });
  });
});
