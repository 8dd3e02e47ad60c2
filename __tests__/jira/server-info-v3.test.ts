import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { connectionFromEnv, type Connection } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { failureOf } from './helpers.js';

/**
 * Cloud's REST 3 reference documents `GET /rest/api/3/serverInfo` only. A Cloud site at an address that
 * does not say Cloud by itself (not *.atlassian.net, no JIRA_API_VERSION) that answers only REST 3's
 * serverInfo must be detected as Cloud, not taken for Data Center (whose every REST 2 call would then
 * 404 or speak the wrong semantics).
 */

let cloud: Simulator;
let dc: Simulator;
beforeAll(async () => {
  cloud = await startSimulator({ apiBehaviour: { cloudServerInfoV2: false } });
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

/**
 * The connection a non-loopback host without JIRA_API_VERSION gets: guessed Data Center on REST 2 until
 * serverInfo says (the simulator listens on loopback, which would be guessed Cloud).
 */
function asCompanyHost(env: Record<string, string>): Connection {
  const { JIRA_API_VERSION: _version, ...rest } = env;
  const connection = connectionFromEnv(rest);
  return { ...connection, deployment: 'data-center', apiVersion: '2', detect: true };
}

describe('serverInfo only under REST 3', () => {
  it('is Cloud, on REST 3, and reads schemes there', async () => {
    const reader = createJiraReader(asCompanyHost(cloud.env('admin')));
    const info = await reader.deploymentInfo();
    expect(info).toMatchObject({ deployment: 'cloud-site', apiVersion: '3', source: 'server-info' });
    const schemes = await reader.listPermissionSchemes();
    expect(schemes).toHaveLength(cloud.state.schemes.length);
    const asked = cloud.requests.map((entry) => `${String(entry.status)} ${entry.path}`);
    expect(asked.slice(0, 2)).toEqual(['404 /rest/api/2/serverInfo', '200 /rest/api/3/serverInfo']);
    expect(cloud.requests.filter((entry) => entry.path.startsWith('/rest/api/2/'))).toHaveLength(1);
  });

  it('Data Center still answers REST 2 and is asked nothing more', async () => {
    const reader = createJiraReader(asCompanyHost(dc.env('admin')));
    expect(await reader.deploymentInfo()).toMatchObject({ deployment: 'data-center', apiVersion: '2' });
    expect(
      dc.requests.filter((entry) => entry.path.endsWith('/serverInfo')).map((entry) => entry.path),
    ).toEqual(['/rest/api/2/serverInfo']);
  });

  it('a site answering neither keeps REST 2 failure as the reason', async () => {
    cloud.setFaults({
      refusals: { rate: 1, route: /serverInfo$/, status: 404, message: 'Nope.', html: true },
    });
    try {
      const reader = createJiraReader(asCompanyHost(cloud.env('admin')));
      const info = await reader.deploymentInfo();
      expect(info.source).toBe('assumed');
      expect(info.problem).toContain('/rest/api/2/serverInfo');
      const error = await failureOf(reader.getServerInfo());
      expect(error.call).toContain('/rest/api/2/serverInfo');
    } finally {
      cloud.setFaults({});
    }
  });
});
