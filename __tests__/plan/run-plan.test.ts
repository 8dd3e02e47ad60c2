import { commandDeps } from '../../src/commands/deps.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { runCli } from '../../src/cli/main.js';
import { runPlan, type PlanResult } from '../../src/commands/plan.js';
import { runDemo } from '../../src/commands/demo.js';
import type { PlanChange } from '../../src/model/plan.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import {
  ACCOUNT_IDS,
  GROUP_IDS,
  ROLE_IDS,
  defaultSeed,
  startSimulator,
  type SiteData,
  type Simulator,
} from '../../src/sim/index.js';

/**
 * End to end: scheme files in a temporary folder, the simulator seeded with a live state, runPlan with
 * a real read-only client over HTTP on 127.0.0.1. Asserts the exact change list, and from the
 * simulator's request log that planning never writes.
 */

const PUBLIC_DOCS_ID = 10100;

/** The default site plus a scheme with the holders the default one lacks, and two grants jira-perms does not know. */
function seed(): SiteData {
  const site = defaultSeed();
  site.schemes.push({
    id: PUBLIC_DOCS_ID,
    name: 'Public Docs',
    description: 'Documentation projects',
    grants: [
      {
        id: 20001,
        permission: 'ADMINISTER_PROJECTS',
        holder: { type: 'projectRole', ref: String(ROLE_IDS.administrators) },
      },
      { id: 20002, permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } },
      { id: 20003, permission: 'ADD_COMMENTS', holder: { type: 'applicationRole' } },
      { id: 20004, permission: 'CREATE_ISSUES', holder: { type: 'sd.customer.portal.only' } },
    ],
  });
  // Used by a project, no file: prune must leave it (and Jira's default scheme, id 0) alone.
  site.schemes.push({
    id: 10102,
    name: 'Legacy',
    grants: [{ id: 20201, permission: 'BROWSE_PROJECTS', holder: { type: 'projectLead' } }],
  });
  site.projects.push({
    id: '10009',
    key: 'LEG',
    name: 'Legacy',
    projectTypeKey: 'business',
    permissionSchemeId: 10102,
  });
  const software = site.schemes.find((scheme) => scheme.id === 10000)!;
  software.grants.push(
    { id: 20101, permission: 'BROWSE_PROJECTS', holder: { type: 'futureHolderType', ref: 'x-1' } },
    {
      id: 20102,
      permission: 'com.vendor.uninstalled__perm',
      holder: { type: 'projectRole', ref: String(ROLE_IDS.developers) },
    },
  );
  return site;
}

const SETTINGS = `schemes: jira-permissions
prune: true
rules:
  no-anonymous-access: warning
customPermissions: [com.example.approvals__approve-requests]
guardrails:
  # SOFTWARE drops 9 of the 35 grants its file manages (26%); the other schemes' ratios are what count here.
  maxRemovalRatio: 0.3
  allow:
    - guardrail: public-exposure
      scheme: Everything
    - guardrail: mass-removal
      scheme: Public Docs
`;

// SOFTWARE drops 9 of the 35 grants its file manages (26%): not what the tests using this are about.
const ALLOW_NO_ADMIN = 'rules:\n  admin-required: off\n  mass-removal: off\n';

/** Software Development as seeded, minus one grant of each holder type it has, new description. */
const SOFTWARE = `name: Software Development
description: Software teams (managed as code)
grants:
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
  BROWSE_PROJECTS:
    - projectRole: Developers
    - projectRole: Users
  VIEW_DEV_TOOLS: [{ projectRole: Developers }]
  MANAGE_SPRINTS_PERMISSION:
    - projectRole: Developers
    - group: release-managers
  VIEW_READONLY_WORKFLOW: [{ projectRole: Developers }]
  CREATE_ISSUES: [{ projectRole: Developers }, { projectRole: ${ROLE_IDS.users} }]
  EDIT_ISSUES: [{ projectRole: Developers }]
  TRANSITION_ISSUES: [{ projectRole: Developers }]
  ASSIGN_ISSUES: [{ projectRole: Developers }]
  ASSIGNABLE_USER: [{ projectRole: Developers }]
  RESOLVE_ISSUES: [{ projectRole: Developers }]
  CLOSE_ISSUES: [{ projectRole: Developers }]
  DELETE_ISSUES: [{ projectRole: Administrators }]
  LINK_ISSUES: [{ projectRole: Developers }]
  ADD_COMMENTS: [{ projectRole: Developers }]
  EDIT_OWN_COMMENTS: [{ projectRole: Developers }]
  DELETE_OWN_COMMENTS: [{ projectRole: Developers }]
  CREATE_ATTACHMENTS: [{ projectRole: Developers }]
  DELETE_OWN_ATTACHMENTS: [{ projectRole: Developers }]
  WORK_ON_ISSUES: [{ projectRole: Developers }]
  EDIT_ISSUE_LAYOUT: [{ projectRole: Administrators }]
  EDIT_WORKFLOW: [{ projectRole: Administrators }]
  VIEW_VOTERS_AND_WATCHERS: [{ projectRole: Developers }]
  com.example.timesheets__log-work-for-others: [{ projectRole: Administrators }]
`;

/** The service desk scheme, renamed through its pinned id, grants unchanged. */
const IT_HELP = `name: IT Help
description: This Jira Service Management permission scheme was generated for project IT Help.
id: 10001
grants:
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
  BROWSE_PROJECTS: [{ projectRole: Service Desk Team }, { projectRole: Service Desk Customers }, sd.customer.portal.only]
  SERVICEDESK_AGENT: [{ projectRole: Service Desk Team }, { group: { id: ${GROUP_IDS.serviceManagementUsers} } }]
  CREATE_ISSUES: [{ projectRole: Service Desk Team }, sd.customer.portal.only]
  EDIT_ISSUES: [{ projectRole: Service Desk Team }]
  TRANSITION_ISSUES: [{ projectRole: Service Desk Team }]
  ASSIGN_ISSUES: [{ projectRole: Service Desk Team }]
  ASSIGNABLE_USER: [{ projectRole: Service Desk Team }]
  RESOLVE_ISSUES: [{ projectRole: Service Desk Team }]
  CLOSE_ISSUES: [{ projectRole: Service Desk Team }]
  ADD_COMMENTS: [{ projectRole: Service Desk Team }, sd.customer.portal.only]
  CREATE_ATTACHMENTS: [{ projectRole: Service Desk Team }, sd.customer.portal.only]
  VIEW_READONLY_WORKFLOW: [{ projectRole: Service Desk Team }]
  com.example.approvals__approve-requests: [{ projectRole: Service Desk Team }]
`;

/** Public Docs loses anyone, any-logged-in-user and portal customers; gains the Users role. */
const PUBLIC_DOCS = `name: Public Docs
description: Documentation projects
grants:
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
  BROWSE_PROJECTS: [{ projectRole: Users }]
`;

/** A new scheme with one grant of every holder form. */
const EVERYTHING = `name: Everything
grants:
  BROWSE_PROJECTS:
    - anyone
    - assignee
    - reporter
    - projectLead
    - sd.customer.portal.only
    - applicationRole
    - applicationRole: jira-software
    - group: release-managers
    - group: { id: ${GROUP_IDS.softwareUsers} }
    - projectRole: Developers
    - projectRole: ${ROLE_IDS.administrators}
    - user: ${ACCOUNT_IDS.reader}
    - user: { email: dev@example.com }
    - userCustomField: Team Lead
    - groupCustomField: customfield_10030
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
`;

function writeProject(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function brief(changes: readonly PlanChange[]): string[] {
  return changes.map((change) => {
    const holder =
      change.holder === undefined
        ? ''
        : ` ${change.holder.type}${change.holder.value === undefined ? '' : `=${change.holder.value}`}`;
    return `${change.action} ${change.scheme}(${change.schemeId ?? 'new'})${change.permission === undefined ? '' : ` ${change.permission}`}${holder}`;
  });
}

function writes(sim: Simulator): string[] {
  return sim.requests
    .filter((entry) => entry.method !== 'GET')
    .map((entry) => `${entry.method} ${entry.path}`);
}

let sim: Simulator;
let root: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: seed() });
});

afterAll(async () => {
  await sim.stop();
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jira-perms-plan-'));
  sim.clearLog();
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function fullProject(target: string): void {
  writeProject(target, {
    '.jira-permissions.yml': SETTINGS,
    'jira-permissions/software.yml': SOFTWARE,
    'jira-permissions/it-help.yml': IT_HELP,
    'jira-permissions/public-docs.yml': PUBLIC_DOCS,
    'jira-permissions/nested/everything.yaml': EVERYTHING,
  });
}

describe('runPlan against the simulator', () => {
  let result: PlanResult;
  let fullRoot: string;
  let requestsOfPlan: Simulator['requests'];

  beforeAll(async () => {
    fullRoot = mkdtempSync(join(tmpdir(), 'jira-perms-plan-'));
    fullProject(fullRoot);
    sim.clearLog();
    result = await runPlan({}, commandDeps({ cwd: fullRoot, env: sim.env() }));
    requestsOfPlan = [...sim.requests];
  });

  afterAll(() => {
    rmSync(fullRoot, { recursive: true, force: true });
  });

  it('gives the exact change list: every change kind and every holder type', () => {
    expect(result.error).toBeUndefined();
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.status).toBe('planned');
    const software = `Software Development(10000)`;
    expect(brief(result.plan!.changes)).toEqual([
      'create-scheme Everything(new)',
      `add-grant Everything(new) ADMINISTER_PROJECTS projectRole=${ROLE_IDS.administrators}`,
      'add-grant Everything(new) BROWSE_PROJECTS anyone',
      'add-grant Everything(new) BROWSE_PROJECTS applicationRole',
      'add-grant Everything(new) BROWSE_PROJECTS applicationRole=jira-software',
      'add-grant Everything(new) BROWSE_PROJECTS assignee',
      `add-grant Everything(new) BROWSE_PROJECTS group=${GROUP_IDS.softwareUsers}`,
      `add-grant Everything(new) BROWSE_PROJECTS group=${GROUP_IDS.releaseManagers}`,
      'add-grant Everything(new) BROWSE_PROJECTS groupCustomField=customfield_10030',
      'add-grant Everything(new) BROWSE_PROJECTS projectLead',
      `add-grant Everything(new) BROWSE_PROJECTS projectRole=${ROLE_IDS.developers}`,
      `add-grant Everything(new) BROWSE_PROJECTS projectRole=${ROLE_IDS.administrators}`,
      'add-grant Everything(new) BROWSE_PROJECTS reporter',
      'add-grant Everything(new) BROWSE_PROJECTS sd.customer.portal.only',
      `add-grant Everything(new) BROWSE_PROJECTS user=${ACCOUNT_IDS.developer}`,
      `add-grant Everything(new) BROWSE_PROJECTS user=${ACCOUNT_IDS.reader}`,
      'add-grant Everything(new) BROWSE_PROJECTS userCustomField=customfield_10020',
      'update-scheme IT Help(10001)',
      `add-grant Public Docs(${PUBLIC_DOCS_ID}) BROWSE_PROJECTS projectRole=${ROLE_IDS.users}`,
      `remove-grant Public Docs(${PUBLIC_DOCS_ID}) BROWSE_PROJECTS anyone`,
      `remove-grant Public Docs(${PUBLIC_DOCS_ID}) CREATE_ISSUES sd.customer.portal.only`,
      `remove-grant Public Docs(${PUBLIC_DOCS_ID}) ADD_COMMENTS applicationRole`,
      `update-scheme Software Development(10000)`,
      `remove-grant ${software} BROWSE_PROJECTS applicationRole=jira-software`,
      `remove-grant ${software} BROWSE_PROJECTS group=${GROUP_IDS.softwareUsers}`,
      `remove-grant ${software} ASSIGNABLE_USER assignee`,
      `remove-grant ${software} DELETE_ISSUES projectLead`,
      `remove-grant ${software} MANAGE_WATCHERS groupCustomField=customfield_10030`,
      `remove-grant ${software} VIEW_VOTERS_AND_WATCHERS userCustomField=customfield_10020`,
      `remove-grant ${software} ADD_COMMENTS reporter`,
      `remove-grant ${software} ADD_COMMENTS user=${ACCOUNT_IDS.reader}`,
      'delete-scheme Archived Projects (unused)(10002)',
    ]);
  });

  it('renames by pinned id and updates descriptions', () => {
    const updates = result.plan!.changes.filter((change) => change.action === 'update-scheme');
    expect(updates.map((change) => [change.from, change.to])).toEqual([
      [{ name: 'Jira Service Management Permission Scheme for IT Help' }, { name: 'IT Help' }],
      [
        { description: 'Permission scheme for software teams.' },
        { description: 'Software teams (managed as code)' },
      ],
    ]);
  });

  it('never plans the managed add-ons role, and keeps grants it does not know', () => {
    const addons = String(ROLE_IDS.addons);
    expect(result.plan!.changes.filter((change) => change.holder?.value === addons)).toEqual([]);
    expect(
      result.plan!.kept.map((grant) => [grant.scheme, grant.grantId, grant.permission, grant.holder.type]),
    ).toEqual([
      ['Software Development', 20101, 'BROWSE_PROJECTS', 'futureHolderType'],
      ['Software Development', 20102, 'com.vendor.uninstalled__perm', 'projectRole'],
    ]);
  });

  it('lists the prune candidate in use as unmanaged, with a warning, and reports guardrails with their allowances', () => {
    expect(result.plan!.unmanaged).toEqual([
      { id: 0, name: 'Default Permission Scheme' },
      { id: 10102, name: 'Legacy' },
    ]);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'prune-scheme-in-use',
          severity: 'warning',
          message: expect.stringContaining('"Legacy" (id 10102)'),
        }),
      ]),
    );
    expect(result.plan!.guardrails.map((v) => [v.guardrail, v.scheme, v.allowed])).toEqual([
      ['public-exposure', 'Everything', true],
      ['mass-removal', 'Public Docs', true],
    ]);
    expect(result.blocked).toBe(false);
  });

  it('measures the blast radius from the projects that use each scheme', () => {
    expect(result.plan!.blastRadius).toEqual([
      { scheme: 'Everything', schemeId: null, projectCount: 0, sampleKeys: [] },
      { scheme: 'IT Help', schemeId: 10001, projectCount: 1, sampleKeys: ['HELP'] },
      { scheme: 'Public Docs', schemeId: PUBLIC_DOCS_ID, projectCount: 0, sampleKeys: [] },
      { scheme: 'Software Development', schemeId: 10000, projectCount: 2, sampleKeys: ['MOB', 'SOFT'] },
      { scheme: 'Archived Projects (unused)', schemeId: 10002, projectCount: 0, sampleKeys: [] },
    ]);
    expect(result.plan!.summary.projectsAffected).toBe(3);
    expect(Object.keys(result.plan!.fingerprints)).toEqual([
      '10000',
      '10001',
      '10002',
      String(PUBLIC_DOCS_ID),
    ]);
    expect(result.plan!.filesHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('sent no POST, PUT or DELETE to Jira', () => {
    expect(requestsOfPlan.length).toBeGreaterThan(5);
    expect(requestsOfPlan.filter((entry) => entry.method !== 'GET')).toEqual([]);
    // It read what a plan needs: catalogue, schemes, and project usage (something changes).
    const routes = new Set(requestsOfPlan.map((entry) => entry.route));
    expect([...routes]).toEqual(
      expect.arrayContaining([
        'GET /rest/api/3/permissions',
        'GET /rest/api/3/permissionscheme',
        'GET /rest/api/3/project/search',
      ]),
    );
  });

  it('gives byte-identical text, Markdown and JSON on a second run', async () => {
    const again = await runPlan({}, commandDeps({ cwd: fullRoot, env: sim.env() }));
    expect(renderPlanText(again.plan!)).toBe(renderPlanText(result.plan!));
    expect(renderPlanMarkdown(again.plan!)).toBe(renderPlanMarkdown(result.plan!));
    expect(renderPlanJson(again.plan!)).toBe(renderPlanJson(result.plan!));
    expect(writes(sim)).toEqual([]);
  });

  it("with keep: 'plan', gives the same plan and findings without the inputs", async () => {
    const slim = await runPlan({ keep: 'plan' }, commandDeps({ cwd: fullRoot, env: sim.env() }));
    expect(slim.status).toBe('planned');
    expect(renderPlanJson(slim.plan!)).toBe(renderPlanJson(result.plan!));
    // Every finding at the same file, line and column, though the files' grants were let go.
    expect(slim.findings).toEqual(result.findings);
    expect(slim.findings.length).toBeGreaterThan(0);
    expect(slim.fileCount).toBe(result.project!.files.length);
    expect(slim.fileCount).toBeGreaterThan(0);
    expect([slim.project, slim.desired, slim.live, slim.resolved, slim.projectsByScheme]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(result.desired).toBeDefined();
    expect(result.live).toBeDefined();
  });
});

describe('runPlan: stops and failures', () => {
  it('stops on invalid files before connecting', async () => {
    writeProject(root, {
      'jira-permissions/bad.yml':
        'name: Bad\ngrants:\n  ADMINISTER_PROJECTS: [projectLead]\n  BROWSE_PROJECTS:\n    - grop: x\n',
    });
    const result = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(result.status).toBe('invalid');
    expect(result.plan).toBeUndefined();
    expect(
      result.findings.some(
        (finding) => finding.severity === 'error' && finding.file === 'jira-permissions/bad.yml',
      ),
    ).toBe(true);
    expect(sim.requests).toEqual([]);
  });

  it('accepts an app-defined permission key that only the live catalogue knows', async () => {
    writeProject(root, {
      'jira-permissions/help.yml': IT_HELP, // uses com.example.approvals__approve-requests, no settings file
    });
    const result = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('planned');
    expect(brief(result.plan!.changes)).toEqual(['update-scheme IT Help(10001)']);
  });

  it('stops on names Jira does not have, with the resolver finding', async () => {
    writeProject(root, {
      'jira-permissions/a.yml':
        'name: A\ngrants:\n  ADMINISTER_PROJECTS: [projectLead]\n  BROWSE_PROJECTS:\n    - group: no-such-group\n',
    });
    const result = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(result.status).toBe('invalid');
    expect(result.findings.some((finding) => finding.severity === 'error' && finding.line === 5)).toBe(true);
    expect(writes(sim)).toEqual([]);
  });

  it('reports a pinned id Jira no longer has at the id line, and blocks', async () => {
    writeProject(root, {
      'jira-permissions/gone.yml':
        'name: Gone\nid: 4242\ngrants:\n  ADMINISTER_PROJECTS: [projectLead]\n  BROWSE_PROJECTS: [assignee]\n',
    });
    const result = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(result.status).toBe('planned');
    expect(result.blocked).toBe(true);
    expect(result.plan!.changes.filter((change) => change.action !== 'delete-scheme')).toEqual([]);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'pinned-scheme-missing',
          file: 'jira-permissions/gone.yml',
          line: 2,
        }),
      ]),
    );
  });

  it('fails a lockout on a scheme in use unless the settings allow it', async () => {
    const noAdmin = SOFTWARE.replace('  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]\n', '');
    // The admin-required lint rule catches this in the file; with it off, the guardrail still does.
    writeProject(root, { '.jira-permissions.yml': ALLOW_NO_ADMIN, 'jira-permissions/software.yml': noAdmin });
    const blocked = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(blocked.plan!.guardrails).toMatchObject([
      { guardrail: 'lockout', scheme: 'Software Development', allowed: false },
    ]);
    expect(blocked.plan!.guardrails[0]!.message).toContain('2 projects');
    expect(blocked.blocked).toBe(true);

    writeProject(root, {
      '.jira-permissions.yml':
        ALLOW_NO_ADMIN +
        'guardrails:\n  allow:\n    - { guardrail: lockout, scheme: Software Development }\n',
    });
    const allowed = await runPlan({}, commandDeps({ cwd: root, env: sim.env() }));
    expect(allowed.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(allowed.plan!.guardrails).toMatchObject([{ guardrail: 'lockout', allowed: true }]);
    expect(allowed.blocked).toBe(false);
    expect(writes(sim)).toEqual([]);
  });

  it('returns a connection failure as a message, without secrets', async () => {
    writeProject(root, { 'jira-permissions/help.yml': IT_HELP });
    const env = { ...sim.env(), JIRA_API_TOKEN: 'wrong-token-value-123' };
    const result = await runPlan({}, commandDeps({ cwd: root, env }));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/401|authenticat|credential/i);
    expect(result.error).not.toContain('wrong-token-value-123');
    const missing = await runPlan({}, commandDeps({ cwd: root, env: {} }));
    expect(missing.status).toBe('failed');
    expect(missing.error).toContain('JIRA_BASE_URL');
  });
});

function io(env: Record<string, string | undefined>, cwd: string) {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env,
      cwd,
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

describe('jira-perms plan', () => {
  it('prints the text plan and exits 2 with --detailed-exitcode when there are changes', async () => {
    writeProject(root, { 'jira-permissions/help.yml': IT_HELP });
    const run = io(sim.env(), root);
    expect(await runCli(['plan', '--detailed-exitcode'], run.context)).toBe(2);
    expect(run.out()).toContain('~ scheme "IT Help" (id 10001) will be changed; used by 1 project: HELP');
    expect(run.out()).toContain('Plan: 0 to add, 0 to remove, 0 schemes to create, 1 scheme to update.');
    const plain = io(sim.env(), root);
    expect(await runCli(['plan'], plain.context)).toBe(0);
  });

  it('prints JSON, writes --out, and exits 0 with --detailed-exitcode when nothing changes', async () => {
    writeProject(root, {
      'jira-permissions/help.yml': IT_HELP.replace(
        'name: IT Help',
        'name: Jira Service Management Permission Scheme for IT Help',
      ),
    });
    const run = io(sim.env(), root);
    expect(
      await runCli(['plan', '--json', '--out', 'out/plan.json', '--detailed-exitcode'], run.context),
    ).toBe(0);
    const printed = JSON.parse(run.out()) as {
      version: number;
      changes: unknown[];
      summary: { add: number };
    };
    expect(printed).toMatchObject({ version: 1, changes: [], summary: { add: 0 } });
    expect(readFileSync(join(root, 'out/plan.json'), 'utf8')).toBe(run.out());
  });

  it('exits 1 on invalid files, on a failed guardrail and on unknown options', async () => {
    writeProject(root, { 'jira-permissions/bad.yml': 'name: [oops\n' });
    const invalid = io(sim.env(), root);
    expect(await runCli(['plan', '--json'], invalid.context)).toBe(1);
    expect(invalid.out()).toBe('');
    expect(invalid.err()).toContain('jira-permissions/bad.yml:');

    rmSync(join(root, 'jira-permissions/bad.yml'));
    writeProject(root, {
      '.jira-permissions.yml': ALLOW_NO_ADMIN,
      'jira-permissions/software.yml': SOFTWARE.replace(
        '  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]\n',
        '',
      ),
    });
    const guarded = io(sim.env(), root);
    expect(await runCli(['plan', '--detailed-exitcode'], guarded.context)).toBe(1);
    expect(guarded.out()).toContain('x lockout (FAILED)');
    expect(guarded.out()).toContain('Blocked by 1 guardrail');

    const unknown = io(sim.env(), root);
    expect(await runCli(['plan', '--jsn'], unknown.context)).toBe(1);
    expect(unknown.err()).toContain('unknown option "--jsn"');
    expect(writes(sim)).toEqual([]);
  });

  it('colours and shows progress only on a terminal, never with --no-color or NO_COLOR', async () => {
    writeProject(root, { 'jira-permissions/help.yml': IT_HELP });
    const terminal = io(sim.env(), root);
    terminal.context.isTTY = true;
    expect(await runCli(['plan'], terminal.context)).toBe(0);
    expect(terminal.out()).toContain('\u001b[');
    expect(terminal.err()).toContain('Connecting to Jira (read-only)...');
    for (const [args, env] of [
      [['plan', '--no-color'], sim.env()],
      [['plan'], { ...sim.env(), NO_COLOR: '1' }],
    ] as const) {
      const plain = io(env, root);
      plain.context.isTTY = true;
      expect(await runCli([...args], plain.context)).toBe(0);
      expect(plain.out()).not.toContain('\u001b[');
      expect(plain.out()).toContain('~ scheme "IT Help"');
    }
  });

  it('rejects options it does not know or that lack a value', async () => {
    for (const args of [['--out'], ['--path', '--json'], ['--json=yes'], ['extra']]) {
      const run = io(sim.env(), root);
      expect(await runCli(['plan', ...args], run.context)).toBe(1);
      expect(run.err()).toMatch(/needs a value|takes no value|unknown option|unexpected argument/);
    }
  });

  it('has complete --help', async () => {
    const run = io({}, root);
    expect(await runCli(['plan', '--help'], run.context)).toBe(0);
    for (const option of [
      '--path',
      '--settings',
      '--json',
      '--out',
      '--detailed-exitcode',
      '--no-color',
      'Exit codes',
      'guardrails:',
    ]) {
      expect(run.out()).toContain(option);
    }
  });
});

describe('demo', () => {
  it('plans the bundled examples against the default simulator site', async () => {
    const demo = await runDemo({}, commandDeps({ cwd: root }));
    expect(demo.result.status).toBe('planned');
    expect(demo.result.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(demo.result.blocked).toBe(false);
    const changes = demo.result.plan!.changes;
    expect(changes.filter((change) => change.action === 'add-grant').length).toBeGreaterThan(0);
    expect(changes.filter((change) => change.action === 'remove-grant').length).toBeGreaterThan(0);
  });

  it('runs as jira-perms demo and prints the text plan', async () => {
    const run = io({}, root);
    expect(await runCli(['demo'], run.context)).toBe(0);
    expect(run.out()).toContain('scheme "Software Development" (id 10000)');
    expect(run.out()).toMatch(/Plan: \d+ to add, \d+ to remove/);
  });
});

describe('runPlan against a Data Center simulator', () => {
  it('plans with groups by name and REST v2, without churn', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    const folder = mkdtempSync(join(tmpdir(), 'jira-perms-plan-dc-'));
    try {
      writeProject(folder, {
        'jira-permissions/help.yml': IT_HELP.replace(
          `{ group: { id: ${GROUP_IDS.serviceManagementUsers} } }`,
          '{ group: jira-servicemanagement-users }',
        ).replace(
          '  SERVICEDESK_AGENT:',
          '  LINK_ISSUES: [{ group: jira-servicemanagement-users }]\n  SERVICEDESK_AGENT:',
        ),
      });
      const result = await runPlan({}, commandDeps({ cwd: folder, env: dc.env() }));
      expect(result.error).toBeUndefined();
      expect(result.status).toBe('planned');
      expect(brief(result.plan!.changes)).toEqual([
        'update-scheme IT Help(10001)',
        'add-grant IT Help(10001) LINK_ISSUES group',
      ]);
      expect(result.plan!.changes[1]!.holder).toEqual({
        type: 'group',
        parameter: 'jira-servicemanagement-users',
      });
      expect(dc.requests.filter((entry) => entry.method !== 'GET')).toEqual([]);
      expect(dc.requests.every((entry) => entry.path.startsWith('/rest/api/2/'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await dc.stop();
    }
  });
});
