import type { CliCommand } from '../command.js';

// Placeholder until the plan command lands; replaced by its owner.
export const planCommand: CliCommand = {
  name: 'plan',
  summary: '(not built yet)',
  help: 'jira-perms plan: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms plan is not built yet\n');
    return Promise.resolve(1);
  },
};
