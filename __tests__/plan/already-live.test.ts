import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { runCli } from '../../src/cli/main.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runPlan } from '../../src/commands/plan.js';
import type { Finding } from '../../src/model/finding.js';
import { ROLE_IDS, defaultSeed, startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';

/**
 * Plan judges changes, validate judges files: a lint error about a grant or scheme that Jira already has
 * and the plan leaves as it is is reported ("already live, not blocking"), never a refusal; an error in
 * anything the plan adds or changes still blocks. Files in a temporary folder, the simulator over HTTP.
 */

const PUBLIC_DOCS_ID = 10100;
const ARCHIVED_ID = 10002;

/** The default site (with "Archived Projects (unused)": nobody administers it) plus a public scheme. */
function seed(): SiteData {
  const site = defaultSeed();
  site.schemes.push({
    id: PUBLIC_DOCS_ID,
    name: 'Public Docs',
    grants: [
      {
        id: 20001,
        permission: 'ADMINISTER_PROJECTS',
        holder: { type: 'projectRole', ref: String(ROLE_IDS.administrators) },
      },
      { id: 20002, permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } },
    ],
  });
  return site;
}

/** Public Docs as it is live: line 5 is the grant to anyone. */
const PUBLIC = `name: Public Docs
id: ${PUBLIC_DOCS_ID}
grants:
  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]
  BROWSE_PROJECTS: [anyone]
`;

/** Archived Projects (unused) as it is live: no ADMINISTER_PROJECTS. */
const ARCHIVED = `name: Archived Projects (unused)
id: ${ARCHIVED_ID}
grants:
  BROWSE_PROJECTS: [{ projectRole: Administrators }]
`;

let sim: Simulator;
let root: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: seed() });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.restore(seed());
  sim.clearLog();
  root = mkdtempSync(join(tmpdir(), 'jira-perms-live-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeProject(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function io(): {
  context: Parameters<typeof runCli>[1];
  out: () => string;
  err: () => string;
} {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env: sim.env(),
      cwd: root,
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

/** `file:line rule severity [already live]`, sorted, for the lint findings that matter here. */
function places(findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) => ['no-anonymous-access', 'admin-required'].includes(finding.ruleId))
    .map(
      (finding) =>
        `${finding.file}:${finding.line} ${finding.ruleId} ${finding.severity}${finding.alreadyLive === true ? ' already live' : ''}`,
    )
    .sort();
}

function writes(): string[] {
  return sim.requests
    .filter((entry) => entry.method !== 'GET')
    .map((entry) => `${entry.method} ${entry.path}`);
}

const plan = () => runPlan({}, commandDeps({ cwd: root, env: sim.env() }));

describe('plan: lint errors Jira already has', () => {
  it('reports them and does not block when the plan leaves them as they are; validate still fails', async () => {
    writeProject({ 'jira-permissions/public.yml': PUBLIC, 'jira-permissions/archived.yml': ARCHIVED });
    const result = await plan();
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('planned');
    expect(result.blocked).toBe(false);
    expect(result.plan?.changes).toEqual([]);
    expect(places(result.findings)).toEqual([
      'jira-permissions/archived.yml:1 admin-required warning already live',
      'jira-permissions/public.yml:5 no-anonymous-access warning already live',
    ]);
    // They travel with the plan, apart from its problems, in every form.
    expect(places(result.plan?.findings ?? [])).toEqual(places(result.findings));
    // A plan that lets the files' grants go once resolved keeps those of these files: the same verdicts.
    const slim = await runPlan({ keep: 'plan' }, commandDeps({ cwd: root, env: sim.env() }));
    expect(places(slim.findings)).toEqual(places(result.findings));
    expect(slim.findings).toEqual(result.findings);
    const json = JSON.parse(renderPlanJson(result.plan!)) as { findings: Record<string, unknown>[] };
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'no-anonymous-access', severity: 'warning', alreadyLive: true }),
    );
    const markdown = renderPlanMarkdown(result.plan!);
    expect(markdown).toContain('#### Already live in Jira, not blocking');
    expect(markdown).not.toContain('#### Problems');
    expect(markdown).not.toContain('Blocked by');

    const cli = io();
    expect(await runCli(['plan', '--detailed-exitcode'], cli.context)).toBe(0);
    expect(cli.out()).toContain('No changes. Jira matches the files.');
    expect(cli.out()).toContain('Already live in Jira, not blocking');
    expect(cli.out()).toMatch(
      /jira-permissions\/public\.yml:5:\d+ {2}error \(already live, not blocking\) {2}BROWSE_PROJECTS is granted to anyone.* {2}no-anonymous-access/,
    );
    expect(cli.out()).toMatch(
      /jira-permissions\/archived\.yml:1:\d+ {2}error \(already live, not blocking\) .* {2}admin-required/,
    );

    // validate judges the files alone: the same places are errors there.
    const validate = io();
    expect(await runCli(['validate'], validate.context)).toBe(1);
    expect(validate.out()).toMatch(/jira-permissions\/public\.yml:5:\d+ {2}error {2}.*no-anonymous-access/);
    expect(validate.out()).toMatch(/jira-permissions\/archived\.yml:1:\d+ {2}error {2}.*admin-required/);
    expect(writes()).toEqual([]);
  });

  it('still refuses a grant the plan adds that breaks a rule, and says which one is new', async () => {
    writeProject({
      'jira-permissions/public.yml': `${PUBLIC}  CREATE_ISSUES: [anyone]\n`,
      'jira-permissions/archived.yml': ARCHIVED,
    });
    const result = await plan();
    expect(result.status).toBe('invalid');
    expect(result.blocked).toBe(true);
    expect(result.plan).toBeUndefined();
    expect(places(result.findings)).toEqual([
      'jira-permissions/archived.yml:1 admin-required warning already live',
      'jira-permissions/public.yml:5 no-anonymous-access warning already live',
      'jira-permissions/public.yml:6 no-anonymous-access error',
    ]);
    const cli = io();
    expect(await runCli(['plan', '--detailed-exitcode'], cli.context)).toBe(1);
    expect(cli.err()).toMatch(/public\.yml:6:\d+ {2}error {2}CREATE_ISSUES is granted to anyone/);
    expect(cli.err()).toContain('nothing was planned');

    // apply refuses it the same way: the new grant's finding, worded by the view, and kept in the journal.
    const applied = io();
    expect(await runCli(['apply', '--yes', '--out', 'journal.json'], applied.context)).toBe(1);
    expect(applied.err()).toMatch(
      /Apply refused; nothing was written:\n {2}- jira-permissions\/public\.yml:6:\d+ {2}error {2}CREATE_ISSUES is granted to anyone.* {2}no-anonymous-access\n/,
    );
    const journal = JSON.parse(readFileSync(join(root, 'journal.json'), 'utf8')) as { refusals: string[] };
    expect(journal.refusals).toEqual([
      expect.stringMatching(
        /^jira-permissions\/public\.yml:6:\d+ no-anonymous-access: CREATE_ISSUES is granted to anyone/,
      ),
    ]);
    expect(writes()).toEqual([]);
  });

  it('still refuses a new scheme that breaks a rule, and a change that takes away the last admin', async () => {
    writeProject({
      'jira-permissions/new.yml':
        'name: Brand New\ngrants:\n  BROWSE_PROJECTS: [{ projectRole: Developers }]\n',
    });
    const created = await plan();
    expect(created.status).toBe('invalid');
    expect(places(created.findings)).toEqual(['jira-permissions/new.yml:1 admin-required error']);

    rmSync(join(root, 'jira-permissions/new.yml'));
    writeProject({
      'jira-permissions/public.yml': PUBLIC.replace(
        '  ADMINISTER_PROJECTS: [{ projectRole: Administrators }]\n',
        '',
      ),
    });
    const removed = await plan();
    expect(removed.status).toBe('invalid');
    expect(places(removed.findings)).toEqual([
      'jira-permissions/public.yml:1 admin-required error',
      'jira-permissions/public.yml:4 no-anonymous-access warning already live',
    ]);
    expect(writes()).toEqual([]);
  });

  it('does not block a change to a scheme that already lacked an admin in Jira: the plan does not cause it', async () => {
    writeProject({
      'jira-permissions/archived.yml': `${ARCHIVED}  ADD_COMMENTS: [{ projectRole: Developers }]\n`,
    });
    const changed = await plan();
    expect(changed.status).toBe('planned');
    expect(changed.blocked).toBe(false);
    expect(changed.plan?.changes.map((change) => `${change.action} ${change.permission ?? ''}`)).toEqual([
      'add-grant ADD_COMMENTS',
    ]);
    expect(places(changed.findings)).toEqual([
      'jira-permissions/archived.yml:1 admin-required warning already live',
    ]);
    expect(writes()).toEqual([]);
  });

  it('plans and applies a change to a scheme whose untouched grant breaks a rule, reporting it', async () => {
    writeProject({
      'jira-permissions/public.yml': `${PUBLIC}  ADD_COMMENTS: [{ projectRole: Developers }]\n`,
    });
    const result = await plan();
    expect(result.status).toBe('planned');
    expect(result.blocked).toBe(false);
    expect(result.plan?.changes.map((change) => `${change.action} ${change.permission ?? ''}`)).toEqual([
      'add-grant ADD_COMMENTS',
    ]);
    expect(places(result.findings)).toEqual([
      'jira-permissions/public.yml:5 no-anonymous-access warning already live',
    ]);

    const planned = io();
    expect(await runCli(['plan', '--detailed-exitcode'], planned.context)).toBe(2);
    expect(planned.out()).toContain('Already live in Jira, not blocking');
    expect(planned.out()).not.toContain('Blocked by');

    const applied = io();
    expect(await runCli(['apply', '--yes'], applied.context)).toBe(0);
    expect(applied.err()).toMatch(
      /public\.yml:5:\d+ {2}error \(already live, not blocking\) .*no-anonymous-access/,
    );
    const scheme = sim.state.schemes.find((candidate) => candidate.id === PUBLIC_DOCS_ID);
    expect(scheme?.grants.map((grant) => `${grant.permission} ${grant.holder.type}`).sort()).toEqual([
      'ADD_COMMENTS projectRole',
      'ADMINISTER_PROJECTS projectRole',
      'BROWSE_PROJECTS anyone',
    ]);
  });
});
