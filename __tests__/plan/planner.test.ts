import { describe, expect, it } from '@jest/globals';

import type { PlanChange } from '../../src/model/plan.js';
import type { LiveScheme } from '../../src/model/scheme.js';
import { fingerprintScheme, hashSchemeFiles } from '../../src/plan/fingerprint.js';
import { planChanges, planIsBlocked, type PlanInput } from '../../src/plan/planner.js';
import {
  BASE_GRANTS,
  desiredGrant,
  desiredScheme,
  holders,
  liveGrant,
  liveScheme,
  projects,
  settings,
  type HolderName,
} from './models.js';

function plan(input: Partial<PlanInput>) {
  return planChanges({ desired: [], live: [], settings: settings(), filesHash: 'sha256:test', ...input });
}

/** A compact, readable form of a change list for exact assertions. */
function brief(changes: readonly PlanChange[]): string[] {
  return changes.map((change) => {
    const grant =
      change.permission === undefined ? '' : ` ${change.permission} ${JSON.stringify(change.holder)}`;
    const id = change.grantId === undefined ? '' : ` #${change.grantId}`;
    return `${change.action} ${change.scheme}(${change.schemeId ?? 'new'})${grant}${id}`;
  });
}

const ALL_HOLDERS: HolderName[] = [
  'anyone',
  'assignee',
  'reporter',
  'projectLead',
  'portal',
  'anyLoggedIn',
  'software',
  'developersGroup',
  'developersRole',
  'user',
  'userField',
  'groupField',
];

describe('planChanges: matching and scheme changes', () => {
  it('gives an empty plan when Jira matches, whatever the order and spelling of grants', () => {
    const live = liveScheme(10000, 'Software', BASE_GRANTS);
    const desired = desiredScheme('Software', [...BASE_GRANTS].reverse());
    // Spellings: group by id only, role with value only, duplicates in the file.
    desired.grants.push(
      { permission: 'EDIT_ISSUES', holder: { type: 'projectRole', value: '10001' } },
      { permission: 'EDIT_ISSUES', holder: { type: 'projectRole', parameter: '10001' } },
    );
    live.grants.push(liveGrant('LINK_ISSUES', 'developersGroup', 1));
    desired.grants.push({ permission: 'LINK_ISSUES', holder: { type: 'group', value: 'g-dev-1' } });
    const result = plan({ desired: [desired], live: [live] });
    expect(result.changes).toEqual([]);
    expect(result.summary).toEqual({
      add: 0,
      remove: 0,
      createSchemes: 0,
      updateSchemes: 0,
      deleteSchemes: 0,
      assignProjects: 0,
      schemesChanged: 0,
      projectsAffected: 0,
    });
    expect(result.fingerprints).toEqual({});
    expect(result.unmanaged).toEqual([]);
  });

  it('creates a scheme that Jira does not have, with every grant as an addition', () => {
    const desired = desiredScheme('New Team', [
      ['BROWSE_PROJECTS', 'developersRole'],
      ['ADMINISTER_PROJECTS', 'adminsRole'],
    ]);
    desired.description = 'For the new team';
    const result = plan({ desired: [desired] });
    expect(brief(result.changes)).toEqual([
      'create-scheme New Team(new)',
      'add-grant New Team(new) ADMINISTER_PROJECTS {"type":"projectRole","parameter":"10002","value":"10002"}',
      'add-grant New Team(new) BROWSE_PROJECTS {"type":"projectRole","parameter":"10001","value":"10001"}',
    ]);
    expect(result.changes[0]).toMatchObject({
      to: { name: 'New Team', description: 'For the new team' },
      file: desired.file,
    });
    expect(result.summary).toMatchObject({
      add: 2,
      createSchemes: 1,
      schemesChanged: 1,
      projectsAffected: 0,
    });
    expect(result.blastRadius).toEqual([
      { scheme: 'New Team', schemeId: null, projectCount: 0, sampleKeys: [] },
    ]);
  });

  it('adds a grant for every holder type', () => {
    const live = liveScheme(10000, 'Software', BASE_GRANTS);
    const desired = desiredScheme('Software', [
      ...BASE_GRANTS,
      ...ALL_HOLDERS.map((h): [string, HolderName] => ['WORK_ON_ISSUES', h]),
    ]);
    const result = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: new Map([[10000, projects('ABC')]]),
    });
    expect(result.changes.every((change) => change.action === 'add-grant')).toBe(true);
    expect(result.changes.map((change) => change.holder)).toEqual(
      expect.arrayContaining(ALL_HOLDERS.map((h) => holders[h])),
    );
    expect(result.changes).toHaveLength(ALL_HOLDERS.length);
    expect(result.changes.find((c) => c.holder?.type === 'group')?.label).toBe(
      'group jira-developers (g-dev-1)',
    );
    expect(result.changes.find((c) => c.holder?.type === 'userCustomField')?.label).toBe(
      'userCustomField customfield_10020',
    );
  });

  it('removes a grant of every holder type, by live grant id', () => {
    const extra = ALL_HOLDERS.map((h): [string, HolderName] => ['WORK_ON_ISSUES', h]);
    const live = liveScheme(10000, 'Software', [...BASE_GRANTS, ...extra]);
    const desired = desiredScheme('Software', BASE_GRANTS);
    const result = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: new Map([[10000, projects('ABC')]]),
      settings: settings({ guardrails: { maxRemovals: 100, maxRemovalRatio: 1, allow: [] } }),
    });
    expect(result.changes.map((c) => c.action)).toEqual(ALL_HOLDERS.map(() => 'remove-grant'));
    const ids = new Map(
      live.grants.map((grant) => [JSON.stringify(grant.holder) + grant.permission, grant.id]),
    );
    for (const change of result.changes) {
      expect(change.grantId).toBe(ids.get(JSON.stringify(change.holder) + (change.permission ?? '')));
    }
    expect(result.guardrails).toEqual([]);
  });

  it('renames a scheme through its pinned id and updates the description', () => {
    const live = liveScheme(10100, 'Old name', BASE_GRANTS, 'old words');
    const desired = desiredScheme('New name', BASE_GRANTS, { id: 10100, description: 'new words' });
    const result = plan({ desired: [desired], live: [live] });
    expect(result.changes).toEqual([
      {
        action: 'update-scheme',
        scheme: 'New name',
        schemeId: 10100,
        file: desired.file,
        from: { name: 'Old name', description: 'old words' },
        to: { name: 'New name', description: 'new words' },
      },
    ]);
    expect(Object.keys(result.fingerprints)).toEqual(['10100']);
  });

  it('leaves the live description alone when the file omits it, and clears it with an empty one', () => {
    const result = plan({
      desired: [
        desiredScheme('A', BASE_GRANTS),
        desiredScheme('B', BASE_GRANTS, { description: '' }),
        desiredScheme('C', BASE_GRANTS, { description: '' }),
      ],
      live: [
        liveScheme(1, 'A', BASE_GRANTS, 'kept'),
        liveScheme(2, 'B', BASE_GRANTS, 'something'),
        liveScheme(3, 'C', BASE_GRANTS),
      ],
    });
    expect(brief(result.changes)).toEqual(['update-scheme B(2)']);
    expect(result.changes[0]).toMatchObject({ from: { description: 'something' }, to: { description: '' } });
  });

  it('matches a name that differs only in case, and renames it to the file spelling', () => {
    const result = plan({
      desired: [desiredScheme('Software Team', BASE_GRANTS)],
      live: [liveScheme(7, 'software team', BASE_GRANTS)],
    });
    expect(result.changes).toMatchObject([
      {
        action: 'update-scheme',
        schemeId: 7,
        from: { name: 'software team' },
        to: { name: 'Software Team' },
      },
    ]);
  });

  it('reports a pinned id that Jira no longer has as an error instead of creating a scheme', () => {
    const result = plan({
      desired: [desiredScheme('Gone', BASE_GRANTS, { id: 4242 })],
      live: [liveScheme(1, 'Gone', BASE_GRANTS)],
    });
    expect(result.changes).toEqual([]);
    expect(result.findings).toMatchObject([
      { severity: 'error', ruleId: 'pinned-scheme-missing', file: 'jira-permissions/gone.yml' },
    ]);
    expect(result.findings[0]?.message).toContain('4242');
    expect(planIsBlocked(result)).toBe(true);
  });

  it('reports two files pinning the same id, and ambiguous live names', () => {
    const result = plan({
      desired: [
        desiredScheme('One', BASE_GRANTS, { id: 1 }),
        desiredScheme('Two', BASE_GRANTS, { id: 1 }),
        desiredScheme('Twin', BASE_GRANTS),
      ],
      live: [
        liveScheme(1, 'One', BASE_GRANTS),
        liveScheme(2, 'Twin', BASE_GRANTS),
        liveScheme(3, 'Twin', BASE_GRANTS),
      ],
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'pinned-scheme-duplicate',
      'ambiguous-scheme-name',
    ]);
    expect(result.changes).toEqual([]);
  });

  it('refuses to rename onto the name another live scheme keeps', () => {
    const result = plan({
      desired: [desiredScheme('Taken', BASE_GRANTS, { id: 1 })],
      live: [liveScheme(1, 'Mine', BASE_GRANTS), liveScheme(2, 'Taken', BASE_GRANTS)],
    });
    expect(result.findings).toMatchObject([{ ruleId: 'scheme-name-taken', severity: 'error' }]);
    expect(result.changes).toEqual([]);
  });

  it('allows a new file to take the name a pinned rename frees', () => {
    const result = plan({
      desired: [desiredScheme('Renamed', BASE_GRANTS, { id: 1 }), desiredScheme('Original', BASE_GRANTS)],
      live: [liveScheme(1, 'Original', BASE_GRANTS)],
    });
    expect(result.findings).toEqual([]);
    expect(brief(result.changes).filter((line) => !line.startsWith('add-grant'))).toEqual([
      'create-scheme Original(new)',
      'update-scheme Renamed(1)',
    ]);
  });
});

describe('planChanges: unmanaged schemes and prune', () => {
  const live = [
    liveScheme(1, 'Managed', BASE_GRANTS),
    liveScheme(2, 'Legacy', BASE_GRANTS),
    liveScheme(3, 'Archive', BASE_GRANTS),
  ];
  const desired = [desiredScheme('Managed', BASE_GRANTS)];

  it('lists live schemes with no file as unmanaged and leaves them alone', () => {
    const result = plan({ desired, live });
    expect(result.changes).toEqual([]);
    expect(result.unmanaged).toEqual([
      { id: 3, name: 'Archive' },
      { id: 2, name: 'Legacy' },
    ]);
  });

  it('plans their deletion with prune, except those projects use', () => {
    const result = plan({
      desired,
      live,
      settings: settings({ prune: true }),
      projectsByScheme: new Map([
        [2, projects('OLD')],
        [3, []],
      ]),
    });
    expect(brief(result.changes)).toEqual(['delete-scheme Archive(3)']);
    expect(result.unmanaged).toEqual([{ id: 2, name: 'Legacy' }]);
    expect(result.findings).toMatchObject([{ severity: 'warning', ruleId: 'prune-scheme-in-use' }]);
    expect(result.findings[0]?.message).toContain('OLD');
    expect(Object.keys(result.fingerprints)).toEqual(['3']);
    expect(result.summary.deleteSchemes).toBe(1);
    expect(planIsBlocked(result)).toBe(false);
  });
  it("never prunes Jira's default scheme (id 0)", () => {
    const result = plan({
      desired,
      live: [...live, liveScheme(0, 'Default Permission Scheme', BASE_GRANTS)],
      settings: settings({ prune: true }),
      projectsByScheme: new Map([[0, []]]),
    });
    expect(result.unmanaged).toEqual([{ id: 0, name: 'Default Permission Scheme' }]);
    expect(brief(result.changes)).toEqual(['delete-scheme Archive(3)', 'delete-scheme Legacy(2)']);
  });
});

describe('planChanges: managed holders and unknown grants', () => {
  it('never removes nor adds the add-ons role, matched by the name the reader gives it', () => {
    const live = liveScheme(1, 'S', [
      ...BASE_GRANTS,
      ['BROWSE_PROJECTS', 'addonsRole'],
      ['EDIT_ISSUES', 'addonsRole'],
    ]);
    const desired = desiredScheme('S', [...BASE_GRANTS, ['CREATE_ISSUES', 'addonsRole']]);
    const result = plan({ desired: [desired], live: [live] });
    expect(result.changes).toEqual([]);
  });

  it('matches configured managed holders by id, and by group name', () => {
    const live = liveScheme(1, 'S', [
      ...BASE_GRANTS,
      ['BROWSE_PROJECTS', 'user'],
      ['BROWSE_PROJECTS', 'usersGroup'],
    ]);
    const desired = desiredScheme('S', BASE_GRANTS);
    const managed = settings({
      managedHolders: [
        { type: 'user', id: holders.user.value },
        { type: 'group', name: 'JIRA-USERS' },
      ],
    });
    expect(plan({ desired: [desired], live: [live], settings: managed }).changes).toEqual([]);
    // Without the setting, both are ordinary grants and are removed.
    expect(brief(plan({ desired: [desired], live: [live] }).changes)).toHaveLength(2);
  });

  it('keeps and reports live grants of unknown holder types and unknown permissions', () => {
    const live = liveScheme(1, 'S', BASE_GRANTS);
    live.grants.push(
      { id: 9001, permission: 'BROWSE_PROJECTS', holder: { type: 'sd.customer.future', parameter: 'x' } },
      { id: 9002, permission: 'com.example.app__approve', holder: { ...holders.developersRole } },
      { id: 9003, permission: 'com.example.other__view', holder: { ...holders.developersRole } },
      { id: 9004, permission: 'com.example.catalogue__view', holder: { ...holders.developersRole } },
    );
    const result = plan({
      desired: [desiredScheme('S', BASE_GRANTS)],
      live: [live],
      settings: settings({ customPermissions: ['com.example.app__approve'] }),
      knownPermissions: ['com.example.catalogue__view'],
    });
    // Known custom keys (settings or catalogue) are managed like built-ins: removed when not in the file.
    expect(result.changes.map((c) => [c.action, c.grantId])).toEqual([
      ['remove-grant', 9002],
      ['remove-grant', 9004],
    ]);
    expect(result.kept.map((k) => [k.grantId, k.reason])).toEqual([
      [9001, 'holder type "sd.customer.future" is not one this tool manages'],
      [9003, expect.stringContaining('com.example.other__view')],
    ]);
  });
});

describe('planChanges: guardrails', () => {
  const used = new Map([[1, projects('ABC', 'DEF')]]);
  const withoutAdmin = BASE_GRANTS.filter(([permission]) => permission !== 'ADMINISTER_PROJECTS');

  it('fails a lockout: a scheme in use left with no ADMINISTER_PROJECTS holder', () => {
    const result = plan({
      desired: [desiredScheme('S', withoutAdmin)],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      projectsByScheme: used,
    });
    expect(result.guardrails).toMatchObject([{ guardrail: 'lockout', scheme: 'S', allowed: false }]);
    expect(result.guardrails[0]?.message).toContain('ADMINISTER_PROJECTS');
    expect(result.guardrails[0]?.message).toContain('2 projects');
    expect(planIsBlocked(result)).toBe(true);
  });

  it('does not count the managed add-ons role as an administrator', () => {
    const result = plan({
      desired: [desiredScheme('S', withoutAdmin)],
      live: [liveScheme(1, 'S', [...BASE_GRANTS, ['ADMINISTER_PROJECTS', 'addonsRole']])],
      projectsByScheme: used,
    });
    expect(result.changes.map((change) => change.action)).toEqual(['remove-grant']);
    expect(result.guardrails.map((violation) => violation.guardrail)).toEqual(['lockout']);
  });

  it('fails a lockout on BROWSE_PROJECTS too, and assumes use when usage was not read', () => {
    const noBrowse = BASE_GRANTS.filter(([permission]) => permission !== 'BROWSE_PROJECTS');
    const result = plan({
      desired: [desiredScheme('S', noBrowse)],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      settings: settings({ guardrails: { maxRemovals: 10, maxRemovalRatio: 1, allow: [] } }),
    });
    expect(result.guardrails.map((v) => v.guardrail)).toEqual(['lockout']);
    expect(result.guardrails[0]?.message).toContain('BROWSE_PROJECTS');
    expect(result.guardrails[0]?.message).toContain('not read');
  });

  it('does not call it a lockout when no project uses the scheme, or another holder remains', () => {
    const unused = plan({
      desired: [desiredScheme('S', withoutAdmin)],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      projectsByScheme: new Map([[1, []]]),
    });
    expect(unused.guardrails.filter((v) => v.guardrail === 'lockout')).toEqual([]);
    const swapped = plan({
      desired: [desiredScheme('S', [...withoutAdmin, ['ADMINISTER_PROJECTS', 'developersGroup']])],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      projectsByScheme: used,
    });
    expect(swapped.guardrails.filter((v) => v.guardrail === 'lockout')).toEqual([]);
  });

  it('lets the settings file allow a guardrail by scheme name (also the old name, or *)', () => {
    for (const scheme of ['S', 's', 'Old S', '*']) {
      const result = plan({
        desired: [desiredScheme('S', withoutAdmin, { id: 1 })],
        live: [liveScheme(1, 'Old S', BASE_GRANTS)],
        projectsByScheme: used,
        settings: settings({
          guardrails: { maxRemovals: 10, maxRemovalRatio: 0.2, allow: [{ guardrail: 'lockout', scheme }] },
        }),
      });
      expect(result.guardrails).toMatchObject([{ guardrail: 'lockout', allowed: true }]);
      expect(planIsBlocked(result)).toBe(false);
    }
    const otherGuardrail = plan({
      desired: [desiredScheme('S', withoutAdmin)],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      projectsByScheme: used,
      settings: settings({
        guardrails: {
          maxRemovals: 10,
          maxRemovalRatio: 0.2,
          allow: [{ guardrail: 'public-exposure', scheme: 'S' }],
        },
      }),
    });
    expect(otherGuardrail.guardrails[0]?.allowed).toBe(false);
  });

  it('fails public exposure when anyone is added, also in a new scheme', () => {
    const result = plan({
      desired: [
        desiredScheme('S', [...BASE_GRANTS, ['BROWSE_PROJECTS', 'anyone']]),
        desiredScheme('Public', [
          ['BROWSE_PROJECTS', 'anyone'],
          ['ADD_COMMENTS', 'anyone'],
        ]),
      ],
      live: [liveScheme(1, 'S', BASE_GRANTS)],
      projectsByScheme: used,
    });
    expect(result.guardrails.map((v) => [v.guardrail, v.scheme, v.allowed])).toEqual([
      ['public-exposure', 'Public', false],
      ['public-exposure', 'S', false],
    ]);
    expect(result.guardrails[0]?.message).toContain('BROWSE_PROJECTS, ADD_COMMENTS');
  });

  it('fails mass removal above the count limit and above the ratio limit', () => {
    const many = Array.from({ length: 30 }, (_, i): [string, HolderName] => [
      i % 2 === 0 ? 'MOVE_ISSUES' : 'LINK_ISSUES',
      ALL_HOLDERS[i % ALL_HOLDERS.length]!,
    ]);
    const unique = [...new Map(many.map((g) => [g.join('|'), g])).values()];
    const live = liveScheme(1, 'S', [...BASE_GRANTS, ...unique]);
    const desired = desiredScheme('S', BASE_GRANTS);
    const byCount = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: used,
      settings: settings({ guardrails: { maxRemovals: unique.length - 1, maxRemovalRatio: 1, allow: [] } }),
    });
    expect(byCount.guardrails.map((v) => v.guardrail)).toEqual(['mass-removal']);
    const atCount = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: used,
      settings: settings({ guardrails: { maxRemovals: unique.length, maxRemovalRatio: 1, allow: [] } }),
    });
    expect(atCount.guardrails).toEqual([]);
    const byRatio = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: used,
      settings: settings({ guardrails: { maxRemovals: 1000, maxRemovalRatio: 0.1, allow: [] } }),
    });
    expect(byRatio.guardrails.map((v) => v.guardrail)).toEqual(['mass-removal']);
    expect(byRatio.guardrails[0]?.message).toContain(`${unique.length} of its ${live.grants.length} grants`);
    const allowed = plan({
      desired: [desired],
      live: [live],
      projectsByScheme: used,
      settings: settings({
        guardrails: {
          maxRemovals: 1,
          maxRemovalRatio: 0.1,
          allow: [{ guardrail: 'mass-removal', scheme: 'S' }],
        },
      }),
    });
    expect(allowed.guardrails).toMatchObject([{ guardrail: 'mass-removal', allowed: true }]);
  });
});

describe('planChanges: mass removal on small schemes', () => {
  it('lets a small scheme lose one or two grants, and counts the ratio from three removals up', () => {
    const extra: [string, HolderName][] = [
      ['MOVE_ISSUES', ALL_HOLDERS[0]!],
      ['LINK_ISSUES', ALL_HOLDERS[1]!],
      ['LINK_ISSUES', ALL_HOLDERS[2]!],
    ];
    const live = liveScheme(1, 'S', [...BASE_GRANTS, ...extra]);
    const strict = settings({ guardrails: { maxRemovals: 10, maxRemovalRatio: 0.01, allow: [] } });
    const twoRemoved = plan({
      desired: [desiredScheme('S', [...BASE_GRANTS, extra[0]!])],
      live: [live],
      projectsByScheme: new Map([[1, [{ id: '1', key: 'P' }]]]),
      settings: strict,
    });
    expect(twoRemoved.changes.filter((change) => change.action === 'remove-grant')).toHaveLength(2);
    expect(twoRemoved.guardrails).toEqual([]);
    const threeRemoved = plan({
      desired: [desiredScheme('S', BASE_GRANTS)],
      live: [live],
      projectsByScheme: new Map([[1, [{ id: '1', key: 'P' }]]]),
      settings: strict,
    });
    expect(threeRemoved.guardrails.map((violation) => violation.guardrail)).toEqual(['mass-removal']);
  });
});

describe('planChanges: blast radius, fingerprints, determinism', () => {
  it('counts distinct projects across changed schemes and samples their keys', () => {
    const shared = projects('SHARED');
    const result = plan({
      desired: [
        desiredScheme('A', [...BASE_GRANTS, ['LINK_ISSUES', 'reporter']]),
        desiredScheme('B', [...BASE_GRANTS, ['LINK_ISSUES', 'reporter']]),
        desiredScheme('C', BASE_GRANTS),
      ],
      live: [
        liveScheme(1, 'A', BASE_GRANTS),
        liveScheme(2, 'B', BASE_GRANTS),
        liveScheme(3, 'C', BASE_GRANTS),
      ],
      projectsByScheme: new Map([
        [1, [...projects('Z1', 'Y2', 'X3', 'W4', 'V5', 'U6'), ...shared]],
        [2, shared],
        [3, projects('UNCHANGED')],
      ]),
    });
    expect(result.summary.projectsAffected).toBe(7);
    expect(result.blastRadius).toEqual([
      { scheme: 'A', schemeId: 1, projectCount: 7, sampleKeys: ['SHARED', 'U6', 'V5', 'W4', 'X3'] },
      { scheme: 'B', schemeId: 2, projectCount: 1, sampleKeys: ['SHARED'] },
    ]);
  });

  it('fingerprints touched schemes only, independent of grant order, sensitive to grants', () => {
    const live = liveScheme(1, 'A', BASE_GRANTS);
    const reordered: LiveScheme = { ...live, grants: [...live.grants].reverse() };
    expect(fingerprintScheme(reordered)).toBe(fingerprintScheme(live));
    const moved: LiveScheme = { ...live, grants: live.grants.slice(1) };
    expect(fingerprintScheme(moved)).not.toBe(fingerprintScheme(live));
    // Managed holders come and go on Jira's own: they do not move the fingerprint.
    const withAddons: LiveScheme = {
      ...live,
      grants: [...live.grants, liveGrant('BROWSE_PROJECTS', 'addonsRole', 5)],
    };
    const managed = settings().managedHolders;
    expect(fingerprintScheme(withAddons, managed)).toBe(fingerprintScheme(live, managed));
    expect(fingerprintScheme(live)).toMatch(/^sha256:[0-9a-f]{64}$/);

    const result = plan({
      desired: [desiredScheme('A', [...BASE_GRANTS, ['LINK_ISSUES', 'reporter']])],
      live: [live, liveScheme(2, 'B', BASE_GRANTS)],
    });
    expect(result.fingerprints).toEqual({ '1': fingerprintScheme(live, managed) });
    expect(result.filesHash).toBe('sha256:test');
  });

  it('hashes scheme files independently of their order, and the settings with them', () => {
    const files = [
      { path: 'b.yml', sha256: 'bb' },
      { path: 'a.yml', sha256: 'aa' },
    ];
    const base = hashSchemeFiles(files, settings());
    expect(hashSchemeFiles([...files].reverse(), settings())).toBe(base);
    expect(hashSchemeFiles(files, { ...settings(), file: 'elsewhere.yml' })).toBe(base);
    expect(hashSchemeFiles(files, settings({ prune: true }))).not.toBe(base);
    expect(hashSchemeFiles([{ path: 'a.yml', sha256: 'ab' }, files[0]!], settings())).not.toBe(base);
  });

  it('is deterministic: shuffled inputs give an equal plan', () => {
    const desired = [
      desiredScheme('Zeta', [
        ...BASE_GRANTS,
        ['LINK_ISSUES', 'reporter'],
        ['MOVE_ISSUES', 'developersGroup'],
      ]),
      desiredScheme('alpha', [
        ['BROWSE_PROJECTS', 'developersRole'],
        ['ADMINISTER_PROJECTS', 'adminsRole'],
      ]),
      desiredScheme('Beta', BASE_GRANTS.slice(2), { id: 2 }),
    ];
    const live = [
      liveScheme(1, 'Zeta', BASE_GRANTS),
      liveScheme(2, 'Beta old', BASE_GRANTS),
      liveScheme(3, 'Gamma', BASE_GRANTS),
    ];
    const first = plan({ desired, live, projectsByScheme: new Map([[1, projects('A')]]) });
    const second = plan({
      desired: [...desired].reverse().map((scheme) => ({ ...scheme, grants: [...scheme.grants].reverse() })),
      live: [...live].reverse().map((scheme) => ({ ...scheme, grants: [...scheme.grants].reverse() })),
      projectsByScheme: new Map([[1, projects('A')]]),
    });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.changes.map((c) => c.scheme)).toEqual(expect.arrayContaining(['alpha', 'Beta', 'Zeta']));
    // Scheme order is by name, case-insensitively; within a scheme: update/create, adds, removes.
    const order = [...new Set(first.changes.map((c) => c.scheme))];
    expect(order).toEqual(['alpha', 'Beta', 'Zeta']);
    const beta = first.changes.filter((c) => c.scheme === 'Beta').map((c) => c.action);
    expect(beta).toEqual(['update-scheme', 'remove-grant', 'remove-grant']);
  });

  it('matches a group given by name on one side and by id on the other', () => {
    const live = liveScheme(1, 'S', BASE_GRANTS);
    live.grants.push({
      id: 78,
      permission: 'LINK_ISSUES',
      holder: { type: 'group', parameter: 'jira-developers' },
    });
    live.grants.push(liveGrant('MOVE_ISSUES', 'developersGroup', 79));
    const desired = desiredScheme('S', BASE_GRANTS);
    desired.grants.push(desiredGrant('LINK_ISSUES', 'developersGroup'));
    desired.grants.push({
      permission: 'MOVE_ISSUES',
      holder: { type: 'group', parameter: 'jira-developers' },
    });
    expect(plan({ desired: [desired], live: [live] }).changes).toEqual([]);
    // Without anything that ties the name to an id, they stay different holders.
    const unknownName = desiredScheme('S', BASE_GRANTS);
    unknownName.grants.push({ permission: 'LINK_ISSUES', holder: { type: 'group', parameter: 'other' } });
    expect(brief(plan({ desired: [unknownName], live: [liveScheme(1, 'S', BASE_GRANTS)] }).changes)).toEqual([
      'add-grant S(1) LINK_ISSUES {"type":"group","parameter":"other"}',
    ]);
  });

  it('does not compare labels: a renamed group with the same id is no change', () => {
    const live = liveScheme(1, 'S', BASE_GRANTS);
    live.grants.push({
      id: 77,
      permission: 'LINK_ISSUES',
      holder: { type: 'group', parameter: 'old-name', value: 'g-dev-1' },
      label: 'group old-name',
    });
    const desired = desiredScheme('S', BASE_GRANTS);
    desired.grants.push(desiredGrant('LINK_ISSUES', 'developersGroup'));
    expect(plan({ desired: [desired], live: [live] }).changes).toEqual([]);
  });
});
