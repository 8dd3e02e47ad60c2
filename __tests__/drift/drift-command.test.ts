import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';

import { runCli } from '../../src/cli/main.js';
import { ACCOUNT_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import type { SiteData } from '../../src/sim/types.js';
import { exportFiles, readerFor, temporaryDir } from '../export/helpers.js';

const NOW = '2026-11-20T10:00:00Z';
/** A display name an attacker chose: HTML, a link, a mention, a workflow command and a bidi override. */
const MALLORY = 'Mallory <img src=x> [click](https://evil.example) @everyone\n::error::x \u202Eevil';

let sim: Simulator;
let pristine: SiteData;
let root: string;
let removeRoot: () => void;

beforeAll(async () => {
  sim = await startSimulator({ clock: NOW });
  const template = sim.state.users.find((user) => user.accountId === ACCOUNT_IDS.priya);
  if (template === undefined) throw new Error('the seed has no Priya');
  sim.state.users.push({
    ...template,
    accountId: '70a1b2c3d4e5f6a7b8c9d0e1',
    displayName: MALLORY,
    emailAddress: 'mallory@example.com',
    name: 'mallory',
    key: 'JIRAUSER10999',
  });
  pristine = sim.snapshot();
  const temporary = temporaryDir('jira-perms-drift-');
  root = temporary.dir;
  removeRoot = temporary.remove;
  await exportFiles({ cwd: root, jira: readerFor(sim) });
});
afterAll(async () => {
  await sim.stop();
  removeRoot();
});
afterEach(() => {
  sim.restore(pristine);
  sim.setBehaviour({ auditFreePlan: false });
  sim.clearLog();
});

function io(env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env,
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

async function drift(args: string[] = [], env = sim.env()) {
  const run = io(env);
  const code = await runCli(['drift', ...args], run.context);
  return { code, out: run.out(), err: run.err() };
}

function changeByHand(): void {
  sim
    .actAs('Alice Admin', { at: '2026-11-18T08:30:00Z' })
    .addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
  sim.actAs('Priya Product', { at: '2026-11-19T12:00:00Z' }).removeGrant(10000, {
    permission: 'ADD_COMMENTS',
    holder: { type: 'user', ref: 'Riley Reader' },
  });
}

function writesTo(target: Simulator): string[] {
  return target.requests.filter((request) => request.method !== 'GET').map((request) => request.route);
}

describe('jira-perms drift', () => {
  it('exits 0 and says so when Jira matches the files, without reading the audit log', async () => {
    const result = await drift();
    expect(result).toMatchObject({ code: 0, out: 'No drift: Jira matches the files.\n' });
    expect(sim.requests.some((request) => request.route.includes('auditing'))).toBe(false);
  });

  it('reports changes made by hand with who made them and when, and exits 2; 0 writes', async () => {
    changeByHand();
    const result = await drift();
    expect(result.code).toBe(2);
    expect(result.out).toContain('Drift: 2 changes in Jira differ from the files.');
    expect(result.out).toContain("Audit log: the last 30 days, to 2026-11-20 10:00 UTC (Jira's clock).");
    expect(result.out).toMatch(/"Software Development" \(10000\)\n/);
    expect(result.out).toMatch(
      /added +DELETE_ISSUES +group contractors \([^)]+\) +Alice Admin, 2026-11-18 08:30 UTC/,
    );
    expect(result.out).toMatch(
      /removed +ADD_COMMENTS +user Riley Reader \([^)]+\) +Priya Product, 2026-11-19 12:00 UTC/,
    );
    expect(writesTo(sim)).toEqual([]);
  });

  it('--json: every change with origin "drift" and changedBy', async () => {
    changeByHand();
    const result = await drift(['--json']);
    expect(result.code).toBe(2);
    const document = JSON.parse(result.out) as {
      drift: boolean;
      window: unknown;
      audit: { status: string };
      changes: { action: string; permission: string; origin: string; changedBy: unknown }[];
    };
    expect(document.drift).toBe(true);
    expect(document.window).toEqual({
      from: '2026-10-21T10:00:00.000Z',
      to: '2026-11-20T10:00:00.000Z',
      days: 30,
      clock: 'jira',
    });
    expect(document.audit.status).toBe('read');
    expect(
      document.changes.map(({ action, permission, origin, changedBy }) => ({
        action,
        permission,
        origin,
        changedBy,
      })),
    ).toEqual([
      {
        action: 'add-grant',
        permission: 'ADD_COMMENTS',
        origin: 'drift',
        changedBy: {
          accountId: ACCOUNT_IDS.priya,
          name: 'Priya Product',
          at: '2026-11-19T12:00:00.000Z',
          summary: 'Permission scheme updated',
          source: 'Browser',
        },
      },
      {
        action: 'remove-grant',
        permission: 'DELETE_ISSUES',
        origin: 'drift',
        changedBy: {
          accountId: ACCOUNT_IDS.alice,
          name: 'Alice Admin',
          at: '2026-11-18T08:30:00.000Z',
          summary: 'Permission scheme updated',
          source: 'Browser',
        },
      },
    ]);
  });

  it('--since narrows the window: an older change is reported with no audit record found', async () => {
    changeByHand();
    const result = await drift(['--since', '1']);
    expect(result.code).toBe(2);
    expect(result.out).toContain('to 2026-11-20 10:00 UTC');
    expect(result.out).toMatch(/DELETE_ISSUES .* no audit record found/);
    expect(result.out).toMatch(/ADD_COMMENTS .* Priya Product, 2026-11-19 12:00 UTC/);
    expect(await drift(['--since', '0'])).toMatchObject({ code: 1 });
    expect((await drift(['--since', 'week'])).err).toContain('--since takes a whole number of days');
  });

  it('a site whose audit log answers 403 still gets the drift, with the reason names are missing', async () => {
    changeByHand();
    sim.setBehaviour({ auditFreePlan: true });
    const result = await drift();
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/DELETE_ISSUES .* unknown \(audit log not read\)/);
    expect(result.out).toMatch(
      /Who made these changes is not shown: the token cannot read the audit log \(403\): .*Administer Jira.*Free plan/,
    );
    const json = JSON.parse((await drift(['--json'])).out) as { audit: { status: string; reason: string } };
    expect(json.audit.status).toBe('unavailable');
  });

  it('hostile names from the audit log and Jira are escaped in text and Markdown', async () => {
    const mallory = sim.actAs('mallory', { at: '2026-11-19T09:00:00Z' });
    mallory.addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' });
    mallory.updateScheme(10001, { name: 'IT [Help](https://evil.example) <b>x</b> @admins' });
    const text = await drift();
    expect(text.code).toBe(2);
    expect(text.out).not.toContain('\u202E');
    expect(text.out).not.toMatch(/^::error::/m);
    expect(text.out).toContain('\\u202e');
    const markdown = await drift(['--markdown']);
    expect(markdown.code).toBe(2);
    expect(markdown.out).toContain('| renamed |');
    // Nothing unescaped (but our own line breaks): no tag, no link, no mention, no bidi override.
    expect(markdown.out.replace(/<br>/g, ' ')).not.toMatch(
      /(^|[^\\])[<[]|[^\\]\]\(|@everyone|@admins|\u202E/,
    );
    expect(markdown.out).toContain('Mallory \\<img src=x\\> \\[click\\]\\(https:\\/\\/evil.example\\)');
    expect(writesTo(sim)).toEqual([]);
  });

  it('exits 1 with the reason when the files cannot be read', async () => {
    const missing = io(sim.env());
    missing.context.cwd = `${root}/nowhere`;
    rmSync(missing.context.cwd, { recursive: true, force: true });
    const code = await runCli(['drift', '--path', 'no-such-folder'], missing.context);
    expect(code).toBe(1);
  });
});
