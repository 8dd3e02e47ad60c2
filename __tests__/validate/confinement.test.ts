/**
 * Files outside the repository are never read (#13.3): a scheme file, a scheme folder or a settings file
 * that leads out of it (a symbolic link, `../`, an absolute path) is an error that names the path, and
 * nothing it holds reaches a message. The settings file is found upward from a subfolder (#17).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { validateCommand } from '../../src/cli/commands/validate.js';
import { loadProject } from '../../src/config/load.js';
import { loadSettings } from '../../src/config/settings.js';

const FAKE_TOKEN = 'ATATT3xFfGF0-fake-token-for-the-confinement-test-9f8e7d6c5b4a';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository (it has `.git`) and, beside it, a folder outside it holding a secret. */
function repositoryAndOutside(): { repo: string; outside: string } {
  const base = tempDir('jpac-confine-');
  const repo = join(base, 'repo');
  const outside = join(base, 'outside');
  write(repo, { '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${FAKE_TOKEN}\n` });
  write(outside, {
    'token.txt': `${FAKE_TOKEN}\n`,
    'team.yml': 'name: Outside Team\ngrants:\n  BROWSE_PROJECTS: [projectLead]\n',
  });
  return { repo, outside };
}

const GOOD = 'name: Team\ngrants:\n  BROWSE_PROJECTS: [projectLead]\n  ADMINISTER_PROJECTS: [projectLead]\n';

async function validateText(cwd: string): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await validateCommand.run({
    argv: [],
    env: {},
    cwd,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: (text: string) => (output += text) },
  });
  return { code, output };
}

describe('files outside the repository', () => {
  it('refuses a scheme file that is a symbolic link to a token file, without reading it', async () => {
    const { repo, outside } = repositoryAndOutside();
    write(repo, { 'jira-permissions/team.yml': GOOD });
    symlinkSync(join(outside, 'token.txt'), join(repo, 'jira-permissions', 'token.yml'));
    const project = await loadProject({ cwd: repo });
    const finding = project.findings.find((candidate) => candidate.file === 'jira-permissions/token.yml');
    expect(finding).toMatchObject({ severity: 'error', ruleId: 'files', line: 1, column: 1 });
    expect(finding?.message).toContain('is a symbolic link to');
    expect(finding?.message).toContain('outside the repository');
    expect(finding?.message).toContain('token.txt');
    // The other file still loads; the refused one is not among the files read.
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['Team']);
    expect(project.files.map((file) => file.path)).toEqual(['jira-permissions/team.yml']);
    const { code, output } = await validateText(repo);
    expect(code).toBe(1);
    expect(output).toContain('jira-permissions/token.yml');
    expect(output).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(project)).not.toContain(FAKE_TOKEN);
  });

  it("refuses a link into the repository's own .git folder (where checkout keeps the token)", async () => {
    const { repo } = repositoryAndOutside();
    write(repo, { 'jira-permissions/team.yml': GOOD });
    symlinkSync('../.git/config', join(repo, 'jira-permissions', 'git.yml'));
    const project = await loadProject({ cwd: repo });
    const finding = project.findings.find((candidate) => candidate.file === 'jira-permissions/git.yml');
    expect(finding?.message).toContain('.git folder');
    expect(JSON.stringify(project)).not.toContain(FAKE_TOKEN);
  });

  it('still reads a link that stays inside the repository', async () => {
    const { repo } = repositoryAndOutside();
    write(repo, { 'shared/team.yml': GOOD });
    mkdirSync(join(repo, 'jira-permissions'));
    symlinkSync('../shared/team.yml', join(repo, 'jira-permissions', 'team.yml'));
    const project = await loadProject({ cwd: repo });
    expect(project.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['Team']);
  });

  it('refuses a settings file whose schemes: leads out with ../ or an absolute path, at that line', async () => {
    for (const schemes of ['../outside/', 'ABSOLUTE']) {
      const { repo, outside } = repositoryAndOutside();
      const value = schemes === 'ABSOLUTE' ? outside : schemes;
      write(repo, { '.jira-permissions.yml': `prune: false\nschemes: ${value}\n` });
      const project = await loadProject({ cwd: repo });
      expect(project.schemes).toEqual([]);
      expect(project.files).toEqual([]);
      expect(project.findings).toEqual([
        expect.objectContaining({
          file: '.jira-permissions.yml',
          line: 2,
          column: 10,
          severity: 'error',
          ruleId: 'files',
          message: expect.stringContaining('is outside the repository') as unknown as string,
        }),
      ]);
      expect(JSON.stringify(project)).not.toContain('Outside Team');
    }
  });

  it('refuses a scheme folder that is a symbolic link out of the repository', async () => {
    const { repo, outside } = repositoryAndOutside();
    symlinkSync(outside, join(repo, 'jira-permissions'));
    const project = await loadProject({ cwd: repo });
    expect(project.files).toEqual([]);
    expect(project.findings).toHaveLength(1);
    expect(project.findings[0]).toMatchObject({ file: 'jira-permissions', ruleId: 'files' });
    expect(project.findings[0]?.message).toMatch(
      /^the scheme folder "jira-permissions" is a symbolic link to /,
    );
    expect(JSON.stringify(project)).not.toContain(FAKE_TOKEN);
    // Given with --path, the same.
    const given = await loadProject({ cwd: repo, path: outside });
    expect(given.files).toEqual([]);
    expect(given.findings[0]?.message).toContain('is outside the repository');
  });

  it('refuses a settings file that is a link out of the repository, also when found by default', async () => {
    const { repo, outside } = repositoryAndOutside();
    write(outside, { 'settings.yml': `schemes: jira-permissions\ncustomPermissions: [${FAKE_TOKEN}]\n` });
    symlinkSync(join(outside, 'settings.yml'), join(repo, '.jira-permissions.yml'));
    const loaded = await loadSettings({ cwd: repo });
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ file: '.jira-permissions.yml', severity: 'error' });
    expect(loaded.findings[0]?.message).toContain('outside the repository');
    expect(JSON.stringify(loaded)).not.toContain(FAKE_TOKEN);
  });

  it('quotes at most a short excerpt of a value, escaped, and never a file that is one line of text', async () => {
    const { repo } = repositoryAndOutside();
    const long = `${'x'.repeat(29)} \u202e${'y'.repeat(2000)}`; // a space: not an account id
    write(repo, {
      'jira-permissions/one-line.yml': `${FAKE_TOKEN}\n`,
      'jira-permissions/long.yml': `name: Long\ngrants:\n  BROWSE_PROJECTS:\n    - user: "${long}"\n`,
    });
    const project = await loadProject({ cwd: repo });
    const oneLine = project.findings.find((finding) => finding.file === 'jira-permissions/one-line.yml');
    expect(oneLine?.message).toBe(
      `a scheme file must be a mapping (name:, grants:, ...), not text (${FAKE_TOKEN.length} characters)`,
    );
    const longValue = project.findings.find((finding) => finding.file === 'jira-permissions/long.yml');
    expect(longValue?.message).toContain(`"${'x'.repeat(29)} \\u202e${'y'.repeat(9)}…" (2,031 characters)`);
    expect(longValue?.message.length).toBeLessThan(200);
    expect(JSON.stringify(project.findings)).not.toContain(FAKE_TOKEN);
  });
});

describe('the settings file, found upward', () => {
  it('is found from a subfolder, up to the repository root, and its scheme folder used', async () => {
    const { repo } = repositoryAndOutside();
    write(repo, {
      '.jira-permissions.yml': 'schemes: perms/\n',
      'perms/team.yml': GOOD,
      'docs/deep/notes.md': 'not a scheme\n',
    });
    const project = await loadProject({ cwd: join(repo, 'docs', 'deep') });
    expect(project.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(project.schemes.map((scheme) => scheme.name)).toEqual(['Team']);
    expect(project.settingsFile?.path).toBe(join(repo, '.jira-permissions.yml'));
    const { code, output } = await validateText(join(repo, 'docs'));
    expect(output).not.toContain('does not exist');
    expect(code).toBe(0);
  });

  it('says where it looked when a subfolder run finds no settings file and no scheme folder', async () => {
    const { repo } = repositoryAndOutside();
    write(repo, { 'jira-permissions/team.yml': GOOD, 'docs/deep/notes.md': 'not a scheme\n' });
    const project = await loadProject({ cwd: join(repo, 'docs', 'deep') });
    const missing = project.findings.find((finding) => finding.ruleId === 'files');
    expect(missing?.message).toContain('the scheme folder "jira-permissions" does not exist');
    expect(missing?.hint).toContain(
      `No .jira-permissions.yml was found from this folder up to the repository root (${repo})`,
    );
    expect(missing?.hint).toContain('pass --path DIR');
    // With a settings file, the hint points at its schemes: line instead.
    write(repo, { '.jira-permissions.yml': 'schemes: perms/\n' });
    const fromSettings = await loadProject({ cwd: join(repo, 'docs', 'deep') });
    const wrong = fromSettings.findings.find((finding) => finding.ruleId === 'files');
    expect(wrong?.message).toContain(`"${join(repo, 'perms')}" does not exist`);
    expect(wrong?.hint).toContain(`"schemes:" in ${join(repo, '.jira-permissions.yml')}`);
  });

  it('takes the nearest one, and stops at the repository root', async () => {
    const base = tempDir('jpac-upward-');
    // A settings file above the repository is not the repository's.
    write(base, { '.jira-permissions.yml': 'schemes: wrong/\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
    const repo = join(base, 'repo');
    write(repo, { 'team/.jira-permissions.yml': 'schemes: perms/\n', 'team/perms/team.yml': GOOD });
    const nearest = await loadSettings({ cwd: join(repo, 'team') });
    expect(nearest.settings.schemes).toBe('perms/');
    mkdirSync(join(repo, 'other'));
    const none = await loadSettings({ cwd: join(repo, 'other') });
    expect(none.source).toBeUndefined();
    expect(none.settings.schemes).toBe('jira-permissions');
  });
});
