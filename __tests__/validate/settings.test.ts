import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { loadProject } from '../../src/config/load.js';
import { loadSettings } from '../../src/config/settings.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A throwaway repository with the given files. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jpac-validate-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const CLEAN = 'name: Team\ngrants:\n  BROWSE_PROJECTS: [projectLead]\n  ADMINISTER_PROJECTS: [projectLead]\n';

describe('loadSettings', () => {
  it('uses the defaults when there is no settings file', async () => {
    const loaded = await loadSettings({ cwd: repo({}) });
    expect(loaded.findings).toEqual([]);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.source).toBeUndefined();
  });

  it('reports a settings file given explicitly that does not exist', async () => {
    const loaded = await loadSettings({ cwd: repo({}), settingsPath: 'config/perms.yml' });
    expect(loaded.findings.map((finding) => [finding.file, finding.ruleId, finding.message])).toEqual([
      ['config/perms.yml', 'settings', 'the file could not be read: it does not exist'],
    ]);
  });

  it('applies the defaults to what the file leaves out', async () => {
    const cwd = repo({
      '.jira-permissions.yml':
        'schemes: perms/\ncustomPermissions: [com.example.app__approve]\nprune: true\nrules:\n  prefer-group-id: off\nmanagedHolders:\n  - {type: projectRole, id: 10099}\nguardrails:\n  maxRemovals: 3\n',
    });
    const loaded = await loadSettings({ cwd });
    expect(loaded.findings).toEqual([]);
    expect(loaded.source?.path).toBe('.jira-permissions.yml');
    expect(loaded.settings).toEqual({
      file: '.jira-permissions.yml',
      schemes: 'perms/',
      customPermissions: ['com.example.app__approve'],
      prune: true,
      rules: { 'prefer-group-id': 'off' },
      managedHolders: [{ type: 'projectRole', id: '10099' }],
      // #15: no access limits unless the file sets them.
      accessLimits: {},
      guardrails: { maxRemovals: 3, maxRemovalRatio: 0.2, allow: [] },
    });
  });

  it('reads accessLimits, and refuses a limit that is not a whole number of people', async () => {
    const good = await loadSettings({
      cwd: repo({ '.jira-permissions.yml': 'accessLimits:\n  ADMINISTER_PROJECTS: 5\n' }),
    });
    expect(good.findings).toEqual([]);
    expect(good.settings.accessLimits).toEqual({ ADMINISTER_PROJECTS: 5 });
    const bad = await loadSettings({
      cwd: repo({ '.jira-permissions.yml': 'accessLimits:\n  ADMINISTER_PROJECTS: -1\n' }),
    });
    expect(bad.findings.map((finding) => finding.ruleId)).toEqual(['settings']);
    expect(bad.settings.accessLimits).toEqual({});
  });

  it('reports unknown keys, unknown rules and bad severities with suggestions and positions', async () => {
    const cwd = repo({
      '.jira-permissions.yml':
        'schemes: perms\nprnue: true\nrules:\n  no-anonymous-acces: error\n  prefer-group-id: warn\nguardrails:\n  maxRemovalRatio: 2\n',
    });
    const loaded = await loadSettings({ cwd });
    // The keys that are valid on their own are kept (the folder above all); the others are defaults.
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, file: '.jira-permissions.yml', schemes: 'perms' });
    expect(loaded.findings.map((finding) => [`${finding.line}:${finding.column}`, finding.message])).toEqual([
      ['2:1', 'unknown key "prnue" — did you mean "prune"?'],
      ['4:3', 'unknown rule "no-anonymous-acces" — did you mean "no-anonymous-access"?'],
      ['5:20', 'rule "prefer-group-id" must be error, warning or off, not "warn"'],
      ['7:20', '"guardrails.maxRemovalRatio" must be at most 1'],
    ]);
    for (const finding of loaded.findings) expect(finding.ruleId).toBe('settings');
  });

  it('with an invalid settings file, still validates the folder it names, and nothing else', async () => {
    const cwd = repo({
      '.jira-permissions.yml': 'schemes: perms\nprune: yes\nrules:\n  prefer-group-id: fatal\n',
      'perms/team.yml': CLEAN,
    });
    const project = await loadProject({ cwd });
    expect(project.folder).toBe('perms');
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['Team']);
    expect(project.settings.prune).toBe(false);
    expect(project.settings.rules).toEqual({});
    expect(project.findings.map((finding) => [finding.file, finding.ruleId, finding.message])).toEqual([
      ['.jira-permissions.yml', 'settings', '"prune" must be a boolean, not "yes"'],
      [
        '.jira-permissions.yml',
        'settings',
        'rule "prefer-group-id" must be error, warning or off, not "fatal"',
      ],
    ]);
  });

  it('ignores prune, saying so, when --path names one scheme file', async () => {
    const cwd = repo({ '.jira-permissions.yml': 'prune: true\n', 'jira-permissions/team.yml': CLEAN });
    const one = await loadProject({ cwd, path: 'jira-permissions/team.yml' });
    expect(one.settings.prune).toBe(false);
    expect(one.findings.map((finding) => [finding.file, finding.severity, finding.message])).toEqual([
      [
        'jira-permissions/team.yml',
        'warning',
        'prune is ignored: "jira-permissions/team.yml" is one scheme file, so live schemes without it are not planned for deletion',
      ],
    ]);
    const folder = await loadProject({ cwd });
    expect(folder.settings.prune).toBe(true);
    expect(folder.findings).toEqual([]);
  });

  it('ignores prune, saying so, when the scheme folder has no scheme files', async () => {
    const cwd = repo({ '.jira-permissions.yml': 'prune: true\n', 'jira-permissions/README.md': '# none\n' });
    const empty = await loadProject({ cwd });
    expect(empty.settings.prune).toBe(false);
    expect(empty.findings.map((finding) => [finding.severity, finding.message])).toEqual([
      [
        'warning',
        'prune is ignored: the scheme folder "jira-permissions" has no scheme files, so no live scheme is planned for deletion',
      ],
      ['warning', 'the scheme folder "jira-permissions" has no *.yml or *.yaml files'],
    ]);
  });

  it('names a scheme folder or settings file outside the working folder by its whole path', async () => {
    const elsewhere = repo({});
    const cwd = repo({});
    const missing = await loadProject({ cwd, path: join(elsewhere, 'schemes') });
    expect(missing.findings.map((finding) => finding.message)).toEqual([
      `the scheme folder "${join(elsewhere, 'schemes')}" does not exist`,
    ]);
    const settings = await loadSettings({ cwd, settingsPath: join(elsewhere, 'perms.yml') });
    expect(settings.findings.map((finding) => finding.file)).toEqual([join(elsewhere, 'perms.yml')]);
  });

  it('reports broken YAML in the settings file', async () => {
    const loaded = await loadSettings({ cwd: repo({ '.jira-permissions.yml': 'rules: &r {}\n' }) });
    expect(loaded.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['settings', 'anchors are not allowed (&r)'],
    ]);
  });

  it('treats a settings file with only comments as no settings', async () => {
    const loaded = await loadSettings({ cwd: repo({ '.jira-permissions.yml': '# nothing yet\n' }) });
    expect(loaded.findings).toEqual([]);
    expect(loaded.settings.rules).toEqual({});
  });
});

describe('loadProject with settings', () => {
  it('reads the scheme folder named in the settings, relative to the settings file', async () => {
    const cwd = repo({
      'config/perms.yml': 'schemes: ../schemes\n',
      'schemes/team.yml': CLEAN,
    });
    const project = await loadProject({ cwd, settingsPath: 'config/perms.yml' });
    expect(project.folder).toBe('schemes');
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['Team']);
    expect(project.settingsFile?.path).toBe('config/perms.yml');
  });

  it('accepts app permissions the settings list, or the caller passes', async () => {
    const app = `${CLEAN}  com.example.app__approve: [projectLead]\n  com.example.other__view: [projectLead]\n`;
    const cwd = repo({
      '.jira-permissions.yml': 'customPermissions: [com.example.app__approve]\n',
      'jira-permissions/team.yml': app,
    });
    const first = await loadProject({ cwd });
    expect(first.findings.map((finding) => finding.message)).toEqual([
      'unknown permission "com.example.other__view"',
    ]);
    const second = await loadProject({ cwd, customPermissions: ['com.example.other__view'] });
    expect(second.findings).toEqual([]);
    expect(second.schemes[0]?.grants.map((grant) => grant.permission)).toContain('com.example.other__view');
  });

  it('runs the lint rules at the severities the settings give', async () => {
    const cwd = repo({
      '.jira-permissions.yml': 'rules:\n  no-anonymous-access: warning\n  product-permission: off\n',
      'jira-permissions/team.yml': `${CLEAN}  ADD_COMMENTS: [anyone]\n  VIEW_DEV_TOOLS: [projectLead]\n`,
    });
    const project = await loadProject({ cwd });
    expect(project.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['no-anonymous-access', 'warning'],
    ]);
  });

  it('reports a missing scheme folder and an empty one', async () => {
    const missing = await loadProject({ cwd: repo({}) });
    expect(missing.findings.map((finding) => [finding.file, finding.severity, finding.message])).toEqual([
      ['jira-permissions', 'error', 'the scheme folder "jira-permissions" does not exist'],
    ]);
    const empty = await loadProject({ cwd: repo({ 'jira-permissions/README.md': '# not a scheme\n' }) });
    expect(empty.findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['warning', 'the scheme folder "jira-permissions" has no *.yml or *.yaml files'],
    ]);
  });

  it('skips dot-folders and node_modules, and keeps going after a broken file', async () => {
    const cwd = repo({
      'jira-permissions/b.yml': CLEAN.replace('Team', 'B'),
      'jira-permissions/a.yaml': 'name: [broken\n',
      'jira-permissions/.github/workflow.yml': 'on: push\n',
      'jira-permissions/node_modules/x.yml': 'x: 1\n',
      'jira-permissions/sub/c.YML': CLEAN.replace('Team', 'C'),
    });
    const project = await loadProject({ cwd });
    expect(project.files.map((file) => file.path)).toEqual([
      'jira-permissions/a.yaml',
      'jira-permissions/b.yml',
      'jira-permissions/sub/c.YML',
    ]);
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['B', 'C']);
    expect(project.findings.map((finding) => [finding.file, finding.ruleId])).toEqual([
      ['jira-permissions/a.yaml', 'yaml'],
    ]);
  });

  it('reports the same name in two files at both places', async () => {
    const cwd = repo({ 'jira-permissions/one.yml': CLEAN, 'jira-permissions/two.yml': `# copy\n${CLEAN}` });
    const project = await loadProject({ cwd });
    expect(
      project.findings.map(
        (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`,
      ),
    ).toEqual([
      'jira-permissions/one.yml:1:7 scheme name "Team" is also used by jira-permissions/two.yml:2',
      'jira-permissions/two.yml:2:7 scheme name "Team" is also used by jira-permissions/one.yml:1',
    ]);
  });
});
