import type { CliCommand } from '../command.js';

// Placeholder until the demo command lands; replaced by its owner.
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '(not built yet)',
  help: 'jira-perms demo: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms demo is not built yet\n');
    return Promise.resolve(1);
  },
};
