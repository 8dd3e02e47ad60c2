import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { loadProject } from '../../src/config/load.js';
import { BUILT_IN_PERMISSIONS } from '../../src/model/permissions.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const ROOT = join(import.meta.dirname, '..', '..');

describe('loadProject on the valid corpus', () => {
  it('loads every file, recursively, in a stable order, with no errors', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid' });
    expect(project.folder).toBe('valid');
    expect(project.files.map((file) => file.path)).toEqual([
      'valid/all-permissions.yml',
      'valid/bom.yml',
      'valid/core-schema.yml',
      'valid/crlf.yml',
      'valid/holder-forms.yml',
      'valid/nested/deeper/flow-style.yaml',
      'valid/quoted.yml',
    ]);
    // No problem with the files themselves; the lint rules report what they should (anyone in one file).
    expect(
      project.findings.filter(
        (finding) => !['prefer-group-id', 'product-permission'].includes(finding.ruleId),
      ),
    ).toEqual([
      expect.objectContaining({
        file: 'valid/holder-forms.yml',
        line: 8,
        column: 7,
        ruleId: 'no-anonymous-access',
      }),
    ]);
    expect(project.schemes.map((scheme) => scheme.file)).toEqual(project.files.map((file) => file.path));
    for (const file of project.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('turns every holder form into its HolderSpec, with the line and column of each entry', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid/holder-forms.yml' });
    const [scheme] = project.schemes;
    expect(scheme?.name).toBe('Every holder form');
    expect(scheme?.description).toBe('One grant per holder form');
    expect(scheme?.id).toBe(10001);
    expect(scheme?.idLocation).toMatchObject({ line: 5, column: 5 });
    expect(scheme?.nameLocation).toMatchObject({ file: 'valid/holder-forms.yml', line: 3, column: 7 });
    const browse = scheme?.grants.filter((grant) => grant.permission === 'BROWSE_PROJECTS') ?? [];
    expect(browse.map((grant) => grant.holder)).toEqual([
      { type: 'anyone' },
      { type: 'assignee' },
      { type: 'reporter' },
      { type: 'projectLead' },
      { type: 'sd.customer.portal.only' },
      { type: 'applicationRole' },
      { type: 'applicationRole', key: 'jira-software' },
      { type: 'group', name: 'jira-software-users' },
      { type: 'group', id: '4f2a7c1e-95b0-4b2e-9a57-0c1d2e3f4a5b' },
      { type: 'group', name: 'jira-administrators', id: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' },
      { type: 'projectRole', name: 'Developers' },
      { type: 'projectRole', id: '10002' },
      { type: 'projectRole', id: '10003' },
      { type: 'user', accountId: '5b10a2844c20165700ede21g' },
      { type: 'user', email: 'ada@example.com' },
      { type: 'userCustomField', field: 'customfield_10020' },
      { type: 'userCustomField', field: 'Approvers' },
      { type: 'groupCustomField', field: 'customfield_10010' },
      { type: 'groupCustomField', field: 'Responsible team' },
    ]);
    // Each entry is located at its holder, one line after the other, starting below the key.
    expect(browse.map((grant) => [grant.location.line, grant.location.column])).toEqual(
      browse.map((_, index) => [8 + index, 7]),
    );
    expect(browse[0]?.permissionLocation).toMatchObject({ line: 7, column: 3, endLine: 7, endColumn: 18 });
  });

  it('accepts every built-in permission key', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid/all-permissions.yml' });
    expect(project.schemes[0]?.grants.map((grant) => grant.permission)).toEqual(
      BUILT_IN_PERMISSIONS.map((permission) => permission.key),
    );
  });

  it('reads YAML 1.2 core schema: no, on, y, yes and dates stay text', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid/core-schema.yml' });
    const [scheme] = project.schemes;
    expect(scheme?.name).toBe('2024-01-01');
    expect(scheme?.description).toBe('no');
    expect(scheme?.grants.map((grant) => grant.holder)).toEqual([
      { type: 'group', name: 'on', id: 'y' },
      { type: 'group', name: 'yes', id: '2024-02-30' },
      { type: 'projectRole', name: 'off' },
      { type: 'projectLead' },
    ]);
  });

  it('accepts a UTF-8 byte order mark, and counts columns after it', async () => {
    expect(readFileSync(join(fixtures, 'valid', 'bom.yml'))[0]).toBe(0xef);
    const project = await loadProject({ cwd: fixtures, path: 'valid/bom.yml' });
    expect(project.schemes[0]?.name).toBe('Starts with a byte order mark');
    expect(project.schemes[0]?.nameLocation).toMatchObject({ line: 1, column: 7 });
  });

  it('reads Windows line endings, with the same lines and columns', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid/crlf.yml' });
    expect(project.schemes[0]?.grants.map((grant) => [grant.location.line, grant.location.column])).toEqual([
      [4, 7],
      [5, 25],
    ]);
    expect(project.schemes[0]?.grants[0]?.holder).toEqual({ type: 'projectRole', name: 'Developers' });
  });

  it('reads quoted keys and values, comments and literal blocks with tabs inside the text', async () => {
    const project = await loadProject({ cwd: fixtures, path: 'valid/quoted.yml' });
    const [scheme] = project.schemes;
    expect(scheme?.name).toBe('Quoted: names with "quotes" and # hashes');
    expect(scheme?.description).toContain('\twith a tab');
    expect(scheme?.grants[0]).toMatchObject({
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'projectRole', name: 'Developers' },
      location: { line: 7, column: 7 },
      permissionLocation: { line: 6, column: 3 },
    });
  });
});

describe('holders shared across the files of one load (#18)', () => {
  it('gives files that name the same holder one spec, and equal specs for holders written differently', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jira-perms-sharing-'));
    try {
      const group = '{ group: { name: jira-developers, id: 5b10ac8d-82e2-4bd3-a2f7-a8d8b9c1e5f7 } }';
      for (const [name, extra] of [
        ['a', ''],
        ['b', '\n    - { group: jira-developers }'],
      ] as const) {
        writeFileSync(
          join(root, `${name}.yml`),
          `name: Scheme ${name}\ngrants:\n  BROWSE_PROJECTS:\n    - ${group}${extra}\n  CREATE_ISSUES:\n    - { user: 5b10a2844c20165700ede21g }\n`,
        );
      }
      mkdirSync(join(root, '.git'));
      const project = await loadProject({ cwd: root, path: '.' });
      const [first, second] = project.schemes;
      expect(project.schemes).toHaveLength(2);
      // The same object: one copy for the whole run, however many files name it.
      expect(second?.grants[0]?.holder).toBe(first?.grants[0]?.holder);
      expect(second?.grants[2]?.holder).toBe(first?.grants[1]?.holder);
      // Another spelling is another spec, and each grant keeps its own place.
      expect(second?.grants[1]?.holder).toEqual({ type: 'group', name: 'jira-developers' });
      expect(second?.grants[1]?.holder).not.toBe(first?.grants[0]?.holder);
      expect(second?.grants[0]?.location).toMatchObject({ file: 'b.yml', line: 4 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('keeps holders apart that share a name or id but differ in type or another field', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jira-perms-sharing-'));
    try {
      const file = (name: string, holders: string[]): string =>
        `name: Scheme ${name}\ngrants:\n  BROWSE_PROJECTS:\n${holders.map((holder) => `    - ${holder}\n`).join('')}`;
      const id = '5b10ac8d-82e2-4bd3-a2f7-a8d8b9c1e5f7';
      writeFileSync(
        join(root, 'a.yml'),
        file('a', [`group: {name: x, id: ${id}}`, 'projectRole: Developers']),
      );
      writeFileSync(
        join(root, 'b.yml'),
        file('b', [
          `group: {name: y, id: ${id}}`,
          'group: Developers',
          'projectRole: Developers',
          `group: {id: ${id}}`,
        ]),
      );
      mkdirSync(join(root, '.git'));
      const [a, b] = (await loadProject({ cwd: root, path: '.' })).schemes;
      expect(b?.grants.map((grant) => grant.holder)).toEqual([
        { type: 'group', name: 'y', id },
        { type: 'group', name: 'Developers' },
        { type: 'projectRole', name: 'Developers' },
        { type: 'group', id },
      ]);
      expect(a?.grants[0]?.holder).toEqual({ type: 'group', name: 'x', id });
      expect(b?.grants[0]?.holder).not.toBe(a?.grants[0]?.holder);
      expect(b?.grants[2]?.holder).toBe(a?.grants[1]?.holder);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('what a load loads (#18)', () => {
  it('needs neither js-yaml nor the compiled validators for files the reader and the check answer for', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lazy-modules-'));
    try {
      mkdirSync(join(cwd, 'usual'));
      mkdirSync(join(cwd, 'invalid'));
      writeFileSync(
        join(cwd, 'usual', 'a.yml'),
        [
          'name: Usual',
          'description: A file as export writes it',
          'grants:',
          '  BROWSE_PROJECTS:',
          '    - group: {name: team-0001, id: 5b3c0001-0000-4000-8000-000000000001}',
          '    - projectRole: Developers',
          '    - user: 712020:00000001-aaaa-4bbb-8ccc-dddddddddddd',
          '  ADMINISTER_PROJECTS:',
          '    - projectLead',
          '    - group: {id: 0c1d0001-0000-4000-8000-000000000001}',
          '  EDIT_ISSUES: [reporter, assignee]',
          '',
        ].join('\n'),
      );
      // As export writes it from Jira: numeric ids, which the reader resolves itself (#18).
      mkdirSync(join(cwd, 'exported'));
      writeFileSync(
        join(cwd, 'exported', 'c.yml'),
        [
          'name: Exported',
          'id: 10001',
          'grants:',
          '  BROWSE_PROJECTS:',
          '    - projectRole: {id: 10002}',
          '    - projectRole: 10003',
          '    - group: {name: team-0001, id: 5b3c0001-0000-4000-8000-000000000001}',
          '  ADMINISTER_PROJECTS:',
          '    - projectRole: {id: 10000}',
          '    - group: {name: team-0002, id: 0c1d0002-0000-4000-8000-000000000002}',
          '',
        ].join('\n'),
      );
      // A schema problem: the validators explain it, at positions from js-yaml's events.
      writeFileSync(join(cwd, 'invalid', 'b.yml'), 'name: B\ngrants:\n  BROWSE_PROJECTS: [{group: 7}]\n');
      // A process of its own: this one's module cache has both already.
      const script = [
        "import { createRequire } from 'node:module';",
        `import { loadProjectSync } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src', 'config', 'load.ts')).href)};`,
        'const cache = createRequire(import.meta.url).cache;',
        'const seen = [];',
        'for (const path of process.argv.slice(1)) {',
        `  const project = loadProjectSync({ cwd: ${JSON.stringify(cwd)}, path });`,
        '  const names = Object.keys(cache).filter((key) => /js-yaml[\\\\/]dist|schema-validators/.test(key));',
        "  seen.push({ path, errors: project.findings.filter((f) => f.severity === 'error').length, loaded: names.length });",
        '}',
        'process.stdout.write(JSON.stringify(seen));',
      ].join('\n');
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script, 'usual', 'exported', 'invalid'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([
        { path: 'usual', errors: 0, loaded: 0 },
        { path: 'exported', errors: 0, loaded: 0 },
        { path: 'invalid', errors: 1, loaded: 2 },
      ]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
