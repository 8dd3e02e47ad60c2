import type { JiraDirectory, JiraPeople, JiraReader, JiraWriter } from './api.js';
import type { JiraProbe } from './client.js';
import type { JiraAuditReader } from './audit.js';
import { JiraReadClient, JiraWriteClient } from './client.js';
import type { Connection } from './connection.js';
import { registerConnectionSecrets } from './connection.js';
import type { HttpOptions } from './http.js';
import { JiraHttp } from './http.js';

/** Options for either client: everything of HttpOptions except the read-only switch, which the factory sets. */
export type JiraClientOptions = Omit<HttpOptions, 'readOnly'>;

export type JiraReadOnlyClient = JiraReader & JiraDirectory & JiraPeople & JiraProbe & JiraAuditReader;
export type JiraReadWriteClient = JiraWriter & JiraDirectory & JiraPeople & JiraProbe;

/**
 * A read-only client (validate, plan, export, doctor). It has no write methods, and its HTTP layer
 * refuses POST, PUT and DELETE before any byte leaves, so a dry run cannot change Jira.
 */
export function createJiraReader(
  connection: Connection,
  options: JiraClientOptions = {},
): JiraReadOnlyClient {
  registerConnectionSecrets(connection.auth);
  return new JiraReadClient(new JiraHttp(connection, { ...options, readOnly: true }));
}

/** The only way to get a client that can write (apply). */
export function createJiraWriter(
  connection: Connection,
  options: JiraClientOptions = {},
): JiraReadWriteClient {
  registerConnectionSecrets(connection.auth);
  return new JiraWriteClient(new JiraHttp(connection, { ...options, readOnly: false }));
}
