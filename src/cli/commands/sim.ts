import type { CliCommand } from '../command.js';

// Placeholder until the sim command lands; replaced by its owner.
export const simCommand: CliCommand = {
  name: 'sim',
  summary: '(not built yet)',
  help: 'jira-perms sim: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms sim is not built yet\n');
    return Promise.resolve(1);
  },
};
