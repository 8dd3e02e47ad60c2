import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { loadSettingsSync } from '../../src/config/settings.js';
import { SCHEMAS } from '../../src/config/schemas.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { resolveSchemes } from '../../src/jira/resolve.js';
import {
  ADJUSTABLE_RULE_IDS,
  RULE_REGISTRY,
  applyRuleSettings,
  newFinding,
  ruleDocsPath,
} from '../../src/model/rules.js';
import type { SchemeSpec } from '../../src/model/spec.js';
import { planChanges } from '../../src/plan/planner.js';
import { GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import { RULES } from '../../src/validate/rules/index.js';
import { desiredScheme, liveScheme, settings } from '../plan/models.js';
import { withTempDir } from './temp.js';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(): string[] {
  const src = join(root, 'src');
  return (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.startsWith('sim'))
    .map((file) => join(src, file));
}

describe('the rules registry', () => {
  it('registers every lint rule, and every registered lint rule has a check', () => {
    expect(RULES.map((rule) => rule.meta)).toEqual(RULE_REGISTRY.filter((meta) => meta.source === 'lint'));
  });

  it('gives every rule a description, a fix, message ids and its documentation page as helpUri', () => {
    for (const meta of RULE_REGISTRY) {
      expect([meta.id, meta.description.length > 20, meta.docs.length > 10]).toEqual([meta.id, true, true]);
      expect(meta.messages.length).toBeGreaterThan(0);
      expect(meta.helpUri.endsWith(`/docs/rules/${meta.id}.md`)).toBe(true);
    }
  });

  it.each(RULE_REGISTRY.map((meta) => meta.id))('%s has its page in docs/rules (its helpUri)', (id) => {
    const file = join(root, ruleDocsPath(id));
    expect(existsSync(file)).toBe(true);
    expect(
      readFileSync(file, 'utf8').startsWith(`# ${id}
`),
    ).toBe(true);
  });

  it('is where every rule id the code writes comes from, and nothing matches on message text', () => {
    const registered = new Set(RULE_REGISTRY.map((meta) => meta.id));
    const unregistered: string[] = [];
    const textMatches: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/ruleId(?:\s*===?\s*|:\s*)'([^']+)'/g)) {
        if (!registered.has(match[1] ?? '')) unregistered.push(`${relative(root, file)}: ${match[1] ?? ''}`);
      }
      if (/(finding|problem)\.message\.(startsWith|endsWith|includes|match)\(/.test(text)) {
        textMatches.push(relative(root, file));
      }
    }
    expect(unregistered).toEqual([]);
    expect(textMatches).toEqual([]);
  });
});

describe('rules: in the settings file', () => {
  it('may name every adjustable rule, and the schema lists exactly those', () => {
    expect(SCHEMAS.settings.properties.rules.propertyNames.enum).toEqual([...ADJUSTABLE_RULE_IDS]);
    expect(ADJUSTABLE_RULE_IDS).toEqual(
      expect.arrayContaining(['duplicate-grant', 'unresolved-group', 'prune-scheme-in-use', 'mass-removal']),
    );
  });

  it('refuses a rule that cannot be changed, saying why', () => {
    withTempDir({ '.jira-permissions.yml': 'rules:\n  schema: warning\n' }, (cwd) => {
      const result = loadSettingsSync({ cwd });
      expect(result.findings).toMatchObject([
        {
          ruleId: 'settings',
          line: 2,
          severity: 'error',
          message: expect.stringContaining('"schema" cannot be changed'),
        },
      ]);
    });
  });

  it('changes the severity of any registered finding, or drops it when off', () => {
    const finding = newFinding('unresolved-group', 'not-found', { file: 'a.yml', line: 3, column: 7 }, 'x');
    expect(finding).toMatchObject({ severity: 'error', ruleId: 'unresolved-group', messageId: 'not-found' });
    expect(applyRuleSettings([finding], { 'unresolved-group': 'warning' })[0]?.severity).toBe('warning');
    expect(applyRuleSettings([finding], { 'unresolved-group': 'off' })).toEqual([]);
    // Not adjustable: the settings loader refuses the entry, and the finding keeps its severity anyway.
    const schema = newFinding('schema', 'problem', { file: 'a.yml', line: 1, column: 1 }, 'x');
    expect(applyRuleSettings([schema], { schema: 'off' })).toEqual([schema]);
  });

  it("turns the planner's prune-scheme-in-use off, and makes a guardrail a warning that does not block", () => {
    const live = [
      liveScheme(1, 'Software', [['BROWSE_PROJECTS', 'usersGroup']]),
      liveScheme(2, 'Legacy', [['BROWSE_PROJECTS', 'usersGroup']]),
    ];
    const desired = [desiredScheme('Software', [['BROWSE_PROJECTS', 'anyone']])];
    const projectsByScheme = new Map([
      [1, [{ id: '1', key: 'SOFT' }]],
      [2, [{ id: '2', key: 'OLD' }]],
    ]);
    const input = { desired, live, projectsByScheme, filesHash: 'h' };
    const before = planChanges({ ...input, settings: settings({ prune: true }) });
    expect(before.findings.map((finding) => finding.ruleId)).toEqual(['prune-scheme-in-use']);
    expect(before.guardrails.map((v) => [v.guardrail, v.allowed])).toContainEqual(['public-exposure', false]);
    const after = planChanges({
      ...input,
      settings: settings({
        prune: true,
        rules: { 'prune-scheme-in-use': 'off', 'public-exposure': 'warning' },
      }),
    });
    expect(after.findings).toEqual([]);
    expect(after.guardrails.map((v) => [v.guardrail, v.allowed])).toContainEqual(['public-exposure', true]);
  });
});

describe("the resolver's findings follow rules: too", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.stop();
  });

  const file = 'jira-permissions/s.yml';
  const twoSpellings: SchemeSpec = {
    file,
    name: 'S',
    nameLocation: { file, line: 1, column: 7 },
    grants: [
      { type: 'group' as const, name: 'jira-software-users' },
      { type: 'group' as const, id: GROUP_IDS.softwareUsers },
    ].map((holder, index) => ({
      permission: 'BROWSE_PROJECTS',
      holder,
      location: { file, line: index + 4, column: 7 },
      permissionLocation: { file, line: 3, column: 3 },
    })),
  };

  it('duplicate-grant (a name and an id of one group) is a warning by default, and can be turned off', async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const defaults = await resolveSchemes([twoSpellings], reader);
    expect(defaults.findings).toMatchObject([
      { ruleId: 'duplicate-grant', messageId: 'same-after-resolving', severity: 'warning', line: 5 },
    ]);
    const off = await resolveSchemes([twoSpellings], reader, { rules: { 'duplicate-grant': 'off' } });
    expect(off.findings).toEqual([]);
    expect(off.schemes[0]?.grants).toHaveLength(1);
  });
});
