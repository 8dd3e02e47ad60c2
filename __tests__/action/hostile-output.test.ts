/**
 * Hostile names through the bundled action (#13 item 2, item 8): a scheme file named
 * `x\n::stop-commands::zzz.yml`, a group `g\n::error::X`, a permission key that is a Markdown link, and a
 * scheme name full of workflow commands, HTML and mentions that apply writes to Jira and logs. The
 * runner must see only the action's own commands, the annotations must keep the names whole, and the
 * job summary must keep them inert. Runs a bundle of the current `src/` (see harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { makeTempDir, runAction, writeFiles, type ActionRun } from './harness.js';

/** The lines the runner would take for workflow commands (it trims leading spaces first). */
function commandLines(run: ActionRun): string[] {
  return run.stdout.split(/\r\n|\r|\n/).filter((line) => /^(::|##\[)/.test(line.trimStart()));
}

/** The action's own commands only: annotations, groups and masks, never one a name put there. */
function expectOnlyOwnCommands(run: ActionRun): void {
  for (const line of commandLines(run)) {
    expect(line).toMatch(/^::(error|warning|notice|group|endgroup|add-mask)[ :]/);
  }
  expect(run.stdout).not.toMatch(/^\s*::stop-commands::/m);
  expect(run.annotations.some((annotation) => annotation.message.startsWith('X'))).toBe(false);
}

/** Markdown as GitHub would read it, without code spans and fenced blocks. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

function expectInertMarkdown(markdown: string): void {
  const text = prose(markdown);
  expect(text).not.toMatch(/(?<!\\)\]\(/);
  expect(text).not.toMatch(/(?<!\\)<(img|script)\b/);
  expect(text).not.toMatch(/@octocat/);
  expect(text).not.toMatch(/#\d/);
}

const HOSTILE_FILE = 'jira-permissions/x\n::stop-commands::zzz.yml';

describe('hostile names in the bundled action', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('validate: a file name and a group name cannot command the runner or escape their annotation', async () => {
    const workspace = makeTempDir('jpac-hostile-validate-');
    writeFiles(workspace, {
      [HOSTILE_FILE]: [
        'name: Hostile',
        'grants:',
        '  "[text](https://evil.example) ![x](https://evil.example/p.png) #12":',
        '    - projectRole: Developers',
        '  BROWSE_PROJECTS:',
        '    - group: "g\\n::error::X <img src=x> @octocat"',
        '',
      ].join('\n'),
    });
    const result = await runAction({ workspace, inputs: { command: 'validate' } });
    expect(result.code).toBe(1);
    expectOnlyOwnCommands(result);
    // The annotation is on the hostile file, its name whole (escaped in the property, unescaped here).
    const onFile = result.annotations.filter((annotation) => annotation.properties.file === HOSTILE_FILE);
    expect(onFile.length).toBeGreaterThan(0);
    expect(result.summary).toContain('| severity | location | rule | message |');
    expectInertMarkdown(result.summary);
  });

  it('apply: a scheme name written to Jira and logged by every step stays text', async () => {
    const workspace = makeTempDir('jpac-hostile-apply-');
    const name = 'Evil ::error::pwn [l](https://evil.example) <img src=x> @octocat #12 \u001b]8;;x\u0007';
    writeFiles(workspace, {
      'jira-permissions/evil.yml': [
        `name: ${JSON.stringify(name)}`,
        `description: ${JSON.stringify('line\n::warning::desc')}`,
        'grants:',
        '  ADMINISTER_PROJECTS:',
        '    - projectRole: Administrators',
        '  BROWSE_PROJECTS:',
        '    - projectRole: Developers',
        '',
      ].join('\n'),
    });
    const result = await runAction({
      workspace,
      inputs: {
        command: 'apply',
        'jira-url': sim.baseUrl,
        'jira-email': sim.credentials.admin.email,
        'jira-api-token': sim.credentials.admin.apiToken,
      },
      eventName: 'push',
      payload: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
    });
    expect(result.code).toBe(0);
    expect(sim.state.schemes.some((scheme) => scheme.name === name)).toBe(true);
    expectOnlyOwnCommands(result);
    expect(result.stdout).not.toMatch(/^\s*::(error::pwn|warning::desc)/m);
    // The name is logged (as text), and no terminal escape from it reaches the log.
    expect(result.stdout).toContain('Evil ::error::pwn');
    // eslint-disable-next-line no-control-regex -- no ESC or BEL from the name may reach the log
    expect(result.stdout).not.toMatch(/[\u001b\u0007]/);
    expectInertMarkdown(result.summary);
  });
});
