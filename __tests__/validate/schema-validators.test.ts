import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

import { Ajv2020 } from 'ajv/dist/2020.js';

import { ANNOTATION_KEYWORDS, SCHEMAS, getValidators } from '../../src/config/schemas.js';
import { SCHEMA_VALIDATORS_FILE, schemaValidatorsSource } from '../../scripts/schema-validators.js';

/**
 * The validators are ajv's standalone code, generated from schemas/ at build time and committed
 * (src/generated/schema-validators.cjs). These tests fail when a schema changed without
 * `npm run schemas:compile`, and check the generated functions answer exactly as ajv compiling the same
 * schemas at run time would.
 */

/** Ajv compiling the schemas at run time, with the options the generated code was built with. */
function runTimeValidators() {
  const newAjv = (allErrors: boolean) => {
    const ajv = new Ajv2020({ strict: true, allErrors, verbose: allErrors });
    ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
    ajv.addSchema(SCHEMAS.holder);
    ajv.addSchema(SCHEMAS.permissions);
    return ajv;
  };
  const all = newAjv(true);
  return {
    schemeCheck: newAjv(false).compile(SCHEMAS.permissionScheme),
    scheme: all.compile(SCHEMAS.permissionScheme),
    holder: all.getSchema(SCHEMAS.holder.$id)!,
    settings: all.compile(SCHEMAS.settings),
  };
}

const SCHEMES: unknown[] = [
  { name: 'Default', grants: { BROWSE_PROJECTS: ['assignee', { group: { id: 'a1' } }] } },
  { name: 'Custom', grants: { CUSTOM_KEY: [{ projectRole: 10002 }] }, projects: ['ABC'] },
  { name: '', grants: {} },
  { name: 'x', grants: { BROWSE_PROJECTS: [] }, extra: 1 },
  { name: 'x', grants: { BROWSE_PROJECTS: ['group', { user: { email: 'not-an-address' } }, { group: {} }] } },
  { name: 'x', id: -1, description: 3, grants: { browse: 'anyone' } },
  { grants: [] },
  'text',
  null,
];

const SETTINGS: unknown[] = [
  { schemes: 'jira-permissions', rules: { 'prefer-group-id': 'off' } },
  { schemes: 3, rules: { 'no-such-rule': 'error' }, prune: 'yes' },
  { unknown: true },
  [],
];

const HOLDERS: unknown[] = [
  'anyone',
  { group: 'g' },
  { group: { id: 'a', other: 'b' } },
  { projectRole: 0 },
  7,
];

describe('the validators generated from the schemas', () => {
  it('are up to date with schemas/ (run `npm run schemas:compile` after changing a schema)', () => {
    expect(readFileSync(SCHEMA_VALIDATORS_FILE, 'utf8')).toBe(schemaValidatorsSource());
  });

  it('load only ajv runtime helpers, never ajv itself (so no run compiles a schema)', () => {
    const required = [...readFileSync(SCHEMA_VALIDATORS_FILE, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(
      (match) => match[1],
    );
    expect(required.length).toBeGreaterThan(0);
    for (const module of required) expect(module).toMatch(/^ajv\/dist\/runtime\/[a-z0-9]+$/);
  });

  it('answer and report errors exactly as ajv compiling the schemas at run time does', () => {
    const generated = getValidators();
    const compiled = runTimeValidators();
    const cases: [keyof typeof compiled, unknown[]][] = [
      ['schemeCheck', SCHEMES],
      ['scheme', SCHEMES],
      ['holder', HOLDERS],
      ['settings', SETTINGS],
    ];
    let failures = 0;
    for (const [name, values] of cases) {
      for (const value of values) {
        const valid = generated[name](value);
        expect(valid).toBe(compiled[name](value));
        expect(generated[name].errors ?? null).toEqual(compiled[name].errors ?? null);
        if (!valid) failures++;
      }
    }
    // The samples exercise the error paths, not only the valid ones.
    expect(failures).toBeGreaterThan(10);
  });
});
