import type { CliCommand } from '../command.js';

// Placeholder until the export command lands; replaced by its owner.
export const exportCommand: CliCommand = {
  name: 'export',
  summary: '(not built yet)',
  help: 'jira-perms export: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms export is not built yet\n');
    return Promise.resolve(1);
  },
};
