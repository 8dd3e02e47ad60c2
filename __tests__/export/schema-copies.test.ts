/**
 * `$schema` lines that work offline (#17): export writes the JSON Schemas into the repository and points
 * every file at them by a relative path; `validate` warns when the copies are not this version's.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { exportCommand } from '../../src/cli/commands/export.js';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { SCHEMA_COPIES_FOLDER, schemaCopyFindings } from '../../src/config/schema-copies.js';
import { SCHEMAS } from '../../src/config/schemas.js';
import { VERSION } from '../../src/version.js';
import { exportFiles, readerFor, temporaryDir, withSimulator } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A repository (it has `.git`) in a temporary folder. */
function repository(): string {
  const temporary = temporaryDir();
  cleanups.push(temporary.remove);
  mkdirSync(path.join(temporary.dir, '.git'));
  return temporary.dir;
}

async function cli(
  command: typeof exportCommand,
  cwd: string,
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await command.run({
    argv,
    env,
    cwd,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  });
  return { code, ...out };
}

function firstLineSchema(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const match = /^# yaml-language-server: \$schema=(.+)$/u.exec(first);
  if (match?.[1] === undefined) throw new Error(`no $schema line in ${file}: ${first}`);
  return match[1];
}

describe('schema copies in the repository', () => {
  it('export writes them and every $schema line resolves to one, with no web address', async () => {
    const repo = repository();
    await withSimulator(undefined, async (sim) => {
      const result = await exportFiles({ cwd: repo, jira: readerFor(sim) });
      expect(result.schemas).toEqual({ path: SCHEMA_COPIES_FOLDER, action: 'created' });
      const written = [...result.files.map((file) => file.path), '.jira-permissions.yml'];
      for (const file of written) {
        const reference = firstLineSchema(path.join(repo, file));
        expect(reference).not.toMatch(/^https?:/u);
        const target = path.resolve(path.dirname(path.join(repo, file)), reference);
        expect(existsSync(target)).toBe(true);
        // The copy is the tool's schema (without $id, so relative $refs resolve beside the copy).
        const copy = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
        expect(copy.$id).toBeUndefined();
        const name = path.basename(target);
        const own = name === 'settings.schema.json' ? SCHEMAS.settings : SCHEMAS.permissionScheme;
        expect(copy.title).toBe(own.title);
      }
      const folder = path.join(repo, SCHEMA_COPIES_FOLDER);
      expect(readdirSync(folder).sort()).toEqual([
        'holder.schema.json',
        'permission-scheme.schema.json',
        'permissions.schema.json',
        'settings.schema.json',
        'version.json',
      ]);
      // Every $ref the copies make is to a file beside them.
      const refs = readFileSync(path.join(folder, 'permission-scheme.schema.json'), 'utf8').match(
        /"\$ref": "[^#"][^"]*"/gu,
      );
      expect(refs?.length).toBeGreaterThan(0);
      for (const ref of refs ?? []) {
        expect(existsSync(path.join(folder, ref.slice('"$ref": "'.length, -1)))).toBe(true);
      }
      expect(schemaCopyFindings(repo, repo)).toEqual([]);

      // Run again: the copies are already this version's.
      const again = await exportFiles({ cwd: repo, jira: readerFor(sim), force: true });
      expect(again.schemas.action).toBe('unchanged');
    });
  });

  it('export --schemas refreshes only the copies, offline; validate warns while they are old', async () => {
    const repo = repository();
    writeFileSync(path.join(repo, 'notes.txt'), 'kept\n');
    // No Jira settings at all: --schemas must not need them.
    const first = await cli(exportCommand, repo, ['--schemas']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Wrote the JSON Schemas in ${SCHEMA_COPIES_FOLDER}/`);
    expect(readdirSync(repo).sort()).toEqual(['.git', '.jira-permissions', 'notes.txt']);

    mkdirSync(path.join(repo, 'jira-permissions'));
    writeFileSync(
      path.join(repo, 'jira-permissions', 'team.yml'),
      `# yaml-language-server: $schema=../${SCHEMA_COPIES_FOLDER}/permission-scheme.schema.json\n` +
        'name: Team\ngrants:\n  BROWSE_PROJECTS: [projectLead]\n  ADMINISTER_PROJECTS: [projectLead]\n',
    );
    const current = await cli(validateCommand, repo, []);
    expect(current.stdout).not.toContain('older than');
    expect(current.code).toBe(0);

    // An older jira-perms wrote them: a warning naming the fix, and validate still passes.
    const holder = path.join(repo, SCHEMA_COPIES_FOLDER, 'holder.schema.json');
    writeFileSync(holder, '{"title": "an older holder schema"}\n');
    writeFileSync(path.join(repo, SCHEMA_COPIES_FOLDER, 'version.json'), '{"jiraPerms": "0.0.1"}\n');
    const old = await cli(validateCommand, repo, []);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain(`${SCHEMA_COPIES_FOLDER}/holder.schema.json:1:1`);
    expect(old.stdout).toContain(
      `older than this jira-perms's (${VERSION}; they were written by jira-perms 0.0.1)`,
    );
    expect(old.stdout).toContain('jira-perms export --schemas');

    // A newer one wrote them: the other way round.
    writeFileSync(path.join(repo, SCHEMA_COPIES_FOLDER, 'version.json'), '{"jiraPerms": "99.0.0"}\n');
    const newer = schemaCopyFindings(repo, repo);
    expect(newer).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ruleId: 'schema',
        file: `${SCHEMA_COPIES_FOLDER}/holder.schema.json`,
      }),
    ]);
    expect(newer[0]?.message).toContain('written by jira-perms 99.0.0, newer than this one');

    const refreshed = await cli(exportCommand, repo, ['--schemas']);
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toContain('Updated the JSON Schemas');
    expect(readFileSync(holder, 'utf8')).not.toContain('an older holder schema');
    expect(schemaCopyFindings(repo, repo)).toEqual([]);
    expect(readFileSync(path.join(repo, 'notes.txt'), 'utf8')).toBe('kept\n');
  });

  it('no copies, no warning: the files may point at the schemas another way', () => {
    expect(schemaCopyFindings(repository(), process.cwd())).toEqual([]);
  });
});
