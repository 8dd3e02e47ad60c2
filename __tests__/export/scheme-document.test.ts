import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';

import { renderSchemeFile } from '../../src/export/render-scheme.js';
import { buildSchemeDocument } from '../../src/export/scheme-document.js';
import { renderMergedSettingsFile, renderNewSettingsFile } from '../../src/export/settings-file.js';
import type { SiteNames } from '../../src/export/site.js';
import type { LiveGrant, LiveScheme } from '../../src/model/scheme.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const SITE: SiteNames = {
  groups: new Map([
    ['g-admins', 'jira-admins'],
    ['g-no', 'no'],
  ]),
  roles: [
    { id: '10002', name: 'Administrators' },
    { id: '10003', name: 'atlassian-addons-project-access' },
    { id: '10004', name: 'Developers' },
    { id: '10005', name: 'Developers' },
    { id: '10006', name: '2024' },
  ],
  users: new Map([
    ['557058:abc', { displayName: 'Alana\nGrant' }],
    ['gone-user', { displayName: 'Old Timer', active: false }],
  ]),
  fields: [
    { id: 'customfield_10020', name: 'Approvers' },
    { id: 'customfield_10030', name: 'Team' },
    { id: 'customfield_10031', name: 'Team' },
  ],
  permissionKeys: new Set(['com.example.app__approve']),
  projectsByScheme: new Map([
    [
      10000,
      [
        { id: '1', key: 'ZED' },
        { id: '2', key: 'ABC' },
      ],
    ],
  ]),
};

let nextId = 1;
function grant(permission: string, type: string, parameter?: string, value?: string): LiveGrant {
  return {
    id: nextId++,
    permission,
    holder: {
      type,
      ...(parameter === undefined ? {} : { parameter }),
      ...(value === undefined ? {} : { value }),
    },
  };
}

function scheme(grants: LiveGrant[], extra: Partial<LiveScheme> = {}): LiveScheme {
  return { id: 10000, name: 'Default Permission Scheme', grants, ...extra };
}

const OPTIONS = { managedHolders: DEFAULT_SETTINGS.managedHolders };

function render(live: LiveScheme): string {
  return renderSchemeFile(buildSchemeDocument(live, SITE, OPTIONS), {
    schemaRef: '../schemas/permission-scheme.schema.json',
  });
}

describe('scheme files', () => {
  it('writes holders by name, ids where a name would be ambiguous, in reference order', () => {
    const text = render(
      scheme([
        grant('ADD_COMMENTS', 'userCustomField', 'customfield_10031', 'customfield_10031'),
        grant('ADD_COMMENTS', 'user', '557058:abc', '557058:abc'),
        grant('ADD_COMMENTS', 'projectRole', '10005', '10005'),
        grant('ASSIGNABLE_USER', 'reporter'),
        grant('ASSIGNABLE_USER', 'assignee'),
        grant('BROWSE_PROJECTS', 'applicationRole'),
        grant('ADMINISTER_PROJECTS', 'group', 'old-name', 'g-admins'),
        grant('ADMINISTER_PROJECTS', 'projectRole', '10002', '10002'),
        grant('ADMINISTER_PROJECTS', 'projectRole', '10006', '10006'),
        grant('EDIT_ISSUES', 'groupCustomField', 'customfield_10020', 'customfield_10020'),
      ]),
    );
    const body = text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    expect(body).toBe(
      [
        'name: Default Permission Scheme',
        'id: 10000',
        'projects:',
        '  - ABC',
        '  - ZED',
        'grants:',
        '  # Administration permissions',
        '  ADMINISTER_PROJECTS:',
        '    - projectRole: {id: 10006}  # 2024',
        '    - projectRole: Administrators',
        '    - group: {name: jira-admins, id: g-admins}',
        '',
        '  # Project permissions',
        '  BROWSE_PROJECTS: [applicationRole]',
        '',
        '  # Issue permissions',
        '  ASSIGNABLE_USER: [assignee, reporter]',
        '  EDIT_ISSUES:',
        '    - groupCustomField: Approvers',
        '',
        '  # Comments permissions',
        '  ADD_COMMENTS:',
        '    - projectRole: {id: 10005}  # Developers (2 roles have this name)',
        '    - user: 557058:abc  # Alana Grant',
        '    - userCustomField: customfield_10031  # Team (2 fields have this name)',
        '',
      ].join('\n'),
    );
  });

  it('starts with the schema line and says which projects use the scheme', () => {
    const lines = render(scheme([grant('BROWSE_PROJECTS', 'anyone')])).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/permission-scheme.schema.json');
    // Every project that uses the scheme, one key a line, sorted (#14: projects as code).
    expect(lines.slice(lines.indexOf('projects:'), lines.indexOf('projects:') + 3)).toEqual([
      'projects:',
      '  - ABC',
      '  - ZED',
    ]);
    // Words whose meaning is not in the word get one line of explanation, only where used.
    expect(lines).toContain('# anyone: everyone, including people who are not logged in.');
    expect(lines.some((line) => line.startsWith('# applicationRole without a key'))).toBe(false);
    const unused = render(scheme([grant('BROWSE_PROJECTS', 'anyone')], { id: 42 })).split('\n');
    expect(unused).toContain('projects: []');
    expect(unused).toContain('id: 42');
  });

  it('leaves out managed holders, unknown holder types and unknown permissions, and says so', () => {
    const document = buildSchemeDocument(
      scheme([
        grant('BROWSE_PROJECTS', 'projectRole', '10003', '10003'),
        grant('ADD_COMMENTS', 'projectRole', '10003', '10003'),
        grant('BROWSE_PROJECTS', 'projectRole', '10002', '10002'),
        grant('BROWSE_PROJECTS', 'someFutureType', 'x'),
        grant('com.gone__perm', 'group', 'no', 'g-no'),
      ]),
      SITE,
      OPTIONS,
    );
    expect(document.leftOut.map((left) => [left.permission, left.reason])).toEqual([
      ['BROWSE_PROJECTS', 'managed'],
      ['ADD_COMMENTS', 'managed'],
      ['BROWSE_PROJECTS', 'unknown-holder-type'],
      ['com.gone__perm', 'unknown-permission'],
    ]);
    const text = renderSchemeFile(document, { schemaRef: 'x' });
    expect(text).toContain(
      '#   projectRole atlassian-addons-project-access (10003), on 2 permissions: Jira manages it itself',
    );
    expect(text).toContain(
      '#   BROWSE_PROJECTS: someFutureType x: a holder type this product does not manage.',
    );
    expect(text).toContain(
      "#   com.gone__perm: group no (g-no): a permission the site's catalogue does not list.",
    );
    expect(load(text)).toEqual({
      name: 'Default Permission Scheme',
      id: 10000,
      projects: ['ABC', 'ZED'],
      grants: { BROWSE_PROJECTS: [{ projectRole: 'Administrators' }] },
    });
  });

  it('keeps app-defined keys the catalogue lists, after the built-in ones, and reports them', () => {
    const document = buildSchemeDocument(
      scheme([grant('com.example.app__approve', 'group', 'no', 'g-no'), grant('WORK_ON_ISSUES', 'reporter')]),
      SITE,
      OPTIONS,
    );
    expect(document.permissions.map((permission) => permission.key)).toEqual([
      'WORK_ON_ISSUES',
      'com.example.app__approve',
    ]);
    expect(document.appDefinedKeys).toEqual(['com.example.app__approve']);
    const text = renderSchemeFile(document, { schemaRef: 'x' });
    expect(text).toContain(
      '\n\n  # Permissions that apps define\n  com.example.app__approve:\n    - group: {name: "no", id: g-no}\n',
    );
  });

  it('keeps a key the settings list even when the catalogue no longer does (the planner manages it)', () => {
    const live = scheme([grant('com.gone__perm', 'reporter')]);
    expect(buildSchemeDocument(live, SITE, OPTIONS).leftOut).toHaveLength(1);
    const document = buildSchemeDocument(live, SITE, { ...OPTIONS, customPermissions: ['com.gone__perm'] });
    expect(document.leftOut).toEqual([]);
    expect(document.permissions).toEqual([{ key: 'com.gone__perm', holders: [{ type: 'reporter' }] }]);
  });

  it('writes Data Center groups by name, users with their display name, and marks what the site lacks', () => {
    const text = render(
      scheme([
        grant('BROWSE_PROJECTS', 'group', 'dc-group'),
        grant('BROWSE_PROJECTS', 'group', 'ghost', 'g-deleted'),
        grant('BROWSE_PROJECTS', 'user', 'gone-user', 'gone-user'),
        grant('BROWSE_PROJECTS', 'projectRole', '99999', '99999'),
        grant('BROWSE_PROJECTS', 'applicationRole', 'jira-software', 'jira-software'),
      ]),
    );
    expect(text).toContain('    - group: dc-group\n');
    expect(text).toContain(
      '    - group: {name: ghost, id: g-deleted}  # no group with this id on the site\n',
    );
    expect(text).toContain('    - user: gone-user  # Old Timer (inactive)\n');
    expect(text).toContain('    - projectRole: {id: 99999}  # no project role with this id on the site\n');
    expect(text).toContain('    - applicationRole: jira-software\n');
  });

  it('writes ids where a name is blank, since a file cannot name a holder with spaces only', () => {
    const site: SiteNames = {
      ...SITE,
      groups: new Map([['g-blank', ' ']]),
      roles: [{ id: '10100', name: '  ' }],
      fields: [{ id: 'customfield_1', name: ' ' }],
    };
    const text = renderSchemeFile(
      buildSchemeDocument(
        scheme([
          grant('BROWSE_PROJECTS', 'group', ' ', 'g-blank'),
          grant('BROWSE_PROJECTS', 'projectRole', '10100', '10100'),
          grant('BROWSE_PROJECTS', 'userCustomField', 'customfield_1', 'customfield_1'),
        ]),
        site,
        OPTIONS,
      ),
      { schemaRef: 'x' },
    );
    expect(text).toContain('    - projectRole: {id: 10100}\n');
    expect(text).toContain('    - group: {id: g-blank}\n');
    expect(text).toContain('    - userCustomField: customfield_1\n');
  });

  it('writes one entry for a holder Jira lists twice under a permission', () => {
    const text = render(scheme([grant('BROWSE_PROJECTS', 'reporter'), grant('BROWSE_PROJECTS', 'reporter')]));
    expect(text).toContain('  BROWSE_PROJECTS: [reporter]\n');
  });

  it('quotes names and descriptions that would not read back as strings', () => {
    const text = render(scheme([], { name: 'yes', description: 'Line one\nline: two' }));
    expect(text).toContain('name: "yes"\n');
    expect(text).toContain('description: |-\n  Line one\n  line: two\n');
    expect(text).toContain('grants: {}\n');
    expect(load(text)).toEqual({
      name: 'yes',
      description: 'Line one\nline: two',
      id: 10000,
      projects: ['ABC', 'ZED'],
      grants: {},
    });
  });

  it('gives the same bytes for the same scheme whatever order Jira lists grants in', () => {
    const grants = [
      grant('BROWSE_PROJECTS', 'projectRole', '10002', '10002'),
      grant('ADD_COMMENTS', 'group', 'x', 'g-admins'),
      grant('BROWSE_PROJECTS', 'group', 'x', 'g-admins'),
      grant('BROWSE_PROJECTS', 'reporter'),
    ];
    expect(render(scheme([...grants].reverse()))).toBe(render(scheme(grants)));
  });
});

describe('settings file', () => {
  it('lists the app-defined keys for offline validation', () => {
    const text = renderNewSettingsFile({
      schemaRef: 'schemas/settings.schema.json',
      schemes: 'jira-permissions',
      customPermissions: ['com.z__b', 'com.a__a'],
    });
    expect(load(text)).toEqual({ schemes: 'jira-permissions', customPermissions: ['com.a__a', 'com.z__b'] });
  });

  it('never sets a rule: what the live site breaks is reported, not relaxed', () => {
    const text = renderNewSettingsFile({
      schemaRef: 'x',
      schemes: 'jira-permissions',
      customPermissions: [],
    });
    expect(load(text)).toEqual({ schemes: 'jira-permissions' });
    expect(text).not.toContain('rules');
  });

  it('extends an existing file, keeping its settings and its rules', () => {
    const existing = {
      schemes: 'perms',
      prune: true,
      rules: { 'prefer-group-id': 'off' },
      customPermissions: ['com.a__a'],
      managedHolders: [
        { type: 'projectRole', name: 'atlassian-addons-project-access' },
        { type: 'group', id: 'x-1' },
      ],
    };
    const text = renderMergedSettingsFile(existing, { addKeys: ['com.b__b'] }, 'x');
    // The team's rules as they were: export never changes a severity in an existing file.
    expect(load(text)).toEqual({ ...existing, customPermissions: ['com.a__a', 'com.b__b'] });
  });
});
