import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';

import { SCHEMAS, getValidators } from '../../src/config/schemas.js';
import { HOLDER_TYPES } from '../../src/model/holder.js';
import { BUILT_IN_PERMISSIONS } from '../../src/model/permissions.js';
import { ADJUSTABLE_RULE_IDS } from '../../src/model/rules.js';
import { RULE_IDS } from '../../src/validate/rules/index.js';

const schemaFolder = join(import.meta.dirname, '..', '..', 'schemas');

interface PermissionDef {
  const: string;
  description: string;
  'x-category': string;
  'x-product'?: string;
}

describe('the published schemas', () => {
  it('are JSON Schema 2020-12 documents with $ids, referring to each other by relative $ref', () => {
    const files = readdirSync(schemaFolder).sort();
    expect(files).toEqual([
      'holder.schema.json',
      'permission-scheme.schema.json',
      'permissions.schema.json',
      'settings.schema.json',
    ]);
    for (const file of files) {
      const text = readFileSync(join(schemaFolder, file), 'utf8');
      const schema = JSON.parse(text) as { $schema: string; $id: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://jira-permissions-as-code.dev/schemas/${file}`);
      for (const match of text.matchAll(/"\$ref": "([^"]+)"/g)) {
        expect(match[1]).toMatch(/^(#|[a-z-]+\.schema\.json(#|$))/);
      }
    }
    expect(JSON.stringify(SCHEMAS.permissionScheme)).toContain('"holder.schema.json"');
    expect(JSON.stringify(SCHEMAS.permissionScheme)).toContain('"permissions.schema.json"');
  });

  it('compile in ajv strict mode', () => {
    expect(() => getValidators()).not.toThrow();
  });

  it('list the built-in permissions exactly as src/model/permissions.ts does, with category and product', () => {
    const defs = SCHEMAS.permissions.$defs as unknown as Record<string, PermissionDef | { enum?: string[] }>;
    expect(SCHEMAS.permissions.$defs.builtInPermission.enum).toEqual(BUILT_IN_PERMISSIONS.map((p) => p.key));
    for (const permission of BUILT_IN_PERMISSIONS) {
      const def = defs[permission.key] as PermissionDef;
      expect(def.const).toBe(permission.key);
      expect(def['x-category']).toBe(permission.category);
      expect(def['x-product']).toBe(permission.product);
    }
    const perKey = Object.keys(defs).filter((key) => /^[A-Z_]+$/.test(key));
    expect(perKey).toEqual(BUILT_IN_PERMISSIONS.map((p) => p.key));
    // Editors complete the built-in keys under grants.
    expect(Object.keys(SCHEMAS.permissionScheme.properties.grants.properties)).toEqual(
      BUILT_IN_PERMISSIONS.map((p) => p.key),
    );
  });

  it('have one definition per Jira holder type', () => {
    for (const type of HOLDER_TYPES) expect(Object.keys(SCHEMAS.holder.$defs)).toContain(type);
    expect(SCHEMAS.holder.$defs.holderType.enum).toEqual([...HOLDER_TYPES]);
  });

  it('define each holder type once: every written form matches its own type definition and no other', () => {
    const ajv = new Ajv2020({ strict: true });
    ajv.addVocabulary(['enumDescriptions', 'x-category', 'x-product']);
    ajv.addSchema(SCHEMAS.holder);
    const forms: [string, unknown][] = [
      ['anyone', 'anyone'],
      ['assignee', 'assignee'],
      ['reporter', 'reporter'],
      ['projectLead', 'projectLead'],
      ['sd.customer.portal.only', 'sd.customer.portal.only'],
      ['applicationRole', 'applicationRole'],
      ['applicationRole', { applicationRole: 'jira-servicedesk' }],
      ['group', { group: 'jira-developers' }],
      ['group', { group: { id: 'abc' } }],
      ['group', { group: { name: 'jira-developers', id: 'abc' } }],
      ['projectRole', { projectRole: 'Developers' }],
      ['projectRole', { projectRole: 10002 }],
      ['projectRole', { projectRole: { id: 10002 } }],
      ['user', { user: '5b10a2844c20165700ede21g' }],
      ['user', { user: { email: 'ada@example.com' } }],
      ['userCustomField', { userCustomField: 'customfield_10020' }],
      ['groupCustomField', { groupCustomField: 'customfield_10010' }],
    ];
    for (const [type, form] of forms) {
      const matching = HOLDER_TYPES.filter((candidate) => {
        const validate = ajv.getSchema(`${SCHEMAS.holder.$id}#/$defs/${candidate}`)!;
        return validate(form) === true;
      });
      expect([form, matching]).toEqual([form, [type]]);
    }
  });

  it('let the settings file name exactly the rules there are that it may change', () => {
    // Issue #12: `rules:` changes every adjustable finding id of the registry, not only the lint rules.
    expect(SCHEMAS.settings.properties.rules.propertyNames.enum).toEqual([...ADJUSTABLE_RULE_IDS]);
    expect(ADJUSTABLE_RULE_IDS).toEqual(expect.arrayContaining([...RULE_IDS]));
  });

  it('validate the holder forms with the right parameter rules', () => {
    const validate = getValidators().scheme;
    const scheme = (holder: unknown) => ({ name: 'x', grants: { BROWSE_PROJECTS: [holder] } });
    const good = [
      'anyone',
      'assignee',
      'reporter',
      'projectLead',
      'sd.customer.portal.only',
      'applicationRole',
      { applicationRole: 'jira-software' },
      { group: 'g' },
      { group: { id: 'abc' } },
      { group: { name: 'g', id: 'abc' } },
      { projectRole: 'Developers' },
      { projectRole: 10002 },
      { projectRole: { id: 10002 } },
      { user: '5b10a2844c20165700ede21g' },
      { user: { email: 'ada@example.com' } },
      { userCustomField: 'customfield_10020' },
      { groupCustomField: 'Team' },
    ];
    const bad = [
      'group',
      'user',
      { assignee: 'x' },
      { anyone: null },
      { group: '' },
      { group: {} },
      { group: { id: 'a', other: 'b' } },
      { projectRole: 0 },
      { projectRole: { id: '10002' } },
      { projectRole: { id: 1, name: 'x' } },
      { user: 'ada@example.com' },
      { user: { email: 'nope' } },
      { userCustomField: 10020 },
      { group: 'a', user: 'b' },
      { grup: 'a' },
      null,
      42,
      [],
    ];
    for (const holder of good) expect([holder, validate(scheme(holder))]).toEqual([holder, true]);
    for (const holder of bad) expect([holder, validate(scheme(holder))]).toEqual([holder, false]);
  });
});
