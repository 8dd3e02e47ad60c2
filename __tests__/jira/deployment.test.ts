import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCli } from '../../src/cli/main.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runDoctor } from '../../src/commands/doctor.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import type { JiraReadOnlyClient } from '../../src/jira/factory.js';
import { startSimulator } from '../../src/sim/index.js';
import type { Simulator } from '../../src/sim/index.js';
import { capture, json, startStandIn } from './helpers.js';

/**
 * The deployment (Cloud or Data Center) and the REST version are two things (#17): the deployment comes
 * from the address, from JIRA_API_VERSION=3, or from serverInfo; the version only picks the path.
 */

let cloud: Simulator;
let dc: Simulator;
beforeAll(async () => {
  cloud = await startSimulator();
  dc = await startSimulator({ flavour: 'datacenter' });
});
afterAll(async () => {
  await cloud.stop();
  await dc.stop();
});
beforeEach(() => {
  cloud.clearLog();
  dc.clearLog();
});

/** A reader whose deployment is settled, as every command's first call settles it. */
async function settled(connection: ReturnType<typeof connectionFromEnv>): Promise<JiraReadOnlyClient> {
  const reader = createJiraReader(connection);
  await reader.deploymentInfo();
  return reader;
}

function withoutVersion(env: Record<string, string>): Record<string, string> {
  const { JIRA_API_VERSION: _version, ...rest } = env;
  return rest;
}

/** export into a fresh folder, then plan it: the round trip of a real first hour. */
async function exportThenPlan(
  env: Record<string, string>,
): Promise<{ exported: number; planned: number; out: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'jira-perms-deployment-'));
  try {
    const first = capture(env);
    const exported = await runCli(['export', '--out', 'jira-permissions'], { ...first.context, cwd });
    const second = capture(env);
    const planned = await runCli(['plan', '--path', 'jira-permissions', '--detailed-exitcode'], {
      ...second.context,
      cwd,
    });
    return { exported, planned, out: first.all() + second.all() };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

describe('which Jira this is', () => {
  it('an Atlassian Cloud address or JIRA_API_VERSION=3 settles it without asking', () => {
    const site = connectionFromEnv({
      JIRA_BASE_URL: 'https://example.atlassian.net',
      JIRA_EMAIL: 'a@example.com',
      JIRA_API_TOKEN: 'deployment-token-1',
      JIRA_API_VERSION: '2',
    });
    expect(site).toMatchObject({ deployment: 'cloud-site', apiVersion: '2' });
    expect(site.detect).toBeUndefined();
    expect(connectionFromEnv(cloud.env('admin')).detect).toBeUndefined();
    expect(connectionFromEnv(withoutVersion(cloud.env('admin'))).detect).toBe(true);
    expect(connectionFromEnv(dc.env('bearer')).detect).toBe(true);
  });

  it('Data Center without JIRA_API_VERSION: detected from serverInfo, REST 2, and doctor says so', async () => {
    const env = withoutVersion(dc.env('bearer'));
    const reader = await settled(connectionFromEnv(env));
    expect(reader.deployment).toBe('data-center');
    expect(reader.apiVersion).toBe('2');
    expect(reader.groupsHaveIds).toBe(false);
    expect(dc.requests.map((entry) => entry.path)).toEqual(['/rest/api/2/serverInfo']);

    const result = await runDoctor({}, commandDeps({ cwd: '.', env }));
    expect(result.ok).toBe(true);
    const version = result.checks.find((check) => check.id === 'api-version');
    expect(version?.status).toBe('pass');
    expect(version?.detail).toContain('Jira Data Center 9.12.15');
    expect(version?.detail).toContain(`serverInfo's deploymentType "Server"`);
    expect(version?.detail).toContain('REST 2');
    expect(result.connection).toContain('REST 2, data-center');
    // No 404s on the way: every call went to REST 2.
    expect(dc.requests.filter((entry) => entry.status === 404)).toEqual([]);
  });

  it('Data Center without JIRA_API_VERSION: export and plan work end to end', async () => {
    const run = await exportThenPlan(withoutVersion(dc.env('bearer')));
    expect(run.out).not.toContain('404');
    expect(run.exported).toBe(0);
    expect(run.planned).toBe(0);
    expect(dc.requests.some((entry) => entry.path.startsWith('/rest/api/3/'))).toBe(false);
  });

  it('Jira Cloud with JIRA_API_VERSION=2 keeps Cloud semantics (account ids, group ids)', async () => {
    const env = { ...cloud.env('admin'), JIRA_API_VERSION: '2' };
    const reader = await settled(connectionFromEnv(env));
    expect(reader.deployment).toBe('cloud-site');
    expect(reader.apiVersion).toBe('2');
    expect(reader.groupsHaveIds).toBe(true);
    const run = await exportThenPlan(env);
    expect(run.out).not.toContain("'accountId' is required");
    expect(run.exported).toBe(0);
    expect(run.planned).toBe(0);
    const paths = cloud.requests.map((entry) => entry.path);
    expect(paths.every((path) => path.startsWith('/rest/api/2/'))).toBe(true);
    // Users by account id, in bulk, as Cloud does; never Data Center's ?key= lookup.
    expect(cloud.requests.some((entry) => entry.route === 'GET /rest/api/2/user')).toBe(false);

    const doctor = await runDoctor({}, commandDeps({ cwd: '.', env }));
    expect(doctor.ok).toBe(true);
    expect(doctor.checks.find((check) => check.id === 'api-version')?.detail).toContain(
      "Cloud's account ids and group ids, over REST 2",
    );
  });

  it('Jira Cloud without JIRA_API_VERSION uses REST 3 after one serverInfo', async () => {
    const reader = await settled(connectionFromEnv(withoutVersion(cloud.env('admin'))));
    expect(reader.apiVersion).toBe('3');
    await reader.listPermissionSchemes();
    expect(cloud.requests.map((entry) => entry.path)).toEqual([
      '/rest/api/2/serverInfo',
      '/rest/api/3/permissionscheme',
    ]);
  });

  it('reads serverInfo anonymously when the credential is refused, so the deployment is still known', async () => {
    const env = { ...withoutVersion(dc.env('bearer')), JIRA_BEARER_TOKEN: 'not-a-valid-token-123' };
    const result = await runDoctor({}, commandDeps({ cwd: '.', env }));
    expect(result.checks.find((check) => check.id === 'api-version')?.detail).toContain('Jira Data Center');
    const credential = result.checks.find((check) => check.id === 'credential');
    expect(credential?.status).toBe('fail');
    expect(credential?.detail).toContain('401');
    expect(credential?.detail).toContain('/rest/api/2/myself');
  });
});

describe('a 404 is not a refused credential', () => {
  it('doctor says the address answered 404, not that the credential was not accepted', async () => {
    const server = await startStandIn((request, response) => {
      if ((request.url ?? '').startsWith('/rest/api/2/serverInfo')) {
        json(response, 200, { deploymentType: 'Server', version: '9.12.15' });
        return;
      }
      json(response, 404, { errorMessages: ['null for uri'] });
    });
    try {
      const result = await runDoctor(
        {},
        commandDeps({
          cwd: '.',
          env: { JIRA_BASE_URL: server.baseUrl, JIRA_BEARER_TOKEN: 'four-oh-four-token' },
          clientOptions: { retry: { maxAttempts: 1 } },
        }),
      );
      const text = JSON.stringify(result);
      expect(text).not.toContain('not accepted');
      const credential = result.checks.find((check) => check.id === 'credential');
      expect(credential?.detail).toContain('404 Not Found');
      expect(credential?.fix).toContain('Check JIRA_BASE_URL');
      for (const id of ['administer-jira', 'read-schemes']) {
        expect(result.checks.find((check) => check.id === id)?.detail).toContain('answered 404');
      }
    } finally {
      await server.stop();
    }
  });
});
