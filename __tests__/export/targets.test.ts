import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { findExistingFiles, schemaReference } from '../../src/export/targets.js';
import { VERSION } from '../../src/version.js';
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
  it('points at the package as npm publishes it when no schema is on disk', () => {
    const cwd = workspace();
    const major = VERSION.split('.')[0];
    expect(schemaReference('permission-scheme.schema.json', path.join(cwd, 'jira-permissions'), cwd)).toBe(
      `https://unpkg.com/jira-permissions-as-code@${major}/schemas/permission-scheme.schema.json`,
    );
  });

  it('uses a relative path to the installed package, so editors work offline and match the version', () => {
    const cwd = workspace();
    const schemas = path.join(cwd, 'node_modules', 'jira-permissions-as-code', 'schemas');
    mkdirSync(schemas, { recursive: true });
    writeFileSync(path.join(schemas, 'permission-scheme.schema.json'), '{}');
    expect(
      schemaReference('permission-scheme.schema.json', path.join(cwd, 'jira-permissions', 'teams'), cwd),
    ).toBe('../../node_modules/jira-permissions-as-code/schemas/permission-scheme.schema.json');
  });

  it("uses the repository's own schemas folder first (as in this project's examples)", () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'schemas'));
    writeFileSync(path.join(cwd, 'schemas', 'settings.schema.json'), '{}');
    expect(schemaReference('settings.schema.json', path.join(cwd, 'jira-permissions'), cwd)).toBe(
      '../schemas/settings.schema.json',
    );
    expect(schemaReference('settings.schema.json', cwd, cwd)).toBe('./schemas/settings.schema.json');
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
