import type { CliCommand } from '../command.js';

// Placeholder until the apply command lands; replaced by its owner.
export const applyCommand: CliCommand = {
  name: 'apply',
  summary: '(not built yet)',
  help: 'jira-perms apply: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms apply is not built yet\n');
    return Promise.resolve(1);
  },
};
