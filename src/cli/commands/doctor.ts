import type { CliCommand } from '../command.js';

// Placeholder until the doctor command lands; replaced by its owner.
export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: '(not built yet)',
  help: 'jira-perms doctor: not built yet',
  run: (context) => {
    context.stderr.write('jira-perms doctor is not built yet\n');
    return Promise.resolve(1);
  },
};
