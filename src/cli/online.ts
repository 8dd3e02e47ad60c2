import type { OnlineCheckFactory } from './commands/validate.js';
import { connectionFromEnv } from '../jira/connection.js';
import { createJiraReader } from '../jira/factory.js';
import { resolveSchemes } from '../jira/resolve.js';

/**
 * `validate --online`: the resolver's findings (names that do not exist in Jira, renamed groups,
 * inactive users, app-defined keys the site lacks), through a read-only client. Kept out of the validate
 * command itself so the offline linter never loads the Jira client.
 */
export const resolverOnlineCheck: OnlineCheckFactory =
  ({ env, signal }) =>
  async (project) => {
    const reader = createJiraReader(connectionFromEnv(env), { signal });
    const { findings } = await resolveSchemes(project.schemes, reader, {
      customPermissions: project.settings.customPermissions,
    });
    return findings;
  };
