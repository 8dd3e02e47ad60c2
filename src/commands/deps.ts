/**
 * What every command is given from outside, besides its typed options: where the files are, how to
 * reach Jira, the time, where progress goes and when to stop. Commands take
 * `(options, deps) => Promise<result>`, print nothing and keep no state between calls, so the command
 * line, the action and the tests drive them the same way with their own `deps`.
 */
import type { Connection } from '../jira/connection.js';
import { connectionFromEnv } from '../jira/connection.js';
import type { JiraDirectory, JiraPeople, JiraReader, JiraWriter } from '../jira/api.js';
import {
  createJiraReader,
  createJiraWriter,
  type JiraClientOptions,
  type JiraReadOnlyClient,
} from '../jira/factory.js';

/** What reading commands need from Jira: schemes, catalogue and projects, and the names directory. */
export type JiraReading = JiraReader & JiraDirectory & JiraPeople;
/** What apply needs: the same, and the writes. */
export type JiraWriting = JiraWriter & JiraDirectory & JiraPeople;

/** Makes Jira clients. Each method throws a `ConnectionConfigError` when the connection is not set up. */
export interface JiraFactory {
  /** The connection the clients use. */
  connection(): Connection;
  /** A read-only client: it has no write methods and its HTTP layer refuses writes. */
  reader(options?: JiraClientOptions): JiraReading;
  /** A client that can write (apply only). */
  writer(options?: JiraClientOptions): JiraWriting;
  /** A read-only client with the connection probes (server info, who am I): doctor. */
  prober(options?: JiraClientOptions): JiraReadOnlyClient;
}

/** One step of a long command, for people watching: `reading projects`, 1,200 of 3,060. */
export interface Progress {
  /** A stable id of the step (`load`, `read-live`, `read-projects`, ...). */
  step: string;
  /** What is happening, for people: `Reading the live permission schemes`. */
  message: string;
  /** Items done so far, when the step counts them. */
  done?: number;
  /** Items in all, when known. */
  total?: number;
}

export type ProgressReporter = (progress: Progress) => void;

export interface CommandDeps {
  /** The working directory (the repository root): files, paths and findings are relative to it. */
  cwd: string;
  jira: JiraFactory;
  /** The current time (journals, drift ages); tests fix it. */
  clock: () => Date;
  progress: ProgressReporter;
  /** Aborted on SIGINT/SIGTERM or the job's cancellation: commands start no new work. */
  signal: AbortSignal;
}

/**
 * Clients for the connection the environment describes (JIRA_BASE_URL, credentials, ...). A command
 * passes its own baseline options (doctor's short timeouts, its abort signal); `tuning` (tests, the
 * action's inputs) wins over the baseline, except for the signal, which stays the command's.
 */
export function jiraFromEnv(
  env: Record<string, string | undefined>,
  tuning: JiraClientOptions = {},
): JiraFactory {
  const merged = (options: JiraClientOptions): JiraClientOptions => ({
    ...options,
    ...tuning,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return {
    connection: () => connectionFromEnv(env),
    reader: (options = {}) => createJiraReader(connectionFromEnv(env), merged(options)),
    writer: (options = {}) => createJiraWriter(connectionFromEnv(env), merged(options)),
    prober: (options = {}) => createJiraReader(connectionFromEnv(env), merged(options)),
  };
}

/** A factory that hands out a client made already (tests, and apply planning with its own client). */
export function jiraOf(client: JiraReading | JiraWriting, connection?: Connection): JiraFactory {
  const none = (): never => {
    throw new Error('this Jira factory was given a client, not a connection');
  };
  return {
    connection: () => connection ?? none(),
    prober: none,
    reader: () => client,
    writer: () => {
      if (!isWriting(client)) throw new Error('this Jira factory holds a read-only client');
      return client;
    },
  };
}

function isWriting(client: JiraReading | JiraWriting): client is JiraWriting {
  return 'createPermissionGrant' in client;
}

/** A signal that never aborts, for callers that cannot be interrupted. */
const NEVER = new AbortController().signal;

/**
 * `deps` from what a caller has: the working directory and, for Jira, either the environment or a
 * factory. Everything else has a quiet default (the system clock, progress dropped, never aborted).
 */
export function commandDeps(
  parts: Partial<CommandDeps> & {
    cwd: string;
    env?: Record<string, string | undefined>;
    clientOptions?: JiraClientOptions;
  },
): CommandDeps {
  return {
    cwd: parts.cwd,
    jira: parts.jira ?? jiraFromEnv(parts.env ?? {}, parts.clientOptions),
    clock: parts.clock ?? (() => new Date()),
    progress: parts.progress ?? (() => undefined),
    signal: parts.signal ?? NEVER,
  };
}
