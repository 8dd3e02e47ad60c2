import type { CliCommand } from '../command.js';

// Placeholder until the validate command lands; replaced by its owner.
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: '(not built yet)',
  help: 'jira-perms validate: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms validate is not built yet\n');
    return Promise.resolve(1);
  },
};
