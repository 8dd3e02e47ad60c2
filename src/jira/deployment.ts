import { jiraInstant } from './audit.js';
import type { ApiVersion } from './api.js';
import type { Connection, Deployment } from './connection.js';
import { cloudByUrl, guessDeployment } from './connection.js';
import { isObject, stringField } from './json.js';

/**
 * Which Jira this is (Cloud or Data Center) and which REST version to speak: two separate things.
 * The deployment decides the semantics (Cloud: account ids and group ids; Data Center: user keys and
 * group names, no `/group/bulk`); the version only picks the path. Jira Cloud serves REST 2 with Cloud's
 * semantics, so `JIRA_API_VERSION=2` never means Data Center by itself.
 *
 * - A Cloud URL (`*.atlassian.net`, the API gateway) settles it: Cloud, REST 3 unless told otherwise.
 * - `JIRA_API_VERSION=3` settles it too: only Cloud serves REST 3.
 * - Otherwise `GET /rest/api/2/serverInfo` (served by both, anonymously; when it is a 404 or not JSON,
 *   Cloud's documented `/rest/api/3/serverInfo`, whose answer means Cloud) says, in `deploymentType`,
 *   before the first call; without `JIRA_API_VERSION`, Cloud then uses 3 and Data Center 2.
 */

export interface ServerInfo {
  baseUrl?: string;
  version?: string;
  deploymentType?: string;
  serverTitle?: string;
  /** Jira's clock when it answered, as an ISO 8601 instant in UTC (the drift window ends there). */
  serverTime?: string;
}

export type DeploymentSource =
  /** The base URL is an Atlassian Cloud address. */
  | 'url'
  /** JIRA_API_VERSION=3: only Cloud serves it. */
  | 'api-version'
  /** serverInfo's deploymentType. */
  | 'server-info'
  /** serverInfo could not be read; a guess (see `problem`). */
  | 'assumed';

export interface DeploymentInfo {
  deployment: Deployment;
  apiVersion: ApiVersion;
  source: DeploymentSource;
  serverInfo?: ServerInfo;
  /** Why serverInfo did not settle it, when the source is `assumed`. */
  problem?: string;
}

/** The serverInfo fields the product reads; undefined when the answer is not an object. */
export function parseServerInfo(body: unknown): ServerInfo | undefined {
  if (!isObject(body)) return undefined;
  const info: ServerInfo = {};
  for (const key of ['baseUrl', 'version', 'deploymentType', 'serverTitle'] as const) {
    const value = stringField(body, key);
    if (value !== undefined) info[key] = value;
  }
  const serverTime = stringField(body, 'serverTime');
  const instant = serverTime === undefined ? undefined : jiraInstant(serverTime);
  if (instant !== undefined) info.serverTime = instant;
  return info;
}

/** `Cloud` is Cloud; `Server` and `DataCenter` are the self-managed product. */
export function isCloudDeploymentType(deploymentType: string): boolean {
  return /cloud/i.test(deploymentType);
}

/** What the connection settles without asking; undefined when serverInfo has to say. */
export function knownDeployment(connection: Connection): DeploymentInfo | undefined {
  if (connection.detect === true) return undefined;
  // A Cloud address, JIRA_API_VERSION=3, or a connection built in code that says what it is.
  const byUrl = cloudByUrl(new URL(connection.baseUrl)) !== undefined;
  return {
    deployment: connection.deployment,
    apiVersion: connection.apiVersion,
    source: !byUrl && connection.apiVersionFromEnv === '3' ? 'api-version' : 'url',
  };
}

/** The deployment serverInfo describes, with the REST version to use. */
export function fromServerInfo(connection: Connection, info: ServerInfo): DeploymentInfo | undefined {
  const type = info.deploymentType;
  if (type === undefined || type.trim() === '') return undefined;
  const cloud = isCloudDeploymentType(type);
  const explicit = connection.apiVersionFromEnv;
  return {
    deployment: cloud ? 'cloud-site' : 'data-center',
    apiVersion: explicit ?? (cloud ? '3' : '2'),
    source: 'server-info',
    serverInfo: info,
  };
}

/** When serverInfo cannot be read: the connection's guess (`guessDeployment`), and why. */
export function assumedDeployment(connection: Connection, problem: string): DeploymentInfo {
  return {
    ...guessDeployment(new URL(connection.baseUrl), connection.apiVersionFromEnv),
    source: 'assumed',
    problem,
  };
}

/** For doctor: `Jira Cloud`, `Jira Data Center`. */
export function deploymentName(deployment: Deployment): string {
  return deployment === 'data-center' ? 'Jira Data Center' : 'Jira Cloud';
}
