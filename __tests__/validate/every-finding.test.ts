import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { commandDeps } from '../../src/commands/deps.js';
import { runValidate } from '../../src/commands/validate.js';
import { loadProject } from '../../src/config/load.js';
import { runPlan } from '../../src/commands/plan.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';

/** Issue #17: validation reports every finding of a file; notes once per run; the site's products. */

const folders: string[] = [];
function repository(files: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'every-finding-'));
  folders.push(cwd);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  return cwd;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const APP_KEY = 'com.example.approvals__approve-requests';

/** An app-defined key beside a grant to anyone and a group by name: three kinds of finding in one file. */
const APP_FILE = `name: Approvals
grants:
  BROWSE_PROJECTS:
    - anyone
    - group: jira-software-users
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
  ${APP_KEY}:
    - projectRole: Administrators
`;

const rules = (findings: readonly { ruleId: string; messageId?: string; line: number }[]): string[] =>
  findings.map(
    (finding) =>
      `${String(finding.line)} ${finding.ruleId}${finding.messageId === 'unknown-permission' ? '/unknown-permission' : ''}`,
  );

describe('every finding of a file', () => {
  it('an unknown permission key is one finding among the lint rules’ findings', async () => {
    const cwd = repository({ 'jira-permissions/approvals.yml': APP_FILE });
    const project = await loadProject({ cwd });
    expect(rules(project.findings)).toEqual([
      '4 no-anonymous-access',
      '5 prefer-group-id',
      '8 schema/unknown-permission',
    ]);
    expect(project.schemes).toEqual([]);
    expect(project.unverifiedSchemes.map((scheme) => scheme.name)).toEqual(['Approvals']);
  });

  it('a schema error does not hide the warnings of the grants that could be read', async () => {
    const cwd = repository({
      'jira-permissions/broken.yml': `name: Broken
grants:
  BROWSE_PROJECTS:
    - grup: typo
    - group: jira-software-users
  EDIT_ISSUES:
    - anyone
`,
    });
    const project = await loadProject({ cwd });
    expect(rules(project.findings)).toEqual(['4 schema', '5 prefer-group-id', '7 no-anonymous-access']);
    // Whole-scheme rules (admin-required, browse-required) do not judge a file by its readable part.
    expect(project.findings.some((finding) => finding.ruleId === 'admin-required')).toBe(false);
    expect(project.schemes).toEqual([]);
  });
});

describe('notes', () => {
  const noted = (name: string, extra = ''): string => `name: ${name}
grants:
  BROWSE_PROJECTS: [projectLead${extra}]
  ADMINISTER_PROJECTS: [projectLead]
  SERVICEDESK_AGENT: [projectLead]
`;

  it('name the first file by its path as shown, also when that is not the order files are read in', async () => {
    // Run from a folder inside the scheme folder: sub/b.yml is read before z.yml, but shows as b.yml,
    // after z.yml's absolute path (outside the working folder). The note is at the first file as shown,
    // as when every file was linted at the end.
    const cwd = repository({
      'jira-permissions/sub/b.yml': noted('B'),
      'jira-permissions/z.yml': noted('Z'),
    });
    const inside = join(cwd, 'jira-permissions', 'sub');
    const notes = (await loadProject({ cwd: inside, path: '..', root: cwd })).findings.filter(
      (finding) => finding.severity === 'info',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      file: join(cwd, 'jira-permissions', 'z.yml'),
      ruleId: 'product-permission',
    });
    expect(notes[0]?.message).toContain('also in 1 other file: b.yml');
  });

  it('and every other finding are the same when the loader keeps no grants (an offline validate)', async () => {
    const cwd = repository({
      'jira-permissions/a.yml': noted('A', ', group: by-name'),
      'jira-permissions/b.yml': noted('B', ', anyone'),
      'jira-permissions/c.yml': 'name: C\ngrants:\n  BROWSE_PROJECTS: [{group: 7}]\n',
      'jira-permissions/d.yml': APP_FILE,
    });
    const kept = await loadProject({ cwd });
    const dropped = await loadProject({ cwd, keepGrants: false });
    expect(dropped.findings).toEqual(kept.findings);
    expect(new Set(kept.findings.map((finding) => finding.severity))).toEqual(
      new Set(['error', 'warning', 'info']),
    );
    expect(kept.schemes.map((scheme) => scheme.grants.length)).toEqual([4, 4]);
    expect(dropped.schemes.map((scheme) => scheme.file)).toEqual(kept.schemes.map((scheme) => scheme.file));
    expect(dropped.schemes.every((scheme) => scheme.grants.length === 0)).toBe(true);
    expect(dropped.unverifiedSchemes.map((scheme) => scheme.grants.length)).toEqual([0]);
    expect(kept.unverifiedSchemes.map((scheme) => scheme.grants.length)).toEqual([4]);
  });

  it('are said once per run, naming the other files, not once per file', async () => {
    const file = (name: string): string => `name: ${name}
grants:
  BROWSE_PROJECTS: [projectLead]
  ADMINISTER_PROJECTS: [projectLead]
  SERVICEDESK_AGENT: [projectLead]
`;
    const cwd = repository({
      'jira-permissions/a.yml': file('A'),
      'jira-permissions/b.yml': file('B'),
      'jira-permissions/c.yml': file('C'),
    });
    const notes = (await loadProject({ cwd })).findings.filter((finding) => finding.severity === 'info');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'jira-permissions/a.yml', ruleId: 'product-permission' });
    expect(notes[0]?.message).toContain(
      'also in 2 other files: jira-permissions/b.yml, jira-permissions/c.yml',
    );
  });
});

describe('against the live site', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('validate --online runs when the only errors are unknown keys, and the live catalogue settles them', async () => {
    const cwd = repository({
      // Public access is intended here: a warning, so the only errors are the keys.
      '.jira-permissions.yml': 'rules:\n  no-anonymous-access: warning\n',
      'jira-permissions/approvals.yml': APP_FILE.replace('    - group: jira-software-users\n', ''),
      'jira-permissions/gone.yml': `name: Gone
grants:
  BROWSE_PROJECTS: [projectLead]
  ADMINISTER_PROJECTS: [projectLead]
  com.example.uninstalled__thing: [projectLead]
`,
    });
    const offline = await runValidate({}, commandDeps({ cwd }));
    expect(offline.errorCount).toBe(2);
    const online = await runValidate({ online: true }, commandDeps({ cwd, env: sim.env() }));
    expect(online.online).toBe('checked');
    expect(rules(online.findings)).toEqual(['4 no-anonymous-access', '5 unknown-permission']);
    expect(online.findings.find((finding) => finding.ruleId === 'unknown-permission')?.file).toBe(
      'jira-permissions/gone.yml',
    );
  });

  it('product-permission is silent when the site has the product (validate --online and plan)', async () => {
    const cwd = repository({
      'jira-permissions/support.yml': `name: Support
grants:
  BROWSE_PROJECTS: [projectLead]
  ADMINISTER_PROJECTS: [projectLead]
  SERVICEDESK_AGENT: [projectLead]
`,
    });
    const offline = await runValidate({}, commandDeps({ cwd }));
    expect(offline.findings.map((finding) => finding.ruleId)).toEqual(['product-permission']);
    const online = await runValidate({ online: true }, commandDeps({ cwd, env: sim.env() }));
    expect(online.findings).toEqual([]);
    const planned = await runPlan({}, commandDeps({ cwd, env: sim.env() }));
    expect(planned.findings.filter((finding) => finding.ruleId === 'product-permission')).toEqual([]);
  });
});
