import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { findExistingFiles, schemaReference } from '../../src/export/targets.js';
import { temporaryDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(): string {
  const temporary = temporaryDir();
  cleanups.push(temporary.remove);
  return temporary.dir;
}

describe('schemaReference', () => {
  it('points at the copy of the schema in the repository, relative to the file, never at a web address', () => {
    const cwd = workspace();
    const schemas = path.join(cwd, '.jira-permissions', 'schemas');
    expect(
      schemaReference('permission-scheme.schema.json', path.join(cwd, 'jira-permissions', 'teams'), schemas),
    ).toBe('../../.jira-permissions/schemas/permission-scheme.schema.json');
    expect(schemaReference('settings.schema.json', cwd, schemas)).toBe(
      './.jira-permissions/schemas/settings.schema.json',
    );
  });
});

describe('findExistingFiles', () => {
  it('finds the file of each scheme by pinned id, else by name, recursively, skipping files that do not load', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(dir, 'one.yml'), 'name: One\nid: 1\ngrants: {}\n');
    writeFileSync(path.join(dir, 'a', 'b', 'two.YAML'), 'name: Two\nid: 2\ngrants: {}\n');
    writeFileSync(path.join(dir, 'a', 'broken.yml'), 'name: [unclosed\n');
    writeFileSync(path.join(dir, 'a', 'no-id.yml'), 'name: Three\ngrants: {}\n');
    writeFileSync(path.join(dir, 'a', 'text-id.yml'), 'name: Four\nid: "4"\ngrants: {}\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'id: 5\n');
    const existing = await findExistingFiles(dir);
    expect(existing.byId).toEqual(
      new Map([
        [2, path.join(dir, 'a', 'b', 'two.YAML')],
        [1, path.join(dir, 'one.yml')],
      ]),
    );
    expect(existing.byName).toEqual(
      new Map([
        ['Three', path.join(dir, 'a', 'no-id.yml')],
        ['Four', path.join(dir, 'a', 'text-id.yml')],
      ]),
    );
    expect(existing.all.size).toBe(5);
    expect((await findExistingFiles(path.join(dir, 'missing'))).all.size).toBe(0);
  });
});
