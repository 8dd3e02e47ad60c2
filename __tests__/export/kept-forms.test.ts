/**
 * `export --force` keeps the holder forms people wrote where they name the grant Jira has (#17).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runPlan } from '../../src/commands/plan.js';
import { commandDeps, jiraOf } from '../../src/commands/deps.js';
import { exportFiles, readerFor, temporaryDir, withSimulator } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('export --force over hand-written holders', () => {
  it('keeps a group by name, a user by email and a role by id, and still plans back to no changes', async () => {
    const temporary = temporaryDir();
    cleanups.push(temporary.remove);
    const cwd = temporary.dir;
    await withSimulator(undefined, async (sim) => {
      const jira = readerFor(sim);
      const first = await exportFiles({ cwd, jira });
      const software = first.files.find((file) => file.scheme === 'Software Development');
      const file = path.join(cwd, software?.path ?? '');
      const exported = readFileSync(file, 'utf8');
      const developersRole = sim.state.roles.find((role) => role.name === 'Developers');
      const handWritten = exported
        .replace(
          '    - group: {name: jira-software-users, id: 276f955c-63d7-42c8-9520-92d01dca0625}\n',
          '    - group: jira-software-users\n',
        )
        .replace(
          '    - user: 61a4e2f0b1c2d3e4f5a6b7c8  # Riley Reader\n',
          '    - user: {email: reader@example.com}\n',
        )
        .replace(
          '  EDIT_ISSUES:\n    - projectRole: Developers\n',
          `  EDIT_ISSUES:\n    - projectRole: {id: ${String(developersRole?.id)}}\n`,
        )
        // A holder Jira does not have: export writes what Jira has, so it goes.
        .replace(
          '  VIEW_DEV_TOOLS:\n    - projectRole: Developers\n',
          '  VIEW_DEV_TOOLS:\n    - projectRole: Developers\n    - reporter\n',
        );
      expect(handWritten.split('\n').length).toBe(exported.split('\n').length + 1);
      writeFileSync(file, handWritten);

      await exportFiles({ cwd, jira, force: true });
      const again = readFileSync(file, 'utf8');
      expect(again).toContain('    - group: jira-software-users\n');
      expect(again).toContain('    - user: {email: reader@example.com}  # Riley Reader\n');
      expect(again).toContain(`  EDIT_ISSUES:\n    - projectRole: {id: ${String(developersRole?.id)}}`);
      expect(again).toContain('  VIEW_DEV_TOOLS:\n    - projectRole: Developers\n  VIEW_READONLY_WORKFLOW:');
      // The other groups keep export's own form: only what the file wrote its way is kept.
      expect(again).toContain(
        '    - group: {name: release-managers, id: d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f}\n',
      );

      const plan = await runPlan({}, commandDeps({ cwd, jira: jiraOf(jira) }));
      expect(plan.status).toBe('planned');
      expect(plan.plan?.changes.filter((change) => change.scheme === 'Software Development')).toEqual([]);
    });
  });
});
